import Documents
import Extraction
import Testing

/// Site adapters on small handcrafted pages: only the main content, metadata as CONVENTIONS.md defines it.
@Suite struct AdapterTests {
    let parser = DocumentParser()

    @Test func regeringenPageKeepsOnlyMainContent() throws {
        let document = try parser.parse(try TestPaths.fixture("regeringen-2026-uppdrag.html"), path: "uppdrag.html")
        #expect(
            document.blocks == [
                Block(kind: .heading, text: "Uppdrag till Exempelverket att kartlägga något", level: 1),
                Block(kind: .paragraph, text: "Regeringen ger Exempelverket i uppdrag att kartlägga något."),
                Block(
                    kind: .paragraph,
                    text: "Exempelverket ska redovisa uppdraget till Regeringskansliet (Finansdepartementet) "
                        + "senast den 1 oktober 2026."),
            ])
        for word in ["Teckenspråk", "Lättläst", "kakor", "Senast uppdaterad", "Dela", "Relaterat", "Kontakt"] {
            #expect(!document.text.contains(word), "\(word)")
        }
        let metadata = document.metadata
        #expect(metadata.doctype == .regeringsuppdrag)
        #expect(metadata.identifier == "Fi2026/00123")
        #expect(metadata.title == "Uppdrag till Exempelverket att kartlägga något")
        #expect(metadata.issued == "2026-02-03")
        #expect(metadata.ministry == "Finansdepartementet")
        #expect(metadata.sourceURL == "https://www.regeringen.se/regeringsuppdrag/2026/02/uppdrag-till-exempelverket/")
    }

    @Test func markdownTitleWithGluedDiarienummer() throws {
        let text = """
            # Uppdrag till Statskontoret att följa upp reglernaDiarienummer: Fi2025/02181

            Regeringen ger Statskontoret i uppdrag att följa upp reglerna.

            Statskontoret ska särskilt

            * analysera arbetet,
            * lämna förslag.
            """
        let document = try parser.parse(Array(text.utf8), path: "uppdrag.md")
        #expect(document.format == .markdown)
        #expect(document.metadata.title == "Uppdrag till Statskontoret att följa upp reglerna")
        #expect(document.metadata.identifier == "Fi2025/02181")
        #expect(document.metadata.ministry == "Finansdepartementet")
        #expect(document.metadata.doctype == .regeringsuppdrag)
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .paragraph, .paragraph])
        #expect(document.blocks.last?.text == "* analysera arbetet, * lämna förslag.")
    }
}
