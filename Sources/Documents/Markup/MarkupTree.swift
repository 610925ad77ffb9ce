/// A parsed HTML/XML document copied out of libxml2 into Swift values: a flat node array linked by indices.
///
/// Node 0 is the document. Text lives in one byte arena (UTF-8), so building the tree costs no allocation per
/// text node; only a few attributes are kept (see `MarkupParser.keptAttributes`).
struct MarkupTree: Sendable {
    enum Kind: UInt8, Sendable { case document, element, text }

    struct Node: Sendable {
        var kind: Kind
        /// Lowercased local name for elements, "" otherwise.
        var name: String
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// Byte range of a text node in `text`.
        var textStart: Int32 = 0
        var textEnd: Int32 = 0
        /// Range of an element's attributes in `attributes`.
        var attributeStart: Int32 = 0
        var attributeEnd: Int32 = 0
    }

    struct Attribute: Sendable {
        var name: String
        var value: String
    }

    var nodes: [Node] = [Node(kind: .document, name: "", parent: -1)]
    var text: [UInt8] = []
    var attributes: [Attribute] = []

    // MARK: Building

    mutating func appendChild(to parent: Int32, _ node: Node) -> Int32 {
        let index = Int32(nodes.count)
        var node = node
        node.parent = parent
        nodes.append(node)
        let parentIndex = Int(parent)
        if nodes[parentIndex].lastChild >= 0 {
            nodes[Int(nodes[parentIndex].lastChild)].nextSibling = index
        } else {
            nodes[parentIndex].firstChild = index
        }
        nodes[parentIndex].lastChild = index
        return index
    }

    // MARK: Queries

    func name(_ node: Int32) -> String { nodes[Int(node)].name }

    func attribute(_ name: String, of node: Int32) -> String? {
        let entry = nodes[Int(node)]
        guard entry.kind == .element else { return nil }
        for index in Int(entry.attributeStart)..<Int(entry.attributeEnd) where attributes[index].name == name {
            return attributes[index].value
        }
        return nil
    }

    /// Whether the element's class attribute contains `token` as a whole class name.
    func hasClass(_ token: String, _ node: Int32) -> Bool {
        guard let classes = attribute("class", of: node) else { return false }
        return classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains { $0 == token }
    }

    /// Children of `node` in order.
    func children(_ node: Int32) -> [Int32] {
        var result: [Int32] = []
        var child = nodes[Int(node)].firstChild
        while child >= 0 {
            result.append(child)
            child = nodes[Int(child)].nextSibling
        }
        return result
    }

    /// All descendants of `node` (not `node` itself) in document order; iterative, so depth cannot exhaust the stack.
    func descendants(_ node: Int32, where predicate: (Int32) -> Bool = { _ in true }) -> [Int32] {
        var result: [Int32] = []
        var current = nodes[Int(node)].firstChild
        while current >= 0 {
            if predicate(current) { result.append(current) }
            current = next(after: current, within: node, descend: true)
        }
        return result
    }

    /// The first descendant element satisfying `predicate`, in document order.
    func first(in node: Int32 = 0, where predicate: (Int32) -> Bool) -> Int32? {
        var current = nodes[Int(node)].firstChild
        while current >= 0 {
            if nodes[Int(current)].kind == .element, predicate(current) { return current }
            current = next(after: current, within: node, descend: true)
        }
        return nil
    }

    /// Elements named `name` below `node`.
    func elements(named name: String, in node: Int32 = 0) -> [Int32] {
        descendants(node) { nodes[Int($0)].kind == .element && nodes[Int($0)].name == name }
    }

    /// The next node in document order below `root`; `descend: false` skips the children of `node`.
    func next(after node: Int32, within root: Int32, descend: Bool) -> Int32 {
        if descend, nodes[Int(node)].firstChild >= 0 { return nodes[Int(node)].firstChild }
        var current = node
        while current != root, current >= 0 {
            if nodes[Int(current)].nextSibling >= 0 { return nodes[Int(current)].nextSibling }
            current = nodes[Int(current)].parent
        }
        return -1
    }

    /// Whether `node` lies inside `ancestor` (or is it).
    func isInside(_ node: Int32, _ ancestor: Int32) -> Bool {
        var current = node
        while current >= 0 {
            if current == ancestor { return true }
            current = nodes[Int(current)].parent
        }
        return false
    }

    /// The text of `node` with whitespace collapsed, inline tags joined and other tags turned into spaces.
    func textContent(_ node: Int32) -> String {
        var collector = TextCollector()
        walk(node) { current in
            let entry = nodes[Int(current)]
            if entry.kind == .text {
                collector.append(text[Int(entry.textStart)..<Int(entry.textEnd)])
            } else if current != node, !InlineElements.isInline(entry.name) {
                collector.boundary()
            }
            return true
        } exit: { current in
            let entry = nodes[Int(current)]
            if current != node, entry.kind == .element, !InlineElements.isInline(entry.name) { collector.boundary() }
        }
        return collector.take()
    }

    /// Visits `root` and its descendants in document order without recursion; `enter` returns false to skip children.
    func walk(_ root: Int32, enter: (Int32) -> Bool, exit: (Int32) -> Void) {
        var current = root
        while current >= 0 {
            let descend = enter(current)
            if descend, nodes[Int(current)].firstChild >= 0 {
                current = nodes[Int(current)].firstChild
                continue
            }
            // Leave `current` and every ancestor that has no further sibling.
            while true {
                exit(current)
                if current == root { return }
                let sibling = nodes[Int(current)].nextSibling
                if sibling >= 0 {
                    current = sibling
                    break
                }
                current = nodes[Int(current)].parent
                if current < 0 { return }
            }
        }
    }

    /// The raw bytes of a text node.
    func rawText(_ node: Int32) -> ArraySlice<UInt8> {
        let entry = nodes[Int(node)]
        return text[Int(entry.textStart)..<Int(entry.textEnd)]
    }
}
