import Extraction
import Foundation
import SearchIndex

/// The state of one ingest over its shard writers: what the index held, what this run has seen, the summary.
/// It walks, hands files to parallel tasks, applies their outcomes in walk order, and drops vanished files.
final class IngestRun<Observer: IngestObserver> {
    let options: IngestOptions
    let shards: ShardWriters
    let observer: Observer
    let shouldStop: @Sendable () -> Bool
    let processor: FileProcessor

    /// What the index held before this run. Files first met in this run are only counted, never added here: each
    /// file is applied once per run (`seen`), so a fresh ingest of 1,000,000 files keeps this map empty.
    private var known: [UInt64: KnownFile] = [:]
    private var failures: [UInt64: String] = [:]
    private var seen = Set<UInt64>()
    private var newFiles = 0
    private var summary = IngestSummary()
    private var filesSeen = 0
    private var pendingInBatch = 0

    init(
        options: IngestOptions, shards: ShardWriters, observer: Observer, shouldStop: @escaping @Sendable () -> Bool,
        processor: FileProcessor
    ) {
        self.options = options
        self.shards = shards
        self.observer = observer
        self.shouldStop = shouldStop
        self.processor = processor
    }

    /// Ingests `paths`; returns the summary and the number of files the index holds afterwards.
    func ingest(paths: [String]) async throws -> (IngestSummary, Int) {
        try loadKnownFiles()
        let roots = paths.map { SourceReader.absolute(Array($0.utf8)) }
        try await processFiles(under: roots)
        // The writers' own reads below need their threads idle.
        try shards.drain()
        let gone = shouldStop() ? 0 : try removeVanishedFiles(under: roots)
        let now = Date().formatted(.iso8601)
        try shards.writeAll { shard throws(SearchIndexError) in
            try shard.beginIfNeeded()
            try shard.writer.setMetadata(Schema.lastIngestKey, now)
        }
        try shards.commit()
        try shards.drain()
        return (summary, known.count + newFiles - gone)
    }

    private func loadKnownFiles() throws {
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
    }

    /// Walks `roots` and processes every file in a task group bounded to four tasks per core. Outcomes are
    /// applied in walk order, whatever order the tasks finish in, so a fresh ingest of the same folder always gives
    /// the same Xapian document numbers (and so the same order among equal hits).
    private func processFiles(under roots: [[UInt8]]) async throws {
        let processor = self.processor
        try await withThrowingTaskGroup(of: (Int, FileOutcome).self) { group in
            var launched = 0
            var nextToApply = 0
            var finished: [Int: FileOutcome] = [:]
            func receive(_ sequence: Int, _ outcome: FileOutcome) throws {
                finished[sequence] = outcome
                while let ready = finished.removeValue(forKey: nextToApply) {
                    try apply(ready)
                    nextToApply += 1
                    observer.progress(filesSeen: filesSeen, summary: summary)
                }
            }
            var walker = FileWalker(roots: roots)
            while let event = walker.next(), !shouldStop() {
                guard let (file, key) = take(event) else { continue }
                let (previous, previousFailure) = (known[key], failures[key])
                // Bounded: at most this many files are parsed or waiting to be written at once.
                while launched - nextToApply >= options.concurrency * 4,
                    let (sequence, outcome) = try await group.next()
                {
                    try receive(sequence, outcome)
                }
                let sequence = launched
                group.addTask {
                    let outcome = try processor.process(
                        file: file, id: Hashing.hex(key), previous: previous, previousFailure: previousFailure)
                    return (sequence, outcome)
                }
                launched += 1
            }
            while let (sequence, outcome) = try await group.next() {
                try receive(sequence, outcome)
            }
        }
    }

    /// The file of a walk event that is met for the first time in this run; skipped and failed entries are
    /// counted and reported.
    private func take(_ event: WalkEvent) -> (file: SourceFile, key: UInt64)? {
        switch event {
        case .skipped(let file, let reason):
            summary.skipped += 1
            observer.diagnostic(IngestDiagnostic(severity: .warning, path: file.display, message: reason))
            return nil
        case .failed(let file, let reason):
            summary.failed += 1
            observer.diagnostic(IngestDiagnostic(severity: .error, path: file.display, message: reason))
            return nil
        case .file(let file):
            let key = Hashing.fnv1a64(file.bytes)
            guard seen.insert(key).inserted else { return nil }
            filesSeen += 1
            return (file, key)
        }
    }

    /// Queues the changes of one outcome on its shard and commits the batch when it is full.
    private func apply(_ outcome: FileOutcome) throws {
        switch outcome {
        case .unchanged:
            summary.unchanged += 1
            return
        case .indexed(let id, let state, let prepared, let warnings):
            for warning in warnings {
                observer.diagnostic(IngestDiagnostic(severity: .warning, path: state.path, message: warning))
            }
            try applyIndexed(id: id, state: state, prepared: prepared)
        case .failed(let id, let path, let state, let message, let severity):
            try applyFailed(id: id, path: path, state: state, message: message, severity: severity)
        }
        pendingInBatch += 1
        if options.batches.shouldCommit(pending: pendingInBatch, filesInIndex: known.count + newFiles) {
            try shards.commit()
            pendingInBatch = 0
        }
    }

    private func applyIndexed(id: String, state: FileState, prepared: IndexMapping.Prepared) throws {
        let previous = known[Self.key(id)]
        let replacing = previous != nil
        let docid = try shards.nextSourceDocid(forDocumentId: id)
        try shards.write(forDocumentId: id) { shard throws(SearchIndexError) in
            try shard.beginIfNeeded()
            if replacing { try shard.writer.deleteDocuments(withTerm: Schema.fileTerm(id)) }
            // A file's old entries are gone (or never were), so every document is new: add, no term lookup.
            try shard.add(prepared, source: docid)
            try shard.writer.setMetadata(Schema.fileStatePrefix + id, state.encoded)
        }
        if let previous, !previous.failed { summary.replaced += 1 } else { summary.added += 1 }
        if previous == nil { newFiles += 1 }
    }

    private func applyFailed(
        id: String, path: String, state: FileState?, message: String, severity: IngestDiagnostic.Severity
    ) throws {
        let key = Self.key(id)
        // A warning (a scanned PDF) is a file with nothing to index yet, not a failure of the run.
        if severity == .warning { summary.skipped += 1 } else { summary.failed += 1 }
        observer.diagnostic(IngestDiagnostic(severity: severity, path: path, message: message))
        guard let state, known[key] != KnownFile(state) || failures[key] != state.failure else { return }
        // A file that used to index but now fails loses its old entries: the index mirrors the folder.
        let wasIndexed = known[key] != nil
        try shards.write(forDocumentId: id) { shard throws(SearchIndexError) in
            try shard.beginIfNeeded()
            if wasIndexed { try shard.writer.deleteDocuments(withTerm: Schema.fileTerm(id)) }
            try shard.writer.setMetadata(Schema.fileStatePrefix + id, state.encoded)
        }
        if !wasIndexed { newFiles += 1 }
    }

    /// Deletes the files that were ingested from these roots before and are gone now; returns how many.
    private func removeVanishedFiles(under roots: [[UInt8]]) throws -> Int {
        guard known.count > seen.count || !known.keys.allSatisfy(seen.contains) else { return 0 }
        let prefixes = roots.map { String(decoding: $0, as: UTF8.self) }
        var gone: [(id: String, failed: Bool)] = []
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
        for file in gone {
            try shards.write(forDocumentId: file.id) { shard throws(SearchIndexError) in
                try shard.beginIfNeeded()
                try shard.writer.deleteDocuments(withTerm: Schema.fileTerm(file.id))
                try shard.writer.setMetadata(Schema.fileStatePrefix + file.id, "")
            }
            if !file.failed { summary.removed += 1 }
        }
        return gone.count
    }

    static func key(_ id: String) -> UInt64 { UInt64(id, radix: 16) ?? 0 }
}
