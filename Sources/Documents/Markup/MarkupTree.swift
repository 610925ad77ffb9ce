/// A parsed HTML/XML document copied out of libxml2 into Swift values: a flat node array linked by indices.
///
/// Indices are `Int32`: the input reaching libxml2 is below 2 GiB (`Int32(exactly:)` in `MarkupParser`) and the
/// arena never grows past it (entities only shrink), so the clamping conversions never clamp in practice.
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
        /// What the element means for text, looked up once from its name.
        var role: ElementRole = .boundary
        /// Whether HTML meanings apply: everywhere in HTML, inside an `html` element in XML.
        var isHTML = false
    }

    struct Attribute: Sendable {
        var name: String
        var value: String
    }

    var nodes: [Node]
    var text: [UInt8] = []
    var attributes: [Attribute] = []
    /// The first element of each name, in document order.
    var firstByName: [String: Int32] = [:]
    /// Whether any element carries an RDFa `property` attribute.
    var hasPropertyAttributes = false

    /// An empty tree; `isHTML` gives every element its HTML meaning (inline `b`, skipped `script`, …), otherwise
    /// only elements inside an `html` element get it and all others are plain boundaries (XML data such as
    /// `<time>` or `<data>` must not run into their neighbours).
    init(isHTML: Bool) {
        var document = Node(kind: .document, name: "", parent: -1)
        document.isHTML = isHTML
        nodes = [document]
    }

    // MARK: Building

    mutating func appendChild(to parent: Int32, _ node: Node) -> Int32 {
        let index = Int32(clamping: nodes.count)
        var node = node
        node.parent = parent
        if node.kind == .element {
            node.isHTML = nodes[Int(parent)].isHTML || node.name == "html"
            node.role = node.isHTML ? ElementRole(name: node.name) : .boundary
            if firstByName[node.name] == nil { firstByName[node.name] = index }
        }
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

    /// The first element named `name` in the document.
    func firstElement(named name: String) -> Int32? { firstByName[name] }

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
        // Byte scan without splitting: this runs for many elements per document.
        let bytes = classes.utf8
        let pattern = Array(token.utf8)
        guard let first = pattern.first else { return false }
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: first) {
            let end = bytes.index(found, offsetBy: pattern.count, limitedBy: bytes.endIndex) ?? bytes.endIndex
            let startsWord = found == bytes.startIndex || Self.isClassSeparator(bytes[bytes.index(before: found)])
            let endsWord = end == bytes.endIndex || Self.isClassSeparator(bytes[end])
            if startsWord, endsWord, bytes[found..<end].elementsEqual(pattern) { return true }
            index = bytes.index(after: found)
        }
        return false
    }

    private static func isClassSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
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
            } else if current != node, entry.kind == .element, !entry.role.isInline {
                collector.boundary()
            }
            return true
        } exit: { current in
            let entry = nodes[Int(current)]
            if current != node, entry.kind == .element, !entry.role.isInline { collector.boundary() }
        }
        return collector.take()
    }

    /// The text of `node` like `textContent`, or nil as soon as it exceeds `limit` bytes or 32 nodes: a cheap test
    /// for short labels inside large tables.
    func shortText(_ node: Int32, limit: Int) -> String? {
        var collector = TextCollector()
        var visited = 0
        var total = 0
        var tooLong = false
        walk(node) { current in
            visited += 1
            let entry = nodes[Int(current)]
            if entry.kind == .text {
                total += Int(entry.textEnd - entry.textStart)
                if total > limit * 2 || visited > 32 {
                    tooLong = true
                    return false
                }
                collector.append(text[Int(entry.textStart)..<Int(entry.textEnd)])
            } else if current != node, entry.kind == .element, !entry.role.isInline {
                collector.boundary()
            }
            return !tooLong && visited <= 32
        } exit: { _ in
        }
        if tooLong || visited > 32 || collector.bytes.count > limit { return nil }
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

    /// The bytes of all text below `node`, unchanged (no collapsing, no boundaries).
    func rawTextContent(_ node: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        for current in descendants(node) where nodes[Int(current)].kind == .text { bytes += rawText(current) }
        return bytes
    }

    /// The raw bytes of a text node.
    func rawText(_ node: Int32) -> ArraySlice<UInt8> {
        let entry = nodes[Int(node)]
        return text[Int(entry.textStart)..<Int(entry.textEnd)]
    }
}

/// The meaning of an element for text extraction (CONVENTIONS "Reference text"), decided once per element.
enum ElementRole: Sendable, Equatable {
    /// Removed without a space.
    case inline
    /// Never read as content (scripts, forms controls, head).
    case skipped
    /// A line break.
    case lineBreak
    /// Starts a block of this kind (heading level, list item, table cell, pre).
    case block(kind: UInt8, level: UInt8)
    /// Any other element: a word and block boundary.
    case boundary

    var isInline: Bool { self == .inline }

    init(name: String) {
        if let role = Self.table[name] {
            self = role
        } else {
            self = .boundary
        }
    }

    static let headingKind: UInt8 = 1
    static let listItemKind: UInt8 = 2
    static let tableCellKind: UInt8 = 3
    static let preformattedKind: UInt8 = 4

    private static let table: [String: ElementRole] = {
        var table: [String: ElementRole] = [:]
        for name in InlineElements.names { table[name] = .inline }
        for name in BlockBuilder.skippedNames { table[name] = .skipped }
        table["br"] = .lineBreak
        for level in 1...6 { table["h\(level)"] = .block(kind: headingKind, level: UInt8(level)) }
        table["li"] = .block(kind: listItemKind, level: 0)
        table["td"] = .block(kind: tableCellKind, level: 0)
        table["th"] = .block(kind: tableCellKind, level: 0)
        table["pre"] = .block(kind: preformattedKind, level: 0)
        return table
    }()
}
