/// A sentence of a document, located by Unicode scalar offsets into `ParsedDocument.text`.
public struct Sentence: Sendable, Hashable {
    /// Offset of the first scalar of the quotable sentence (after any leading "6 §").
    public var start: Int
    /// Offset just past the sentence's last scalar (its final punctuation included).
    public var end: Int
    /// Offset just past the first item when the sentence runs on into a list, else nil.
    public var firstItemEnd: Int?
    /// Index range of the sentence's tokens.
    var tokens: Range<Int>
    /// The block the sentence starts in.
    public var block: Int
}

/// Splits a document into sentences, knowing Swedish abbreviations, list items and section numbers ("6 §").
public struct SentenceSplitter: Sendable {
    /// Abbreviations after which a full stop never ends a sentence.
    static let neverEnding: Set<String> = [
        "t.ex", "bl.a", "prop", "dir", "jfr", "s.k", "dvs", "d.v.s", "fr.o.m", "t.o.m", "kap", "nr", "p", "st",
        "resp", "ca", "bet", "rskr", "mot", "skr", "art", "enl", "f.d", "o.d", "m.a.o", "ang", "kl", "tel", "ex",
        "s", "ff", "f", "vol", "uppl", "ändr", "jfr", "sid", "avd", "bil", "dnr", "prop", "sfs", "t", "fig", "tab",
        "inkl", "exkl", "resp", "ds", "sou", "ev", "el", "o", "m", "bl", "mfl", "kungl",
    ]
    /// Abbreviations that end a sentence only when a capitalised word follows.
    static let mayEnd: Set<String> = ["m.fl", "osv", "m.m", "etc", "o.s.v", "m.fl.", "mm"]
    static let closing: Set<String> = ["”", "\"", ")", "’", "»", "]"]
    static let openingStarts: Set<String> = ["*", "–", "-", "•", "\"", "”", "(", "§", "/", "«", "„", "["]

    /// A splitter; it holds no state.
    public init() {}

    /// The sentences of `document`, in text order.
    public func sentences(in document: ParsedDocument) -> [Sentence] {
        TextAnalysis(document: document).sentences
    }

    /// True when `text` starts with a list marker ("* ", "– ", "1. ", "a) ").
    static func startsWithListMarker(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(5))
        guard let first = scalars.first else { return false }
        if ["*", "-", "–", "•", "—"].contains(first) {
            return scalars.count > 1 && Tokenizer.isSpace(scalars[1])
        }
        var index = 0
        while index < scalars.count, Tokenizer.isDigit(scalars[index]) { index += 1 }
        if index == 0, first.properties.isLowercase { index = 1 }
        guard index > 0, index + 1 < scalars.count else { return false }
        return (scalars[index] == "." || scalars[index] == ")") && Tokenizer.isSpace(scalars[index + 1])
            && (Tokenizer.isDigit(first) || scalars[index] == ")")
    }

    static func split(
        tokens: [Token], tokenBlocks: [Int], blocks: [Block], blockEnds: [Int]
    ) -> [Sentence] {
        var sentences: [Sentence] = []
        guard !tokens.isEmpty else { return sentences }
        var first = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            var boundary = false
            var last = index
            if token.kind == .punctuation, [".", "!", "?"].contains(token.text),
                endsSentence(at: index, tokens: tokens, tokenBlocks: tokenBlocks)
            {
                boundary = true
                while last + 1 < tokens.count, closing.contains(tokens[last + 1].text),
                    tokens[last + 1].start == tokens[last].end
                {
                    last += 1
                }
            }
            if !boundary {
                let next = index + 1
                if next >= tokens.count {
                    boundary = true
                } else if tokenBlocks[next] != tokenBlocks[index] {
                    boundary = !continues(from: tokenBlocks[index], to: tokenBlocks[next], blocks: blocks)
                }
            }
            if boundary {
                if let sentence = makeSentence(
                    tokens: tokens, range: first..<(last + 1), tokenBlocks: tokenBlocks, blocks: blocks,
                    blockEnds: blockEnds)
                {
                    sentences.append(sentence)
                }
                first = last + 1
                index = last + 1
            } else {
                index += 1
            }
        }
        return sentences
    }

    static func endsSentence(at index: Int, tokens: [Token], tokenBlocks: [Int]) -> Bool {
        let token = tokens[index]
        var next = index + 1
        while next < tokens.count, closing.contains(tokens[next].text), tokens[next].start == tokens[next - 1].end {
            next += 1
        }
        guard next < tokens.count else { return true }
        if tokenBlocks[next] != tokenBlocks[index] {
            // "Utredaren ska bl.a." before a list: the abbreviation ends nothing, the block boundary decides.
            if token.text == ".", index > 0, tokens[index - 1].end == token.start,
                neverEnding.contains(tokens[index - 1].lower)
            {
                return false
            }
            return true
        }
        let following = tokens[next]
        let startsNew =
            following.isCapitalised || following.isNumber || openingStarts.contains(following.text)
        if token.text != "." { return startsNew }
        if index > 0 {
            let previous = tokens[index - 1]
            // A list number ("1. Denna lag …") opens an item, it ends nothing.
            if previous.end == token.start, previous.isNumber, previous.text.unicodeScalars.count <= 2 { return false }
            if previous.end == token.start, previous.isWord {
                if neverEnding.contains(previous.lower) { return false }
                if mayEnd.contains(previous.lower) { return following.isCapitalised }
                // An initial ("A. Svensson") rather than a sentence end.
                if previous.text.unicodeScalars.count == 1, previous.isCapitalised { return false }
            }
        }
        return startsNew
    }

    static func continues(from previousBlock: Int, to nextBlock: Int, blocks: [Block]) -> Bool {
        guard previousBlock < blocks.count, nextBlock < blocks.count else { return false }
        let previous = blocks[previousBlock]
        let next = blocks[nextBlock]
        if previous.kind == .heading || next.kind == .heading { return false }
        guard let lastScalar = previous.text.unicodeScalars.last(where: { !Tokenizer.isSpace($0) }) else {
            return false
        }
        let isList = next.kind == .listItem || startsWithListMarker(next.text)
        if lastScalar == "." {
            let lastWord = previous.text.split(separator: " ").last.map { $0.dropLast().lowercased() } ?? ""
            return isList && neverEnding.contains(lastWord)
        }
        if ["!", "?", ":"].contains(lastScalar) { return false }
        return isList
    }

    static func isListBlock(_ block: Block) -> Bool {
        block.kind == .listItem || startsWithListMarker(block.text)
    }

    static func makeSentence(
        tokens: [Token], range: Range<Int>, tokenBlocks: [Int], blocks: [Block], blockEnds: [Int]
    ) -> Sentence? {
        guard !range.isEmpty else { return nil }
        var firstToken = range.lowerBound
        // Leave out leading section and register numbers ("6 §", "Arbetsordning 5 §", "Övergångsbestämmelser
        // 2013:353 1.") when a capitalised word follows them.
        let limit = min(range.upperBound, firstToken + 24)
        var probe = firstToken
        while probe < limit {
            let token = tokens[probe]
            if token.isNumber {
                var sign = probe + 1
                if sign < range.upperBound, tokens[sign].isWord, tokens[sign].text.unicodeScalars.count == 1,
                    !tokens[sign].isCapitalised
                {
                    sign += 1
                }
                let isSection = sign < range.upperBound && tokens[sign].text == "§"
                let isListNumber =
                    sign == probe + 1 && sign < range.upperBound && tokens[sign].text == "."
                    && token.text.unicodeScalars.count <= 2
                let isStatuteNumber = token.text.unicodeScalars.contains(":")
                let after = isSection || isListNumber ? sign + 1 : probe + 1
                if isSection || isListNumber || isStatuteNumber, after < range.upperBound,
                    tokens[after].isCapitalised || tokens[after].text == "/"
                {
                    firstToken = after
                    probe = after
                    continue
                }
            }
            // A heading glued to the section ("Årlig verksamhetsredogörelse 13 § Nämnden") may precede it.
            guard token.kind != .punctuation || token.text == "." else { break }
            if ["ska", "skall", "får"].contains(token.lower) { break }
            probe += 1
        }
        let start = tokens[firstToken].start
        let end = tokens[range.upperBound - 1].end
        let block = tokenBlocks[firstToken]
        var firstItemEnd: Int?
        // A sentence that runs on into list blocks is cut after its first item.
        let lastBlock = tokenBlocks[range.upperBound - 1]
        if lastBlock > block {
            var candidate = block + 1
            while candidate < lastBlock, candidate < blocks.count, !isListBlock(blocks[candidate]) {
                candidate += 1
            }
            if candidate < lastBlock, candidate < blockEnds.count {
                firstItemEnd = min(end, blockEnds[candidate])
                // A nested list flattened into the item ("innefattar a) resultaten …, b) …") ends it early.
                if let itemStart = (firstToken..<range.upperBound).first(where: { tokenBlocks[$0] == candidate }),
                    let nested = nestedListStart(tokens: tokens, from: itemStart + 1, tokenBlocks: tokenBlocks)
                {
                    firstItemEnd = tokens[nested - 1].end
                }
            }
        }
        if firstItemEnd == nil {
            firstItemEnd = inlineFirstItemEnd(tokens: tokens, range: firstToken..<range.upperBound)
        }
        return Sentence(
            start: start, end: end, firstItemEnd: firstItemEnd, tokens: firstToken..<range.upperBound, block: block)
    }

    /// The first token of a nested list marker ("a)", "1.") inside the item that starts before `from`, if any.
    static func nestedListStart(tokens: [Token], from start: Int, tokenBlocks: [Int]) -> Int? {
        guard start > 0, start < tokens.count else { return nil }
        let block = tokenBlocks[start - 1]
        var index = start
        while index + 1 < tokens.count, tokenBlocks[index] == block {
            let token = tokens[index]
            let next = tokens[index + 1]
            let spaced = tokens[index - 1].end < token.start
            if spaced, next.start == token.end,
                (token.text == "a" && next.text == ")") || (token.text == "1" && next.text == ".")
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The end of the first item of an inline list ("ska särskilt * analysera …, * bedöma", "om 1. x, 2. y").
    static func inlineFirstItemEnd(tokens: [Token], range: Range<Int>) -> Int? {
        var firstMarker: Int?
        var firstNumber = false
        var index = range.lowerBound + 1
        while index < range.upperBound {
            let token = tokens[index]
            let previous = tokens[index - 1]
            let spaced = previous.end < token.start
            if token.text == "*", spaced, index + 1 < range.upperBound, tokens[index + 1].start > token.end {
                if firstMarker != nil, !firstNumber { return previous.end }
                if firstMarker == nil { firstMarker = index }
            } else if token.isNumber, spaced, index + 2 < range.upperBound, tokens[index + 1].text == ".",
                tokens[index + 1].start == token.end, !tokens[index + 2].isCapitalised, tokens[index + 2].isWord
            {
                if firstMarker == nil, token.text == "1" {
                    firstMarker = index
                    firstNumber = true
                } else if firstMarker != nil, firstNumber, token.text == "2" {
                    return previous.end
                }
            }
            index += 1
        }
        return nil
    }
}
