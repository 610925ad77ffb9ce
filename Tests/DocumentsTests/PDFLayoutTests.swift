import Testing

@testable import Documents
@testable import Extraction

/// Page texts as pdftotext writes them, turned into blocks.
@Suite struct PDFLayoutTests {
    static let tasks = ["svetsning", "målning", "slipning", "rengöring", "lackering"]

    static func body(_ number: Int) -> [String] {
        [
            "Arbetsgivaren ska se till att en riskbedömning görs innan arbete med \(tasks[number - 1]) påbörjas och",
            "att resultatet av \(tasks[number - 1]) dokumenteras.",
        ]
    }

    /// Five pages with a running header, a running footer and page numbers, each around two lines of body text.
    static func pages() -> [String] {
        (1...5).map { number in
            (["AFS 2011:19", "", "\(number)", ""] + body(number) + ["", "Arbetsmiljöverket, Sida \(number) av 5"])
                .joined(separator: "\n")
        }
    }

    @Test func runningHeadersFootersAndPageNumbersAreRemoved() {
        let blocks = PDFLayout.layout(pages: Self.pages()).blocks
        let text = blocks.map(\.text).joined(separator: "\n")
        #expect(!text.contains("AFS 2011:19"))
        #expect(!text.contains("Sida"))
        #expect(blocks.map(\.text) == (1...5).map { Self.body($0).joined(separator: " ") })
    }

    @Test func pageStartsPointAtEachPageText() {
        let result = PDFLayout.layout(pages: Self.pages() + [""])
        let text = Array(result.blocks.map(\.text).joined(separator: "\n").unicodeScalars)
        #expect(result.pageStarts.count == 6)
        for start in result.pageStarts.prefix(5) {
            #expect(String(String.UnicodeScalarView(text[start...].prefix(13))) == "Arbetsgivaren")
        }
        #expect(result.pageStarts[5] == text.count)
    }

    @Test(
        arguments: [
            ("redo-", "visas senast den 1 mars 2027.", "redovisas senast den 1 mars 2027."),
            ("inom EU-", "kommissionen och rådet.", "inom EU-kommissionen och rådet."),
            ("enskildas fri-", "och rättigheter skyddas.", "enskildas fri- och rättigheter skyddas."),
            ("Europa-", "Parlamentet beslutar.", "Europa-Parlamentet beslutar."),
            ("för", "arbetet.", "för arbetet."),
        ])
    func lineEndHyphens(first: String, second: String, joined: String) {
        let blocks = PDFLayout.layout(pages: [first + "\n" + second]).blocks
        #expect(blocks.map(\.text) == [joined])
    }

    @Test func hyphenatedWordOverAPageBreakIsJoined() {
        let pages = [
            "Det finns en stor mängd sådana bestämmelser i registerförfattningar, t.ex. studiestöds-\n\n",
            "2\n\ndatalagen (2009:287) och polisdatalagen (2010:361).\n",
        ]
        let blocks = PDFLayout.layout(pages: pages).blocks
        #expect(blocks.count == 1)
        #expect(blocks.first?.text.contains("t.ex. studiestödsdatalagen (2009:287)") == true)
    }

    @Test func bulletsAreListItemsAfterTheirLeadIn() {
        let page = """
            Sammanfattning
            Utredaren ska bl.a.
            \u{F0B7} undersöka vilka kompletterande nationella föreskrifter, exempelvis processuella
            bestämmelser, som förordningen kräver,
            • överväga vilka kompletterande bestämmelser om t.ex.
            behandling av känsliga personuppgifter som bör införas, och
            – lämna sådana författningsförslag som är behövliga.
            Uppdraget ska redovisas senast den 12 maj 2017.
            """
        let blocks = PDFLayout.layout(pages: [page]).blocks
        #expect(blocks.map(\.kind) == [.heading, .paragraph, .listItem, .listItem, .listItem, .paragraph])
        #expect(blocks[1].text == "Utredaren ska bl.a.")
        #expect(
            blocks[2].text
                == "undersöka vilka kompletterande nationella föreskrifter, exempelvis processuella bestämmelser, som förordningen kräver,"
        )
        #expect(
            blocks[3].text
                == "överväga vilka kompletterande bestämmelser om t.ex. behandling av känsliga personuppgifter som bör införas, och"
        )
        #expect(blocks[5].text == "Uppdraget ska redovisas senast den 12 maj 2017.")
    }

    @Test func headingBeforeASectionOfAStatute() {
        let page = """
            Syfte och tillämpningsområde
            1 § Syftet med dessa föreskrifter är att fastställa hur ohälsa och olycksfall orsakade av
            kemiska riskkällor i arbetet ska förebyggas.
            """
        let blocks = PDFLayout.layout(pages: [page]).blocks
        #expect(blocks.map(\.kind) == [.heading, .paragraph])
        #expect(blocks.last?.text.hasPrefix("1 § Syftet") == true)
    }

    /// A page number in the middle of a two-column page is dropped; the page still starts at its first text.
    @Test func pageNumberInsideAPageIsDropped() {
        let pages = [
            "Exponering\n\nAtt utsättas för en kemisk riskkälla.\n", "Hantering\n\n4\n\nTillverkning, användning.\n",
        ]
        let result = PDFLayout.layout(pages: pages)
        #expect(
            result.blocks.map(\.text) == [
                "Exponering", "Att utsättas för en kemisk riskkälla.", "Hantering", "Tillverkning, användning.",
            ])
        let text = Array(result.blocks.map(\.text).joined(separator: "\n").unicodeScalars)
        #expect(String(String.UnicodeScalarView(text[result.pageStarts[1]...].prefix(9))) == "Hantering")
    }

    @Test func paragraphsEndAtShortClosingLines() {
        let page = """
            Inom kort förväntas EU besluta om en förordning som utgör en ny
            generell reglering för personuppgiftsbehandling inom EU. En
            särskild utredare ska föreslå anpassningar.
            I uppdraget ingår inte att överväga eller lämna förslag till
            grundlagsändringar.
            """
        let blocks = PDFLayout.layout(pages: [page]).blocks
        #expect(blocks.count == 2)
        #expect(blocks.last?.text == "I uppdraget ingår inte att överväga eller lämna förslag till grundlagsändringar.")
    }
}

@Suite struct PageOffsetTests {
    @Test(arguments: [(0, 1), (9, 1), (10, 2), (24, 2), (25, 4), (400, 4)])
    func pageOfAnOffset(offset: Int, page: Int) {
        // Page 3 is empty: it starts where page 4 does.
        let document = ParsedDocument(
            file: "x.pdf", format: .pdf, encoding: "utf-8", metadata: DocumentMetadata(), blocks: [],
            pageStarts: [0, 10, 25, 25])
        #expect(document.page(at: offset) == page)
    }

    @Test func documentsWithoutPagesHaveNone() {
        let document = ParsedDocument(
            file: "x.html", format: .html, encoding: "utf-8", metadata: DocumentMetadata(), blocks: [])
        #expect(document.page(at: 3) == nil)
    }
}
