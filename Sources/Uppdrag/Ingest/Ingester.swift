import Documents
import Extraction
import Foundation
public import SearchIndex

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
    public func run(
        paths: [String], observer: some IngestObserver, shouldStop: @Sendable () -> Bool = { false }
    )
        async throws -> IngestSummary
    {
        let (layout, writers) = try openWriters()
        // Holding every shard's lock, nothing else can be compacting: a folder the stub does not list is what a
        // killed compaction left.
        Compaction.removeUnlisted(layout)
        let shards = try ShardWriters(writers: writers, layout: layout)
        do {
            let (summary, filesInIndex) = try await ingest(
                paths: paths, shards: shards, observer: observer, shouldStop: shouldStop)
            var compacted: ShardLayout?
            let changed = summary.added + summary.replaced + summary.removed
            if layout.hasStub, !shouldStop(), options.compaction.applies(changed: changed, files: filesInIndex) {
                do {
                    compacted = try Compaction.compact(layout)
                } catch {
                    // Every batch is committed: the index is whole, only larger than it need be.
                    observer.diagnostic(
                        IngestDiagnostic(
                            severity: .warning, path: options.indexPath, message: "index not compacted: \(error)"))
                }
            }
            try shards.close()
            if let compacted { Compaction.removeUnlisted(compacted) }
            return summary
        } catch let error as SearchIndexError {
            shards.cancel()
            throw UppdragError.index(error)
        } catch {
            shards.cancel()
            throw error
        }
    }

    /// Opens a writer on every shard. Shards listed in an existing stub are opened, never created: if a
    /// compaction switched the stub meanwhile, the stub is read again instead of making an empty shard where the
    /// old one was.
    private func openWriters() throws -> (ShardLayout, [IndexWriter]) {
        var attempt = 0
        while true {
            let layout = try ShardLayout.resolve(indexPath: options.indexPath, requestedShards: options.shards)
            let writers: [IndexWriter]
            do {
                writers = try Self.openAll(layout.shardPaths, create: !layout.existed)
            } catch .cannotOpen where layout.hasStub && layout.existed && attempt < 3 {
                attempt += 1
                let current = try ShardLayout.resolve(indexPath: options.indexPath, requestedShards: options.shards)
                if current.shardNames != layout.shardNames { continue }
                // The stub is current and names a database that is not there (a run killed right after writing
                // a new stub): make it.
                do {
                    return (layout, try Self.openAll(layout.shardPaths, create: true))
                } catch {
                    throw UppdragError.index(error)
                }
            } catch {
                throw UppdragError.index(error)
            }
            try layout.publish()
            return (layout, writers)
        }
    }

    private static func openAll(_ paths: [String], create: Bool) throws(SearchIndexError) -> [IndexWriter] {
        var writers: [IndexWriter] = []
        for path in paths { writers.append(try IndexWriter(path: path, create: create)) }
        return writers
    }

    /// Returns the summary and the number of files the index holds afterwards.
    private func ingest(
        paths: [String], shards: ShardWriters, observer: some IngestObserver, shouldStop: @Sendable () -> Bool
    ) async throws -> (IngestSummary, Int) {
        // What the index held before this run. Files first met in this run are only counted, never added here:
        // each file is applied once per run (`seen`), so a fresh ingest of 1,000,000 files keeps this map empty.
        var known: [UInt64: KnownFile] = [:]
        var failures: [UInt64: String] = [:]
        for writer in shards.writers {
            try writer.forEachMetadata(withPrefix: Schema.fileStatePrefix) { key, value in
                guard let key = UInt64(key.dropFirst(Schema.fileStatePrefix.count), radix: 16),
                    let state = FileState(encoded: value)
                else { return true }
                known[key] = KnownFile(state)
                if let failure = state.failure { failures[key] = failure }
                return true
            }
        }
        let roots = paths.map { SourceReader.absolute(Array($0.utf8)) }
        var seen = Set<UInt64>()
        var newFiles = 0
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
            switch outcome {
            case .unchanged:
                summary.unchanged += 1
                return
            case .indexed(let id, let state, let prepared):
                let previous = known[Self.key(id)]
                let replacing = previous != nil
                let docid = try shards.nextSourceDocid(forDocumentId: id)
                try shards.write(forDocumentId: id) { shard throws(SearchIndexError) in
                    try shard.beginIfNeeded()
                    if replacing { try shard.writer.deleteDocuments(withTerm: IndexMapping.fileTerm(id)) }
                    // A file's old entries are gone (or never were), so every document is new: add, no term lookup.
                    try shard.add(prepared, source: docid)
                    try shard.writer.setMetadata(Schema.fileStatePrefix + id, state.encoded)
                }
                if let previous, !previous.failed { summary.replaced += 1 } else { summary.added += 1 }
                if previous == nil { newFiles += 1 }
            case .failed(let id, let path, let state, let message):
                let key = Self.key(id)
                summary.failed += 1
                observer.diagnostic(IngestDiagnostic(severity: .error, path: path, message: message))
                if let state, known[key] != KnownFile(state) || failures[key] != state.failure {
                    // A file that used to index but now fails loses its old entries: the index mirrors the folder.
                    let wasIndexed = known[key] != nil
                    try shards.write(forDocumentId: id) { shard throws(SearchIndexError) in
                        try shard.beginIfNeeded()
                        if wasIndexed { try shard.writer.deleteDocuments(withTerm: IndexMapping.fileTerm(id)) }
                        try shard.writer.setMetadata(Schema.fileStatePrefix + id, state.encoded)
                    }
                    if !wasIndexed { newFiles += 1 }
                }
            }
            pendingInBatch += 1
            if options.batches.shouldCommit(pending: pendingInBatch, filesInIndex: known.count + newFiles) {
                try shards.commit()
                pendingInBatch = 0
            }
        }

        // Outcomes are applied in walk order, whatever order the tasks finish in, so a fresh ingest of the same
        // folder always gives the same Xapian document numbers (and so the same order among equal hits).
        try await withThrowingTaskGroup(of: (Int, Outcome).self) { group in
            var launched = 0
            var nextToApply = 0
            var finished: [Int: Outcome] = [:]
            func receive(_ sequence: Int, _ outcome: Outcome) throws {
                finished[sequence] = outcome
                while let ready = finished.removeValue(forKey: nextToApply) {
                    try apply(ready)
                    nextToApply += 1
                    observer.progress(filesSeen: filesSeen, summary: summary)
                }
            }
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
                    let key = Hashing.fnv1a64(file.bytes)
                    let id = Hashing.hex(key)
                    if !seen.insert(key).inserted { continue }
                    filesSeen += 1
                    let previous = known[key]
                    let previousFailure = failures[key]
                    // Bounded: at most this many files are parsed or waiting to be written at once.
                    while launched - nextToApply >= options.concurrency * 4,
                        let (sequence, outcome) = try await group.next()
                    {
                        try receive(sequence, outcome)
                    }
                    let sequence = launched
                    group.addTask {
                        let outcome = try Self.process(
                            file: file, id: id, previous: previous, previousFailure: previousFailure, limit: limit,
                            parser: parser,
                            extractor: extractor, register: register, aliases: aliases, compounds: compounds)
                        return (sequence, outcome)
                    }
                    launched += 1
                }
            }
            while let (sequence, outcome) = try await group.next() {
                try receive(sequence, outcome)
            }
        }

        // Files that were ingested from these folders before and are gone now.
        var gone: [(id: String, failed: Bool)] = []
        // The writers' own reads below need their threads idle.
        try shards.drain()
        if !shouldStop() {
            let prefixes = roots.map { String(decoding: $0, as: UTF8.self) }
            if known.count > seen.count || !known.keys.allSatisfy(seen.contains) {
                for writer in shards.writers {
                    try writer.forEachMetadata(withPrefix: Schema.fileStatePrefix) { key, value in
                        let id = String(key.dropFirst(Schema.fileStatePrefix.count))
                        guard let number = UInt64(id, radix: 16), !seen.contains(number),
                            let state = FileState(encoded: value)
                        else { return true }
                        let underRoot = prefixes.contains { root in
                            state.path == root || state.path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
                        }
                        if underRoot { gone.append((id, state.failure != nil)) }
                        return true
                    }
                }
            }
            for file in gone {
                try shards.write(forDocumentId: file.id) { shard throws(SearchIndexError) in
                    try shard.beginIfNeeded()
                    try shard.writer.deleteDocuments(withTerm: IndexMapping.fileTerm(file.id))
                    try shard.writer.setMetadata(Schema.fileStatePrefix + file.id, "")
                }
                if !file.failed { summary.removed += 1 }
            }
        }
        let now = Date().formatted(.iso8601)
        try shards.writeAll { shard throws(SearchIndexError) in
            try shard.beginIfNeeded()
            try shard.writer.setMetadata(Schema.lastIngestKey, now)
        }
        try shards.commit()
        try shards.drain()
        return (summary, known.count + newFiles - gone.count)
    }

    static func key(_ id: String) -> UInt64 { UInt64(id, radix: 16) ?? 0 }

    private static func process(
        file: SourceFile, id: String, previous: KnownFile?, previousFailure: String?, limit: Int,
        parser: DocumentParser,
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
        let hash = Hashing.contentHash(bytes)
        if let previous, previous.matches(hash) {
            if previous.failed {
                let failure = previousFailure ?? "failed before"
                let state = FileState(contentHash: hash, size: bytes.count, failure: failure, path: file.display)
                return .failed(id: id, path: file.display, state: state, message: failure)
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
