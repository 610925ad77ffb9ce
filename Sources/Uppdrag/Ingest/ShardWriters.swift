import Foundation
import SearchIndex

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
