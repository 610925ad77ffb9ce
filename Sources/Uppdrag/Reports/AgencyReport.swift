public import Extraction
import Foundation
import SearchIndex

/// An agency named in the index, with its other names and how much concerns it.
public struct AgencySummary: Codable, Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    public var documents: Int
    public var deadlines: Int
    public var obligations: Int
    public var assignments: Int
}

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

extension Catalog {
    /// Every agency in the index with its aliases and counts of documents, deadlines, obligations, assignments.
    public func agencies() throws -> [AgencySummary] {
        try retrying { try agenciesOnce() }
    }

    func agenciesOnce() throws -> [AgencySummary] {
        do {
            var aliases: [String: [String]] = [:]
            var canonicalByLower: [String: String] = [:]
            for entry in register.agencies {
                aliases[entry.canonical] = entry.aliases
                canonicalByLower[entry.canonical.lowercased()] = entry.canonical
            }
            var summaries: [AgencySummary] = []
            for entry in try reader.terms(withPrefix: Schema.Prefix.agency) {
                let lower = String(entry.term.dropFirst(Schema.Prefix.agency.count))
                let name = canonicalByLower[lower] ?? lower
                func count(_ kind: ItemKind) throws(SearchIndexError) -> Int {
                    var request = SearchRequest()
                    request.filterGroups = [[entry.term], [IndexMapping.kindTerm(kind)]]
                    request.limit = 0
                    request.exactCount = true
                    return try reader.search(request).estimatedTotal
                }
                summaries.append(
                    AgencySummary(
                        name: name, aliases: aliases[name] ?? [], documents: try count(.document),
                        deadlines: try count(.deadline), obligations: try count(.obligation),
                        assignments: try count(.assignment)))
            }
            return summaries.sorted { ($1.documents, $0.name) < ($0.documents, $1.name) }
        } catch {
            throw UppdragError.index(error)
        }
    }

    /// What the document with `identifier` cites, and which documents cite it.
    public func references(of identifier: String) throws -> ReferenceReport {
        try retrying { try referencesOnce(of: identifier) }
    }

    func referencesOnce(of identifier: String) throws -> ReferenceReport {
        let normalized = normalizedReference(identifier)
        let decoder = JSONDecoder()
        func documents(with term: String) throws -> [StoredDocument] {
            var request = SearchRequest()
            request.filterGroups = [[IndexMapping.kindTerm(.document)], [term]]
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
        let own = try documents(with: IndexMapping.identifierTerm(normalized))
        var cites: [String] = []
        for document in own {
            for reference in document.record.references where !cites.contains(reference) { cites.append(reference) }
        }
        let citing = try documents(with: IndexMapping.referenceTerm(normalized))
        return ReferenceReport(
            identifier: normalized, documents: own.map(entry), cites: cites, citedBy: citing.map(entry))
    }
}
