public import Extraction

/// Turns the bytes of a downloaded document into a `ParsedDocument`.
///
/// HTML goes through libxml2's HTML parser, XML (and XHTML that is well-formed) through its XML parser; a site
/// adapter (regeringen.se, rkrattsbaser, riksdagen open data, RDFa, generic) picks the main content and metadata.
/// PDF goes through poppler's pdftotext in a child process bounded by `pdfLimits`.
/// Safe to call from several threads at once.
public struct DocumentParser: Sendable {
    /// Extensions that are read; everything else is skipped.
    public static let supportedExtensions: Set<String> = ["html", "htm", "xhtml", "xml", "txt", "md", "pdf"]

    /// Files larger than this many bytes are refused.
    public var maxFileSize: Int

    /// Time, memory and output bounds of the pdftotext child that reads one PDF.
    public var pdfLimits: PDFLimits {
        get { pdfText.limits }
        set { pdfText = PDFTextProcess(limits: newValue, executable: pdfText.executable) }
    }

    private var pdfText: PDFTextProcess

    /// Text recognition of PDF pages without a text layer; nil leaves them out with a warning.
    public var recognition: PDFTextRecognition?

    /// A parser refusing files over `maxFileSize` bytes, giving each PDF child process at most `pdfLimits`, and
    /// reading scanned PDF pages with `recognition` when it is set.
    public init(
        maxFileSize: Int = 64 << 20, pdfLimits: PDFLimits = PDFLimits(), recognition: PDFTextRecognition? = nil
    ) {
        self.maxFileSize = maxFileSize
        pdfText = PDFTextProcess(limits: pdfLimits)
        self.recognition = recognition
    }

    /// A parsed document and libxml2's messages about it (recovered errors: the first 20, then a count).
    public struct Outcome: Sendable {
        /// The document.
        public var document: ParsedDocument
        /// Parser messages such as "line 12: Unexpected end tag : p".
        public var diagnostics: [String]
        /// What a reader of the index should know about the file: "3 of 12 pages have no text layer …".
        public var warnings: [String] = []
    }

    /// Parses `bytes` read from `path`; the extension of `path` picks HTML, XML or text.
    public func parse(_ bytes: [UInt8], path: String) throws(DocumentError) -> ParsedDocument {
        try parseWithDiagnostics(bytes, path: path).document
    }

    /// Parses `bytes` like `parse(_:path:)` and also returns libxml2's messages.
    public func parseWithDiagnostics(_ bytes: [UInt8], path: String) throws(DocumentError) -> Outcome {
        if bytes.isEmpty { throw .empty }
        if bytes.count > maxFileSize { throw .tooLarge(size: bytes.count, limit: maxFileSize) }
        let fileExtension = Self.fileExtension(path)
        // A PDF by name or by content (a PDF saved as .html is still read as one).
        if fileExtension == "pdf" || bytes.starts(with: Self.pdfSignature) { return try parsePDF(bytes, path: path) }
        if let kind = BinarySniffer.binaryKind(bytes) { throw .binary(kind) }
        switch fileExtension {
        case "txt", "md":
            let decoded = TextDecoder.decode(bytes, sniffMarkup: false)
            let blocks = PlainTextParser.blocks(decoded.utf8)
            guard !blocks.isEmpty else { throw .noText }
            let metadata = TextMetadataInference.infer(blocks: blocks, path: path)
            let format: SourceFormat = fileExtension == "md" ? .markdown : .text
            let document = ParsedDocument(
                file: path, format: format, encoding: decoded.encoding, metadata: metadata, blocks: blocks)
            return Outcome(document: document, diagnostics: [])
        default:
            return try parseMarkup(bytes, path: path, fileExtension: fileExtension)
        }
    }

    private func parseMarkup(_ bytes: [UInt8], path: String, fileExtension: String) throws(DocumentError) -> Outcome {
        let decoded = TextDecoder.decode(bytes, sniffMarkup: true)
        let format: SourceFormat = fileExtension == "xml" ? .xml : fileExtension == "xhtml" ? .xhtml : .html
        var diagnostics: [String] = []
        var tree: MarkupTree?
        if format == .xml || format == .xhtml {
            let parsed = MarkupParser.parse(decoded.utf8, dialect: .xml)
            diagnostics = parsed.diagnostics
            tree = parsed.tree
            // XML that is not well-formed is refused: recovering it as HTML would read DTDs and markup as text.
            if tree == nil, format == .xml {
                throw .unparseable("not well-formed XML: \(diagnostics.first ?? "no document")")
            }
        }
        if tree == nil {
            // HTML, or XHTML that is not well-formed XML: libxml2's HTML parser recovers what it can.
            let parsed = MarkupParser.parse(decoded.utf8, dialect: .html)
            diagnostics += parsed.diagnostics
            tree = parsed.tree
        }
        guard let tree else { throw .unparseable(diagnostics.first ?? "libxml2 returned no document") }
        let output = SiteAdapters.adapt(tree, diagnostics: &diagnostics)
        var builder = BlockBuilder(tree: tree, excluded: output.excluded)
        let blocks = builder.build(roots: output.roots) + output.extraBlocks
        guard !blocks.isEmpty else {
            // An empty result after a parser error (depth limit, garbage) says why.
            if let first = diagnostics.first { throw .unparseable(first) }
            throw .noText
        }
        let metadata = MetadataResolver.resolve(output.draft, blocks: blocks)
        let document = ParsedDocument(
            file: path, format: format, encoding: decoded.encoding, metadata: metadata, blocks: blocks)
        return Outcome(document: document, diagnostics: diagnostics)
    }

    private static let pdfSignature = Array("%PDF-".utf8)

    /// The text of each page from pdftotext laid out as blocks (`PDFLayout`), metadata from the first page.
    private func parsePDF(_ bytes: [UInt8], path: String) throws(DocumentError) -> Outcome {
        var pages = try pdfText.pages(bytes)
        let blankPages = pages.indices.filter { !pages[$0].contains(where: { !$0.isWhitespace }) }
        var warnings: [String] = []
        var recognized = 0
        if let recognition, !blankPages.isEmpty {
            let recognizer = PDFPageRecognizer(options: recognition, limits: pdfText.limits)
            for index in blankPages {
                do {
                    pages[index] = try recognizer.text(ofPage: index + 1, in: bytes)
                    recognized += 1
                } catch {
                    warnings.append("page \(index + 1): text recognition failed: \(error)")
                }
            }
        }
        let layout = PDFLayout.layout(pages: pages)
        let blocks = layout.blocks
        guard !blocks.isEmpty else {
            if recognition != nil, let failure = warnings.first { throw .pdf(failure) }
            throw .noTextLayer(pages: pages.count)
        }
        // The first page with text carries the title, identifier and decision date; the resolver adds the rest.
        let firstPage = pages.first { $0.contains(where: { !$0.isWhitespace }) } ?? ""
        let firstIndex = pages.firstIndex { $0.contains(where: { !$0.isWhitespace }) } ?? 0
        var draft = PDFMetadata.draft(firstPage: firstPage, laterPages: pages.dropFirst(firstIndex + 1).prefix(3))
        if draft.identifier == nil, draft.categories.contains("Kommittédirektiv") {
            draft.identifier = TextMetadataInference.directiveIdentifier(fromPath: path)
        }
        let metadata = MetadataResolver.resolve(draft, blocks: blocks)
        let document = ParsedDocument(
            file: path, format: .pdf, encoding: "utf-8", metadata: metadata, blocks: blocks,
            pageStarts: layout.pageStarts)
        if recognized > 0 {
            warnings.append("\(recognized) of \(pages.count) pages read by text recognition (tesseract)")
        } else if !blankPages.isEmpty, recognition == nil {
            warnings.append(
                "\(blankPages.count) of \(pages.count) pages have no text layer (scanned?); only the others are "
                    + "indexed (ingest --ocr reads them)")
        }
        return Outcome(document: document, diagnostics: [], warnings: warnings)
    }

    private static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
