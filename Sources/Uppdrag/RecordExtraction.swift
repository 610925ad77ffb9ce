public import Extraction
import Documents

/// Reads, parses and extracts one file without an index (`uppdrag extract`).
public struct RecordExtraction: Sendable {
    let parser: DocumentParser
    let extractor = Extractor()

    public init(maxFileSize: Int = 64 << 20) {
        parser = DocumentParser(maxFileSize: maxFileSize)
    }

    /// The record of the file at `path`, or a message saying why there is none.
    public func extract(path: String) -> Result<Record, ExtractionFailure> {
        let bytes: [UInt8]
        switch SourceReader.read(Array(path.utf8), limit: parser.maxFileSize) {
        case .failed(let reason): return .failure(ExtractionFailure(file: path, error: "cannot read: \(reason)"))
        case .tooLarge(let size):
            return .failure(
                ExtractionFailure(file: path, error: DocumentError.tooLarge(size: size, limit: parser.maxFileSize).description))
        case .bytes(let read): bytes = read
        }
        do {
            let document = try parser.parse(bytes, path: path)
            return .success(extractor.extract(document))
        } catch {
            return .failure(ExtractionFailure(file: path, error: error.description))
        }
    }
}

/// A file `extract` could not turn into a record: printed as `{"file": …, "error": …}`.
public struct ExtractionFailure: Error, Codable, Sendable {
    public var file: String
    public var error: String
}
