import Extraction

/// Plain text and Markdown (g0vse pages): blocks are paragraphs split on blank lines, `#` lines become headings,
/// whitespace is collapsed, other Markdown is kept as text (CONVENTIONS: ".txt files: collapse whitespace only").
enum PlainTextParser {
    static func blocks(_ utf8: [UInt8]) -> [Block] {
        var blocks: [Block] = []
        var collector = TextCollector()
        var lineStart = 0
        func flushParagraph() {
            if !collector.isEmpty { blocks.append(Block(kind: .paragraph, text: collector.take())) }
        }
        while lineStart < utf8.count {
            var lineEnd = lineStart
            while lineEnd < utf8.count, utf8[lineEnd] != 0x0A { lineEnd += 1 }
            let line = utf8[lineStart..<lineEnd]
            let isBlank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if isBlank {
                flushParagraph()
            } else if let level = headingLevel(line) {
                flushParagraph()
                var heading = TextCollector()
                heading.append(line.dropFirst(level + 1))
                let text = heading.take()
                if !text.isEmpty { blocks.append(Block(kind: .heading, text: text, level: level)) }
            } else {
                collector.boundary()
                collector.append(line)
            }
            lineStart = lineEnd + 1
        }
        flushParagraph()
        return blocks
    }

    /// The level of an ATX heading line ("## Bakgrund" → 2), nil for other lines.
    private static func headingLevel(_ line: ArraySlice<UInt8>) -> Int? {
        var level = 0
        var index = line.startIndex
        while index < line.endIndex, line[index] == UInt8(ascii: "#"), level < 7 {
            level += 1
            index += 1
        }
        guard (1...6).contains(level), index < line.endIndex, line[index] == 0x20 || line[index] == 0x09 else {
            return nil
        }
        return level
    }
}
