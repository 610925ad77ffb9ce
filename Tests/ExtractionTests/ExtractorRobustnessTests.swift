import Testing

@testable import Extraction

/// Odd inputs never trap and give sensible, possibly empty, records.
@Suite struct ExtractorRobustnessTests {
    static let inputs: [[String]] = [
        [],
        [""],
        ["ska"],
        ["§"],
        ["1."],
        ["6 §"],
        ["den 31"],
        ["senast den"],
        ["utgången av"],
        ["Regeringsuppdrag:"],
        ["Uppdrag till"],
        ["i uppdrag att"],
        ["på uppdrag av"],
        [".", ",", ":", "–", "*"],
        ["* ", "– ", "1. "],
        ["Den ska", "Hon ska", "Myndigheten ska"],
        ["2016-13-45 2016-02-30 0000-00-00 9999-99-99"],
        ["redo\u{AD}\u{AD}visas\u{AD}", "\u{AD}", "\u{AC}"],
        ["\u{1F600} ska 😀 senast den 1 januari 2020 😀."],
        ["Ikraft", "Ikraft", "Ikraft"],
        ["SFS-nummer", "2000:1335", "Ikraft", "2002-01-01"],
        [String(repeating: "ska ", count: 500)],
        [String(repeating: "den 1 maj och ", count: 200) + "2020"],
    ]

    @Test(arguments: inputs, [Doctype.artikel, .kommittedirektiv, .regeringsuppdrag, .lag])
    func oddInputsGiveRecords(_ paragraphs: [String], _ doctype: Doctype) {
        let document = TestDocuments.make(paragraphs, doctype: doctype)
        let record = Extractor().extract(document, mentions: TestAgencies.mentions(in: document.text))
        let length = document.text.unicodeScalars.count
        for deadline in record.deadlines {
            let span = deadline.span ?? TextSpan(offset: 0, length: 0)
            #expect(span.offset >= 0 && span.offset + span.length <= length)
        }
        for obligation in record.obligations {
            let span = obligation.span ?? TextSpan(offset: 0, length: 0)
            #expect(span.offset >= 0 && span.offset + span.length <= length)
        }
        #expect(record.obligations.count <= ObligationExtractor.limit)
    }

    @Test func mentionsOutsideTheTextAreHarmless() {
        let document = TestDocuments.make(
            ["Kriminalvården ska leda och administrera uppdraget."], doctype: .regeringsuppdrag)
        let stray = AgencyMention(canonical: "X", surface: "X", span: TextSpan(offset: 10_000, length: 5))
        let record = Extractor().extract(document, mentions: [stray])
        // Record agencies come from the register reading the blocks; the stray mention only must not trap.
        #expect(record.agencies == ["Kriminalvården"])
        #expect(record.obligations.count == 1)
    }
}
