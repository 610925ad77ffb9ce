/// A document's text prepared once for all extractors: scalars, tokens, blocks, sentences and agency mentions.
struct TextAnalysis: Sendable {
    let document: ParsedDocument
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// The block index of every token.
    let tokenBlocks: [Int]
    /// Scalar offset where each block starts.
    let blockStarts: [Int]
    /// Scalar offset just past each block's last scalar.
    let blockEnds: [Int]
    let sentences: [Sentence]
    /// Agency mentions in text order.
    let mentions: [AgencyMention]

    init(document: ParsedDocument, mentions: [AgencyMention] = []) {
        self.document = document
        var scalars: [Unicode.Scalar] = []
        var blockStarts: [Int] = []
        var blockEnds: [Int] = []
        for (index, block) in document.blocks.enumerated() {
            if index > 0 { scalars.append("\n") }
            blockStarts.append(scalars.count)
            scalars.append(contentsOf: block.text.unicodeScalars)
            blockEnds.append(scalars.count)
        }
        self.scalars = scalars
        self.blockStarts = blockStarts
        self.blockEnds = blockEnds
        let tokens = Tokenizer.tokenize(scalars)
        var tokenBlocks: [Int] = []
        tokenBlocks.reserveCapacity(tokens.count)
        var block = 0
        for token in tokens {
            while block + 1 < blockStarts.count, blockStarts[block + 1] <= token.start { block += 1 }
            tokenBlocks.append(block)
        }
        self.tokens = tokens
        self.tokenBlocks = tokenBlocks
        self.sentences = SentenceSplitter.split(
            tokens: tokens, tokenBlocks: tokenBlocks, blocks: document.blocks, blockEnds: blockEnds)
        self.mentions = mentions.sorted { $0.span.offset < $1.span.offset }
    }

    /// The text of `range`, clamped to the document.
    func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return String(scalars: scalars[lower..<upper])
    }

    /// The sentence's text from its start to `end` (or its own end).
    func text(of sentence: Sentence, to end: Int? = nil) -> String {
        string(sentence.start..<(end ?? sentence.end))
    }

    /// The first mention starting at or after `offset`, by binary search.
    func firstMentionIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[middle].span.offset < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Mentions that start inside `range`.
    func mentions(in range: Range<Int>) -> ArraySlice<AgencyMention> {
        let first = firstMentionIndex(atOrAfter: range.lowerBound)
        var last = first
        while last < mentions.count, mentions[last].span.offset < range.upperBound { last += 1 }
        return mentions[first..<last]
    }

    /// The mention that starts exactly at the token's start, if any.
    func mention(startingAt offset: Int) -> AgencyMention? {
        let index = firstMentionIndex(atOrAfter: offset)
        guard index < mentions.count, mentions[index].span.offset == offset else { return nil }
        return mentions[index]
    }
}
