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

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// Splits `text` into words and punctuation, in one pass over its Unicode scalars.
    ///
    /// A word may hold inner hyphens ("E-hälsomyndigheten"), end with a hyphen ("ungdoms-", as in
    /// "ungdoms- och") and carry an abbreviation's genitive ":s" ("SiS:s"); any other non-space scalar is a
    /// token of its own.
    static func tokenise(_ text: String) -> [NameToken] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [NameToken] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
                continue
            }
            let start = index
            if isWordScalar(scalar) {
                index += 1
                while index < scalars.count {
                    let current = scalars[index]
                    if isWordScalar(current) {
                        index += 1
                    } else if current == "\u{AD}" || current == "\u{200B}" {
                        // Soft hyphen and zero-width space from HTML hyphenation stay inside the word.
                        index += 1
                    } else if current == "-" || current == "\u{2011}" {
                        index += 1
                        // A hyphen followed by a space ends the word ("ungdoms- och"), and so does one glued to
                        // "och" ("ungdoms-och civilsamhällesfrågor").
                        if index < scalars.count, !isWordScalar(scalars[index]) { break }
                        if isGluedOch(scalars, at: index) { break }
                    } else if current == ":", index + 1 < scalars.count,
                        scalars[index + 1] == "s"
                            || scalars[index + 1] == "S",
                        index + 2 >= scalars.count || !isWordScalar(scalars[index + 2])
                    {
                        index += 2
                        break
                    } else {
                        break
                    }
                }
            } else {
                index += 1
            }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[start..<index])
            let written = String(word)
            tokens.append(
                NameToken(text: written, key: key(for: written), offset: start, length: index - start))
        }
        return tokens
    }

    /// True when "och" followed by a non-letter starts at `index`.
    private static func isGluedOch(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 3 <= scalars.count else { return false }
        let word = String(String.UnicodeScalarView(scalars[index..<(index + 3)])).lowercased()
        return word == "och" && (index + 3 == scalars.count || !isWordScalar(scalars[index + 3]))
    }

    /// The trie key of a written token.
    static func key(for written: String) -> String {
        if written == "&" { return "och" }
        var lower = written.lowercased()
        lower.unicodeScalars.removeAll { $0 == "\u{AD}" || $0 == "\u{200B}" }
        while lower.count > 1, lower.hasSuffix("-") || lower.hasSuffix("\u{2011}") { lower.removeLast() }
        return lower
    }
}
