import Extraction
import Foundation

/// What a document cites and what cites it, as text for terminals.
public enum ReferenceFormats {
    /// The identifier, its documents, what they cite and what cites them.
    public static func text(_ report: ReferenceReport) -> String {
        func line(_ entry: ReferenceEntry) -> String {
            let name = [entry.identifier, entry.title].compactMap { $0 }.joined(separator: " — ")
            return "  \(entry.id)  \(TextOutput.terminalSafe(name.isEmpty ? entry.file : name))"
                + (entry.issued.map { " (\($0))" } ?? "")
        }
        var out = "\(report.identifier)\n"
        out +=
            report.documents.isEmpty
            ? "not in the index\n" : report.documents.map(line).joined(separator: "\n") + "\n"
        out += "cites:\n" + (report.cites.isEmpty ? "  —\n" : report.cites.map { "  \($0)\n" }.joined())
        out +=
            "cited by:\n"
            + (report.citedBy.isEmpty ? "  —\n" : report.citedBy.map(line).joined(separator: "\n") + "\n")
        return out
    }
}
