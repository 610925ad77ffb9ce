import Extraction

/// Turns an adapter's metadata candidates and the document's blocks into final `DocumentMetadata`, with the
/// rules of CONVENTIONS.md: normalised identifier, title without site suffix or glued identifier, ISO issued date,
/// ministry from the signature line when the text has one.
enum MetadataResolver {
    static func resolve(_ draft: MetadataDraft, blocks: [Block]) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        var identifier = draft.identifier
        var diarienummer = draft.diarienummer
        var title = draft.title.map(collapse)
        if var current = title {
            if current.hasSuffix(";") { current.removeLast() }
            let split = TextMetadataInference.splitTitle(current)
            current = split.title
            identifier = identifier ?? split.identifier
            diarienummer = diarienummer ?? split.diarienummer
            // A bare identifier before or after the title ("SOSFS 2009:12 Rättsmedicinalverkets …",
            // "Sjöfartsstödets inriktning Prop. 2012/13:144"); one in parentheses belongs to the title.
            if let found = Identifiers.first(in: current) {
                let before = current[..<found.range.lowerBound]
                let after = current[found.range.upperBound...]
                if before.trimming(",").isEmpty, !after.isEmpty {
                    current = after.trimming(",")
                    identifier = identifier ?? found.identifier
                } else if after.trimming("").isEmpty, !before.hasSuffix("("), !before.isEmpty {
                    current = before.trimming(",")
                    identifier = identifier ?? found.identifier
                } else if identifier == nil, diarienummer == nil, before.hasSuffix("("), after.hasPrefix(")") {
                    // "Kemiska arbetsmiljörisker (AFS 2011:19), föreskrifter": the page's only identifier.
                    identifier = found.identifier
                }
            }
            title = current.isEmpty ? nil : current
        }
        metadata.title = title
        metadata.identifier = identifier ?? diarienummer
        metadata.issued = draft.issued ?? signedDate(blocks)
        let signature =
            draft.ministryIsAuthoritative ? nil : blocks.lazy.compactMap { Ministries.signature(in: $0.text) }.first
        metadata.ministry = signature ?? draft.ministry ?? diarienummer.flatMap(Ministries.fromDiarienummer)
        metadata.sourceURL = draft.sourceURL
        metadata.doctype =
            draft.doctype ?? doctype(identifier: identifier, title: title ?? "", draft: draft, blocks: blocks)
        return metadata
    }

    private static func doctype(identifier: String?, title: String, draft: MetadataDraft, blocks: [Block]) -> Doctype {
        let categories = draft.categories.map { $0.lowercased() }
        if let identifier {
            switch Identifiers.series(of: identifier) {
            case "Dir.": return title.lowercased().hasPrefix("tilläggsdirektiv") ? .tillaggsdirektiv : .kommittedirektiv
            case "prop.": return .proposition
            case "SFS":
                if categories.contains(where: { $0.contains("forordning") || $0.contains("förordning") }) {
                    return .forordning
                }
                return StatuteKind.doctype(title: title)
            default: return .other
            }
        }
        // regeringen.se page categories ("Regeringsuppdrag", "Pressmeddelande från Finansdepartementet").
        for category in categories {
            if category.hasPrefix("regleringsbrev") { return .regleringsbrev }
            if category.hasPrefix("regeringsuppdrag") { return .regeringsuppdrag }
            if category.hasPrefix("remiss") { return .other }
            if category.hasPrefix("pressmeddelande") || category.hasPrefix("artikel") || category.hasPrefix("nyhet")
                || category.hasPrefix("debattartikel") || category.hasPrefix("tal ")
            {
                return .artikel
            }
            if category.hasPrefix("kommittédirektiv") {
                return title.lowercased().hasPrefix("tilläggsdirektiv") ? .tillaggsdirektiv : .kommittedirektiv
            }
            if category.hasPrefix("proposition") { return .proposition }
        }
        let paragraphs = blocks.prefix(60).filter { $0.kind != .heading || $0.level > 1 }.map(\.text)
        return TextMetadataInference.evidentDoctype(title: title, paragraphs: paragraphs, identifier: nil) ?? .other
    }

    /// "Stockholm den 18 april 2013": the date a government bill or directive is signed.
    private static func signedDate(_ blocks: [Block]) -> String? {
        for block in blocks.prefix(200) where block.text.containsBytes("Stockholm den ") {
            if let match = block.text.firstMatch(of: Patterns.signedInStockholm) {
                return MetadataDate.format(day: String(match.1), month: String(match.2), year: String(match.3))
            }
        }
        return nil
    }

    private static func collapse(_ text: String) -> String {
        var collector = TextCollector()
        collector.append(text)
        return collector.take()
    }
}
