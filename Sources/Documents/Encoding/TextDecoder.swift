internal import Foundation

/// Bytes decoded to UTF-8, with the name of the encoding they were read as.
struct DecodedText: Sendable {
    /// UTF-8 bytes without BOM, NULs or C0 control characters other than tab, LF and CR.
    var utf8: [UInt8]
    /// "utf-8", "windows-1252", "utf-16le" or "utf-16be".
    var encoding: String
}

/// Decides a document's encoding and converts it to clean UTF-8.
///
/// Order, as in CONVENTIONS "Reference text": BOM, then the XML declaration or a meta charset, else UTF-8 when the
/// bytes are valid UTF-8, else Windows-1252. A declaration that the bytes contradict (says UTF-8, bytes invalid) loses.
enum TextDecoder {
    enum Declared: Equatable { case utf8, windows1252, utf16le, utf16be, unknown }

    static func decode(_ bytes: [UInt8], sniffMarkup: Bool) -> DecodedText {
        var decoded = decodeAsWritten(bytes, sniffMarkup: sniffMarkup)
        decoded.utf8 = composed(decoded.utf8)
        return decoded
    }

    /// Letters written decomposed ("o" followed by U+0308, as some PDF exports write "ö") composed to their usual
    /// form (Unicode NFC), so they match the same words written the usual way, in searches and in the agency
    /// register. Text without a combining diacritic (U+0300–U+036F) is returned as it is.
    static func composed(_ utf8: [UInt8]) -> [UInt8] {
        let hasCombiningMark = utf8.withUnsafeBufferPointer { bytes in
            // U+0300–U+036F are 0xCC 0x80…0xBF and 0xCD 0x80…0xAF in UTF-8.
            var index = 0
            while index + 1 < bytes.count {
                let byte = bytes[index]
                if byte == 0xCC || (byte == 0xCD && bytes[index + 1] < 0xB0) { return true }
                index += 1
            }
            return false
        }
        guard hasCombiningMark else { return utf8 }
        return Array(String(decoding: utf8, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
    }

    private static func decodeAsWritten(_ bytes: [UInt8], sniffMarkup: Bool) -> DecodedText {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return fromUTF8OrFallback(bytes[3...])
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes[2...], bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes[2...], bigEndian: true) }
        if let bigEndian = utf16WithoutBOM(bytes) { return utf16(bytes[...], bigEndian: bigEndian) }
        let declared = sniffMarkup ? declaredEncoding(bytes) : nil
        switch declared {
        case .windows1252?:
            // Valid UTF-8 with multi-byte sequences is almost never Latin-1 text: trust the bytes over the label.
            if hasMultibyte(bytes), isValidUTF8(bytes[...]) {
                return DecodedText(utf8: clean(bytes[...]), encoding: "utf-8")
            }
            return DecodedText(utf8: clean(windows1252ToUTF8(bytes[...])[...]), encoding: "windows-1252")
        default:
            return fromUTF8OrFallback(bytes[...])
        }
    }

    private static func fromUTF8OrFallback(_ bytes: ArraySlice<UInt8>) -> DecodedText {
        if isValidUTF8(bytes) { return DecodedText(utf8: clean(bytes), encoding: "utf-8") }
        return DecodedText(utf8: clean(windows1252ToUTF8(bytes)[...]), encoding: "windows-1252")
    }

    // MARK: - Detection

    /// True for big-endian, false for little-endian UTF-16 without BOM, nil when the bytes do not look like UTF-16.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let count = min(bytes.count, 1024) & ~1
        guard count >= 4 else { return nil }
        var zeroEven = 0
        var zeroOdd = 0
        for index in stride(from: 0, to: count, by: 2) {
            if bytes[index] == 0 { zeroEven += 1 }
            if bytes[index + 1] == 0 { zeroOdd += 1 }
        }
        let pairs = count / 2
        // ASCII-heavy UTF-16: one byte of almost every pair is zero, the other almost never.
        if zeroOdd * 10 >= pairs * 7, zeroEven * 10 <= pairs { return false }
        if zeroEven * 10 >= pairs * 7, zeroOdd * 10 <= pairs { return true }
        return nil
    }

    /// The encoding named by an XML declaration or an HTML meta element in the first 8 KiB.
    static func declaredEncoding(_ bytes: [UInt8]) -> Declared? {
        let head = bytes.prefix(8192).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        guard let name = charsetValue(in: head) else { return nil }
        switch name {
        case "utf-8", "utf8": return .utf8
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii", "ascii",
            "iso-8859-15", "iso_8859-1", "x-cp1252":
            return .windows1252
        case "utf-16le": return .utf16le
        case "utf-16be", "utf-16": return .utf16be
        default: return .unknown
        }
    }

    private static func charsetValue(in head: [UInt8]) -> String? {
        if head.starts(with: Array("<?xml".utf8)), let end = find(Array("?>".utf8), in: head, from: 0) {
            let declaration = Array(head[0..<end])
            if let start = find(Array("encoding".utf8), in: declaration, from: 0) {
                return quotedValue(declaration, after: start + 8)
            }
        }
        var from = 0
        while let start = find(Array("charset".utf8), in: head, from: from) {
            from = start + 7
            // Only inside a meta element: the nearest '<' before must open "<meta".
            var open = start
            while open > 0, head[open] != UInt8(ascii: "<"), head[open] != UInt8(ascii: ">") { open -= 1 }
            guard head[open] == UInt8(ascii: "<"), head[open...].starts(with: Array("<meta".utf8)) else { continue }
            if let value = quotedValue(head, after: from), !value.isEmpty { return value }
        }
        return nil
    }

    /// The value after `=` at `index`, quoted or not.
    private static func quotedValue(_ bytes: [UInt8], after index: Int) -> String? {
        var position = index
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { return nil }
        position += 1
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
            position += 1
        }
        var end = position
        while end < bytes.count, end - position < 40 {
            let byte = bytes[end]
            let isNameByte =
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
            if !isNameByte { break }
            end += 1
        }
        return String(decoding: bytes[position..<end], as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        var index = from
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func hasMultibyte(_ bytes: [UInt8]) -> Bool { bytes.contains { $0 >= 0x80 } }

    // MARK: - Conversion

    /// Strict UTF-8 validation: no overlongs, no surrogates, nothing above U+10FFFF.
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return false
            }
            guard end - index >= length else { return false }
            let second = bytes[index + 1]
            guard second >= lower, second <= upper else { return false }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    /// Windows-1252 to UTF-8; the five undefined bytes become U+FFFD.
    static func windows1252ToUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
                continue
            }
            let scalar: UInt32 = byte >= 0xA0 ? UInt32(byte) : windows1252High[Int(byte - 0x80)]
            appendUTF8(scalar, to: &out)
        }
        return out
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        // Lone surrogates decode to U+FFFD instead of failing.
        for scalar in Unicode.UTF16.decode(units) { appendUTF8(scalar, to: &out) }
        return DecodedText(utf8: clean(out[...]), encoding: bigEndian ? "utf-16be" : "utf-16le")
    }

    static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (value >> 6)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (value >> 12)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        default:
            let scalar = min(value, 0x10FFFF)
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// Removes NULs and turns other C0 controls (not tab, LF, CR) into spaces: libxml2 rejects them.
    private static func clean(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        if !bytes.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) { return Array(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte == 0 { continue }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                out.append(0x20)
            } else {
                out.append(byte)
            }
        }
        return out
    }
}

extension Unicode.UTF16 {
    /// Decodes UTF-16 code units, replacing ill-formed sequences with U+FFFD.
    fileprivate static func decode(_ units: [UInt16]) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = Unicode.UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): result.append(scalar.value)
            case .emptyInput: return result
            case .error: result.append(0xFFFD)
            }
        }
    }
}
