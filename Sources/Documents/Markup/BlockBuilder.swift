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
            switch entry.role {
            case .skipped: return false
            case .inline: return !excluded.contains(node)
            case .lineBreak:
                breaks += 1
                if breaks >= 2 { flush() } else { collector.boundary() }
                return false
            case .block(let kind, let level):
                if excluded.contains(node) || isHidden(node) { return false }
                flush()
                kindStack.append((Self.kind(kind), Int(level)))
                return true
            case .boundary:
                if excluded.contains(node) || isHidden(node) { return false }
                flush()
                return true
            }
        }
    }

    /// Called for every node `enter` descended into (and for leaves): closes what `enter` opened.
    private mutating func exit(_ node: Int32) {
        let entry = tree.nodes[Int(node)]
        guard entry.kind == .element else { return }
        switch entry.role {
        case .block where excluded.contains(node) || isHidden(node),
            .boundary where excluded.contains(node) || isHidden(node):
            // `enter` left it unopened.
            break
        case .block:
            flush()
            if !kindStack.isEmpty { kindStack.removeLast() }
        case .boundary:
            flush()
        case .inline, .skipped, .lineBreak:
            break
        }
    }

    private func isHidden(_ node: Int32) -> Bool {
        let entry = tree.nodes[Int(node)]
        return entry.attributeStart != entry.attributeEnd && tree.attribute("hidden", of: node) != nil
    }

    private static func kind(_ code: UInt8) -> Block.Kind {
        switch code {
        case ElementRole.headingKind: .heading
        case ElementRole.listItemKind: .listItem
        case ElementRole.tableCellKind: .tableCell
        case ElementRole.preformattedKind: .preformatted
        default: .paragraph
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
