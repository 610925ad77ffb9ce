import Documents
import Extraction
import Foundation
import SearchIndex

/// Options of one ingest run.
public struct IngestOptions: Sendable {
    public var indexPath: String
    public var maxFileSize: Int
    /// Source documents per Xapian transaction.
    public var batchSize: Int
    /// Files read, parsed and extracted at once.
    public var concurrency: Int
    /// Shards of a new index (nil: keep the existing layout, or one database for a new index).
    public var shards: Int?

    public init(
        indexPath: String, maxFileSize: Int = 64 << 20, batchSize: Int = 2000, concurrency: Int = 0,
        shards: Int? = nil
    ) {
        self.indexPath = indexPath
        self.shards = shards
        self.maxFileSize = maxFileSize
        self.batchSize = batchSize
        self.concurrency = concurrency > 0 ? concurrency : max(2, ProcessInfo.processInfo.activeProcessorCount)
    }
}

/// What an ingest did, file by file.
public struct IngestSummary: Sendable, Equatable {
    public var added = 0
    public var replaced = 0
    public var unchanged = 0
    public var removed = 0
    public var failed = 0
    public var skipped = 0

    public init() {}

    /// "N added, N replaced, N unchanged, N removed, N failed".
    public var line: String {
        "\(added) added, \(replaced) replaced, \(unchanged) unchanged, \(removed) removed, \(failed) failed"
    }
}

/// A per-file message of an ingest: a file that failed or was skipped.
public struct IngestDiagnostic: Sendable {
    public enum Severity: String, Sendable { case warning, error }
    public var severity: Severity
    public var path: String
    public var message: String
}

/// Receives progress and per-file diagnostics while an ingest runs.
public protocol IngestObserver: Sendable {
    func diagnostic(_ diagnostic: IngestDiagnostic)
    func progress(filesSeen: Int, summary: IngestSummary)
}

/// Per-file state remembered in the index metadata, so unchanged files are not parsed again.
struct FileState: Equatable {
    var contentHash: String
    var size: Int
    var failure: String?
    var path: String

    var encoded: String {
        ["1", contentHash, String(size), failure ?? "", path].joined(separator: "\t")
    }

    init(contentHash: String, size: Int, failure: String?, path: String) {
        self.contentHash = contentHash
        self.size = size
        self.failure = failure
        self.path = path
    }

    init?(encoded: String) {
        let fields = encoded.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false)
        guard fields.count == 5, fields[0] == "1", let size = Int(fields[2]) else { return nil }
        contentHash = String(fields[1])
        self.size = size
        failure = fields[3].isEmpty ? nil : String(fields[3])
        path = String(fields[4])
    }
}

/// The ingest pipeline: walk, read, parse and extract in parallel; one writer commits batches in transactions.
public struct Ingester: Sendable {
    public let options: IngestOptions
    let parser: DocumentParser
    let extractor: Extractor

    public init(options: IngestOptions) {
        self.options = options
        self.parser = DocumentParser(maxFileSize: options.maxFileSize)
        self.extractor = Extractor()
    }

    private enum Outcome: @unchecked Sendable {
        // Carries Xapian documents from the task that built them to the writer; never shared.
        case unchanged(id: String)
        case indexed(id: String, state: FileState, prepared: IndexMapping.Prepared)
        case failed(id: String, path: String, state: FileState?, message: String)
    }

    /// Ingests `paths` (files and folders) into the index; throws only for errors that stop the whole run.
    public func run(paths: [String], observer: some IngestObserver, shouldStop: @Sendable () -> Bool = { false })
        async throws -> IngestSummary
    {
        let layout = try ShardLayout.resolve(indexPath: options.indexPath, requestedShards: options.shards)
        var writers: [IndexWriter] = []
        do {
            for path in layout.shardPaths { writers.append(try IndexWriter(path: path)) }
        } catch {
            throw UppdragError.index(error)
        }
        let shards = ShardWriters(writers: writers, layout: layout)
        do {
            let summary = try await ingest(paths: paths, shards: shards, observer: observer, shouldStop: shouldStop)
            try shards.close()
            return summary
        } catch let error as SearchIndexError {
            shards.cancel()
            throw UppdragError.index(error)
        } catch {
            shards.cancel()
            throw error
        }
    }

    private func ingest(
        paths: [String], shards: ShardWriters, observer: some IngestObserver, shouldStop: @Sendable () -> Bool
    ) async throws -> IngestSummary {
        var known: [String: FileState] = [:]
        for writer in shards.writers {
            for entry in try writer.metadata(withPrefix: Schema.fileStatePrefix) {
                if let state = FileState(encoded: entry.value) {
                    known[String(entry.key.dropFirst(Schema.fileStatePrefix.count))] = state
                }
            }
        }
        let roots = paths.map { SourceReader.absolute(Array($0.utf8)) }
        var seen = Set<String>()
        var summary = IngestSummary()
        var filesSeen = 0
        var pendingInBatch = 0
        let register = AgencyRegister.shared
        let aliases = IndexMapping.aliasTable(register)
        let compounds = CompoundSplitter()
        let parser = self.parser
        let extractor = self.extractor
        let limit = options.maxFileSize

        func apply(_ outcome: Outcome) throws {
            try shards.beginIfNeeded()
            switch outcome {
            case .unchanged:
                summary.unchanged += 1
                return
            case .indexed(let id, let state, let prepared):
                let writer = shards.writer(for: id)
                let existed = known[id] != nil
                if existed { try writer.deleteDocuments(withTerm: IndexMapping.fileTerm(id)) }
                for entry in prepared.documents { try writer.replace(entry.document, uniqueTerm: entry.uniqueTerm) }
                try writer.setMetadata(Schema.fileStatePrefix + id, state.encoded)
                if existed && known[id]?.failure == nil { summary.replaced += 1 } else { summary.added += 1 }
                known[id] = state
            case .failed(let id, let path, let state, let message):
                let writer = shards.writer(for: id)
                summary.failed += 1
                observer.diagnostic(IngestDiagnostic(severity: .error, path: path, message: message))
                if let state, known[id] != state {
                    // A file that used to index but now fails loses its old entries: the index mirrors the folder.
                    if known[id] != nil { try writer.deleteDocuments(withTerm: IndexMapping.fileTerm(id)) }
                    try writer.setMetadata(Schema.fileStatePrefix + id, state.encoded)
                    known[id] = state
                }
            }
            pendingInBatch += 1
            if pendingInBatch >= options.batchSize {
                try shards.commit()
                pendingInBatch = 0
            }
        }

        try await withThrowingTaskGroup(of: Outcome.self) { group in
            var inFlight = 0
            var walker = FileWalker(roots: roots)
            while let event = walker.next() {
                if shouldStop() { break }
                switch event {
                case .skipped(let file, let reason):
                    summary.skipped += 1
                    observer.diagnostic(IngestDiagnostic(severity: .warning, path: file.display, message: reason))
                    continue
                case .failed(let file, let reason):
                    summary.failed += 1
                    observer.diagnostic(IngestDiagnostic(severity: .error, path: file.display, message: reason))
                    continue
                case .file(let file):
                    let id = IndexMapping.documentId(forPath: file.bytes)
                    if !seen.insert(id).inserted { continue }
                    filesSeen += 1
                    let previous = known[id]
                    if inFlight >= options.concurrency * 4, let outcome = try await group.next() {
                        inFlight -= 1
                        try apply(outcome)
                        observer.progress(filesSeen: filesSeen, summary: summary)
                    }
                    group.addTask {
                        try Self.process(
                            file: file, id: id, previous: previous, limit: limit, parser: parser,
                            extractor: extractor, register: register, aliases: aliases, compounds: compounds)
                    }
                    inFlight += 1
                }
            }
            while let outcome = try await group.next() {
                try apply(outcome)
                observer.progress(filesSeen: filesSeen, summary: summary)
            }
        }

        if !shouldStop() {
            // Files that were ingested from these folders before and are gone now.
            let prefixes = roots.map { String(decoding: $0, as: UTF8.self) }
            for (id, state) in known where !seen.contains(id) {
                let underRoot = prefixes.contains { root in
                    state.path == root || state.path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
                }
                guard underRoot else { continue }
                try shards.beginIfNeeded()
                let writer = shards.writer(for: id)
                try writer.deleteDocuments(withTerm: IndexMapping.fileTerm(id))
                try writer.setMetadata(Schema.fileStatePrefix + id, "")
                if state.failure == nil { summary.removed += 1 }
            }
        }
        try shards.beginIfNeeded()
        let now = Date().formatted(.iso8601)
        for writer in shards.writers { try writer.setMetadata(Schema.lastIngestKey, now) }
        try shards.commit()
        return summary
    }

    private static func process(
        file: SourceFile, id: String, previous: FileState?, limit: Int, parser: DocumentParser,
        extractor: Extractor, register: AgencyRegister, aliases: [String: [String]], compounds: CompoundSplitter
    ) throws -> Outcome {
        let bytes: [UInt8]
        switch SourceReader.read(file.bytes, limit: limit) {
        case .failed(let reason):
            return .failed(id: id, path: file.display, state: nil, message: "cannot read: \(reason)")
        case .tooLarge(let size):
            let message = DocumentError.tooLarge(size: size, limit: limit).description
            return .failed(
                id: id, path: file.display,
                state: FileState(contentHash: "size:\(size)", size: size, failure: message, path: file.display),
                message: message)
        case .bytes(let read):
            bytes = read
        }
        let hash = contentHash(bytes)
        if let previous, previous.contentHash == hash {
            if let failure = previous.failure {
                return .failed(id: id, path: file.display, state: previous, message: failure)
            }
            return .unchanged(id: id)
        }
        let document: ParsedDocument
        do {
            document = try parser.parse(bytes, path: file.display)
        } catch {
            let message = error.description
            return .failed(
                id: id, path: file.display,
                state: FileState(contentHash: hash, size: bytes.count, failure: message, path: file.display),
                message: message)
        }
        let record = extractor.extract(document)
        let stored = StoredDocument(
            id: id, path: file.display, format: document.format, encoding: document.encoding, contentHash: hash,
            size: bytes.count, record: record, text: document.text)
        let mapping = try IndexMapping(register: register, aliases: aliases, compounds: compounds)
        let prepared = try mapping.prepare(stored)
        return .indexed(
            id: id, state: FileState(contentHash: hash, size: bytes.count, failure: nil, path: file.display),
            prepared: prepared)
    }
}

/// The writers of every shard, batched in step: a batch begins and commits on all of them together.
final class ShardWriters {
    let writers: [IndexWriter]
    let layout: ShardLayout
    private var batchOpen = false

    init(writers: [IndexWriter], layout: ShardLayout) {
        self.writers = writers
        self.layout = layout
    }

    func writer(for documentId: String) -> IndexWriter {
        writers[layout.shard(forDocumentId: documentId)]
    }

    func beginIfNeeded() throws(SearchIndexError) {
        guard !batchOpen else { return }
        for writer in writers { try writer.begin() }
        batchOpen = true
    }

    /// Commits the open batch on every shard; each shard's batch is atomic on its own.
    func commit() throws(SearchIndexError) {
        guard batchOpen else { return }
        batchOpen = false
        for writer in writers { try writer.commitBatch() }
    }

    /// Cancels the open batch everywhere, keeping the last committed state.
    func cancel() {
        batchOpen = false
        for writer in writers { try? writer.cancelBatch() }
    }

    func close() throws(SearchIndexError) {
        for writer in writers { try writer.close() }
    }
}

@available(*, unavailable)
extension ShardWriters: Sendable {}
