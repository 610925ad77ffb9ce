/// Accumulates UTF-8 text, collapsing every run of whitespace (NBSP and other Unicode spaces included) to one
/// space and dropping soft hyphens and zero-width characters; works on bytes, not Characters.
struct TextCollector {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    /// A tag that is not inline: separates words unless nothing follows.
    mutating func boundary() {
        if !bytes.isEmpty { pendingSpace = true }
    }

    mutating func append(_ chunk: ArraySlice<UInt8>) {
        var index = chunk.startIndex
        let end = chunk.endIndex
        while index < end {
            let byte = chunk[index]
            // Copy a run of plain printable ASCII at once.
            if byte > 0x20 && byte < 0x80 {
                var runEnd = index + 1
                while runEnd < end, chunk[runEnd] > 0x20, chunk[runEnd] < 0x80 { runEnd += 1 }
                if pendingSpace {
                    bytes.append(0x20)
                    pendingSpace = false
                }
                bytes.append(contentsOf: chunk[index..<runEnd])
                index = runEnd
                continue
            }
            if byte < 0x80 {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B {
                    if !bytes.isEmpty { pendingSpace = true }
                } else {
                    emit(byte)
                }
                index += 1
                continue
            }
            // Multi-byte sequences: classify the few that matter, copy the rest.
            if byte == 0xC2, index + 1 < end {
                let next = chunk[index + 1]
                if next == 0xA0 || next == 0x85 {
                    if !bytes.isEmpty { pendingSpace = true }
                    index += 2
                    continue
                }
                if next == 0xAD {  // soft hyphen
                    index += 2
                    continue
                }
            } else if byte == 0xE2, index + 2 < end, chunk[index + 1] == 0x80 {
                let third = chunk[index + 2]
                if third <= 0x8A || third == 0xAF || third == 0xA8 || third == 0xA9 {
                    if !bytes.isEmpty { pendingSpace = true }
                    index += 3
                    continue
                }
                if third >= 0x8B && third <= 0x8D {  // zero-width space, non-joiner, joiner
                    index += 3
                    continue
                }
            } else if byte == 0xE2, index + 2 < end, chunk[index + 1] == 0x81, chunk[index + 2] == 0x9F {
                if !bytes.isEmpty { pendingSpace = true }
                index += 3
                continue
            } else if byte == 0xE3, index + 2 < end, chunk[index + 1] == 0x80, chunk[index + 2] == 0x80 {
                if !bytes.isEmpty { pendingSpace = true }
                index += 3
                continue
            } else if byte == 0xEF, index + 2 < end, chunk[index + 1] == 0xBB, chunk[index + 2] == 0xBF {
                index += 3
                continue
            }
            emit(byte)
            index += 1
        }
    }

    mutating func append(_ string: String) {
        var copy = string
        copy.withUTF8 { append(ArraySlice($0)) }
    }

    @inline(__always)
    private mutating func emit(_ byte: UInt8) {
        if pendingSpace {
            bytes.append(0x20)
            pendingSpace = false
        }
        bytes.append(byte)
    }

    /// The collected text; the collector is empty afterwards.
    mutating func take() -> String {
        let result = String(decoding: bytes, as: UTF8.self)
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        return result
    }
}

/// HTML elements removed without a space (CONVENTIONS "Reference text"); every other tag is a word boundary.
enum InlineElements {
    static let names: Set<String> = [
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
        "tt", "u", "var", "wbr", "img", "label",
    ]

}

extension StringProtocol {
    /// Prefix test on UTF-8 bytes: `hasPrefix` with a non-ASCII prefix ("– ") compares through Unicode
    /// normalisation.
    func hasPrefixBytes(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    /// Substring search on UTF-8 bytes: much cheaper than Character-based `contains` on long texts.
    func containsBytes(_ needle: String) -> Bool {
        var pattern = needle
        return pattern.withUTF8 { pattern in
            if let found = utf8.withContiguousStorageIfAvailable({ Self.search(pattern, in: $0) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { Self.search(pattern, in: $0) }
        }
    }

    private static func search(_ pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first else { return true }
        guard haystack.count >= pattern.count else { return false }
        let last = haystack.count - pattern.count
        var index = 0
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < pattern.count, haystack[index + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            index += 1
        }
        return false
    }
}
