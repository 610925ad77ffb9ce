import Documents
import Extraction
import SearchIndex

/// What became of one file, carried from the task that read it to the run that applies it.
enum FileOutcome: @unchecked Sendable {
    // Carries Xapian documents from the task that built them to the writer; never shared.
    case unchanged(id: String)
    case indexed(id: String, state: FileState, prepared: IndexMapping.Prepared, warnings: [String])
    case failed(id: String, path: String, state: FileState?, message: String, severity: IngestDiagnostic.Severity)
}

/// Reads, parses and extracts one file and builds its Xapian documents; runs in the parallel tasks of an ingest.
struct FileProcessor: Sendable {
    let parser: DocumentParser
    let extractor: Extractor
    let limit: Int
    let register = AgencyRegister.shared
    /// Other names per agency, built once per ingest.
    let aliases: [String: [String]]
    let compounds = CompoundSplitter()

    init(parser: DocumentParser, extractor: Extractor, limit: Int) {
        self.parser = parser
        self.extractor = extractor
        self.limit = limit
        aliases = IndexMapping.aliasTable(register)
    }

    /// The outcome for `file`: unchanged when its bytes and the rules that made its records are what the index
    /// knows (`previous`), else parsed and prepared, or failed with the reason.
    func process(file: SourceFile, id: String, previous: KnownFile?, previousFailure: String?) throws -> FileOutcome {
        let bytes: [UInt8]
        switch SourceReader.read(file.bytes, limit: limit) {
        case .failed(let reason):
            return .failed(
                id: id, path: file.display, state: nil, message: "cannot read: \(reason)", severity: .error)
        case .tooLarge(let size):
            let message = DocumentError.tooLarge(size: size, limit: limit).description
            return .failed(
                id: id, path: file.display,
                state: FileState(contentHash: "size:\(size)", size: size, failure: message, path: file.display),
                message: message, severity: .error)
        case .bytes(let read):
            bytes = read
        }
        let hash = Hashing.contentHash(bytes)
        // A scanned PDF left out with a warning is read again once text recognition is asked for.
        let retry = parser.recognition != nil && previousFailure?.hasPrefix(FileState.warningMark) == true
        if let previous, previous.matches(hash), !retry {
            if previous.failed {
                let failure = previousFailure ?? "failed before"
                let state = FileState(contentHash: hash, size: bytes.count, failure: failure, path: file.display)
                let warning = failure.hasPrefix(FileState.warningMark)
                return .failed(
                    id: id, path: file.display, state: state,
                    message: warning ? String(failure.dropFirst(FileState.warningMark.count)) : failure,
                    severity: warning ? .warning : .error)
            }
            return .unchanged(id: id)
        }
        let parsed: DocumentParser.Outcome
        do {
            parsed = try parser.parseWithDiagnostics(bytes, path: file.display)
        } catch {
            let message = error.description
            let failure = error.isWarning ? FileState.warningMark + message : message
            return .failed(
                id: id, path: file.display,
                state: FileState(contentHash: hash, size: bytes.count, failure: failure, path: file.display),
                message: message, severity: error.isWarning ? .warning : .error)
        }
        let document = parsed.document
        let record = extractor.extract(document)
        let stored = StoredDocument(
            id: id, path: file.display, format: document.format, encoding: document.encoding, contentHash: hash,
            size: bytes.count, record: record, text: document.text)
        let mapping = try IndexMapping(register: register, aliases: aliases, compounds: compounds)
        return .indexed(
            id: id, state: FileState(contentHash: hash, size: bytes.count, failure: nil, path: file.display),
            prepared: try mapping.prepare(stored), warnings: parsed.warnings)
    }
}
