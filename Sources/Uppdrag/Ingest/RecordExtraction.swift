import Documents
public import Extraction
import Foundation

/// Reads, parses and extracts one file without an index (`uppdrag extract`).
public struct RecordExtraction: Sendable {
    let parser: DocumentParser
    let extractor = Extractor()

    public init(maxFileSize: Int = 64 << 20) {
        parser = DocumentParser(maxFileSize: maxFileSize)
    }

    /// Time spent and bytes seen, for `extract --timings`.
    public struct Timings: Sendable {
        public var bytes = 0
        public var parse = Duration.zero
        public var extract = Duration.zero

        public init() {}

        /// "parse 8.1 MB/s, extract 21.3 MB/s (one core, 1.2 MB)".
        public var summary: String {
            func rate(_ duration: Duration) -> String {
                let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
                guard seconds > 0 else { return "∞" }
                return String(format: "%.1f MB/s", Double(bytes) / 1_000_000 / seconds)
            }
            return "parse \(rate(parse)), extract \(rate(extract)) (one core, "
                + String(format: "%.1f MB", Double(bytes) / 1_000_000) + ")"
        }
    }

    /// The record of the file at `path`, or a message saying why there is none.
    public func extract(path: String) -> Result<Record, ExtractionFailure> {
        var timings = Timings()
        return extract(path: path, timings: &timings)
    }

    /// The record of the file at `path`, adding the time parsing and extraction took to `timings`.
    public func extract(path: String, timings: inout Timings) -> Result<Record, ExtractionFailure> {
        let bytes: [UInt8]
        switch SourceReader.read(Array(path.utf8), limit: parser.maxFileSize) {
        case .failed(let reason): return .failure(ExtractionFailure(file: path, error: "cannot read: \(reason)"))
        case .tooLarge(let size):
            return .failure(
                ExtractionFailure(
                    file: path, error: DocumentError.tooLarge(size: size, limit: parser.maxFileSize).description))
        case .bytes(let read): bytes = read
        }
        do {
            let clock = ContinuousClock()
            let start = clock.now
            let document = try parser.parse(bytes, path: path)
            let parsed = clock.now
            let record = extractor.extract(document)
            timings.parse += parsed - start
            timings.extract += clock.now - parsed
            timings.bytes += bytes.count
            return .success(record)
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
