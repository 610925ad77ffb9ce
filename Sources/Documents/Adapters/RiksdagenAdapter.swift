import Extraction

/// Sveriges riksdag open data (`dokumentstatus` XML): metadata from `dokument`, text from every element, and the
/// escaped HTML of the `html` element parsed again as HTML.
enum RiksdagenAdapter {
    static func adapt(_ tree: MarkupTree, diagnostics: inout [String]) -> AdapterOutput? {
        guard let root = tree.children(0).first(where: { tree.nodes[Int($0)].kind == .element }),
            tree.name(root) == "dokumentstatus"
        else { return nil }
        var output = AdapterOutput(roots: [root])
        var fields: [String: String] = [:]
        if let document = tree.children(root).first(where: { tree.name($0) == "dokument" }) {
            for child in tree.children(document) where tree.nodes[Int(child)].kind == .element {
                let name = tree.name(child)
                let hasElements = tree.children(child).contains { tree.nodes[Int($0)].kind == .element }
                if name == "html", !hasElements {
                    // Escaped HTML arrives as text; markup embedded as elements is walked like the rest.
                    output.excluded.insert(child)
                    output.extraBlocks = embeddedBlocks(tree.rawTextContent(child), diagnostics: &diagnostics)
                    continue
                }
                if fields[name] == nil { fields[name] = tree.textContent(child) }
            }
        }
        var draft = MetadataDraft()
        let kind = (fields["doktyp"] ?? fields["typ"] ?? "").lowercased()
        let session = fields["rm"] ?? ""
        let designation = fields["beteckning"] ?? fields["nummer"] ?? ""
        draft.title = fields["titel"]
        if !session.isEmpty, !designation.isEmpty {
            switch kind {
            case "prop": draft.identifier = "prop. \(session):\(designation)"
            case "bet": draft.identifier = "bet. \(session):\(designation)"
            case "mot": draft.identifier = "mot. \(session):\(designation)"
            case "skr": draft.identifier = "skr. \(session):\(designation)"
            case "dir": draft.identifier = "Dir. \(session):\(designation)"
            case "sou": draft.identifier = "SOU \(session):\(designation)"
            case "ds": draft.identifier = "Ds \(session):\(designation)"
            case "sfs": draft.identifier = "SFS \(session):\(designation)"
            default: break
            }
        }
        switch kind {
        case "prop": draft.doctype = .proposition
        case "dir":
            draft.doctype = (draft.title ?? "").hasPrefix("Tilläggsdirektiv") ? .tillaggsdirektiv : .kommittedirektiv
        case "sfs": draft.doctype = StatuteKind.doctype(title: draft.title ?? "")
        default: draft.doctype = .other
        }
        draft.issued = (fields["datum"] ?? fields["publicerad"]).flatMap { MetadataDate.iso(in: $0) }
        draft.ministry = (fields["organ"]).flatMap { Ministries.first(in: $0) }
        draft.ministryIsAuthoritative = draft.ministry != nil
        draft.sourceURL = fields["dokument_url_html"]
        output.draft = draft
        return output
    }

    /// The document's own HTML, carried escaped inside the XML.
    private static func embeddedBlocks(_ html: [UInt8], diagnostics: inout [String]) -> [Block] {
        guard html.contains(UInt8(ascii: "<")) else { return [] }
        let parsed = MarkupParser.parse(html, dialect: .html)
        diagnostics += parsed.diagnostics
        guard let tree = parsed.tree else { return [] }
        let output = GenericAdapter.adapt(tree)
        var builder = BlockBuilder(tree: tree, excluded: output.excluded)
        return builder.build(roots: output.roots)
    }
}

/// Whether a statute title names a lag or a förordning.
enum StatuteKind {
    static func doctype(title: String) -> Doctype {
        let head = title.prefix { $0.isLetter || $0 == "-" }.lowercased()
        if head.hasSuffix("förordning") || head == "kungörelse" { return .forordning }
        if head.hasSuffix("lag") || head.hasSuffix("balk") { return .lag }
        let lowered = title.lowercased()
        if let range = lowered.firstRange(of: "förordning"),
            lowered.distance(from: lowered.startIndex, to: range.lowerBound) < 20
        {
            return .forordning
        }
        return .lag
    }
}
