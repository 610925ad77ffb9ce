import Extraction
import Foundation

/// Table and CSV renderings of a search page.
public enum SearchFormats {
    /// The page as text for terminals; with `bold`, matches marked U+E000…U+E001 become ANSI bold.
    public static func table(_ page: SearchPage, bold: Bool) -> String {
        var out = ""
        let shown =
            page.hits.isEmpty
            ? countLine(page.total) : "\(page.offset + 1)–\(page.offset + page.hits.count) of \(page.total)"
        out += "\(shown)\n"
        if page.relaxed { out += "no document has every word; showing documents with any of them\n" }
        if let suggestion = page.suggestion { out += "did you mean: \(TextOutput.terminalSafe(suggestion))\n" }
        for hit in page.hits {
            let safe = { (text: String?) in TextOutput.terminalSafe(text ?? "—") }
            out += "\n\(hit.id)  \(hit.score)%  \(hit.doctype.rawValue)  \(safe(hit.identifier))  \(safe(hit.issued))\n"
            out += "  \(safe(hit.title))\n"
            if let recipient = hit.recipient { out += "  → \(safe(recipient)): \(safe(hit.task))\n" }
            out += "  \(safe(TextOutput.displayPath(hit.file)))\n"
            var snippet = TextOutput.terminalSafe(hit.snippet)
            if bold {
                snippet = snippet.replacingOccurrences(of: "\u{E000}", with: "\u{1b}[1m")
                    .replacingOccurrences(of: "\u{E001}", with: "\u{1b}[0m")
            }
            if !snippet.isEmpty { out += "  \(snippet)\n" }
        }
        if let facets = page.facets {
            out += "\nfacets:\n"
            for (name, counts) in [
                ("agency", facets.agency), ("doctype", facets.doctype), ("ministry", facets.ministry),
                ("year", facets.year),
            ] {
                let sorted = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                out +=
                    "  \(name): "
                    + sorted.map { "\(TextOutput.terminalSafe($0.key)) (\($0.value))" }.joined(separator: ", ") + "\n"
            }
        }
        return out
    }

    /// "no hits", "1 hit", "973 hits".
    public static func countLine(_ total: Int) -> String {
        switch total {
        case 0: "no hits"
        case 1: "1 hit"
        default: "\(total) hits"
        }
    }

    /// The files of the hits, one per line, each once, in rank order (`search -l`).
    public static func files(_ page: SearchPage) -> String {
        var seen: Set<String> = []
        var out = ""
        for hit in page.hits where seen.insert(hit.file).inserted {
            out += TextOutput.terminalSafe(TextOutput.displayPath(hit.file)) + "\n"
        }
        return out
    }

    /// The page as RFC 4180 CSV with a header row.
    public static func csv(_ page: SearchPage) -> String {
        var out = TextOutput.csvRow([
            "id", "kind", "doctype", "identifier", "title", "issued", "file", "score", "snippet",
        ])
        for hit in page.hits {
            out += TextOutput.csvRow([
                hit.id, hit.kind.rawValue, hit.doctype.rawValue, hit.identifier ?? "", hit.title ?? "",
                hit.issued ?? "", hit.file, String(hit.score), hit.snippet,
            ])
        }
        return out
    }
}
