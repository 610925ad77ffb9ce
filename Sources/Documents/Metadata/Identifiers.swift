/// Recognises and normalises document identifiers: "Dir. 2015:27", "SFS 2011:1508", "prop. 2016/17:14",
/// "SOU 2013:75", "Ds 2016:46", agency series such as "DVFS 2000:5", and diarienummer ("Fi2025/02181").
package enum Identifiers {
    package struct Found {
        package var identifier: String
        package var range: Range<String.Index>
    }

    /// The earliest identifier in `text`, normalised.
    package static func first(in text: String) -> Found? {
        // Every identifier has "year:number"; most texts handed here have none, and the regexes are slow.
        guard text.utf8.contains(UInt8(ascii: ":")) else { return nil }
        var best: Found?
        func consider(_ identifier: String, _ range: Range<String.Index>) {
            if best == nil || range.lowerBound < (best?.range.lowerBound ?? text.endIndex) {
                best = Found(identifier: identifier, range: range)
            }
        }
        if text.containsBytes("ir"), let match = text.firstMatch(of: Patterns.directive) {
            consider("Dir. \(match.1):\(match.2)", match.range)
        }
        if text.containsBytes("rop"), let match = text.firstMatch(of: Patterns.bill) {
            consider("prop. \(match.1):\(match.2)", match.range)
        }
        if text.containsBytes("SOU"), let match = text.firstMatch(of: Patterns.sou) {
            consider("SOU \(match.1):\(match.2)", match.range)
        }
        if text.containsBytes("Ds"), let match = text.firstMatch(of: Patterns.ds) {
            consider("Ds \(match.1):\(match.2)", match.range)
        }
        if text.containsBytes("FS"), let match = text.firstMatch(of: Patterns.statuteSeries) {
            consider("\(match.1) \(match.2):\(match.3)", match.range)
        }
        return best
    }

    /// A diarienummer such as "KN2026/00741" at the start of `text`.
    static func diarienummer(in text: String) -> String? {
        guard let match = text.firstMatch(of: Patterns.diarienummer)
        else { return nil }
        return String(match.1)
    }

    /// The series prefix of a normalised identifier ("Dir.", "prop.", "SFS", "DVFS", …).
    static func series(of identifier: String) -> String {
        String(identifier.prefix { $0 != " " })
    }
}
