import Testing

@testable import Uppdrag

@Suite struct CompoundSplitterTests {
    let splitter = CompoundSplitter(words: [
        "sjuk", "ersättning", "straff", "bar", "arbete", "marknad", "skola", "verk", "sjukvård", "huvudman", "den",
    ])

    @Test(arguments: [
        ("sjukersättning", ["sjuk", "ersättning"]),
        ("sjukersättningen", ["sjuk", "ersättningen"]),  // inflected last part
        ("straffbart", ["straff", "bart"]),
        ("arbetsmarknaden", ["arbete", "marknaden"]),  // linking -s- after a dropped -e
        ("skolverket", ["skola", "verket"]),  // dropped final vowel
        ("sjukvårdshuvudman", ["sjukvård", "huvudman"]),  // linking -s-
    ])
    func splitsCompounds(word: String, expected: [String]) {
        #expect(splitter.parts(of: word) == expected)
    }

    @Test(arguments: ["ersättning", "kort", "xyzxyzxyz", "ersättningar"])
    func leavesOtherWordsAlone(word: String) {
        #expect(splitter.parts(of: word).isEmpty)
    }

    @Test func partsOfTextAreDistinctAndLowerCased() {
        let text = "Sjukersättning och sjukersättning; Straffbart."
        #expect(splitter.partsText(of: text) == "sjuk ersättning straff bart")
    }

    @Test(.enabled(if: CompoundSplitter().isEnabled, "needs Debian's wswedish word list"))
    func realWordListIsRead() {
        let real = CompoundSplitter()
        #expect(real.parts(of: "sjukersättning") == ["sjuk", "ersättning"])
        #expect(real.parts(of: "arbetsmarknaden") == ["arbete", "marknaden"])
    }
}
