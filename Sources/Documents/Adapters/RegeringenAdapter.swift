/// regeringen.se pages (2015–2018 and 2026 layouts): the `main` element without sidebar, vignette, date stamps,
/// share buttons, category lists and related links; metadata from the masthead and the "Ansvarig" line.
enum RegeringenAdapter {
    /// Classes of boilerplate inside `main`.
    static let boilerplateClasses: Set<String> = [
        "col-2", "contentfooter", "date-publ-updated", "rs_skip", "h1-vignette", "island--socialmedia",
        "block--politikomrLinks", "toggle-on-off", "form--toggle-wordexpl", "categories-text", "cookie-banner",
        "share", "breadcrumb", "breadcrumbs", "media--publikations__sender", "is-vishidden", "visuallyhidden",
        "sr-only",
    ]

    static func adapt(_ tree: MarkupTree) -> AdapterOutput? {
        guard isRegeringen(tree) else { return nil }
        guard
            let main = tree.firstElement(named: "main")
                ?? tree.first(where: { tree.attribute("role", of: $0) == "main" })
        else { return nil }
        var output = AdapterOutput(roots: [main])
        for node in tree.descendants(main) where tree.nodes[Int(node)].kind == .element {
            let name = tree.name(node)
            let classes = tree.attribute("class", of: node)?.split(separator: " ") ?? []
            if ["nav", "form", "aside", "footer"].contains(name) || tree.attribute("id", of: node) == "readspeaker"
                || classes.contains(where: { boilerplateClasses.contains(String($0)) })
            {
                output.excluded.insert(node)
            }
        }
        var draft = MetadataDraft()
        var bareNumber: String?
        if let heading = tree.elements(named: "h1", in: main).first {
            for vignette in tree.descendants(heading) where tree.hasClass("h1-vignette", vignette) {
                let text = tree.textContent(vignette)
                if text.lowercased().hasPrefix("diarienummer") {
                    draft.diarienummer = Identifiers.diarienummer(in: text)
                } else if let found = Identifiers.first(in: text) {
                    draft.identifier = found.identifier
                } else if let match = text.firstMatch(of: Patterns.riksmoteNumber) {
                    // "ID-nummer: 2008/09:140": a riksmöte number without its series.
                    bareNumber = String(match.0)
                }
            }
            var title = TextCollector()
            tree.walk(heading) { node in
                if tree.hasClass("h1-vignette", node) { return false }
                if tree.nodes[Int(node)].kind == .text { title.append(tree.rawText(node)) }
                return true
            } exit: { _ in
            }
            draft.title = title.take()
        }
        if let published = tree.first(in: main, where: { tree.hasClass("published", $0) }) {
            let time = tree.elements(named: "time", in: published).first
            let datetime = time.flatMap { tree.attribute("datetime", of: $0) } ?? ""
            draft.issued = MetadataDate.iso(in: datetime) ?? MetadataDate.iso(in: tree.textContent(published))
        }
        if draft.issued == nil {
            draft.issued = HeadMetadata.meta(tree, named: "published").flatMap { MetadataDate.iso(in: $0) }
        }
        if draft.title?.isEmpty ?? true { draft.title = HeadMetadata.title(tree) }
        LabelledFields.apply(LabelledFields.harvest(tree, in: main), to: &draft)
        if draft.ministry == nil,
            let categories = tree.first(in: main, where: { tree.hasClass("categories-text", $0) })
        {
            draft.ministry = Ministries.first(in: tree.textContent(categories))
        }
        for list in tree.descendants(main) where tree.hasClass("block--politikomrLinks", list) {
            for item in tree.elements(named: "li", in: list) {
                let text = tree.textContent(item)
                draft.categories.append(text)
                if draft.ministry == nil { draft.ministry = Ministries.first(in: text) }
            }
        }
        if let categories = tree.first(in: main, where: { tree.hasClass("categories-text", $0) }) {
            draft.categories.append(tree.textContent(categories))
        }
        draft.ministryIsAuthoritative = draft.ministry != nil
        if draft.identifier == nil, let bareNumber {
            let isWrit = draft.categories.contains { $0.lowercased().hasPrefix("skrivelse") }
            draft.identifier = (isWrit ? "skr. " : "prop. ") + bareNumber
        }
        draft.sourceURL = HeadMetadata.canonicalURL(tree)
        output.draft = draft
        return output
    }

    private static func isRegeringen(_ tree: MarkupTree) -> Bool {
        if let title = tree.firstElement(named: "title"), tree.textContent(title).hasSuffix("Regeringen.se") {
            return true
        }
        if let body = tree.firstElement(named: "body"), tree.hasClass("rk-baseBody", body) { return true }
        guard let heading = tree.firstElement(named: "h1") else { return false }
        return tree.first(in: heading) { tree.hasClass("h1-vignette", $0) } != nil
    }
}
