import Extraction
import Foundation

/// Table, CSV and Markdown renderings of the reports; JSON comes from the Codable types.
public enum ReportFormats {
    /// The deadline report as an aligned text table for terminals.
    public static func deadlineTable(_ entries: [DeadlineEntry]) -> String {
        if entries.isEmpty { return "no deadlines\n" }
        var out = ""
        for entry in entries {
            let status: String
            switch entry.status {
            case .overdue: status = "overdue \(-entry.daysLeft) d"
            case .today: status = "today"
            case .upcoming: status = "in \(entry.daysLeft) d"
            }
            var flags: [String] = [entry.kind.rawValue]
            if entry.recurring { flags.append("yearly") }
            if entry.superseded { flags.append("superseded" + (entry.supersededBy.map { " by \($0)" } ?? "")) }
            if let movedFrom = entry.movedFrom { flags.append("moved from \(movedFrom)") }
            let safe = { (text: String?) in TextOutput.terminalSafe(text ?? "—") }
            out +=
                "\(entry.date)  \(status.padding(12))  \(safe(entry.identifier ?? entry.title))  [\(flags.joined(separator: ", "))]\n"
            out += "  actor: \(safe(entry.actor))\n"
            out += "  \(TextOutput.truncated(safe(entry.quote), to: 200))\n"
        }
        return out
    }

    public static let deadlineCSVHeader = [
        "id", "date", "status", "days_left", "kind", "actor", "recurring", "document_id", "doctype", "identifier",
        "title",
        "file", "quote", "superseded", "moved_from", "superseded_by",
    ]

    /// The deadline report as RFC 4180 CSV with a header row.
    public static func deadlineCSV(_ entries: [DeadlineEntry]) -> String {
        var out = TextOutput.csvRow(deadlineCSVHeader)
        for entry in entries {
            out += TextOutput.csvRow([
                entry.id, entry.date, entry.status.rawValue, String(entry.daysLeft), entry.kind.rawValue,
                entry.actor ?? "", entry.recurring ? "true" : "false", entry.documentId, entry.doctype.rawValue,
                entry.identifier ?? "", entry.title ?? "", entry.file, entry.quote, entry.superseded ? "true" : "false",
                entry.movedFrom ?? "", entry.supersededBy ?? "",
            ])
        }
        return out
    }

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
            out += "- [ ] \(markdownSafe(item.actor)): \(markdownSafe(item.quote))\(deadline) <!-- \(item.id) -->\n"
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

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
