import Extraction
import Testing

@Suite(.enabled(if: GoldTextCorpus.isPresent, "needs ../shared/corpus-dev"))
struct ReferenceCorpusTests {
    @Test(arguments: GoldTextCorpus.textGold())
    func referencesMatchGold(_ gold: GoldTextCorpus.Gold) throws {
        let text = try GoldTextCorpus.blocks(of: gold.file).map(\.text).joined(separator: "\n")
        let found = ReferenceExtractor().references(in: text, ownIdentifier: gold.identifier)
        #expect(found == gold.references)
    }
}
