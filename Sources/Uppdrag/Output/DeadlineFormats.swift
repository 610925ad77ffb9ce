import Extraction
import Foundation

/// Table and CSV renderings of the deadline report; JSON comes from the Codable types, iCalendar from
/// ``ICalendar``.
public enum DeadlineFormats {
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
            case .inForce: status = "in force"
            case .passed: status = "passed"
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
            if let link = entry.link { out += "  \(safe(link))\n" }
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
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
