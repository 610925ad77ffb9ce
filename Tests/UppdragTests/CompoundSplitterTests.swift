import Foundation
import TestSupport
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

    @Test(.enabled(if: CompoundSplitter().isEnabled, "needs Debian's wswedish word list"))
    func realDocumentsSplitAsTheStringByStringReading() throws {
        let real = CompoundSplitter()
        let reference = ReferenceSplitter(words: real.words)
        var compared = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: corpusPath) {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: corpusPath + "/" + name))
            let text = String(decoding: bytes, as: UTF8.self)
            let expected = reference.partsText(of: text)
            #expect(real.partsText(of: text) == expected, "\(name)")
            compared += expected.isEmpty ? 0 : 1
        }
        #expect(compared > 20)
        let edges = "Sjukförsäkringsersättningarna ÅTERBETALNINGSSKYLDIGHETEN Ŝtraffbarhetsåldern ﬁnansieringsmodellen"
        #expect(real.partsText(of: edges) == reference.partsText(of: edges))
    }
}

/// The splitter as first written, scalar by scalar and string by string: the byte-level one must agree with it.
struct ReferenceSplitter {
    let words: Set<String>

    /// The parts of a lower-case word that is a compound, else an empty list.
    func parts(of word: String) -> [String] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= CompoundSplitter.minimumWord else { return [] }
        // Prefer the longest head ("straffbart" → "straff" + "bart"), but take a three-letter last part ("ens" in
        // "socialtjänst|ens") only when no last part of four or more letters fits.
        for minimumTail in [CompoundSplitter.minimumPart + 1, CompoundSplitter.minimumPart] {
            var index = scalars.count - CompoundSplitter.minimumPart
            while index >= CompoundSplitter.minimumPart {
                let head = String(String.UnicodeScalarView(scalars[..<index]))
                let tail = String(String.UnicodeScalarView(scalars[index...]))
                if isWord(tail, minimum: minimumTail), let base = headWord(head) {
                    return [base, tail]
                }
                index -= 1
            }
        }
        return []
    }

    /// The dictionary form of a compound's first part: as is, with a linking -s- removed ("sjukvårds" → "sjukvård",
    /// "arbets" → "arbete"), or with a dropped final vowel restored ("skol" → "skola", "pojk" → "pojke").
    func headWord(_ head: String) -> String? {
        if words.contains(head) { return head }
        if head.hasSuffix("s"), head.count > CompoundSplitter.minimumPart {
            let stem = String(head.dropLast())
            if words.contains(stem) { return stem }
            if words.contains(stem + "e") { return stem + "e" }
        }
        for vowel in ["a", "e"] where words.contains(head + vowel) { return head + vowel }
        return nil
    }

    /// True when `part`, or `part` without an inflection ending, is a word of at least `minimum` letters.
    func isWord(_ part: String, minimum: Int) -> Bool {
        if part.count >= minimum, words.contains(part) { return true }
        for ending in CompoundSplitter.endings where part.hasSuffix(ending) {
            let stem = part.dropLast(ending.count)
            if stem.count >= minimum, words.contains(String(stem)) { return true }
        }
        return false
    }

    /// The compound parts of every distinct long word in `text`, space-separated, for indexing without positions.
    func partsText(of text: String) -> String {
        var seen = Set<String>()
        var output: [String] = []
        var emitted = Set<String>()
        var word = String.UnicodeScalarView()
        func finish() {
            defer { word = String.UnicodeScalarView() }
            guard word.count >= CompoundSplitter.minimumWord else { return }
            let lowered = String(word).lowercased()
            guard seen.insert(lowered).inserted else { return }
            for part in parts(of: lowered) where emitted.insert(part).inserted { output.append(part) }
        }
        for scalar in text.unicodeScalars {
            if CompoundSplitter.isLetter(scalar) {
                word.append(scalar)
            } else if !word.isEmpty {
                finish()
            }
        }
        finish()
        return output.joined(separator: " ")
    }

}
