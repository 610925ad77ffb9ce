// The raw limit of indexing: read, parse with libxml2, run Xapian's TermGenerator (Swedish), write in
// transactions. No extraction, no records, no change detection; what uppdrag ingest is measured against.
//
// usage: uppdrag-rawindex [--jobs N] [--batch-size N] INDEX PATH...

import CLibXML2
import Foundation
import SearchIndex

#if canImport(Glibc)
    import Glibc
#endif

struct Options {
    var index = ""
    var paths: [String] = []
    /// Same default as uppdrag ingest: one task per core, at least two.
    var jobs = max(2, ProcessInfo.processInfo.activeProcessorCount)
    /// Same policy as uppdrag ingest: source documents per Xapian transaction.
    var batches = BatchPolicy()
}

func parseArguments() -> Options? {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst()
    var positional: [String] = []
    while let argument = arguments.popFirst() {
        switch argument {
        case "--jobs":
            guard let value = arguments.popFirst().flatMap({ Int($0) }), value > 0 else { return nil }
            options.jobs = value
        case "--batch-size":
            guard let value = arguments.popFirst().flatMap({ Int($0) }), value > 0 else { return nil }
            options.batches = BatchPolicy(fixedSize: value)
        default:
            positional.append(argument)
        }
    }
    guard positional.count >= 2 else { return nil }
    options.index = positional[0]
    options.paths = Array(positional.dropFirst())
    return options
}

let extensions: Set<String> = ["html", "htm", "xhtml", "xml", "txt", "md"]

/// Files under `root` in sorted depth-first order, one directory open at a time.
struct Walker: Sequence, IteratorProtocol {
    var stack: [String]

    mutating func next() -> String? {
        while let path = stack.popLast() {
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard let handle = opendir(path) else { continue }
                var names: [String] = []
                while let entry = readdir(handle) {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                    }
                    if name != "." && name != ".." { names.append(name) }
                }
                closedir(handle)
                let base = path.hasSuffix("/") ? path : path + "/"
                stack.append(contentsOf: names.sorted(by: >).map { base + $0 })
            case S_IFREG:
                let dot = path.lastIndex(of: ".").map { path[path.index(after: $0)...].lowercased() } ?? ""
                if extensions.contains(dot) { return path }
            default:
                continue
            }
        }
        return nil
    }
}

func readFile(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return nil }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
    var filled = 0
    while filled < bytes.count {
        let count = bytes.withUnsafeMutableBytes { raw -> Int in
            guard let base = raw.baseAddress else { return 0 }
            return read(descriptor, base + filled, raw.count - filled)
        }
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { break }
        filled += count
    }
    return Array(bytes.prefix(filled))
}

let skipped: Set<String> = ["script", "style", "noscript", "template"]

/// The text of a libxml2 tree: text and CDATA nodes outside script and style, separated by newlines.
func text(of document: xmlDocPtr) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(16_384)
    var current: xmlNodePtr? = document.pointee.children
    while let node = current {
        var descend = false
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            descend = !skipped.contains(name?.lowercased() ?? "")
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
                output.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
                output.append(0x0A)
            }
        default:
            break
        }
        if descend, let child = node.pointee.children {
            current = child
            continue
        }
        var climb: xmlNodePtr? = node
        current = nil
        while let up = climb {
            if let sibling = up.pointee.next {
                current = sibling
                break
            }
            climb = up.pointee.parent.flatMap { $0.pointee.type == XML_ELEMENT_NODE ? $0 : nil }
        }
    }
    return output
}

/// Bytes → text: HTML and XML through libxml2 (it detects the encoding), everything else as UTF-8 text.
func extractText(_ bytes: [UInt8], path: String) -> String {
    let dot = path.lastIndex(of: ".").map { path[path.index(after: $0)...].lowercased() } ?? ""
    guard dot == "html" || dot == "htm" || dot == "xhtml" || dot == "xml", let length = Int32(exactly: bytes.count)
    else { return String(decoding: bytes, as: UTF8.self) }
    let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress.flatMap { base in
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                if dot == "html" || dot == "htm" {
                    let options = Int32(
                        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
                    return htmlReadMemory(chars, length, nil, nil, options)
                }
                let options = Int32(
                    XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)
                return xmlReadMemory(chars, length, nil, nil, options)
            }
        }
    }
    guard let document else { return "" }
    defer { xmlFreeDoc(document) }
    return String(decoding: text(of: document), as: UTF8.self)
}

/// FNV-1a of the path, as the unique term.
func pathId(_ path: String) -> String {
    String(Hashing.fnv1a64(path.utf8), radix: 16)
}

/// Read, parse, term-generate one file; nil when it cannot be read.
func prepare(_ path: String) throws -> IndexDocument? {
    guard let bytes = readFile(path) else { return nil }
    let body = extractText(bytes, path: path)
    let document = try IndexDocument()
    try document.setData(Array(path.utf8))
    let indexer = try TermIndexer()
    try indexer.start(document)
    try indexer.index(body)
    return document
}

guard let options = parseArguments() else {
    FileHandle.standardError.write(Data("usage: uppdrag-rawindex [--jobs N] [--batch-size N] INDEX PATH...\n".utf8))
    exit(64)
}
xmlInitParser()

do {
    let writer = try IndexWriter(path: options.index)
    var pending = 0
    var total = 0
    try writer.begin()
    func write(_ item: (String, IndexDocument?)) throws {
        guard let document = item.1 else { return }
        try writer.replace(document, uniqueTerm: "Q" + pathId(item.0))
        pending += 1
        total += 1
        if options.batches.shouldCommit(pending: pending, filesInIndex: total) {
            try writer.commitBatch()
            try writer.begin()
            pending = 0
        }
    }
    try await withThrowingTaskGroup(of: (String, IndexDocument?).self) { group in
        var inFlight = 0
        var walker = Walker(stack: options.paths.reversed())
        while let path = walker.next() {
            // Same bound on documents in flight as uppdrag ingest.
            if inFlight >= options.jobs * 4, let done = try await group.next() {
                inFlight -= 1
                try write(done)
            }
            group.addTask { (path, try prepare(path)) }
            inFlight += 1
        }
        while let done = try await group.next() { try write(done) }
    }
    try writer.commitBatch()
    try writer.close()
    print("\(total) documents indexed")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
