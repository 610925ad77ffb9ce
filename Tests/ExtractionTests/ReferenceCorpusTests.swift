import Testing

import Extraction

@Suite(.enabled(if: CorpusDev.isPresent, "needs ../shared/corpus-dev"))
struct ReferenceCorpusTests {
    @Test(arguments: CorpusDev.textGold())
    func referencesMatchGold(_ gold: CorpusDev.Gold) throws {
        let text = try CorpusDev.blocks(of: gold.file).map(\.text).joined(separator: "\n")
        let found = ReferenceExtractor().references(in: text, ownIdentifier: gold.identifier)
        #expect(found == gold.references)
    }
}
