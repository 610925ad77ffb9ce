import Extraction

/// What a site adapter found: where the main content is, what to leave out, and metadata candidates.
struct AdapterOutput {
    /// Subtrees holding the main content, in reading order.
    var roots: [Int32]
    /// Elements inside the roots to leave out (menus, stamps, share buttons, metadata boxes).
    var excluded: Set<Int32> = []
    var draft = MetadataDraft()
    /// Blocks produced outside the tree (riksdagen's embedded HTML), appended after the roots' blocks.
    var extraBlocks: [Block] = []
}

/// Metadata candidates before resolution; nil means "this source does not say".
struct MetadataDraft {
    var doctype: Doctype?
    var identifier: String?
    var diarienummer: String?
    var title: String?
    var issued: String?
    var ministry: String?
    /// The page names its responsible ministry itself (regeringen.se "Ansvarig"): it beats a signature line.
    /// Database fields (rkrattsbaser "Departement") do not: they sometimes name a later ministry.
    var ministryIsAuthoritative = false
    var sourceURL: String?
    /// Page categories or document kinds as the source names them ("Kommittédirektiv", "Remiss", "Forordning").
    var categories: [String] = []
}

/// Adapters every HTML/XML document passes through, most specific first.
enum SiteAdapters {
    static func adapt(_ tree: MarkupTree, diagnostics: inout [String]) -> AdapterOutput {
        if let output = RiksdagenAdapter.adapt(tree, diagnostics: &diagnostics) { return output }
        if let output = RegeringenAdapter.adapt(tree) { return output }
        if let output = RkrattsbaserAdapter.adapt(tree) { return output }
        if let output = RDFaAdapter.adapt(tree) { return output }
        return GenericAdapter.adapt(tree)
    }
}
