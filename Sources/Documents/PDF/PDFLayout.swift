import Extraction

/// The page texts pdftotext writes turned into blocks: running headers, footers and page numbers removed, words
/// hyphenated at line ends joined, lines re-flowed into paragraphs, bullets kept as list items, short title-like
/// lines as headings.
enum PDFLayout {
    struct Result {
        var blocks: [Block]
        /// Where each page's text begins in the document text (Unicode scalars into the blocks joined by "\n").
        var pageStarts: [Int]
    }

    /// Lines at the top and at the bottom of a page that may be a running header, footer or page number.
    static let furnitureZone = 3

    static func layout(pages: [String]) -> Result {
        var lines = pages.map(pageLines)
        removeFurniture(&lines)
        // Blank lines at a page's ends say nothing: a paragraph may go on over the page break.
        for page in lines.indices {
            while lines[page].last?.isEmpty == true { lines[page].removeLast() }
            if let first = lines[page].firstIndex(where: { !$0.isEmpty }) {
                lines[page].removeFirst(first)
            }
        }
        var flow = Flow(typicalWidth: typicalWidth(lines))
        // The next line of text of the stream (not blank, not a page number), across page ends, for each line.
        var stream: [(page: Int, line: String)] = []
        for (page, pageLines) in lines.enumerated() {
            if pageLines.isEmpty { stream.append((page, "")) }
            for line in pageLines { stream.append((page, line)) }
        }
        var next: String? = nil
        var following = [String?](repeating: nil, count: stream.count)
        for index in stream.indices.reversed() {
            following[index] = next
            let line = stream[index].line
            if !line.isEmpty, !isPageNumber(line) { next = line }
        }
        var page = -1
        for (index, entry) in stream.enumerated() {
            while page < entry.page {
                page += 1
                flow.beginPage(page)
            }
            flow.add(entry.line, next: following[index])
        }
        while page < pages.count - 1 {
            page += 1
            flow.beginPage(page)
        }
        return flow.finish()
    }

    /// The lines of one page, whitespace collapsed; private-use bullet glyphs (Symbol and Wingdings fonts) as "•".
    static func pageLines(_ page: String) -> [String] {
        page.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var out = ""
            out.reserveCapacity(line.utf8.count)
            var pendingSpace = false
            for scalar in line.unicodeScalars {
                if scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0xA0 {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace {
                    out.append(" ")
                    pendingSpace = false
                }
                if (0xF000...0xF0FF).contains(scalar.value), privateUseBullets.contains(scalar.value) {
                    out.append("•")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
    }

    private static let privateUseBullets: Set<UInt32> = [
        0xF0B7, 0xF0A7, 0xF076, 0xF0D8, 0xF0FC, 0xF0A8, 0xF06E, 0xF0B2,
    ]

    // MARK: Running headers, footers and page numbers

    /// Removes, from the top and bottom lines of each page, page numbers and lines that recur (digits aside) at
    /// the same end of at least half of the pages.
    static func removeFurniture(_ pages: inout [[String]]) {
        let zones = pages.map(zoneIndexes)
        var topCounts: [String: Int] = [:]
        var bottomCounts: [String: Int] = [:]
        for (page, zone) in zones.enumerated() {
            for key in Set(zone.top.map { furnitureKey(pages[page][$0]) }) where !key.isEmpty {
                topCounts[key, default: 0] += 1
            }
            for key in Set(zone.bottom.map { furnitureKey(pages[page][$0]) }) where !key.isEmpty {
                bottomCounts[key, default: 0] += 1
            }
        }
        let textPages = zones.filter { !$0.top.isEmpty }.count
        let needed = max(2, (textPages + 1) / 2)
        for (page, zone) in zones.enumerated() {
            // Furniture sits at the edge: a line counts only when the lines between it and the edge do too.
            var drop = Set<Int>()
            for index in zone.top {
                let line = pages[page][index]
                guard isPageNumber(line) || topCounts[furnitureKey(line), default: 0] >= needed else { break }
                drop.insert(index)
            }
            for index in zone.bottom.reversed() {
                let line = pages[page][index]
                guard isPageNumber(line) || bottomCounts[furnitureKey(line), default: 0] >= needed else { break }
                drop.insert(index)
            }
            if !drop.isEmpty {
                pages[page] = pages[page].enumerated().filter { !drop.contains($0.offset) }.map(\.element)
            }
        }
    }

    /// The indexes of the first and last few non-blank lines of a page.
    private static func zoneIndexes(_ lines: [String]) -> (top: [Int], bottom: [Int]) {
        let filled = lines.indices.filter { !lines[$0].isEmpty }
        return (Array(filled.prefix(furnitureZone)), Array(filled.suffix(furnitureZone)))
    }

    /// A line with its digits as "#", lower-cased, for comparing headers across pages ("Sida 3 av 28"); lines too
    /// long to be a running header give "".
    static func furnitureKey(_ line: String) -> String {
        guard line.count <= 120 else { return "" }
        var key = ""
        for character in line.lowercased() {
            if character.isNumber {
                if key.last != "#" { key.append("#") }
            } else {
                key.append(character)
            }
        }
        return key == "#" ? "" : key
    }

    /// "3", "- 3 -", "Sida 3", "3 (28)", "3/28", "3 av 28".
    static func isPageNumber(_ line: String) -> Bool {
        guard line.count <= 20, line.contains(where: \.isNumber) else { return false }
        var rest = Substring(line.lowercased())
        if rest.hasPrefix("sida ") { rest = rest.dropFirst(5) }
        rest = rest.replacing("av", with: "/")
        return rest.allSatisfy { $0.isNumber || " -–—()/".contains($0) }
    }

    // MARK: Re-flowing lines

    /// The usual length of a full line of body text: the median of lines of 25 characters or more.
    static func typicalWidth(_ pages: [[String]]) -> Int {
        var lengths: [Int] = []
        for page in pages { for line in page where line.count >= 25 { lengths.append(line.count) } }
        guard !lengths.isEmpty else { return 60 }
        lengths.sort()
        return lengths[lengths.count / 2]
    }

    /// Builds blocks line by line.
    struct Flow {
        let typicalWidth: Int
        var blocks: [Block] = []
        var kind: Block.Kind = .paragraph
        var text = ""
        var lastLine = ""
        /// Scalars in the blocks finished so far, with their "\n" separators.
        var finishedScalars = 0
        var textScalars = 0
        var pageStarts: [Int] = []
        var pendingPages: [Int] = []
        var bulletPending = false

        init(typicalWidth: Int) { self.typicalWidth = typicalWidth }

        mutating func beginPage(_ page: Int) { pendingPages.append(page) }

        mutating func add(_ line: String, next: String?) {
            defer { lastLine = line }
            if line.isEmpty {
                flush()
                return
            }
            if PDFLayout.isBulletsOnly(line) {
                // Bullets on a line of their own ("• •"), their items on the lines after.
                flush()
                bulletPending = true
                return
            }
            if let item = PDFLayout.bulletText(line) ?? (bulletPending ? line : nil) {
                flush()
                bulletPending = false
                kind = .listItem
                append(item, separator: "")
            } else if isHeading(line, next: next) {
                flush()
                kind = .heading
                append(line, separator: "")
                flush()
            } else if text.isEmpty {
                kind = .paragraph
                append(line, separator: "")
            } else if endsBlock(after: lastLine, next: line) {
                flush()
                kind = .paragraph
                append(line, separator: "")
            } else {
                join(line)
            }
        }

        /// Whether the previous line closed its paragraph or list item; a line in lower case goes on the sentence.
        func endsBlock(after previous: String, next: String) -> Bool {
            guard PDFLayout.closesSentence(previous), next.first?.isLowercase != true else { return false }
            return kind == .listItem || previous.count < typicalWidth * 85 / 100
        }

        /// A short line with no closing punctuation, between a line that ends a sentence (or a short line, or
        /// nothing) and one that starts with a capital: "Sammanfattning", "Bakgrund".
        func isHeading(_ line: String, next: String?) -> Bool {
            guard PDFLayout.isHeadingLike(line, typicalWidth: typicalWidth) else { return false }
            // A lead-in to a list ("Utredaren ska därför") is a paragraph the items continue.
            // A heading is followed by a capital or a section number ("1 § Syftet med …").
            if let next, let first = next.first,
                !(first.isUppercase || PDFLayout.startsWithSection(next)) || PDFLayout.bulletText(next) != nil
                    || PDFLayout.isBulletsOnly(next)
            {
                return false
            }
            if text.isEmpty || kind == .heading { return true }
            if PDFLayout.closesSentence(lastLine) { return true }
            guard let last = lastLine.last else { return true }
            return !",;-–(".contains(last) && !last.isLowercase && lastLine.count < typicalWidth * 90 / 100
        }

        /// Adds `line` to the open block, joining a word hyphenated across the line end.
        mutating func join(_ line: String) {
            guard text.hasSuffix("-") || text.hasSuffix("\u{AD}"), let first = line.first else {
                append(line, separator: " ")
                return
            }
            let word = text.reversed().drop(while: { $0 == "-" || $0 == "\u{AD}" }).prefix(while: \.isLetter)
            let nextWord = line.prefix(while: \.isLetter).lowercased()
            if word.isEmpty {
                append(line, separator: " ")
            } else if first.isLowercase, !word.allSatisfy(\.isUppercase),
                !PDFLayout.keepsHyphenBefore.contains(nextWord)
            {
                // "redo-" + "visas": a word broken at the line end.
                text.removeLast()
                textScalars -= 1
                append(line, separator: "")
            } else if first.isLowercase, PDFLayout.keepsHyphenBefore.contains(nextWord) {
                // "fri- och rättigheter": a shared compound part.
                append(line, separator: " ")
            } else {
                // "EU-" + "kommissionen", "Europa-" + "Parlamentet": the hyphen belongs to the word.
                append(line, separator: "")
            }
        }

        mutating func append(_ piece: String, separator: String) {
            text += separator
            textScalars += separator.unicodeScalars.count
            if !pendingPages.isEmpty {
                let start = finishedScalars + textScalars
                for _ in pendingPages { pageStarts.append(start) }
                pendingPages.removeAll()
            }
            text += piece
            textScalars += piece.unicodeScalars.count
        }

        mutating func flush() {
            guard !text.isEmpty else { return }
            // A page number away from the page edges (multi-column pages) is a line of its own: no block.
            if kind == .paragraph, text == lastLine, PDFLayout.isPageNumber(text) {
                // Nothing of it reaches the text: a page starting here starts at the next block.
                text = ""
                textScalars = 0
                return
            }
            blocks.append(Block(kind: kind, text: text, level: kind == .heading ? 2 : 0))
            finishedScalars += textScalars + 1
            text = ""
            textScalars = 0
            kind = .paragraph
        }

        mutating func finish() -> Result {
            flush()
            let end = max(0, finishedScalars - 1)
            for _ in pendingPages { pageStarts.append(end) }
            pendingPages.removeAll()
            return Result(blocks: blocks, pageStarts: pageStarts)
        }
    }

    /// Sentence-closing punctuation at the end of a line, also before a closing parenthesis: "(NFS 2014:23)".
    static func closesSentence(_ line: String) -> Bool {
        guard let last = line.last else { return false }
        if last == "." {
            // "t.ex.", "bl.a.", "s.k.": an abbreviation, the sentence goes on.
            let word = line.reversed().prefix(while: { $0 != " " })
            return word.dropFirst().allSatisfy { $0 != "." } || word.count > 8
        }
        if "!?:".contains(last) { return true }
        return last == ")" && line.dropLast().last == "."
    }

    /// "1 § …", "12 a § …": a paragraph of a statute.
    static func startsWithSection(_ line: String) -> Bool {
        let rest = line.drop(while: \.isNumber)
        guard rest.count < line.count else { return false }
        return rest.hasPrefix(" § ") || rest.hasPrefix(" a § ") || rest.hasPrefix(" b § ") || rest == " §"
    }

    /// A line of bullets only: "•", "• •".
    static func isBulletsOnly(_ line: String) -> Bool {
        line.contains("•") && line.allSatisfy { $0 == "•" || $0 == " " }
    }

    /// Next words before which a line-end hyphen is kept with a space: "fri- och rättigheter".
    static let keepsHyphenBefore: Set<String> = ["och", "eller", "samt", "respektive", "resp", "till", "som", "men"]

    /// A short line that starts with a capital and ends without sentence punctuation.
    static func isHeadingLike(_ line: String, typicalWidth: Int) -> Bool {
        guard let first = line.first, let last = line.last, first.isUppercase || first.isNumber,
            line.contains(where: \.isLetter)
        else { return false }
        if ".,;:!?-–".contains(last) { return false }
        return line.count <= min(90, max(20, typicalWidth * 90 / 100))
    }

    /// The text of a bulleted line without its bullet, nil for other lines.
    static func bulletText(_ line: String) -> String? {
        guard let first = line.first, bullets.contains(first) else { return nil }
        let rest = line.dropFirst().drop(while: { $0 == " " })
        // "-" and "–" are bullets only when a space follows ("– analysera"), not in "-10 grader".
        if first == "-" || first == "–" || first == "*" {
            guard line.dropFirst().first == " " else { return nil }
        }
        return rest.isEmpty ? nil : String(rest)
    }

    private static let bullets = Set<Character>("•●▪■◦○‣∙·\u{F0B7}-–*➢✓")
}
