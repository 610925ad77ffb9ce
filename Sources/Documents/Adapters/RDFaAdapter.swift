/// XHTML and HTML with RDFa from the rättsinformation project (consolidated SFS and agency regulations, printed
/// SFS): metadata from `property` attributes (dc/dct title and identifier, utfärdandedatum) and register lists.
enum RDFaAdapter {
    static func adapt(_ tree: MarkupTree) -> AdapterOutput? {
        guard tree.hasPropertyAttributes else { return nil }
        // Dublin Core terms only: Open Graph's og:title on ordinary pages is not RDFa content markup.
        let properties = tree.descendants(0) { node in
            guard let name = tree.attribute("property", of: node) else { return false }
            return !name.hasPrefix("og:") && !name.hasPrefix("twitter:") && !name.hasPrefix("fb:")
        }
        guard
            properties.contains(where: {
                let name = tree.attribute("property", of: $0) ?? ""
                return name.hasPrefix("dc") && (name.hasSuffix(":title") || name.hasSuffix(":identifier"))
            })
        else { return nil }
        let body = tree.firstElement(named: "body") ?? 0
        var output = AdapterOutput(roots: [body])
        for node in tree.descendants(body) where ["nav", "footer"].contains(tree.name(node)) {
            output.excluded.insert(node)
        }
        var draft = MetadataDraft()
        var consolidatedIssued: String?
        for node in properties {
            let property = tree.attribute("property", of: node) ?? ""
            let local = property.split(separator: ":").last.map(String.init) ?? property
            let value = tree.attribute("content", of: node) ?? tree.textContent(node)
            switch local {
            case "title":
                if draft.title == nil { draft.title = value }
            case "identifier":
                if draft.identifier == nil { draft.identifier = Identifiers.first(in: value)?.identifier }
            case "utfardandedatum", "beslutsdatum":
                if draft.issued == nil {
                    draft.issued = MetadataDate.iso(in: tree.attribute("datetime", of: node) ?? value)
                }
            case "issued":
                if consolidatedIssued == nil { consolidatedIssued = MetadataDate.iso(in: value) }
            default:
                continue
            }
        }
        LabelledFields.apply(LabelledFields.harvest(tree, in: body), to: &draft)
        if draft.issued == nil { draft.issued = consolidatedIssued }
        for node in tree.descendants(0) {
            if let type = tree.attribute("typeof", of: node) {
                draft.categories.append(String(type.split(separator: ":").last ?? Substring(type)))
                break
            }
        }
        output.draft = draft
        return output
    }
}
