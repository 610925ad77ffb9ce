import SearchIndex

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
