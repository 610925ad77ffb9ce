public import Extraction
import Foundation
import SearchIndex

/// An obligation as a checklist item.
public struct ChecklistItem: Codable, Sendable, Hashable {
    /// Stable id ("<document id>-o<n>").
    public var id: String
    public var documentId: String
    @ExplicitNull public var identifier: String?
    @ExplicitNull public var title: String?
    @ExplicitNull public var issued: String?
    public var file: String
    public var actor: String
    @ExplicitNull public var agency: String?
    public var quote: String
    /// The document's deadline that applies, if one does.
    @ExplicitNull public var deadline: String?
    /// The page of the quote, for PDF sources.
    public var page: Int? = nil
    /// The source opened at that page: "FILE.pdf#page=N".
    public var link: String? = nil
}

/// Links into a paged source: the `#page=N` fragment PDF viewers open at (RFC 8118).
enum PageLink {
    static func link(_ path: String, page: Int) -> String { "\(path)#page=\(page)" }
}

/// Which obligations to list.
public struct ChecklistQuery: Sendable {
    public var agency: String?
    /// A document id, path or identifier ("Dir. 2015:27").
    public var document: String?
    /// Free text: only documents matching it.
    public var query: String?

    public init(agency: String? = nil, document: String? = nil, query: String? = nil) {
        self.agency = agency
        self.document = document
        self.query = query
    }
}

/// The checklist over an open reader: obligations grouped by document in a stable order.
struct ChecklistListing {
    let reader: IndexReader
    let language: QueryLanguage

    func items(_ query: ChecklistQuery) throws -> [ChecklistItem] {
        var filters: [[String]] = []
        if let agency = query.agency { filters.append([try language.agencyTerm(agency)]) }
        if let document = query.document {
            let isId = document.count == 16 && document.allSatisfy(\.isHexDigit)
            if isId {
                filters.append([Schema.fileTerm(document.lowercased())])
            } else if document.contains("/")
                || document.contains(".") && FileManager.default.fileExists(atPath: document)
            {
                let id = Schema.documentId(forPath: SourceReader.absolute(Array(document.utf8)))
                filters.append([Schema.fileTerm(id)])
            } else {
                // Items carry their file, not the identifier: find the documents with that identifier first.
                let ids = try reader.documentIds(
                    withTerm: Schema.identifierTerm(language.normalizedReference(document)))
                if ids.isEmpty { return [] }
                filters.append(ids.map(Schema.fileTerm))
            }
        }
        if let text = query.query, !text.isEmpty {
            let page = try Searcher(reader: reader, language: language).search(
                SearchOptions(query: text, limit: Int(Int32.max)))
            if page.hits.isEmpty { return [] }
            filters.append(page.hits.map { Schema.fileTerm($0.id) })
        }
        let items = try reader.items(.obligation, as: ObligationItem.self, filters: filters)
        // Sorting indices by precomputed keys moves two words per swap instead of a whole item.
        // Ties go by file path, not by id: the order then does not depend on where the folder lies.
        let keys = items.map { ($0.issued ?? "", $0.identifier ?? "", $0.path, $0.order) }
        return items.indices.sorted { keys[$0] < keys[$1] }.map { items[$0] }.map { item in
            ChecklistItem(
                id: item.id, documentId: item.documentId, identifier: item.identifier, title: item.title,
                issued: item.issued, file: item.path, actor: item.obligation.actor, agency: item.agency,
                quote: item.obligation.quote, deadline: item.deadline, page: item.obligation.page,
                link: item.obligation.page.map { PageLink.link(item.path, page: $0) })
        }
    }
}
