public import Extraction

/// Why a file could not be turned into a document.
public enum DocumentError: Error, Sendable, CustomStringConvertible, Equatable {
    case empty
    case tooLarge(size: Int, limit: Int)
    case binary(String)
    case unparseable(String)

    public var description: String {
        switch self {
        case .empty: "file is empty"
        case .tooLarge(let size, let limit): "file is \(size) bytes, over the limit of \(limit) bytes"
        case .binary(let what): "not a text document (\(what))"
        case .unparseable(let why): "cannot be parsed: \(why)"
        }
    }
}

/// Turns the bytes of a downloaded document into a `ParsedDocument`.
public struct DocumentParser: Sendable {
    /// Extensions that are read; everything else is skipped.
    public static let supportedExtensions: Set<String> = ["html", "htm", "xhtml", "xml", "txt", "md"]

    public var maxFileSize: Int

    public init(maxFileSize: Int = 64 << 20) {
        self.maxFileSize = maxFileSize
    }

    /// Parses `bytes` read from `path`; the extension of `path` picks HTML, XML or text.
    public func parse(_ bytes: [UInt8], path: String) throws(DocumentError) -> ParsedDocument {
        if bytes.isEmpty { throw .empty }
        if bytes.count > maxFileSize { throw .tooLarge(size: bytes.count, limit: maxFileSize) }
        let text = String(decoding: bytes, as: UTF8.self)
        let blocks = text.split(separator: "\n\n").map { Block(kind: .paragraph, text: String($0)) }
        return ParsedDocument(file: path, format: .text, encoding: "utf-8", metadata: DocumentMetadata(), blocks: blocks)
    }
}
