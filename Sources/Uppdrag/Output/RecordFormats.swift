import Extraction
import Foundation

/// The stored record of one document as text for terminals.
public enum RecordFormats {
    /// Every field of the record, one per line, then its deadlines, obligations and assignments.
    public static func text(_ stored: StoredDocument) -> String {
        let record = stored.record
        let safe = { (text: String?) in TextOutput.terminalSafe(text ?? "—") }
        var out = ""
        out += "id:         \(stored.id)\n"
        out += "file:       \(safe(TextOutput.displayPath(stored.path)))\n"
        out += "format:     \(stored.format.rawValue) (\(stored.encoding)), \(stored.size) bytes\n"
        out += "doctype:    \(record.doctype.rawValue)\n"
        out += "identifier: \(safe(record.identifier))\n"
        out += "title:      \(safe(record.title))\n"
        out += "issued:     \(safe(record.issued))\n"
        out += "ministry:   \(safe(record.ministry))\n"
        out += "agencies:   \(record.agencies.isEmpty ? "—" : safe(record.agencies.joined(separator: "; ")))\n"
        out += "references: \(record.references.isEmpty ? "—" : safe(record.references.joined(separator: "; ")))\n"
        if !record.deadlines.isEmpty {
            out += "deadlines:\n"
            for deadline in record.deadlines {
                var flags: [String] = [deadline.kind.rawValue]
                if deadline.recurring { flags.append("recurring") }
                if deadline.superseded == true { flags.append("superseded") }
                if let replaces = deadline.replaces { flags.append("replaces \(replaces)") }
                if let page = deadline.page { flags.append("page \(page)") }
                out += "  \(deadline.date)  \(safe(deadline.actor))  [\(flags.joined(separator: ", "))]\n"
                out += "    \(safe(deadline.quote))\n"
            }
        }
        if !record.obligations.isEmpty {
            out += "obligations:\n"
            for obligation in record.obligations {
                let page = obligation.page.map { " (page \($0))" } ?? ""
                out += "  - [ ] \(safe(obligation.actor)): \(safe(obligation.quote))\(page)\n"
            }
        }
        if !record.assignments.isEmpty {
            out += "assignments:\n"
            for assignment in record.assignments {
                out += "  - \(safe(assignment.recipient)): \(safe(assignment.task))\n"
                if let section = assignment.section { out += "    section: \(safe(section))\n" }
                if let linked = assignment.linked { out += "    linked:  \(safe(linked))\n" }
                if !assignment.references.isEmpty {
                    out += "    references: \(safe(assignment.references.joined(separator: "; ")))\n"
                }
            }
        }
        return out
    }
}
