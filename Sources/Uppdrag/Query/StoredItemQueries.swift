import Foundation
import SearchIndex

extension IndexReader {
    /// Every stored item of `kind` matching the filters, decoded, in Xapian document order. Callers sort: sorting
    /// by a value slot here would read that slot for every match, one B-tree lookup each on a large index.
    func items<T: Decodable>(
        _ kind: ItemKind, as type: T.Type, filters: [[String]],
        ranges: [(slot: UInt32, lower: String?, upper: String?)] = []
    ) throws -> [T] {
        var request = SearchRequest()
        request.filterGroups = [[Schema.kindTerm(kind)]] + filters
        request.ranges = ranges
        request.limit = Int(Int32.max)
        let results: SearchResults
        do {
            results = try search(request)
        } catch {
            throw UppdragError.index(error)
        }
        let decoder = JSONDecoder()
        return try results.hits.map { try decoder.decode(T.self, from: Data($0.data)) }
    }

    /// Ids of the documents indexed by `term`.
    func documentIds(withTerm term: String) throws -> [String] {
        try items(.document, as: StoredDocumentId.self, filters: [[term]]).map(\.id)
    }
}

/// Decodes only the id of a stored document.
struct StoredDocumentId: Decodable {
    var id: String
}
