import CXapian
import Foundation

/// The one writer of an index: batches run inside Xapian transactions that are committed explicitly.
///
/// `~WritableDatabase` commits on its own and swallows errors unless a transaction is open, so every change
/// goes through `begin()`/`commitBatch()`; dropping a writer mid-batch cancels the batch.
public final class IndexWriter {
    let handle: OpaquePointer
    public let path: String
    private var inBatch = false

    /// Opens the index at `path` (Xapian::WritableDatabase), creating it unless `create` is false, and checks its
    /// schema. A shard listed in a stub is opened with `create: false`, so a folder a compaction just replaced is
    /// never made again, empty.
    public init(path: String, create: Bool = true) throws(SearchIndexError) {
        let made: OpaquePointer?
        do {
            made = try checked(path: path) { cxapian_writer_open(path, create ? 1 : 0, $0) }
        } catch .locked(let path, let message) {
            throw .locked(path: path, message: Self.describeLock(path: path, xapianMessage: message))
        }
        guard let made else { throw .cannotOpen(path: path, message: "no handle") }
        handle = made
        self.path = path
        noteHolder()
        let found = try metadata(IndexFormat.versionKey)
        if found.isEmpty {
            if try documentCount() > 0 {
                throw .schemaMismatch(path: path, found: "none", expected: IndexFormat.version)
            }
            try begin()
            try setMetadata(IndexFormat.versionKey, IndexFormat.version)
            try commitBatch()
        } else if found != IndexFormat.version {
            throw .schemaMismatch(path: path, found: found, expected: IndexFormat.version)
        }
    }

    /// Writes a compact copy of the committed database at `source` into the new folder `destination`
    /// (Database::compact, document ids kept). Commits in batches leave B-tree blocks half full; a copy packs them.
    public static func compact(from source: String, to destination: String) throws(SearchIndexError) {
        _ = try checked(path: source) { cxapian_compact(source, destination, $0) }
    }

    /// Name of the file in the index folder where the writer notes its process id, for "locked by" messages.
    public static let holderFileName = "uppdrag-writer.pid"

    /// Which process holds the lock, from the lock file (fcntl) or the writer's note, else Xapian's own words.
    static func describeLock(path: String, xapianMessage: String) -> String {
        var holder = Int(cxapian_lock_holder(path))
        if holder <= 0, let note = try? String(contentsOfFile: path + "/" + holderFileName, encoding: .utf8),
            let pid = Int(note.trimmingCharacters(in: .whitespacesAndNewlines))
        {
            holder = pid
        }
        if holder > 0, FileManager.default.fileExists(atPath: "/proc/\(holder)") {
            return "Xapian write lock \(path)/flintlock is held by process \(holder)"
        }
        return "Xapian write lock \(path)/flintlock: \(xapianMessage)"
    }

    /// Notes this process as the lock holder; best effort, the Xapian lock is what protects the index.
    func noteHolder() {
        try? "\(getpid())\n".write(toFile: path + "/" + Self.holderFileName, atomically: false, encoding: .utf8)
    }

    func removeHolderNote() {
        try? FileManager.default.removeItem(atPath: path + "/" + Self.holderFileName)
    }

    deinit {
        assert(!inBatch, "IndexWriter dropped inside a batch; the batch is cancelled")
        cxapian_writer_free(handle)
        removeHolderNote()
    }

    /// WritableDatabase::begin_transaction(flushed).
    public func begin() throws(SearchIndexError) {
        _ = try checked(path: path) { cxapian_writer_begin(handle, $0) }
        inBatch = true
    }

    /// WritableDatabase::commit_transaction: the batch becomes durable and visible at once.
    public func commitBatch() throws(SearchIndexError) {
        inBatch = false
        _ = try checked(path: path) { cxapian_writer_commit_transaction(handle, $0) }
    }

    /// WritableDatabase::cancel_transaction: the batch is dropped.
    public func cancelBatch() throws(SearchIndexError) {
        guard inBatch else { return }
        inBatch = false
        _ = try checked(path: path) { cxapian_writer_cancel_transaction(handle, $0) }
    }

    /// WritableDatabase::close, after cancelling any open batch.
    public func close() throws(SearchIndexError) {
        inBatch = false
        removeHolderNote()
        _ = try checked(path: path) { cxapian_writer_close(handle, $0) }
    }

    /// WritableDatabase::replace_document(uniqueTerm, document): adds or replaces; returns the docid.
    @discardableResult
    public func replace(_ document: IndexDocument, uniqueTerm: String) throws(SearchIndexError) -> UInt32 {
        let term = IndexDocument.boundedTerm(uniqueTerm)
        return try checked(path: path) { status in
            withCBytes(term) { cxapian_writer_replace(handle, $0, $1, document.handle, status) }
        }
    }

    /// WritableDatabase::add_document for a document whose unique term is known not to be in the index yet.
    @discardableResult
    public func add(_ document: IndexDocument, uniqueTerm: String) throws(SearchIndexError) -> UInt32 {
        let term = IndexDocument.boundedTerm(uniqueTerm)
        return try checked(path: path) { status in
            withCBytes(term) { cxapian_writer_add(handle, $0, $1, document.handle, status) }
        }
    }

    /// WritableDatabase::replace_document(docid, document): a new document stored under a docid the caller chose.
    @discardableResult
    public func add(_ document: IndexDocument, uniqueTerm: String, at docid: UInt32) throws(SearchIndexError) -> UInt32
    {
        let term = IndexDocument.boundedTerm(uniqueTerm)
        return try checked(path: path) { status in
            withCBytes(term) { cxapian_writer_add_at(handle, $0, $1, document.handle, docid, status) }
        }
    }

    /// Database::get_lastdocid as the writer sees it: the highest docid ever used, 0 for a new database.
    public func lastDocumentId() throws(SearchIndexError) -> UInt32 {
        try checked(path: path) { cxapian_writer_last_docid(handle, $0) }
    }

    /// WritableDatabase::delete_document(term): removes every document indexed by `term`.
    public func deleteDocuments(withTerm term: String) throws(SearchIndexError) {
        let term = IndexDocument.boundedTerm(term)
        _ = try checked(path: path) { status in
            withCBytes(term) { cxapian_writer_delete_term(handle, $0, $1, status) }
        }
    }

    /// WritableDatabase::set_metadata; an empty value removes the key.
    public func setMetadata(_ key: String, _ value: String) throws(SearchIndexError) {
        _ = try checked(path: path) { status in
            withCBytes(key) { k, kl in withCBytes(value) { cxapian_writer_set_metadata(handle, k, kl, $0, $1, status) }
            }
        }
    }

    /// Database::get_doccount as the writer sees it.
    public func documentCount() throws(SearchIndexError) -> Int {
        try withReader { reader throws(SearchIndexError) in try reader.documentCount() }
    }

    /// Database::get_metadata as the writer sees it.
    public func metadata(_ key: String) throws(SearchIndexError) -> String {
        try withReader { reader throws(SearchIndexError) in try reader.metadata(key) }
    }

    /// Every metadata key with `prefix`, with its value, as the writer sees them.
    public func metadata(withPrefix prefix: String) throws(SearchIndexError) -> [(key: String, value: String)] {
        try withReader { reader throws(SearchIndexError) in try reader.metadata(withPrefix: prefix) }
    }

    /// Streams every metadata key with `prefix` and its value, as the writer sees them; `body` returns false to stop.
    public func forEachMetadata(withPrefix prefix: String, _ body: (String, String) -> Bool) throws(SearchIndexError) {
        try withReader { reader throws(SearchIndexError) in try reader.forEachMetadata(withPrefix: prefix, body) }
    }

    private func withReader<T>(_ body: (IndexReader) throws(SearchIndexError) -> T) throws(SearchIndexError) -> T {
        let made: OpaquePointer? = try checked(path: path) { cxapian_writer_database(handle, $0) }
        guard let made else { throw .outOfMemory }
        let reader = IndexReader(handle: made, path: path)
        return try body(reader)
    }
}

@available(*, unavailable)
extension IndexWriter: Sendable {}
