import CXapian

/// A Xapian document being built: data, terms, values and indexed text.
///
/// It is built by one task and then handed to the writer task; it is never used by two tasks at once,
/// which is why it may cross task boundaries.
public final class IndexDocument: @unchecked Sendable {
    let handle: OpaquePointer

    /// Creates an empty document (Xapian::Document).
    public init() throws(SearchIndexError) {
        guard let handle = try checked({ cxapian_document_new($0) }) else { throw .outOfMemory }
        self.handle = handle
    }

    deinit { cxapian_document_free(handle) }

    /// Document::set_data.
    public func setData(_ bytes: [UInt8]) throws(SearchIndexError) {
        _ = try checked { status in withCBytes(bytes) { cxapian_document_set_data(handle, $0, $1, status) } }
    }

    /// Document::add_boolean_term; a term over Xapian's length limit is hashed, as Omega does.
    public func addBooleanTerm(_ term: String) throws(SearchIndexError) {
        let bounded = Self.boundedTerm(term)
        _ = try checked { status in
            withCBytes(bounded) { cxapian_document_add_boolean_term(handle, $0, $1, status) }
        }
    }

    /// Document::add_term with a wdf, for terms that need no position.
    public func addTerm(_ term: String, wdf: UInt32 = 1) throws(SearchIndexError) {
        let bounded = Self.boundedTerm(term)
        _ = try checked { status in
            withCBytes(bounded) { cxapian_document_add_term(handle, $0, $1, wdf, status) }
        }
    }

    /// Document::add_value.
    public func addValue(_ value: String, slot: UInt32) throws(SearchIndexError) {
        _ = try checked { status in withCBytes(value) { cxapian_document_add_value(handle, slot, $0, $1, status) } }
    }

    /// Terms longer than Xapian allows keep a readable start and end with a hash of the whole between.
    static func boundedTerm(_ term: String) -> String {
        let bytes = Array(term.utf8)
        guard bytes.count > IndexFormat.maxTermLength else { return term }
        let hex = String(Hashing.fnv1a64(bytes), radix: 16)
        var head = Array(bytes.prefix(IndexFormat.maxTermLength - 40))
        // Do not cut inside a UTF-8 sequence.
        while let last = head.last, last & 0xC0 == 0x80 { head.removeLast() }
        if let last = head.last, last >= 0xC0 { head.removeLast() }
        return String(decoding: head, as: UTF8.self) + "#" + hex
    }
}

/// A TermGenerator with the Swedish stemmer and stop words, writing into one document at a time.
public final class TermIndexer {
    let handle: OpaquePointer

    /// Creates a TermGenerator for `IndexFormat.language`.
    public init() throws(SearchIndexError) {
        let stop = IndexFormat.stopWordBytes
        let made: OpaquePointer? = try checked { status in
            withCBytes(stop) { cxapian_indexer_new(IndexFormat.language, $0, $1, status) }
        }
        guard let made else { throw .outOfMemory }
        handle = made
    }

    deinit { cxapian_indexer_free(handle) }

    /// TermGenerator::set_document: the following text goes into `document`.
    public func start(_ document: IndexDocument) throws(SearchIndexError) {
        _ = try checked { cxapian_indexer_set_document(handle, document.handle, $0) }
    }

    /// TermGenerator::index_text, with positions unless `positions` is false.
    public func index(
        _ text: String, prefix: String = "", wdfIncrement: UInt32 = 1, positions: Bool = true
    )
        throws(SearchIndexError)
    {
        _ = try checked { status in
            withCBytes(text) {
                cxapian_indexer_index_text(handle, $0, $1, wdfIncrement, prefix, positions ? 1 : 0, status)
            }
        }
    }

    /// TermGenerator::increase_termpos, so phrases do not run across fields.
    public func gap(_ delta: UInt32 = 100) throws(SearchIndexError) {
        _ = try checked { cxapian_indexer_increase_termpos(handle, delta, $0) }
    }
}

@available(*, unavailable)
extension TermIndexer: Sendable {}
