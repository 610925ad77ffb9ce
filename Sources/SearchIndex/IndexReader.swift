import CXapian

#if canImport(Glibc)
    import Glibc
#endif

/// A field the query parser understands: `agency:SiS` → boolean term `XAsis`, `title:extremism` → `S…` terms.
public struct QueryField: Sendable, Hashable {
    public var name: String
    public var prefix: String
    public var isBoolean: Bool

    public init(name: String, prefix: String, isBoolean: Bool) {
        self.name = name
        self.prefix = prefix
        self.isBoolean = isBoolean
    }
}

/// What to search for: a user query plus filters that combine with it.
public struct SearchRequest: Sendable {
    /// Text for Xapian's QueryParser; empty matches everything.
    public var text: String
    public var fields: [QueryField]
    /// Range fields of the query language ("issued" → slot 0), over YYYYMMDD values.
    public var rangeFields: [(name: String, slot: UInt32)]
    /// Each group is OR'ed, the groups are AND'ed with the query (boolean filter, no weight).
    public var filterGroups: [[String]]
    /// Documents with any of these terms are left out.
    public var excluded: [String]
    /// Value ranges (inclusive, string order; nil = open).
    public var ranges: [(slot: UInt32, lower: String?, upper: String?)]
    public var offset: Int
    public var limit: Int
    /// Sort by this value slot instead of relevance.
    public var sortSlot: UInt32?
    public var sortDescending: Bool
    /// Value slots to count over the whole matching set.
    public var facetSlots: [UInt32]
    /// Count every match exactly instead of estimating.
    public var exactCount = false

    public init(
        text: String = "", fields: [QueryField] = [], rangeFields: [(name: String, slot: UInt32)] = [],
        filterGroups: [[String]] = [], excluded: [String] = [],
        ranges: [(slot: UInt32, lower: String?, upper: String?)] = [], offset: Int = 0, limit: Int = 10,
        sortSlot: UInt32? = nil, sortDescending: Bool = false, facetSlots: [UInt32] = []
    ) {
        self.text = text
        self.fields = fields
        self.rangeFields = rangeFields
        self.filterGroups = filterGroups
        self.excluded = excluded
        self.ranges = ranges
        self.offset = offset
        self.limit = limit
        self.sortSlot = sortSlot
        self.sortDescending = sortDescending
        self.facetSlots = facetSlots
    }
}

/// One hit: Xapian docid, weight, percentage and the stored document data.
public struct SearchHit: Sendable {
    public var docid: UInt32
    public var weight: Double
    public var percent: Int
    public var data: [UInt8]
}

/// A page of results with the match estimate, facet counts and snippets for this query.
public final class SearchResults {
    let handle: OpaquePointer
    public let hits: [SearchHit]
    public let estimatedTotal: Int
    /// Facet counts per requested slot: value → count; a multi-valued slot's values are split on U+001F and each
    /// counted, so a document naming two agencies counts once for each.
    public let facets: [UInt32: [String: Int]]
    /// A spelling correction of the query, when Xapian's spelling data suggests one.
    public let correctedQuery: String?

    init(handle: OpaquePointer, facetSlots: [UInt32], correctedQuery: String?) throws(SearchIndexError) {
        self.handle = handle
        self.correctedQuery = correctedQuery
        let size = Int(cxapian_results_size(handle))
        estimatedTotal = Int(cxapian_results_estimated(handle))
        var hits: [SearchHit] = []
        hits.reserveCapacity(size)
        for index in 0..<size {
            var docid: UInt32 = 0
            var weight = 0.0
            var percent: Int32 = 0
            _ = try checked { cxapian_results_hit(handle, UInt32(index), &docid, &weight, &percent, $0) }
            var pointer: UnsafeMutablePointer<CChar>?
            var length = 0
            _ = try checked { cxapian_results_data(handle, UInt32(index), &pointer, &length, $0) }
            hits.append(
                SearchHit(docid: docid, weight: weight, percent: Int(percent), data: takeBytes(pointer, length: length))
            )
        }
        self.hits = hits
        var facets: [UInt32: [String: Int]] = [:]
        for (index, slot) in facetSlots.enumerated() {
            var counts: [String: Int] = [:]
            try withUnsafeMutablePointer(to: &counts) { box throws(SearchIndexError) in
                _ = try checked { status in
                    cxapian_results_facet(
                        handle, index,
                        { context, value, length, count in
                            guard let context else { return 1 }
                            let counts = context.assumingMemoryBound(to: [String: Int].self)
                            let key = value.withMemoryRebound(to: UInt8.self, capacity: length) {
                                String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
                            }
                            counts.pointee[key, default: 0] += Int(count)
                            return 0
                        }, box, status)
                }
            }
            facets[slot] = counts
        }
        self.facets = facets
    }

    deinit { cxapian_results_free(handle) }

    /// MSet::snippet of `text` around this query's matches, at most `length` bytes, matches marked.
    public func snippet(
        of text: String, length: Int = 200, highlight: (start: String, end: String) = ("", "")
    )
        throws(SearchIndexError) -> String
    {
        var pointer: UnsafeMutablePointer<CChar>?
        var size = 0
        _ = try checked { status in
            withCBytes(text) {
                cxapian_results_snippet(
                    handle, $0, $1, length, highlight.start, highlight.end, &pointer, &size, status)
            }
        }
        return String(decoding: takeBytes(pointer, length: size), as: UTF8.self)
    }
}

@available(*, unavailable)
extension SearchResults: Sendable {}

/// A read-only view of an index: a directory, a stub file listing shards, or remote shards.
///
/// Glass checks the level of a table's root block before its revision. A reader that opens, or reopens, while two
/// commits land can therefore read a root block the second commit reused, and Xapian reports the index corrupt
/// when it only changed. The reader tells the two apart by whether a newer revision exists: if it does, the failure
/// is reported as `.modified`, which callers answer by reopening; if not, the index really is corrupt.
public final class IndexReader {
    /// What the reader was opened from, to open it afresh; nil for a writer's own view.
    enum Source {
        case path(String)
        case shards([String], timeoutMilliseconds: UInt32)
    }

    private(set) var handle: OpaquePointer
    public let path: String
    private let source: Source?

    init(handle: OpaquePointer, path: String) {
        self.handle = handle
        self.path = path
        source = nil
    }

    /// Opens the index at `path` (Xapian::Database) and checks its schema version.
    public init(path: String) throws(SearchIndexError) {
        source = .path(path)
        handle = try Self.openHandle(.path(path), label: path)
        self.path = path
        try checkSchema()
    }

    /// Opens shards (local paths or `tcp://host:port`) as one database.
    public init(shards: [String], label: String, timeoutMilliseconds: UInt32 = 10_000) throws(SearchIndexError) {
        let source = Source.shards(shards, timeoutMilliseconds: timeoutMilliseconds)
        self.source = source
        handle = try Self.openHandle(source, label: label)
        path = label
        try checkSchema()
    }

    deinit { cxapian_database_free(handle) }

    /// Opens `source`. An open that two commits overtake can fail as corrupt, so a corrupt failure is tried twice
    /// more, 10 ms apart; a corrupt index fails every time.
    private static func openHandle(_ source: Source, label: String) throws(SearchIndexError) -> OpaquePointer {
        var attempt = 1
        while true {
            do {
                return try openHandleOnce(source, label: label)
            } catch .corrupt where attempt < 3 {
                attempt += 1
                usleep(10_000)
            }
        }
    }

    private static func openHandleOnce(_ source: Source, label: String) throws(SearchIndexError) -> OpaquePointer {
        switch source {
        case .path(let path):
            let made: OpaquePointer? = try checked(path: path) { cxapian_database_open(path, $0) }
            guard let made else { throw .cannotOpen(path: path, message: "no handle") }
            return made
        case .shards(let shards, let timeoutMilliseconds):
            let made: OpaquePointer? = try checked(path: label) { cxapian_database_new_empty($0) }
            guard let made else { throw .outOfMemory }
            do {
                for shard in shards { try addShard(shard, to: made, timeoutMilliseconds: timeoutMilliseconds) }
            } catch {
                cxapian_database_free(made)
                throw error
            }
            return made
        }
    }

    private static func addShard(
        _ shard: String, to handle: OpaquePointer, timeoutMilliseconds: UInt32
    )
        throws(SearchIndexError)
    {
        guard shard.hasPrefix("tcp://") else {
            _ = try checked(path: shard) { cxapian_database_add_local(handle, shard, $0) }
            return
        }
        let address = shard.dropFirst("tcp://".count)
        guard let colon = address.lastIndex(of: ":"), let port = UInt32(address[address.index(after: colon)...])
        else { throw .cannotOpen(path: shard, message: "expected tcp://HOST:PORT") }
        let host = String(address[..<colon])
        do {
            _ = try checked(path: shard) { cxapian_database_add_remote(handle, host, port, timeoutMilliseconds, $0) }
        } catch .network(let message) {
            throw .network(message: "shard \(shard): \(message)")
        }
    }

    /// Refuses an index of another schema version. A reader that opens while commits land can, rarely, read no
    /// version key from an index that has one; when a newer revision exists it reads again at that revision.
    private func checkSchema() throws(SearchIndexError) {
        var attempts = 0
        while true {
            let found = try metadata(IndexFormat.versionKey)
            if found == IndexFormat.version { return }
            if found.isEmpty, try documentCount() == 0 { return }
            attempts += 1
            guard found.isEmpty, attempts < 3, try reopen() else {
                throw .schemaMismatch(path: path, found: found.isEmpty ? "none" : found, expected: IndexFormat.version)
            }
        }
    }

    /// Database::reopen: moves to the latest committed revision; true when there was a newer one. A reopen that a
    /// commit overtakes part-way leaves Xapian's tables at mixed revisions, so the reader then opens afresh.
    @discardableResult
    public func reopen() throws(SearchIndexError) -> Bool {
        do {
            return try checked(path: path) { cxapian_database_reopen(handle, $0) } != 0
        } catch {
            switch error {
            case .corrupt, .modified: break
            default: throw error
            }
            guard let source else { throw error }
            let fresh = try Self.openHandle(source, label: path)
            cxapian_database_free(handle)
            handle = fresh
            return true
        }
    }

    /// Runs a read of the current revision; a corrupt failure counts as a change when a newer revision exists.
    private func reading<T>(_ body: () throws(SearchIndexError) -> T) throws(SearchIndexError) -> T {
        do {
            return try body()
        } catch .corrupt(let message) {
            guard try reopen() else { throw .corrupt(message: message) }
            throw .modified(message: message)
        }
    }

    /// Runs a shim call that reads the current revision.
    private func read<T>(_ body: (UnsafeMutablePointer<cxapian_error>) -> T) throws(SearchIndexError) -> T {
        try reading { () throws(SearchIndexError) -> T in try checked(path: path, body) }
    }

    /// Database::get_doccount.
    public func documentCount() throws(SearchIndexError) -> Int {
        Int(try read { cxapian_database_doccount(handle, $0) })
    }

    /// Database::get_termfreq.
    public func termFrequency(_ term: String) throws(SearchIndexError) -> Int {
        Int(
            try read { status in withCBytes(term) { cxapian_database_termfreq(handle, $0, $1, status) } }
        )
    }

    /// Database::get_metadata; "" when absent.
    public func metadata(_ key: String) throws(SearchIndexError) -> String {
        var pointer: UnsafeMutablePointer<CChar>?
        var length = 0
        _ = try read { status in
            withCBytes(key) { cxapian_database_metadata(handle, $0, $1, &pointer, &length, status) }
        }
        return String(decoding: takeBytes(pointer, length: length), as: UTF8.self)
    }

    /// Every metadata key that starts with `prefix`, with its value.
    public func metadata(withPrefix prefix: String) throws(SearchIndexError) -> [(key: String, value: String)] {
        var entries: [(key: String, value: String)] = []
        try forEachMetadata(withPrefix: prefix) { key, value in
            entries.append((key, value))
            return true
        }
        return entries
    }

    /// Calls `body` for every metadata key that starts with `prefix` and its value, one at a time, without
    /// holding them all; `body` returns false to stop.
    public func forEachMetadata(withPrefix prefix: String, _ body: (String, String) -> Bool) throws(SearchIndexError) {
        try withoutActuallyEscaping(body) { visit throws(SearchIndexError) in
            var box = MetadataVisitor(visit: visit)
            try withUnsafeMutablePointer(to: &box) { pointer throws(SearchIndexError) in
                _ = try read { status in
                    withCBytes(prefix) { p, pl in
                        cxapian_database_metadata_keys(
                            handle, p, pl,
                            { context, key, keyLength, value, valueLength in
                                guard let context else { return 1 }
                                let visitor = context.assumingMemoryBound(to: MetadataVisitor.self)
                                let keep = visitor.pointee.visit(
                                    bytesToString(key, keyLength), bytesToString(value, valueLength))
                                return keep ? 0 : 1
                            }, pointer, status)
                    }
                }
            }
        }
    }

    /// Every term that starts with `prefix`, with its document frequency.
    public func terms(withPrefix prefix: String) throws(SearchIndexError) -> [(term: String, frequency: Int)] {
        var entries: [(term: String, frequency: Int)] = []
        try withUnsafeMutablePointer(to: &entries) { box throws(SearchIndexError) in
            _ = try read { status in
                withCBytes(prefix) { p, pl in
                    cxapian_database_terms(
                        handle, p, pl,
                        { context, term, length, frequency in
                            guard let context else { return 1 }
                            let entries = context.assumingMemoryBound(to: [(term: String, frequency: Int)].self)
                            entries.pointee.append((bytesToString(term, length), Int(frequency)))
                            return 0
                        }, box, status)
                }
            }
        }
        return entries
    }

    /// The stored data of the first document indexed by `term`, if any.
    public func data(forTerm term: String) throws(SearchIndexError) -> [UInt8]? {
        let term = IndexDocument.boundedTerm(term)
        var pointer: UnsafeMutablePointer<CChar>?
        var length = 0
        var found: Int32 = 0
        _ = try read { status in
            withCBytes(term) { cxapian_database_data_for_term(handle, $0, $1, &pointer, &length, &found, status) }
        }
        let bytes = takeBytes(pointer, length: length)
        return found != 0 ? bytes : nil
    }

    /// Parses and runs `request` (Enquire::get_mset); retries once after reopening if the index changed meanwhile.
    public func search(_ request: SearchRequest) throws(SearchIndexError) -> SearchResults {
        do {
            return try reading { () throws(SearchIndexError) in try runSearch(request) }
        } catch .modified {
            try reopen()
            return try reading { () throws(SearchIndexError) in try runSearch(request) }
        }
    }

    private func runSearch(_ request: SearchRequest) throws(SearchIndexError) -> SearchResults {
        let query = try parse(request)
        defer { cxapian_query_free(query.handle) }
        for group in request.filterGroups where !group.isEmpty {
            try applyTerms(group, to: query.handle, exclude: false)
        }
        if !request.excluded.isEmpty { try applyTerms(request.excluded, to: query.handle, exclude: true) }
        for range in request.ranges {
            _ = try checked(path: path) {
                cxapian_query_filter_range(query.handle, range.slot, range.lower ?? "", range.upper ?? "", $0)
            }
        }
        let offset = UInt32(clamping: max(0, request.offset))
        let limit = UInt32(clamping: max(0, request.limit))
        let sortSlot = request.sortSlot.map { Int32(clamping: $0) } ?? -1
        let made: OpaquePointer? = try request.facetSlots.withUnsafeBufferPointer { slots throws(SearchIndexError) in
            try checked(path: path) {
                cxapian_search(
                    handle, query.handle, offset, limit, sortSlot, request.sortDescending ? 1 : 0,
                    request.exactCount ? 1 : 0, slots.baseAddress, slots.count, $0)
            }
        }
        guard let made else { throw .outOfMemory }
        return try SearchResults(handle: made, facetSlots: request.facetSlots, correctedQuery: query.corrected)
    }

    private func parse(_ request: SearchRequest) throws(SearchIndexError) -> (handle: OpaquePointer, corrected: String?)
    {
        var corrected: UnsafeMutablePointer<CChar>?
        let names = request.fields.map { strdupOrEmpty($0.name) } + request.rangeFields.map { strdupOrEmpty($0.name) }
        let prefixes = request.fields.map { strdupOrEmpty($0.prefix) }
        defer {
            names.forEach { free($0) }
            prefixes.forEach { free($0) }
        }
        var fields: [cxapian_field] = []
        for (index, field) in request.fields.enumerated() {
            guard let name = names[index], let prefix = prefixes[index] else { throw .outOfMemory }
            fields.append(cxapian_field(name: name, prefix: prefix, boolean: field.isBoolean ? 1 : 0))
        }
        var ranges: [cxapian_range_field] = []
        for (index, range) in request.rangeFields.enumerated() {
            guard let name = names[request.fields.count + index] else { throw .outOfMemory }
            ranges.append(cxapian_range_field(name: name, slot: range.slot))
        }
        let stop = IndexFormat.stopWordBytes
        let made: OpaquePointer? = try checked(path: path) { status in
            withCBytes(request.text) { t, tl in
                withCBytes(stop) { s, sl in
                    cxapian_query_parse(
                        handle, t, tl, IndexFormat.language, s, sl, fields, fields.count, ranges, ranges.count,
                        &corrected,
                        status)
                }
            }
        }
        let suggestion = takeString(corrected)
        guard let made else { throw .outOfMemory }
        return (made, suggestion.isEmpty ? nil : suggestion)
    }

    private func applyTerms(_ terms: [String], to query: OpaquePointer, exclude: Bool) throws(SearchIndexError) {
        let bounded = terms.map { IndexDocument.boundedTerm($0) }
        let copies = bounded.map { strdupOrEmpty($0) }
        defer { copies.forEach { free($0) } }
        var pointers: [UnsafePointer<CChar>] = []
        var lengths: [Int] = []
        for (copy, term) in zip(copies, bounded) {
            guard let copy else { throw .outOfMemory }
            pointers.append(UnsafePointer(copy))
            lengths.append(term.utf8.count)
        }
        _ = try checked(path: path) { status in
            exclude
                ? cxapian_query_exclude_any(query, pointers, lengths, pointers.count, status)
                : cxapian_query_filter_any(query, pointers, lengths, pointers.count, status)
        }
    }
}

@available(*, unavailable)
extension IndexReader: Sendable {}

private struct MetadataVisitor {
    var visit: (String, String) -> Bool
}

private func bytesToString(_ pointer: UnsafePointer<CChar>, _ length: Int) -> String {
    pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
        String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
}

private func strdupOrEmpty(_ string: String) -> UnsafeMutablePointer<CChar>? { strdup(string) }
