/// Why a file could not be turned into a document.
public enum DocumentError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The file has no bytes.
    case empty
    /// The file is larger than the parser's `maxFileSize`.
    case tooLarge(size: Int, limit: Int)
    /// The bytes are an image, archive, executable or other binary data (what was recognised).
    case binary(String)
    /// libxml2 could not build a document, or XML is not well-formed (its first message).
    case unparseable(String)
    /// Parsing worked but left no text (only markup, scripts or navigation).
    case noText
    /// pdftotext failed on a PDF, or could not be run (its first error message, or what went wrong).
    case pdf(String)
    /// Reading the text of a PDF took longer than its time limit; the child was stopped.
    case timedOut(seconds: Int)
    /// A PDF whose pages have no text layer (scanned images), with its page count.
    case noTextLayer(pages: Int)

    /// A file ingest reports as a warning rather than an error: it holds nothing to read yet (a scanned PDF).
    public var isWarning: Bool {
        if case .noTextLayer = self { return true }
        return false
    }

    /// A one-line explanation for diagnostics ("path: error: <description>").
    public var description: String {
        switch self {
        case .empty: "file is empty"
        case .tooLarge(let size, let limit): "file is \(size) bytes, over the limit of \(limit) bytes"
        case .binary(let what): "not a text document (\(what))"
        case .unparseable(let why): "cannot be parsed: \(why)"
        case .noText: "no readable text"
        case .pdf(let why): "cannot read PDF: \(why)"
        case .timedOut(let seconds): "cannot read PDF: stopped after \(seconds) s"
        case .noTextLayer(let pages):
            "no text layer on any of its \(pages) page\(pages == 1 ? "" : "s") (a scanned PDF; ingest --ocr reads it)"
        }
    }
}
