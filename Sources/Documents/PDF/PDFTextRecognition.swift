/// Text recognition for PDF pages without a text layer: poppler's `pdftoppm` renders the page, Tesseract reads the
/// image; each runs as a bounded child process like pdftotext.
public struct PDFTextRecognition: Sendable, Hashable {
    /// The Tesseract language ("swe"; "swe+eng" for several).
    public var language: String
    /// Rendering resolution in dots per inch.
    public var resolution: Int

    /// Swedish at 300 dpi.
    public init(language: String = "swe", resolution: Int = 300) {
        self.language = language
        self.resolution = resolution
    }
}

/// Runs the recognition of one page.
struct PDFPageRecognizer: Sendable {
    let options: PDFTextRecognition
    let limits: PDFLimits
    let renderer: String?
    let recognizer: String?

    init(
        options: PDFTextRecognition, limits: PDFLimits, renderer: String? = PDFTextProcess.locate("pdftoppm"),
        recognizer: String? = PDFTextProcess.locate("tesseract")
    ) {
        self.options = options
        self.limits = limits
        self.renderer = renderer
        self.recognizer = recognizer
    }

    /// The recognised text of page `page` (from 1) of the PDF `bytes`.
    func text(ofPage page: Int, in bytes: [UInt8]) throws(DocumentError) -> String {
        guard let renderer else { throw .pdf("pdftoppm not found in PATH (Debian: apt install poppler-utils)") }
        guard let recognizer else {
            throw .pdf("tesseract not found in PATH (Debian: apt install tesseract-ocr tesseract-ocr-swe)")
        }
        let image = try PDFTextProcess.run(
            renderer, ["-f", String(page), "-l", String(page), "-r", String(options.resolution), "-gray", "-png", "-"],
            input: bytes, tool: "pdftoppm", limits: limits)
        // One thread per recognition: ingest already runs one file per core.
        let text = try PDFTextProcess.run(
            recognizer, ["-", "-", "-l", options.language], input: image, tool: "tesseract", limits: limits,
            environment: ["OMP_THREAD_LIMIT=1"])
        return String(decoding: TextDecoder.composed(text), as: UTF8.self)
    }
}
