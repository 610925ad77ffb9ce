import Extraction

/// Metadata from the first page of a government PDF, where directives, government decisions and agency
/// regulations print it: "Kommittédirektiv" and the title over "Dir. 2016:15", "Beslut vid regeringssammanträde den
/// 25 februari 2016"; "AFS 2011:19" over "Kemiska arbetsmiljörisker"; "Naturvårdsverkets föreskrifter … om …;";
/// "Regeringsbeslut", a date and a diarienummer over "Uppdrag till …".
enum PDFMetadata {
    static func draft(firstPage: String, laterPages: ArraySlice<String> = []) -> MetadataDraft {
        let lines = PDFLayout.pageLines(firstPage)
        var draft = MetadataDraft()
        let flat = lines.filter { !$0.isEmpty }.joined(separator: " ")
        draft.identifier = Identifiers.first(in: flat)?.identifier
        draft.diarienummer = diarienummer(lines)
        draft.title = title(lines, identifier: draft.identifier)
        // Agency regulations print "Utkom från trycket den …" on a later page when a cover comes first.
        draft.issued =
            issued(lines) ?? laterPages.lazy.compactMap { issued(PDFLayout.pageLines($0), printedOnly: true) }.first
        let kind = lines.first { !$0.isEmpty }?.lowercased() ?? ""
        if kind == "kommittédirektiv" || kind == "tilläggsdirektiv" {
            draft.categories = ["Kommittédirektiv"]
        } else if kind.hasPrefix("regeringsbeslut") {
            draft.categories = ["Regeringsuppdrag"]
        }
        return draft
    }

    /// The title: what follows a "Kommittédirektiv" line or an identifier line, an agency's "… föreskrifter …"
    /// paragraph, an "Uppdrag …" paragraph, else the first paragraph when it is short.
    static func title(_ lines: [String], identifier: String?) -> String? {
        let filled = lines.indices.filter { !lines[$0].isEmpty }
        guard let first = filled.first else { return nil }
        let firstLine = lines[first].lowercased()
        if firstLine == "kommittédirektiv" || firstLine == "tilläggsdirektiv" {
            return paragraph(lines, from: first + 1, stopAt: { $0.hasPrefix("Dir.") })
        }
        if let identifier, lines[first] == identifier || Identifiers.first(in: lines[first])?.identifier == identifier,
            lines[first].count <= identifier.count + 2
        {
            return paragraph(lines, from: first + 1, stopAt: { _ in false }, oneLine: true)
        }
        for index in filled.prefix(12) {
            let line = lines[index]
            if line.contains("föreskrifter ") && (line.hasSuffix(" om") || line.contains(" om ")) {
                return paragraph(lines, from: index, stopAt: { _ in false })
            }
            if line.hasPrefix("Uppdrag ") {
                // The decision follows the title without a blank line in most government decisions.
                return paragraph(
                    lines, from: index, stopAt: { $0.hasPrefix("Regeringens beslut") || $0.hasPrefix("Regeringen ") })
            }
        }
        let opening = paragraph(lines, from: first, stopAt: { _ in false })
        return opening.map { $0.count <= 200 && !$0.hasSuffix(".") } == true ? opening : nil
    }

    /// The lines from `start` (blank lines before it skipped) up to a blank line or one that `stopAt` accepts.
    private static func paragraph(
        _ lines: [String], from start: Int, stopAt: (String) -> Bool, oneLine: Bool = false
    ) -> String? {
        var index = start
        while index < lines.count, lines[index].isEmpty { index += 1 }
        var parts: [String] = []
        while index < lines.count, !lines[index].isEmpty, !stopAt(lines[index]), parts.count < 6 {
            parts.append(lines[index])
            if oneLine { break }
            index += 1
        }
        guard !parts.isEmpty else { return nil }
        var title = parts.dropFirst().reduce(parts[0]) { joined, next in
            joined.hasSuffix("-") && next.first?.isLowercase == true ? joined.dropLast() + next : joined + " " + next
        }
        if title.hasSuffix(";") || title.hasSuffix(",") { title.removeLast() }
        return title
    }

    /// The decision date: "Beslut vid regeringssammanträde den 25 februari 2016", "Regeringsbeslut" with a date
    /// on the same or a following line, "Beslutad den 13 juni 2017", "Utkom från trycket den …".
    static func issued(_ lines: [String], printedOnly: Bool = false) -> String? {
        let filled = lines.filter { !$0.isEmpty }
        for (index, line) in filled.prefix(printedOnly ? 400 : 40).enumerated() {
            let lower = line.lowercased()
            let decided =
                lower.hasPrefix("beslut vid regeringssammanträde") || lower.hasPrefix("regeringsbeslut")
                || lower.hasPrefix("beslutad den") || lower.hasPrefix("beslutade den")
            guard (decided && !printedOnly) || lower.hasPrefix("utkom från trycket") else { continue }
            for candidate in filled[index..<min(filled.count, index + 4)] {
                if let date = MetadataDate.iso(in: candidate) { return date }
            }
        }
        return nil
    }

    /// A diarienummer on the first page: after "Diarienummer:" / "Dnr", or one on a line of its own.
    static func diarienummer(_ lines: [String]) -> String? {
        for line in lines where line.contains("/") && line.count <= 80 {
            guard let match = line.firstMatch(of: Patterns.diarienummer) else { continue }
            let before = line[..<match.range.lowerBound].lowercased()
            if before.isEmpty || before.hasSuffix("diarienummer: ") || before.hasSuffix("dnr ")
                || before.hasSuffix("dnr: ")
            {
                return String(match.1)
            }
        }
        return nil
    }
}
