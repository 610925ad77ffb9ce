public import Extraction
import Foundation
import SearchIndex

/// What a document cites and what cites it.
public struct ReferenceReport: Codable, Sendable {
    public var identifier: String
    /// Documents in the index with this identifier.
    public var documents: [ReferenceEntry]
    /// What those documents cite.
    public var cites: [String]
    /// Documents that cite this identifier.
    public var citedBy: [ReferenceEntry]
}

/// A document in a reference report.
public struct ReferenceEntry: Codable, Sendable, Hashable {
    public var id: String
    public var doctype: Doctype
    public var identifier: String?
    public var title: String?
    public var issued: String?
    public var file: String
}

/// What a document cites and which documents cite it.
struct ReferenceListing {
    let reader: IndexReader
    let language: QueryLanguage

    func report(of identifier: String) throws -> ReferenceReport {
        let normalized = language.normalizedReference(identifier)
        let decoder = JSONDecoder()
        func documents(with term: String) throws -> [StoredDocument] {
            var request = SearchRequest()
            request.filterGroups = [[Schema.kindTerm(.document)], [term]]
            request.limit = Int(Int32.max)
            request.sortSlot = Schema.Slot.issued
            do {
                return try reader.search(request).hits.map {
                    try decoder.decode(StoredDocument.self, from: Data($0.data))
                }
            } catch let error as SearchIndexError {
                throw UppdragError.index(error)
            }
        }
        func entry(_ stored: StoredDocument) -> ReferenceEntry {
            ReferenceEntry(
                id: stored.id, doctype: stored.record.doctype, identifier: stored.record.identifier,
                title: stored.record.title, issued: stored.record.issued, file: stored.path)
        }
        let own = try documents(with: Schema.identifierTerm(normalized))
        var cites: [String] = []
        for document in own {
            for reference in document.record.references where !cites.contains(reference) { cites.append(reference) }
        }
        let citing = try documents(with: Schema.referenceTerm(normalized))
        return ReferenceReport(
            identifier: normalized, documents: own.map(entry), cites: cites, citedBy: citing.map(entry))
    }
}
