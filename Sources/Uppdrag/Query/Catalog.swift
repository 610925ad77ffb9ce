import SearchIndex

/// Index statistics.
public struct IndexStats: Codable, Sendable {
    public var path: String
    public var schemaVersion: String
    public var documents: Int
    public var xapianDocuments: Int
    public var items: [String: Int]
    public var doctypes: [String: Int]
    public var formats: [String: Int]
    public var failedFiles: Int
    public var lastIngest: String?
    public var sizeBytes: Int
}

/// Read access to an index: search, show, stats and the reports. Each call reads through one ``IndexHandle``, which
/// reopens the index and runs the call again when an ingest's commit overtakes the revision being read.
public final class Catalog {
    let handle: IndexHandle
    let language = QueryLanguage()

    /// The index path or remote shard list this catalog reads.
    public var path: String { handle.path }
    /// Shards that could not be reached when the index was opened with `allowPartial`.
    public var missingShards: [String] { handle.missingShards }

    /// Opens the index at `indexPath`, which must exist and have this schema version: a folder (one database or
    /// shards listed in its XAPIANDB stub) or remote shards `tcp://HOST:PORT[,HOST:PORT…]` served by xapian-tcpsrv.
    /// With `allowPartial`, unreachable remote shards are left out and listed in `missingShards`.
    public init(indexPath: String, allowPartial: Bool = false) throws {
        handle = try IndexHandle(indexPath: indexPath, allowPartial: allowPartial)
    }

    /// Runs a search.
    public func search(_ options: SearchOptions) throws -> SearchPage {
        try handle.read { try Searcher(reader: $0, language: language).search(options) }
    }

    /// The stored record of one document, by id or by file path.
    public func show(_ idOrPath: String) throws -> StoredDocument {
        try handle.read { try IndexLookup(reader: $0, path: path).document(idOrPath) }
    }

    /// Counts per doctype, format and item kind, the last ingest and the index size.
    public func stats() throws -> IndexStats {
        try handle.read { reader in
            do throws(SearchIndexError) {
                return try IndexLookup(reader: reader, path: path).stats()
            } catch {
                throw UppdragError.index(error)
            }
        }
    }

    /// Deadlines sorted by date, with moved deadlines resolved across documents and recurring ones expanded.
    public func deadlines(_ query: DeadlineQuery) throws -> [DeadlineEntry] {
        try handle.read { try DeadlineListing(reader: $0, language: language).entries(query) }
    }

    /// Obligations as checklist items, grouped by document in a stable order.
    public func checklist(_ query: ChecklistQuery) throws -> [ChecklistItem] {
        try handle.read { try ChecklistListing(reader: $0, language: language).items(query) }
    }

    /// Every agency in the index with its aliases and counts of documents, deadlines, obligations, assignments.
    public func agencies() throws -> [AgencySummary] {
        try handle.read { try AgencyListing(reader: $0, language: language).summaries() }
    }

    /// What the document with `identifier` cites, and which documents cite it.
    public func references(of identifier: String) throws -> ReferenceReport {
        try handle.read { try ReferenceListing(reader: $0, language: language).report(of: identifier) }
    }
}

@available(*, unavailable)
extension Catalog: Sendable {}
