import Foundation

/// The agencies of an index as a table for terminals and as CSV.
public enum AgencyFormats {
    /// Each agency with up to six other names, then its counts.
    public static func table(_ agencies: [AgencySummary]) -> String {
        if agencies.isEmpty { return "no agencies\n" }
        var out = ""
        for agency in agencies {
            let aliases = agency.aliases.isEmpty ? "" : " (" + agency.aliases.prefix(6).joined(separator: ", ") + ")"
            out += "\(TextOutput.terminalSafe(agency.name))\(TextOutput.terminalSafe(aliases))\n"
            out += "  \(agency.documents) documents, \(agency.deadlines) deadlines, \(agency.obligations) obligations, "
            out += "\(agency.assignments) assignments\n"
        }
        return out
    }

    /// RFC 4180 CSV with a header row; aliases joined by "; ".
    public static func csv(_ agencies: [AgencySummary]) -> String {
        var out = TextOutput.csvRow(["name", "aliases", "documents", "deadlines", "obligations", "assignments"])
        for agency in agencies {
            out += TextOutput.csvRow([
                agency.name, agency.aliases.joined(separator: "; "), String(agency.documents),
                String(agency.deadlines), String(agency.obligations), String(agency.assignments),
            ])
        }
        return out
    }
}
