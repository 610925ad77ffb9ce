import Extraction
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

/// Every agency in the index with its aliases and counts.
struct AgencyListing {
    let reader: IndexReader
    let language: QueryLanguage

    func summaries() throws -> [AgencySummary] {
        do {
            var aliases: [String: [String]] = [:]
            var canonicalByLower: [String: String] = [:]
            for entry in language.register.agencies {
                aliases[entry.canonical] = entry.aliases
                canonicalByLower[entry.canonical.lowercased()] = entry.canonical
            }
            var summaries: [AgencySummary] = []
            for entry in try reader.terms(withPrefix: Schema.Prefix.agency) {
                let lower = String(entry.term.dropFirst(Schema.Prefix.agency.count))
                let name = canonicalByLower[lower] ?? lower
                func count(_ kind: ItemKind) throws(SearchIndexError) -> Int {
                    var request = SearchRequest()
                    request.filterGroups = [[entry.term], [Schema.kindTerm(kind)]]
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
}
