import Extraction

/// Turns a subtree of a `MarkupTree` into ordered blocks, following CONVENTIONS "Reference text".
///
/// Inline elements are transparent; every other element ends the current block or, inside a block, separates
/// words. The kind of a block is that of its nearest heading, list item, table cell or pre ancestor, else
/// paragraph. A blank line inside a text node (rkrattsbaser fulltext, `pre`) also ends a block. Two `br` in a row
/// end a block, one is a space.
struct BlockBuilder {
    let tree: MarkupTree
    /// Elements to leave out with their whole subtree (navigation, metadata, boilerplate).
    var excluded: Set<Int32> = []
    /// Elements never read as content.
    static let skippedNames: Set<String> = [
        "head", "title", "script", "style", "noscript", "template", "button", "input", "select", "option",
        "textarea", "svg", "iframe", "object", "embed", "map", "canvas", "audio", "video",
    ]

    private var blocks: [Block] = []
    private var collector = TextCollector()
    private var kindStack: [(kind: Block.Kind, level: Int)] = []
    private var breaks = 0

    init(tree: MarkupTree, excluded: Set<Int32> = []) {
        self.tree = tree
        self.excluded = excluded
    }

    /// Blocks of the given roots, in order.
    mutating func build(roots: [Int32]) -> [Block] {
        blocks = []
        for root in roots { add(root) }
        flush()
        return blocks
    }

    /// The walk of `MarkupTree.walk`, inlined: closures capturing a mutating self would overlap.
    private mutating func add(_ root: Int32) {
        var current = root
        while current >= 0 {
            if enter(current), tree.nodes[Int(current)].firstChild >= 0 {
                current = tree.nodes[Int(current)].firstChild
                continue
            }
            while true {
                exit(current)
                if current == root { return }
                let sibling = tree.nodes[Int(current)].nextSibling
                if sibling >= 0 {
                    current = sibling
                    break
                }
                current = tree.nodes[Int(current)].parent
                if current < 0 { return }
            }
        }
    }

    private mutating func enter(_ node: Int32) -> Bool {
        let entry = tree.nodes[Int(node)]
        switch entry.kind {
        case .document:
            return true
        case .text:
            appendText(tree.rawText(node))
            return false
        case .element:
            if excluded.contains(node) || Self.skippedNames.contains(entry.name) { return false }
            if tree.attribute("hidden", of: node) != nil { return false }
            if InlineElements.isInline(entry.name) { return true }
            if entry.name == "br" {
                breaks += 1
                if breaks >= 2 { flush() } else { collector.boundary() }
                return false
            }
            flush()
            if let kind = Self.kind(of: entry.name) { kindStack.append(kind) }
            return true
        }
    }

    private mutating func exit(_ node: Int32) {
        let entry = tree.nodes[Int(node)]
        guard entry.kind == .element, !InlineElements.isInline(entry.name), entry.name != "br" else { return }
        if excluded.contains(node) || Self.skippedNames.contains(entry.name) { return }
        flush()
        if Self.kind(of: entry.name) != nil, !kindStack.isEmpty { kindStack.removeLast() }
    }

    private static func kind(of name: String) -> (kind: Block.Kind, level: Int)? {
        switch name {
        case "h1": (.heading, 1)
        case "h2": (.heading, 2)
        case "h3": (.heading, 3)
        case "h4": (.heading, 4)
        case "h5": (.heading, 5)
        case "h6": (.heading, 6)
        case "li": (.listItem, 0)
        case "td", "th": (.tableCell, 0)
        case "pre": (.preformatted, 0)
        default: nil
        }
    }

    /// Appends a text node, ending the block at each blank line.
    private mutating func appendText(_ bytes: ArraySlice<UInt8>) {
        var start = bytes.startIndex
        var index = bytes.startIndex
        var sawText = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A {
                // Look for a second newline with only spaces or tabs between.
                var probe = index + 1
                while probe < bytes.endIndex, bytes[probe] == 0x20 || bytes[probe] == 0x09 || bytes[probe] == 0x0D {
                    probe += 1
                }
                if probe < bytes.endIndex, bytes[probe] == 0x0A {
                    collector.append(bytes[start..<index])
                    if !collector.isEmpty { sawText = true }
                    flush()
                    start = probe
                    index = probe
                    continue
                }
            } else if byte > 0x20 {
                sawText = true
            }
            index += 1
        }
        collector.append(bytes[start..<bytes.endIndex])
        if sawText { breaks = 0 }
    }

    private mutating func flush() {
        breaks = 0
        guard !collector.isEmpty else { return }
        let text = collector.take()
        let current = kindStack.last ?? (.paragraph, 0)
        blocks.append(Block(kind: current.kind, text: text, level: current.level))
    }
}
