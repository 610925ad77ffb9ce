import Documents
import Extraction
import Foundation
public import SearchIndex

/// Options of one ingest run.
public struct IngestOptions: Sendable {
    public var indexPath: String
    public var maxFileSize: Int
    /// Source files per Xapian transaction.
    public var batches: BatchPolicy
    /// Files read, parsed and extracted at once.
    public var concurrency: Int
    /// Shards of a new index (nil: keep the existing layout, or `ShardLayout.defaultShardCount` for a new one).
    public var shards: Int?
    /// Whether the run ends by rewriting the index compactly.
    public var compaction: CompactionPolicy

    public init(
        indexPath: String, maxFileSize: Int = 64 << 20, batches: BatchPolicy = BatchPolicy(), concurrency: Int = 0,
        shards: Int? = nil, compaction: CompactionPolicy = .auto
    ) {
        self.indexPath = indexPath
        self.shards = shards
        self.compaction = compaction
        self.maxFileSize = maxFileSize
        self.batches = batches
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
    /// The ``Extractor/rulesVersion`` that made the file's records; states of format 1 predate it and read as 1.
    var rules: Int

    /// Format 2: "2", content hash, size, rules version, failure (empty when indexed), path; tab-separated.
    var encoded: String {
        ["2", contentHash, String(size), String(rules), failure ?? "", path].joined(separator: "\t")
    }

    init(contentHash: String, size: Int, failure: String?, path: String, rules: Int = Extractor.rulesVersion) {
        self.contentHash = contentHash
        self.size = size
        self.failure = failure
        self.path = path
        self.rules = rules
    }

    init?(encoded: String) {
        // Format 1 has no rules field. The path is the last field and may itself hold tabs.
        let format = encoded.prefix { $0 != "\t" }
        guard format == "1" || format == "2" else { return nil }
        var fields = encoded.split(separator: "\t", maxSplits: format == "2" ? 5 : 4, omittingEmptySubsequences: false)
        var rules = 1
        if format == "2" {
            guard fields.count == 6, let version = Int(fields.remove(at: 3)) else { return nil }
            rules = version
        }
        guard fields.count == 5, let size = Int(fields[2]) else { return nil }
        self.init(
            contentHash: String(fields[1]), size: size, failure: fields[3].isEmpty ? nil : String(fields[3]),
            path: String(fields[4]), rules: rules)
    }
}

/// What ingest remembers of a file between runs, in a few machine words.
struct KnownFile: Equatable, Sendable {
    var high: UInt64
    var low: UInt64
    var failed: Bool
    /// Made by the current extraction rules; a file made by older ones is parsed again.
    var current: Bool

    init(_ state: FileState) {
        (high, low) = Self.fingerprint(state.contentHash)
        failed = state.failure != nil
        current = state.rules == Extractor.rulesVersion
    }

    /// The 32 hex digits of a content hash as two words; other markers ("size:N") hash to a fixed pair.
    static func fingerprint(_ hash: String) -> (UInt64, UInt64) {
        let utf8 = Array(hash.utf8)
        if utf8.count == 32, let high = UInt64(String(decoding: utf8[0..<16], as: UTF8.self), radix: 16),
            let low = UInt64(String(decoding: utf8[16...], as: UTF8.self), radix: 16)
        {
            return (high, low)
        }
        return (0, fnv1a64(utf8))
    }

    /// True when the file has these bytes and the current rules made its records.
    func matches(_ hash: String) -> Bool { current && Self.fingerprint(hash) == (high, low) }
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
                    let key = fnv1a64(file.bytes)
                    let id = hex(key)
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
        let hash = contentHash(bytes)
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

/// The writers of every shard, each on a thread of its own, batched in step: a batch commits on all of them at
/// the same file boundary. The ingest task hands them their changes in walk order and goes on parsing while Xapian
/// adds and commits (a commit into a large shard merges the batch into B-trees of gigabytes); shards write in parallel.
final class ShardWriters {
    let shards: [ShardWriter]
    let layout: ShardLayout
    /// Per shard, the lowest docid a source document may take next; and the stub docid of the last one added.
    private var nextSources: [UInt32]
    private var lastSource: UInt64

    init(writers: [IndexWriter], layout: ShardLayout) throws(SearchIndexError) {
        self.layout = layout
        var shards: [ShardWriter] = []
        var nextSources: [UInt32] = []
        for writer in writers {
            let numbering = try DocumentNumbering(writer, shardCount: writers.count)
            shards.append(ShardWriter(writer, numbering: numbering))
            nextSources.append(numbering.nextSource)
        }
        self.shards = shards
        self.nextSources = nextSources
        lastSource =
            nextSources.indices.map { Self.stubDocid(nextSources[$0] - 1, shard: $0, of: nextSources.count) }
            .max() ?? 0
        for shard in shards { shard.start() }
    }

    /// Shard docid d of shard k of n is stub docid (d - 1) × n + k + 1; 0 stays 0 (no document yet).
    static func stubDocid(_ docid: UInt32, shard: Int, of count: Int) -> UInt64 {
        docid == 0 ? 0 : (UInt64(docid) - 1) * UInt64(count) + UInt64(shard) + 1
    }

    /// The shard docid of the next source document of the file `documentId`: the lowest free one whose stub docid
    /// is above every earlier file's, so however many shards there are, source documents are numbered in the order
    /// they are added, as in one database, and equal-weighted hits list in the same order. Each shard skips the
    /// docids that fall between the other shards' (about (n - 1) / 2 per file for n shards).
    func nextSourceDocid(forDocumentId documentId: String) throws(SearchIndexError) -> UInt32 {
        let shard = layout.shard(forDocumentId: documentId)
        let count = UInt64(shards.count)
        // The lowest d with (d - 1) × n + shard + 1 > lastSource.
        let lowest = lastSource <= UInt64(shard) ? 1 : (lastSource - UInt64(shard) - 1) / count + 2
        guard lowest < UInt64(UInt32.max) else { throw .invalid(message: "no docids left for documents") }
        let docid = max(nextSources[shard], UInt32(lowest))
        nextSources[shard] = docid + 1
        lastSource = Self.stubDocid(docid, shard: shard, of: shards.count)
        return docid
    }

    /// The writers themselves, for the caller's own thread: only between `drain()` and the next change.
    var writers: [IndexWriter] { shards.map(\.writer) }

    /// Queues a change on the shard that holds `documentId`; throws the error of an earlier change, if any.
    func write(forDocumentId documentId: String, _ change: @escaping ShardWriter.Change) throws(SearchIndexError) {
        try shards[layout.shard(forDocumentId: documentId)].submit(change)
    }

    /// Queues a change on every shard.
    func writeAll(_ change: @escaping ShardWriter.Change) throws(SearchIndexError) {
        for shard in shards { try shard.submit(change) }
    }

    /// Queues the commit of the open batch on every shard; each shard's batch is atomic on its own, its next
    /// docids with it.
    func commit() throws(SearchIndexError) {
        try writeAll { shard throws(SearchIndexError) in try shard.commitIfOpen() }
    }

    /// Waits until every queued change is written.
    func drain() throws(SearchIndexError) {
        for shard in shards { try shard.drain() }
    }

    /// Drops what is queued, stops the threads and cancels the open batches, keeping the last committed state.
    func cancel() {
        for shard in shards { shard.stop(discarding: true) }
        for shard in shards { shard.cancelBatch() }
    }

    func close() throws(SearchIndexError) {
        for shard in shards { shard.stop(discarding: false) }
        try drain()
        for shard in shards { try shard.writer.close() }
    }
}

@available(*, unavailable)
extension ShardWriters: Sendable {}

/// One shard's writer and the thread that applies its changes, in the order they were queued. The queue holds at
/// most `capacity` changes (each about one file's documents), so memory stays bounded when Xapian is the slower
/// side; after a failed change the rest are skipped and the failure is thrown to the ingest task.
final class ShardWriter: @unchecked Sendable {
    typealias Change = (ShardWriter) throws(SearchIndexError) -> Void

    /// Changes queued per shard: enough files to keep parsing through a commit of a large shard.
    static let capacity = 128

    // Touched only by the shard's thread while it runs (or by the caller after stop() or drain()).
    let writer: IndexWriter
    private var numbering: DocumentNumbering
    private var batchOpen = false

    private let condition = NSCondition()
    private var queue: [Change?] = []
    private var head = 0
    private var busy = false
    private var failure: SearchIndexError?
    private var stopping = false
    private var running = false

    init(_ writer: IndexWriter, numbering: DocumentNumbering) {
        self.writer = writer
        self.numbering = numbering
    }

    func start() {
        running = true
        let thread = Thread { [self] in run() }
        thread.name = "uppdrag-writer"
        thread.start()
    }

    /// Opens a transaction unless one is open.
    func beginIfNeeded() throws(SearchIndexError) {
        guard !batchOpen else { return }
        try writer.begin()
        batchOpen = true
    }

    /// Adds a file's source document at `source` (from ``ShardWriters/nextSourceDocid(forDocumentId:)``) and its
    /// items under the next docids of the item range, each a new Xapian document.
    func add(_ prepared: IndexMapping.Prepared, source: UInt32) throws(SearchIndexError) {
        try numbering.claim(source: source)
        try writer.add(prepared.document.document, uniqueTerm: prepared.document.uniqueTerm, at: source)
        for item in prepared.items {
            try writer.add(item.document, uniqueTerm: item.uniqueTerm, at: try numbering.takeItem())
        }
    }

    func commitIfOpen() throws(SearchIndexError) {
        guard batchOpen else { return }
        batchOpen = false
        try numbering.save(writer)
        try writer.commitBatch()
    }

    func cancelBatch() {
        batchOpen = false
        try? writer.cancelBatch()
    }

    func submit(_ change: @escaping Change) throws(SearchIndexError) {
        condition.lock()
        defer { condition.unlock() }
        while queue.count - head >= Self.capacity, failure == nil, running { condition.wait() }
        if let failure { throw failure }
        guard running, !stopping else { throw .invalid(message: "the writer of \(writer.path) has stopped") }
        queue.append(change)
        condition.broadcast()
    }

    func drain() throws(SearchIndexError) {
        condition.lock()
        defer { condition.unlock() }
        while (head < queue.count || busy) && running { condition.wait() }
        if let failure { throw failure }
    }

    /// Ends the thread once the queue is empty (or at once, dropping the queue), and waits for it.
    func stop(discarding: Bool) {
        condition.lock()
        defer { condition.unlock() }
        if discarding {
            queue.removeAll()
            head = 0
        }
        stopping = true
        condition.broadcast()
        while running { condition.wait() }
    }

    private func run() {
        condition.lock()
        while true {
            while head == queue.count, !stopping { condition.wait() }
            if head == queue.count { break }
            let change = queue[head]
            // A written change lets go of its documents at once.
            queue[head] = nil
            head += 1
            if head >= 1024, head * 2 >= queue.count {
                queue.removeFirst(head)
                head = 0
            }
            let skip = failure != nil
            busy = true
            condition.unlock()
            var failed: SearchIndexError?
            if !skip, let change {
                do { try change(self) } catch { failed = error }
            }
            condition.lock()
            if let failed, failure == nil { failure = failed }
            busy = false
            condition.broadcast()
        }
        running = false
        condition.broadcast()
        condition.unlock()
    }
}

/// Source documents take docids from 1 up, items from the middle of the shard's docid space up. Searches rank
/// source documents only, and BM25 reads each hit's length from a list ordered by docid: kept together at its
/// start, the source documents' lengths are read without decoding the items' (about 2.7 per file) in between.
struct DocumentNumbering {
    private(set) var nextSource: UInt32
    private(set) var nextItem: UInt32
    let itemBase: UInt32
    let limit: UInt32

    /// A stub's docids interleave its shards (shard docid d of n is (d - 1) × n + shard + 1), so each shard has
    /// 2^32 / n docids. Items start at 2^26 (67,108,864 documents per shard), or halfway for very many shards: tools
    /// such as xapian-check size their tables by the last docid, and one near 2^31 exhausts memory.
    init(_ writer: IndexWriter, shardCount: Int) throws(SearchIndexError) {
        let count = UInt64(max(1, shardCount))
        limit = UInt32((UInt64(UInt32.max) - count) / count)
        itemBase = min(Self.itemStart, limit / 2)
        let stored = try writer.metadata(Schema.nextDocidsKey).split(separator: " ").compactMap { UInt32($0) }
        if stored.count == 2 {
            (nextSource, nextItem) = (stored[0], stored[1])
        } else {
            // A new database, or one written before docids were split: continue after its last docid.
            let last = try writer.lastDocumentId()
            nextSource = last + 1
            nextItem = max(itemBase, last + 1)
        }
    }

    static let itemStart: UInt32 = 1 << 26

    mutating func takeItem() throws(SearchIndexError) -> UInt32 {
        guard nextItem < limit else { throw .invalid(message: "no docids left for items in this shard") }
        defer { nextItem += 1 }
        return nextItem
    }

    /// Marks `source` and every docid below it as used by source documents.
    mutating func claim(source: UInt32) throws(SearchIndexError) {
        guard source >= nextSource, source < itemBase else {
            throw .invalid(message: "no docids left for documents in this shard")
        }
        nextSource = source + 1
    }

    func save(_ writer: IndexWriter) throws(SearchIndexError) {
        try writer.setMetadata(Schema.nextDocidsKey, "\(nextSource) \(nextItem)")
    }
}
