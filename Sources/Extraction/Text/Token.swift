/// One word, number or punctuation mark of a text, located by Unicode scalar offsets.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case word, number, punctuation
    }

    var kind: Kind
    /// Scalar offset of the first scalar.
    var start: Int
    /// Scalar offset just past the last scalar.
    var end: Int
    /// The token as written.
    var text: String
    /// The token in lower case, for matching.
    var lower: String

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }

    /// True when the first scalar is an upper-case letter.
    var isCapitalised: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// The value of an all-digit token, if it is one.
    var integerValue: Int? {
        guard kind == .number, text.unicodeScalars.count <= 9 else { return nil }
        return Int(text)
    }
}

/// Splits text into tokens in one pass over its scalars.
enum Tokenizer {
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let folded = scalar.value | 0x20
            return (folded >= 0x61 && folded <= 0x7A) || isDigit(scalar)
        }
        return scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace || scalar.value == 0xA0
    }

    /// Tokens of `scalars[range]`; words keep inner hyphens ("EU-land"), abbreviation dots ("t.ex"),
    /// and digit groups keep ':', '/' and '-' between digits ("2011:1508", "2016-03-31").
    static func tokenize(_ scalars: [Unicode.Scalar], range: Range<Int>? = nil) -> [Token] {
        let bounds = range ?? 0..<scalars.count
        var tokens: [Token] = []
        tokens.reserveCapacity(bounds.count / 5)
        var index = bounds.lowerBound
        let end = bounds.upperBound
        while index < end {
            let scalar = scalars[index]
            if isSpace(scalar) {
                index += 1
                continue
            }
            if !isAlphanumeric(scalar) {
                let text = String(Character(scalar))
                tokens.append(Token(kind: .punctuation, start: index, end: index + 1, text: text, lower: text))
                index += 1
                continue
            }
            let start = index
            let startsWithDigit = isDigit(scalar)
            index += 1
            while index < end {
                let current = scalars[index]
                if isAlphanumeric(current) {
                    index += 1
                    continue
                }
                guard index + 1 < end else { break }
                let previous = scalars[index - 1]
                let next = scalars[index + 1]
                let joinsDigits = isDigit(previous) && isDigit(next)
                let joinsLetters = previous.properties.isAlphabetic && next.properties.isAlphabetic
                if (current == "-" || current == "\u{AD}" || current == "\u{AC}") && isAlphanumeric(previous)
                    && isAlphanumeric(next)
                {
                    index += 1
                } else if (current == ":" || current == "/") && joinsDigits {
                    index += 1
                } else if current == "." && joinsLetters {
                    index += 1
                } else {
                    break
                }
            }
            let text = String(scalars: scalars[start..<index])
            // Soft hyphens ("redo\u{AD}visas") are invisible: match without them.
            var lower = text.lowercasedFast
            if lower.unicodeScalars.contains(where: { $0 == "\u{AD}" || $0 == "\u{AC}" }) {
                lower = String(
                    String.UnicodeScalarView(lower.unicodeScalars.filter { $0 != "\u{AD}" && $0 != "\u{AC}" }))
            }
            tokens.append(
                Token(kind: startsWithDigit ? .number : .word, start: start, end: index, text: text, lower: lower))
        }
        return tokens
    }
}
