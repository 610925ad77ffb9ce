import CLibXML2

/// Parses UTF-8 markup with libxml2 and copies the tree into a `MarkupTree`; no libxml2 pointer outlives a call.
///
/// Safety: HTML uses RECOVER|NONET|NOERROR|NOWARNING; XML uses NONET without NOENT or DTDLOAD, so no external
/// entity or DTD is ever read, and entity references are never expanded (libxml2 2.9.14 also refuses amplified
/// entities). Errors are collected per parser context, never printed.
enum MarkupParser {
    enum Dialect { case html, xml }

    struct Result {
        /// The document, nil when libxml2 built none (or, for XML, it was not well-formed).
        var tree: MarkupTree?
        var diagnostics: [String]
    }

    /// Attributes worth keeping for adapters and metadata; everything else is dropped while copying.
    static let keptAttributes: Set<String> = [
        "id", "class", "role", "property", "typeof", "rel", "datetime", "content", "name", "http-equiv", "charset",
        "href", "about", "datatype", "aria-hidden", "hidden", "lang",
    ]

    /// Elements whose content is never text: not copied at all.
    static let droppedElements: Set<String> = ["script", "style", "noscript", "template", "svg", "math", "iframe"]

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `utf8` into a tree, with libxml2's messages.
    static func parse(_ utf8: [UInt8], dialect: Dialect) -> Result {
        guard initialized else { return Result(tree: nil, diagnostics: ["libxml2 did not initialise"]) }
        guard let length = Int32(exactly: utf8.count) else {
            return Result(tree: nil, diagnostics: ["\(utf8.count) bytes exceed libxml2's int length"])
        }
        let collector = DiagnosticCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        let context: xmlParserCtxtPtr?
        switch dialect {
        case .html: context = htmlNewParserCtxt()
        case .xml: context = xmlNewParserCtxt()
        }
        guard let context else { return Result(tree: nil, diagnostics: ["libxml2 could not allocate a parser"]) }
        defer {
            switch dialect {
            case .html: htmlFreeParserCtxt(context)
            case .xml: xmlFreeParserCtxt(context)
            }
        }
        uppdrag_xml_set_error_handler(context, collectError, box.toOpaque())
        let document: xmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    switch dialect {
                    case .html:
                        let options = Int32(
                            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue
                                | HTML_PARSE_IGNORE_ENC.rawValue)
                        return htmlCtxtReadMemory(context, chars, length, nil, "UTF-8", options)
                    case .xml:
                        let options = Int32(
                            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                                | XML_PARSE_COMPACT.rawValue | XML_PARSE_IGNORE_ENC.rawValue)
                        return xmlCtxtReadMemory(context, chars, length, nil, "UTF-8", options)
                    }
                }
            }
        }
        guard let document else { return Result(tree: nil, diagnostics: collector.report) }
        defer { xmlFreeDoc(document) }
        if dialect == .xml, uppdrag_xml_ctxt_well_formed(context) == 0 {
            return Result(tree: nil, diagnostics: collector.report)
        }
        return Result(tree: copyTree(document, isHTML: dialect == .html), diagnostics: collector.report)
    }

    /// Walks the libxml2 tree iteratively (libxml2 limits depth, but the walk does not rely on it).
    private static func copyTree(_ document: xmlDocPtr, isHTML: Bool) -> MarkupTree {
        var tree = MarkupTree(isHTML: isHTML)
        tree.text.reserveCapacity(16_384)
        var current: xmlNodePtr? = document.pointee.children
        var parentIndex: Int32 = 0
        while let node = current {
            var descend = false
            var created: Int32 = -1
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = lowercasedName(node.pointee.name)
                // HTML's script, style and the like carry no text; in XML data the same names are ordinary.
                let isHTMLContext = tree.nodes[Int(parentIndex)].isHTML
                if !(isHTMLContext && droppedElements.contains(name)) {
                    created = tree.appendChild(
                        to: parentIndex, MarkupTree.Node(kind: .element, name: name, parent: parentIndex))
                    copyAttributes(node, into: &tree, element: created)
                    descend = node.pointee.children != nil
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    appendText(UnsafeRawPointer(content), to: &tree, parent: parentIndex)
                }
            case XML_ENTITY_REF_NODE:
                // Unexpanded references: HTML names (XHTML read without its DTD) become their character; anything
                // else, including every external entity, is dropped.
                if let name = node.pointee.name {
                    let value = uppdrag_html_entity_value(name)
                    if value != 0 {
                        var bytes: [UInt8] = []
                        TextDecoder.appendUTF8(value, to: &bytes)
                        appendBytes(bytes[...], to: &tree, parent: parentIndex)
                    }
                }
            default:
                break
            }
            if descend, let child = node.pointee.children {
                parentIndex = created
                current = child
                continue
            }
            // Move to the next sibling, climbing out of finished elements.
            var climb: xmlNodePtr? = node
            current = nil
            while let up = climb {
                if let sibling = up.pointee.next {
                    current = sibling
                    break
                }
                climb = up.pointee.parent.flatMap { parent in
                    parent.pointee.type == XML_ELEMENT_NODE ? parent : nil
                }
                if climb != nil { parentIndex = tree.nodes[Int(parentIndex)].parent }
            }
        }
        return tree
    }

    private static func lowercasedName(_ name: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        let raw = UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self)
        let string = String(cString: raw)
        return string.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? string.lowercased() : string
    }

    private static func copyAttributes(_ node: xmlNodePtr, into tree: inout MarkupTree, element: Int32) {
        let start = Int32(clamping: tree.attributes.count)
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = lowercasedName(current.pointee.name)
            if keptAttributes.contains(name) {
                // Only text children: an entity reference inside an attribute is never expanded.
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content {
                        value += String(cString: UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
                    }
                    child = text.pointee.next
                }
                tree.attributes.append(MarkupTree.Attribute(name: name, value: value))
                if name == "property" { tree.hasPropertyAttributes = true }
            }
            attribute = current.pointee.next
        }
        tree.nodes[Int(element)].attributeStart = start
        tree.nodes[Int(element)].attributeEnd = Int32(clamping: tree.attributes.count)
    }

    private static func appendText(_ content: UnsafeRawPointer, to tree: inout MarkupTree, parent: Int32) {
        let length = Int(xmlStrlen(content.assumingMemoryBound(to: xmlChar.self)))
        guard length > 0 else { return }
        let bytes = UnsafeBufferPointer(start: content.assumingMemoryBound(to: UInt8.self), count: length)
        appendBytes(ArraySlice(bytes), to: &tree, parent: parent)
    }

    private static func appendBytes(_ bytes: ArraySlice<UInt8>, to tree: inout MarkupTree, parent: Int32) {
        // Adjacent text (a text node next to a decoded entity) merges into one node.
        let last = tree.nodes[Int(parent)].lastChild
        if last >= 0, tree.nodes[Int(last)].kind == .text,
            tree.nodes[Int(last)].textEnd == Int32(clamping: tree.text.count)
        {
            tree.text.append(contentsOf: bytes)
            tree.nodes[Int(last)].textEnd = Int32(clamping: tree.text.count)
            return
        }
        let start = Int32(clamping: tree.text.count)
        tree.text.append(contentsOf: bytes)
        var node = MarkupTree.Node(kind: .text, name: "", parent: parent)
        node.textStart = start
        node.textEnd = Int32(clamping: tree.text.count)
        _ = tree.appendChild(to: parent, node)
    }
}

/// Collects libxml2's messages for one parse; reached through the parser context's `_private` pointer.
final class DiagnosticCollector {
    static let limit = 20
    var messages: [String] = []
    var dropped = 0

    /// The kept messages, and how many more there were.
    var report: [String] { dropped == 0 ? messages : messages + ["… and \(dropped) more"] }
}

private func collectError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let raw = uppdrag_xml_ctxt_private(context), let error else { return }
    let collector = Unmanaged<DiagnosticCollector>.fromOpaque(raw).takeUnretainedValue()
    guard collector.messages.count < DiagnosticCollector.limit else {
        collector.dropped += 1
        return
    }
    var message = error.pointee.message.map { String(cString: $0) } ?? "error \(error.pointee.code)"
    // Some messages quote the document on a second line ("Comment not terminated \n<!--…"): keep one line.
    message = message.split(whereSeparator: \.isNewline).map { $0.trimmingPrefix(while: \.isWhitespace) }
        .joined(separator: " ")
    while message.last?.isWhitespace == true { message.removeLast() }
    collector.messages.append("line \(error.pointee.line): \(message)")
}
