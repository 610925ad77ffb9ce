/// Recognises and normalises document identifiers: "Dir. 2015:27", "SFS 2011:1508", "prop. 2016/17:14",
/// "SOU 2013:75", "Ds 2016:46", agency series such as "DVFS 2000:5", and diarienummer ("Fi2025/02181").
enum Identifiers {
    struct Found {
        var identifier: String
        var range: Range<String.Index>
    }

    /// The earliest identifier in `text`, normalised.
    static func first(in text: String) -> Found? {
        var best: Found?
        func consider(_ identifier: String, _ range: Range<String.Index>) {
            if best == nil || range.lowerBound < (best?.range.lowerBound ?? text.endIndex) {
                best = Found(identifier: identifier, range: range)
            }
        }
        if let match = text.firstMatch(of: /\b[Dd]ir\.?\s*(\d{4}):(\d+)/) {
            consider("Dir. \(match.1):\(match.2)", match.range)
        }
        if let match = text.firstMatch(of: /\b[Pp]rop\.?\s*(\d{4}\/\d{2,4}):(\d+)/) {
            consider("prop. \(match.1):\(match.2)", match.range)
        }
        if let match = text.firstMatch(of: /\bSOU\s*(\d{4}):(\d+)/) {
            consider("SOU \(match.1):\(match.2)", match.range)
        }
        if let match = text.firstMatch(of: /\bDs\s*(\d{4}):(\d+)/) {
            consider("Ds \(match.1):\(match.2)", match.range)
        }
        if let match = text.firstMatch(of: /\b([A-ZÅÄÖ]{1,8}(?:-[A-Z]{1,4})?FS)\s*(?:nr:?\s*)?(\d{4}):(\d+)/) {
            consider("\(match.1) \(match.2):\(match.3)", match.range)
        }
        return best
    }

    /// A diarienummer such as "KN2026/00741" at the start of `text`.
    static func diarienummer(in text: String) -> String? {
        guard let match = text.firstMatch(of: /\b([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}\d{4}\/\d{3,6}(?:\/[A-ZÅÄÖa-zåäö]+)?)/)
        else { return nil }
        return String(match.1)
    }

    /// The series prefix of a normalised identifier ("Dir.", "prop.", "SFS", "DVFS", …).
    static func series(of identifier: String) -> String {
        String(identifier.prefix { $0 != " " })
    }
}
