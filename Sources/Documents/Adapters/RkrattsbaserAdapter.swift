/// Regeringskansliets rättsdatabaser (rkrattsbaser.gov.se): SFS fulltext, kommittédirektiv, propositioner in the
/// current layout (`search-results-content` boxes), and the old SFST layout (`pre` with "SFS nr:" lines, often
/// undeclared Windows-1252).
enum RkrattsbaserAdapter {
    static func adapt(_ tree: MarkupTree) -> AdapterOutput? {
        if let content = tree.first(where: { tree.hasClass("search-results-content", $0) }) {
            return current(tree, content: content)
        }
        let preformatted = tree.elements(named: "pre").filter { node in
            // Outer `pre` only: the old layout nests one in another.
            var parent = tree.nodes[Int(node)].parent
            while parent >= 0 {
                if tree.name(parent) == "pre" { return false }
                parent = tree.nodes[Int(parent)].parent
            }
            return true
        }
        if let first = preformatted.first, tree.textContent(first).containsBytes("SFS nr:") {
            var output = AdapterOutput(roots: preformatted)
            var draft = MetadataDraft()
            LabelledFields.apply(LabelledFields.harvest(tree, in: first), to: &draft)
            output.draft = draft
            return output
        }
        return nil
    }

    private static func current(_ tree: MarkupTree, content: Int32) -> AdapterOutput {
        var output = AdapterOutput(roots: [content])
        var draft = MetadataDraft()
        let boxes = tree.descendants(content) { tree.hasClass("result-inner-box", $0) }
        for box in boxes {
            let text = tree.textContent(box)
            if tree.hasClass("bold", box) {
                // "SFS-nummer · 2008:344 · Visa register", "Propositionsnummer · 2012/13:144 · Hämta Doc".
                let parts = text.split(separator: "·").map { $0.trimming("") }
                if parts.count >= 2, let number = parts[1].firstMatch(of: Patterns.sessionOrYearNumber) {
                    let label = parts[0].lowercased()
                    if label.hasPrefix("sfs") {
                        draft.identifier = "SFS \(number.0)"
                    } else if label.hasPrefix("proposition") {
                        draft.identifier = "prop. \(number.0)"
                    } else if label.hasPrefix("dir") {
                        draft.identifier = "Dir. \(number.0)"
                    }
                }
                output.excluded.insert(box)
                continue
            }
            // The title box: neither a labelled field ("Departement: …") nor the body text.
            if draft.title == nil, !text.isEmpty,
                tree.first(in: box, where: { tree.hasClass("body-text", $0) }) == nil,
                !tree.descendants(box).contains(where: { node in
                    tree.nodes[Int(node)].kind == .element && tree.textContent(node).hasSuffix(":")
                })
            {
                draft.title = text
            }
        }
        LabelledFields.apply(LabelledFields.harvest(tree, in: content), to: &draft)
        if let title = draft.title, let found = Identifiers.first(in: title) {
            if draft.identifier == nil { draft.identifier = found.identifier }
        }
        if draft.identifier == nil, let body = tree.first(in: content, where: { tree.hasClass("body-text", $0) }) {
            // "Dir 1987:42" opens a directive's text.
            let opening = String(tree.textContent(body).prefix(60))
            if let found = Identifiers.first(in: opening), found.range.lowerBound == opening.startIndex {
                draft.identifier = found.identifier
            }
        }
        output.draft = draft
        return output
    }
}
