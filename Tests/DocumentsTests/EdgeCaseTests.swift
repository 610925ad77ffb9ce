import Documents
import Extraction
import Testing

/// Hostile and unusual inputs: nothing traps, nothing external is read, errors are clear.
@Suite struct EdgeCaseTests {
    let parser = DocumentParser()

    @Test func emptyFileIsRejected() throws {
        #expect(throws: DocumentError.empty) {
            try parser.parse(try TestPaths.fixture("empty.html"), path: "empty.html")
        }
    }

    @Test func fileOverLimitIsRejected() throws {
        let small = DocumentParser(maxFileSize: 100)
        let bytes = try TestPaths.fixture("latin1-undeclared.html")
        #expect(throws: DocumentError.tooLarge(size: bytes.count, limit: 100)) {
            try small.parse(bytes, path: "big.html")
        }
    }

    @Test func pngHeaderIsBinary() throws {
        #expect(throws: DocumentError.binary("PNG image")) {
            try parser.parse(try TestPaths.fixture("png-header.html"), path: "image.html")
        }
    }

    @Test(
        arguments: [
            ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "ZIP archive"), (Array("%PDF".utf8), "PDF document"),
            ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01], "ELF executable"), ([0x1F, 0x8B, 0x08, 0x00], "gzip data"),
        ] as [([UInt8], String)])
    func magicNumbersAreBinary(header: [UInt8], kind: String) {
        let bytes = header + Array("<html><body><p>text</p></body></html>".utf8)
        #expect(throws: DocumentError.binary(kind)) { try parser.parse(bytes, path: "x.html") }
    }

    @Test func randomBytesAreRejectedWithoutTrapping() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes: [UInt8] = []
        for _ in 0..<65_536 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes.append(UInt8(truncatingIfNeeded: state >> 56))
        }
        for path in ["random.html", "random.xml", "random.txt"] {
            #expect(throws: DocumentError.self) { try parser.parse(bytes, path: path) }
        }
    }

    @Test func truncatedHTMLKeepsItsText() throws {
        let outcome = try parser.parseWithDiagnostics(try TestPaths.fixture("truncated.html"), path: "truncated.html")
        #expect(outcome.document.text.contains("Regeringen ger Statskontoret i uppdrag att följa upp regelverket för"))
        #expect(outcome.document.text.hasSuffix("senast den 1 mars 20"))
    }

    @Test func deeplyNestedTagsDoNotTrap() throws {
        let depth = 100_000
        var html = Array("<html><body>".utf8)
        html.reserveCapacity(depth * 12)
        for _ in 0..<depth { html += Array("<div><span>".utf8) }
        html += Array("Djupt inne".utf8)
        for _ in 0..<depth { html += Array("</span></div>".utf8) }
        html += Array("<p>Efter djupet.</p></body></html>".utf8)
        // libxml2 stops at its depth limit (256) and the parser says so.
        #expect(throws: DocumentError.unparseable("line 1: Excessive depth in document: 256 use XML_PARSE_HUGE option"))
        {
            try parser.parse(html, path: "nested.html")
        }
        var xml = Array("<?xml version=\"1.0\"?>".utf8)
        for _ in 0..<depth { xml += Array("<a>".utf8) }
        for _ in 0..<depth { xml += Array("</a>".utf8) }
        #expect(throws: DocumentError.self) { try parser.parse(xml, path: "nested.xml") }
    }

    /// "fo\u{308}rordning" (o and a combining diaeresis, as PDF exports write it) reads as "förordning".
    @Test(arguments: ["txt", "html"])
    func decomposedLettersAreComposed(fileExtension: String) throws {
        let text = "Fo\u{308}rordning om Myndigheten fo\u{308}r sa\u{308}kerhet och A\u{30A}klagarmyndigheten"
        let source = fileExtension == "html" ? "<html><body><p>\(text)</p></body></html>" : text
        let document = try parser.parse(Array(source.utf8), path: "decomposed." + fileExtension)
        let expected = "Förordning om Myndigheten för säkerhet och Åklagarmyndigheten"
        #expect(Array(document.text.utf8) == Array(expected.utf8))
    }

    @Test func undeclaredLatin1IsReadAsWindows1252() throws {
        let document = try parser.parse(try TestPaths.fixture("latin1-undeclared.html"), path: "latin1.html")
        #expect(document.encoding == "windows-1252")
        #expect(document.text.contains("Myndigheten för tillväxtpolitiska utvärderingar ska redovisa"))
        #expect(document.text.contains("Översyn av förordningen (2009:145) – ”så kallad” § 5"))
    }

    @Test func lyingMetaCharsetFallsBackToWindows1252() throws {
        let document = try parser.parse(try TestPaths.fixture("lying-meta.html"), path: "lying.html")
        #expect(document.encoding == "windows-1252")
        #expect(document.text == "Länsstyrelserna ska årligen lämna en redovisning.")
    }

    @Test func validUTF8BeatsALatin1Label() throws {
        let document = try parser.parse(try TestPaths.fixture("latin1-declared-utf8-bytes.html"), path: "x.html")
        #expect(document.encoding == "utf-8")
        #expect(document.text == "Åklagarmyndigheten ska lämna förslag.")
    }

    @Test(arguments: [
        ("utf16le-bom.html", "utf-16le"), ("utf16be-bom.html", "utf-16be"), ("utf16le-nobom.html", "utf-16le"),
    ])
    func utf16IsDecoded(file: String, encoding: String) throws {
        let document = try parser.parse(try TestPaths.fixture(file), path: file)
        #expect(document.encoding == encoding)
        #expect(document.text == "Kriminalvården ska redovisa uppdraget senast den 30 april 2018.")
    }

    @Test func utf16TextWithoutBOMIsDecoded() throws {
        let document = try parser.parse(try TestPaths.fixture("utf16be-nobom.txt"), path: "u.txt")
        #expect(document.encoding == "utf-16be")
        #expect(document.metadata.title == "Uppdrag om säkerhet")
        #expect(document.blocks.last?.text == "Statens institutionsstyrelse ska förstärka säkerhetsarbetet.")
    }

    @Test func utf8BOMIsDropped() throws {
        let document = try parser.parse(try TestPaths.fixture("utf8-bom.txt"), path: "dir.txt")
        #expect(
            document.blocks.first == Block(kind: .heading, text: "Tilläggsdirektiv till Utredningen om något", level: 1)
        )
        #expect(document.metadata.doctype == .tillaggsdirektiv)
    }

    @Test(arguments: ["xxe.xml", "xxe-parameter.xml"])
    func externalEntitiesAreNeverRead(file: String) throws {
        let result = Result { try parser.parse(try TestPaths.fixture(file), path: file) }
        if case .success(let document) = result {
            #expect(!document.text.contains("root:"))
            #expect(!document.text.contains("/bin/"))
        }
        if file == "xxe.xml", case .success(let document) = result {
            #expect(document.text.contains("Before"))
            #expect(document.text.contains("end."))
        }
    }

    @Test func billionLaughsIsRefusedOrBounded() throws {
        let bytes = try TestPaths.fixture("billion-laughs.xml")
        do {
            let document = try parser.parse(bytes, path: "lol.xml")
            #expect(document.text.utf8.count < 10_000)
        } catch {
            guard case .unparseable(let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(message.contains("entity"))
        }
    }

    @Test func nulAndControlBytesAreDropped() throws {
        let document = try parser.parse(try TestPaths.fixture("nul-bytes.html"), path: "nul.html")
        #expect(document.blocks.map(\.text) == ["Skolverket ska redovisa.", "Andra stycket ."])
    }

    @Test func brokenXHTMLFallsBackToHTML() throws {
        let outcome = try parser.parseWithDiagnostics(try TestPaths.fixture("broken.xhtml"), path: "broken.xhtml")
        #expect(outcome.document.format == .xhtml)
        #expect(outcome.document.text.contains("Första stycket med oavslutad tagg"))
        #expect(outcome.document.text.contains("Andra stycket & mer"))
        #expect(!outcome.diagnostics.isEmpty)
    }

    @Test func htmlEntitiesInXHTMLWithoutDTD() throws {
        let document = try parser.parse(try TestPaths.fixture("entities.xhtml"), path: "entities.xhtml")
        #expect(document.format == .xhtml)
        #expect(document.text == "Lag (2000:1) om ändring – slår in.")
    }

    @Test func markupWithoutTextIsRejected() throws {
        #expect(throws: DocumentError.noText) {
            try parser.parse(try TestPaths.fixture("only-markup.html"), path: "only-markup.html")
        }
    }

    @Test func riksdagenEmbeddedHTMLIsParsedAgain() throws {
        let document = try parser.parse(try TestPaths.fixture("riksdagen-embedded.xml"), path: "r.xml")
        #expect(document.text.contains("Utredaren ska redovisa uppdraget senast den 1 mars 2022."))
        #expect(!document.text.contains("<p>"))
        #expect(!document.text.contains("alert"))
        #expect(document.metadata.identifier == "Dir. 2020/21:12")
        #expect(document.metadata.doctype == .tillaggsdirektiv)
        #expect(document.metadata.ministry == "Socialdepartementet")
        #expect(document.metadata.issued == "2021-02-11")
    }

    @Test func riksdagenMarkupAsElementsIsWalked() throws {
        let document = try parser.parse(try TestPaths.fixture("riksdagen-inline-markup.xml"), path: "r.xml")
        #expect(document.blocks.last?.text == "Regeringen föreslår ändringar i lagen.")
        #expect(document.metadata.identifier == "prop. 2016/17:14")
        #expect(document.metadata.doctype == .proposition)
    }

    @Test func xmlElementsNamedLikeHTMLInlinesStaySeparate() throws {
        let document = try parser.parse(try TestPaths.fixture("xml-data.xml"), path: "data.xml")
        #expect(document.blocks.map(\.text) == ["Beslut", "2020-01-01", "fet", "värde", "etikett"])
    }

    @Test func referenceTextRules() throws {
        let document = try parser.parse(try TestPaths.fixture("inline-and-blocks.html"), path: "t.html")
        #expect(
            document.blocks == [
                Block(kind: .heading, text: "Rubrik två", level: 2),
                Block(kind: .paragraph, text: "Förbud mot radbrytning och kursivtext."),
                Block(kind: .listItem, text: "Punkt ett"),
                Block(kind: .listItem, text: "Punkt två"),
                Block(kind: .tableCell, text: "Cell A"),
                Block(kind: .tableCell, text: "Cell B"),
                Block(kind: .preformatted, text: "rad ett rad två"),
                Block(kind: .preformatted, text: "nytt stycke"),
                Block(kind: .paragraph, text: "Före"),
                Block(kind: .paragraph, text: "inuti"),
                Block(kind: .paragraph, text: "efter"),
            ])
    }

    @Test(arguments: [
        ("<p>Lag<img src=\"a.png\"> om <b>ändring</b> <i>i</i> lagen</p>", "Lag om ändring i lagen"),
        ("<p>Stats<b>rådet</b><br>anför</p>", "Statsrådet anför"),
        ("<p>a&nbsp;&nbsp;b&#160;c\u{2009}d\u{200B}e</p>", "a b c de"),
        ("<div>Rubrik<p>Text</p>Mer</div>", "Rubrik\nText\nMer"),
        ("<p>A<!-- kommentar -->B<script>C</script>D<style>E</style>F</p>", "ABDF"),
    ])
    func whitespaceAndBoundaries(html: String, text: String) throws {
        let document = try parser.parse(Array("<html><body>\(html)</body></html>".utf8), path: "x.html")
        #expect(document.text == text)
    }
}
