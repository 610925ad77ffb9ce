import Foundation

/// Markdown and CSV renderings of the checklist; JSON comes from the Codable types.
public enum ChecklistFormats {
    /// The checklist as Markdown: a heading per document, `- [ ] Actor: sentence (senast DATE)` per obligation.
    public static func checklistMarkdown(_ items: [ChecklistItem]) -> String {
        if items.isEmpty { return "_No obligations._\n" }
        var out = ""
        var currentDocument: String?
        for item in items {
            if item.documentId != currentDocument {
                currentDocument = item.documentId
                if !out.isEmpty { out += "\n" }
                let name = [item.identifier, item.title].compactMap { $0 }.joined(separator: " — ")
                let heading = name.isEmpty ? item.file : name
                out += "## \(markdownSafe(heading))\(item.issued.map { " (\($0))" } ?? "")\n\n"
            }
            let deadline = item.deadline.map { " (senast \($0))" } ?? ""
            // An angle-bracketed destination keeps spaces and parentheses of the path inside the link.
            let page = item.page.flatMap { page in item.link.map { " ([s. \(page)](<\($0)>))" } } ?? ""
            out +=
                "- [ ] \(markdownSafe(item.actor)): \(markdownSafe(item.quote))\(deadline)\(page) <!-- \(item.id) -->\n"
        }
        return out
    }

    public static let checklistCSVHeader = [
        "id", "document_id", "identifier", "title", "issued", "file", "actor", "agency", "quote", "deadline",
    ]

    /// The checklist as RFC 4180 CSV.
    public static func checklistCSV(_ items: [ChecklistItem]) -> String {
        var out = TextOutput.csvRow(checklistCSVHeader)
        for item in items {
            out += TextOutput.csvRow([
                item.id, item.documentId, item.identifier ?? "", item.title ?? "", item.issued ?? "", item.file,
                item.actor, item.agency ?? "", item.quote, item.deadline ?? "",
            ])
        }
        return out
    }

    /// Keeps document text from breaking Markdown structure: no control characters, no line breaks, no HTML.
    static func markdownSafe(_ text: String) -> String {
        TextOutput.replacing("<", with: "&lt;", in: TextOutput.terminalSafe(text))
    }
}
