/// One token of a text, as the agency matcher sees it: a word or a single punctuation character.
struct NameToken: Sendable, Hashable {
    /// The token as written ("SiS:s", "ungdoms-").
    var text: String
    /// Lower case, trailing hyphen dropped, "&" read as "och": the key into the matcher's trie.
    var key: String
    /// Unicode scalar offset of the token in the tokenised text.
    var offset: Int
    /// Length in Unicode scalars.
    var length: Int

    /// True when the token is a word (starts with a letter or digit), false for punctuation.
    var isWord: Bool { text.unicodeScalars.first.map(NameToken.isWordScalar) ?? false }

    /// True when the first letter is upper case.
    var isCapitalised: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// The key without a genitive ending ("sis:s" → "sis", "kriminalvårdens" → "kriminalvården"), if it has one.
    var genitiveBase: String? {
        if key.hasSuffix(":s"), key.count > 2 { return String(key.dropLast(2)) }
        if key.hasSuffix("s"), key.count > 2 { return String(key.dropLast()) }
        return nil
    }

    /// The written text without a genitive ending, for exact-case comparison.
    var textWithoutGenitive: String {
        if text.hasSuffix(":s") { return String(text.dropLast(2)) }
        if text.hasSuffix("s") || text.hasSuffix("S") { return String(text.dropLast()) }
        return text
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value | 0x20
            return (value >= 0x61 && value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
        }
        return scalar.properties.isAlphabetic
    }

    /// Splits `text` into words and punctuation, in one pass over its UTF-8 bytes.
    ///
    /// A word may hold inner hyphens ("E-hälsomyndigheten"), end with a hyphen ("ungdoms-", as in
    /// "ungdoms- och") and carry an abbreviation's genitive ":s" ("SiS:s"); any other non-space scalar is a
    /// token of its own. Runs over every text the extractor sees, so it reads bytes, not `Character`s, and builds a
    /// key only when the written form is not already one.
    static func tokenise(_ text: String) -> [NameToken] {
        var text = text
        return text.withUTF8 { tokenise(utf8: $0) }
    }

    private static func tokenise(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [NameToken] {
        var tokens: [NameToken] = []
        tokens.reserveCapacity(bytes.count / 6)
        var position = 0
        var scalarOffset = 0
        while position < bytes.count {
            let (scalar, width) = UTF8Scalars.decode(bytes, at: position)
            if isSpace(scalar) {
                position += width
                scalarOffset += 1
                continue
            }
            let start = position
            let startOffset = scalarOffset
            position += width
            scalarOffset += 1
            if isWordScalar(scalar) {
                while position < bytes.count {
                    let (current, width) = UTF8Scalars.decode(bytes, at: position)
                    if isWordScalar(current) || current == "\u{AD}" || current == "\u{200B}" {
                        // Soft hyphen and zero-width space from HTML hyphenation stay inside the word.
                        position += width
                        scalarOffset += 1
                    } else if current == "-" || current == "\u{2011}" {
                        position += width
                        scalarOffset += 1
                        // A hyphen followed by a space ends the word ("ungdoms- och"), and so does one glued to
                        // "och" ("ungdoms-och civilsamhällesfrågor").
                        if position < bytes.count, !isWordScalar(UTF8Scalars.decode(bytes, at: position).scalar) {
                            break
                        }
                        if isGluedOch(bytes, at: position) { break }
                    } else if current == ":", position + 1 < bytes.count,
                        bytes[position + 1] | 0x20 == UInt8(ascii: "s"),
                        position + 2 >= bytes.count || !isWordScalar(UTF8Scalars.decode(bytes, at: position + 2).scalar)
                    {
                        position += 2
                        scalarOffset += 2
                        break
                    } else {
                        break
                    }
                }
            }
            let written = UnsafeBufferPointer(rebasing: bytes[start..<position])
            let text = String(decoding: written, as: UTF8.self)
            tokens.append(
                NameToken(
                    text: text, key: key(for: text), offset: startOffset,
                    length: scalarOffset - startOffset))
        }
        return tokens
    }

    @inline(__always)
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// True when "och" followed by a non-letter starts at byte `position`.
    private static func isGluedOch(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        guard position + 3 <= bytes.count else { return false }
        for (index, letter) in "och".utf8.enumerated() where bytes[position + index] | 0x20 != letter { return false }
        return position + 3 == bytes.count || !isWordScalar(UTF8Scalars.decode(bytes, at: position + 3).scalar)
    }

    /// The trie key of a written token.
    /// Runs for every token of every text, so it lowers with `lowercasedFast` (the written string itself when it is
    /// already lower case) and edits only when a hyphenation mark or a trailing hyphen is there.
    static func key(for written: String) -> String {
        if written == "&" { return "och" }
        var lower = written.lowercasedFast
        if lower.unicodeScalars.contains(where: isInvisibleHyphenation) {
            lower.unicodeScalars.removeAll(where: isInvisibleHyphenation)
        }
        while lower.last == "-" || lower.last == "\u{2011}", lower.count > 1 { lower.removeLast() }
        return lower
    }

    private static func isInvisibleHyphenation(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{AD}" || scalar == "\u{200B}"
    }
}
