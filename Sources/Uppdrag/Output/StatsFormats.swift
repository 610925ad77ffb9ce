/// Index statistics as text for terminals.
public enum StatsFormats {
    /// One line per figure.
    public static func text(_ stats: IndexStats) -> String {
        func list(_ counts: [String: Int]) -> String {
            counts.isEmpty
                ? "—" : counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        var out = ""
        out += "index:          \(stats.path)\n"
        out += "schema version: \(stats.schemaVersion)\n"
        out += "documents:      \(stats.documents)\n"
        out += "per doctype:    \(list(stats.doctypes))\n"
        out += "per format:     \(list(stats.formats))\n"
        out += "items:          \(list(stats.items))\n"
        out += "failed files:   \(stats.failedFiles)\n"
        out += "last ingest:    \(stats.lastIngest ?? "never")\n"
        out += "index size:     \(stats.sizeBytes) bytes\n"
        return out
    }
}
