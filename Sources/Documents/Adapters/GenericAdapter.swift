/// Any other HTML or XML: the `main`/`article` element if there is one, else the body (or the whole XML tree),
/// without navigation, headers, footers and elements whose id or class names a menu, breadcrumb, cookie banner or
/// share widget.
enum GenericAdapter {
    static let boilerplateWords = [
        "menu", "nav", "breadcrumb", "cookie", "share", "footer", "sidebar", "skip", "banner", "header",
    ]

    static func adapt(_ tree: MarkupTree) -> AdapterOutput {
        let root =
            tree.firstElement(named: "main") ?? tree.firstElement(named: "article") ?? tree.firstElement(named: "body")
            ?? 0
        var output = AdapterOutput(roots: [root])
        let isHTML = tree.firstElement(named: "body") != nil
        if isHTML {
            for node in tree.descendants(root) where tree.nodes[Int(node)].kind == .element {
                let name = tree.name(node)
                if ["nav", "footer", "aside"].contains(name)
                    || (name == "header" && root != 0 && tree.name(root) == "body")
                {
                    output.excluded.insert(node)
                    continue
                }
                guard ["div", "ul", "ol", "section", "p", "table", "span"].contains(name) else { continue }
                if tree.nodes[Int(node)].attributeStart == tree.nodes[Int(node)].attributeEnd { continue }
                let marks = ((tree.attribute("id", of: node) ?? "") + " " + (tree.attribute("class", of: node) ?? ""))
                    .lowercased()
                if boilerplateWords.contains(where: { marks.containsBytes($0) }) { output.excluded.insert(node) }
            }
        }
        var draft = MetadataDraft()
        draft.title = HeadMetadata.title(tree)
        if let heading = tree.firstElement(named: "h1") {
            let text = tree.textContent(heading)
            draft.identifier = Identifiers.first(in: text)?.identifier
            if draft.title == nil { draft.title = text }
        }
        LabelledFields.apply(LabelledFields.harvest(tree, in: root), to: &draft)
        draft.sourceURL = HeadMetadata.canonicalURL(tree)
        output.draft = draft
        return output
    }
}
