/// "Label: value" pairs as pages print them: `dt`/`dd`, a bold "Label:" followed by its value, or text lines.
enum LabelledFields {
    /// Pairs below `root`, in document order, labels lowercased without the colon.
    static func harvest(_ tree: MarkupTree, in root: Int32 = 0) -> [(label: String, value: String)] {
        var fields: [(label: String, value: String)] = []
        for node in tree.descendants(root) {
            let entry = tree.nodes[Int(node)]
            if entry.kind == .element {
                if entry.name == "dt" {
                    var sibling = entry.nextSibling
                    while sibling >= 0, tree.nodes[Int(sibling)].kind == .text {
                        sibling = tree.nodes[Int(sibling)].nextSibling
                    }
                    if sibling >= 0, tree.name(sibling) == "dd" {
                        fields.append((label(tree.textContent(node)), tree.textContent(sibling)))
                    }
                } else if ["span", "strong", "b", "th", "td", "label"].contains(entry.name) {
                    guard let text = tree.shortText(node, limit: 80), text.hasSuffix(":") else { continue }
                    var value = TextCollector()
                    var sibling = entry.nextSibling
                    while sibling >= 0 {
                        value.append(tree.textContent(sibling))
                        value.boundary()
                        sibling = tree.nodes[Int(sibling)].nextSibling
                    }
                    let valueText = value.take()
                    if !valueText.isEmpty { fields.append((label(text), valueText)) }
                }
            } else if entry.kind == .text {
                // Labels sit in short text nodes; a statute's whole text in one node is not scanned.
                let bytes = tree.rawText(node)
                guard bytes.count < 4096, bytes.contains(UInt8(ascii: ":")) else { continue }
                let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
                for (index, lineBytes) in lines.enumerated() {
                    // A label is at most 30 characters before its colon.
                    guard let colon = lineBytes.firstIndex(of: UInt8(ascii: ":")), colon - lineBytes.startIndex <= 64
                    else { continue }
                    let line = String(decoding: lineBytes, as: UTF8.self)
                    guard let colonIndex = line.firstIndex(of: ":") else { continue }
                    let name = line[..<colonIndex].trimming(" \t\r")
                    guard !name.isEmpty, name.count <= 30, name.first?.isLetter == true else { continue }
                    var value = line[line.index(after: colonIndex)...].trimming(" \t\r")
                    if value.isEmpty, index == lines.count - 1, entry.nextSibling >= 0 {
                        // "Utfärdad:<b> 2013-05-23</b>": the value is the next element.
                        value = tree.textContent(entry.nextSibling)
                    }
                    if !value.isEmpty { fields.append((label(name), value)) }
                }
            }
        }
        return fields
    }

    private static func label(_ text: String) -> String {
        var result = text.lowercased()
        while result.hasSuffix(":") || result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// Fills the draft's empty fields from labelled pairs; the first pair of each kind wins.
    static func apply(_ fields: [(label: String, value: String)], to draft: inout MetadataDraft) {
        for (label, value) in fields {
            switch label {
            case "utfärdad", "beslutad", "beslutade", "beslut", "beslutsdatum":
                if draft.issued == nil { draft.issued = MetadataDate.iso(in: value) }
            case "departement", "myndighet", "departement/ myndighet", "departement/myndighet", "ansvarig myndighet",
                "ansvarig":
                if draft.ministry == nil { draft.ministry = Ministries.first(in: value) }
            case "rubrik":
                if draft.title == nil { draft.title = value }
            case "sfs-nummer", "sfs nr", "sfs-nr":
                if draft.identifier == nil, let match = value.firstMatch(of: Patterns.yearAndNumber) {
                    draft.identifier = "SFS \(match.1):\(match.2)"
                }
            case "id-nummer":
                if draft.identifier == nil { draft.identifier = Identifiers.first(in: value)?.identifier }
            case "diarienummer":
                if draft.diarienummer == nil { draft.diarienummer = Identifiers.diarienummer(in: value) }
            default:
                continue
            }
        }
    }
}

extension StringProtocol {
    /// The string without leading and trailing characters from `set`.
    func trimming(_ set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) || first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, set.contains(last) || last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
