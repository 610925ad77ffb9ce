public import Extraction
import Foundation
import SearchIndex

/// Sort order of search results.
public enum SearchSort: String, Sendable, CaseIterable {
    case relevance, issued, deadline
}

/// A search as coordinators and scripts ask it.
public struct SearchOptions: Sendable {
    public var query: String
    public var limit: Int
    public var offset: Int
    public var agencies: [String]
    public var types: [String]
    public var ministries: [String]
    public var issuedFrom: String?
    public var issuedTo: String?
    public var deadlineFrom: String?
    public var deadlineTo: String?
    public var references: [String]
    public var sort: SearchSort
    public var facets: Bool
    /// Search assignment entries instead of whole documents.
    public var assignments: Bool
    /// Markers around matched words in snippets.
    public var highlight: (start: String, end: String)
    /// Build a snippet for each hit; listings of paths or counts leave them empty.
    public var snippets: Bool

    public init(
        query: String = "", limit: Int = 10, offset: Int = 0, agencies: [String] = [], types: [String] = [],
        ministries: [String] = [], issuedFrom: String? = nil, issuedTo: String? = nil, deadlineFrom: String? = nil,
        deadlineTo: String? = nil, references: [String] = [], sort: SearchSort = .relevance, facets: Bool = false,
        assignments: Bool = false, highlight: (start: String, end: String) = ("", ""), snippets: Bool = true
    ) {
        self.query = query
        self.limit = limit
        self.offset = offset
        self.agencies = agencies
        self.types = types
        self.ministries = ministries
        self.issuedFrom = issuedFrom
        self.issuedTo = issuedTo
        self.deadlineFrom = deadlineFrom
        self.deadlineTo = deadlineTo
        self.references = references
        self.sort = sort
        self.facets = facets
        self.assignments = assignments
        self.highlight = highlight
        self.snippets = snippets
    }
}

/// One search hit as printed and serialised.
public struct SearchHitSummary: Codable, Sendable {
    public var id: String
    public var kind: ItemKind
    public var doctype: Doctype
    public var identifier: String?
    public var title: String?
    public var issued: String?
    public var file: String
    /// Xapian's percentage score.
    public var score: Int
    public var snippet: String
    /// For assignment hits: who received it and the task.
    public var recipient: String?
    public var task: String?

    private enum CodingKeys: String, CodingKey {
        case id, kind, doctype, identifier, title, issued, file, score, snippet, recipient, task
    }

    /// Every key with explicit nulls, but `recipient` and `task` only on assignment hits, which alone have them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(doctype, forKey: .doctype)
        try container.encode(identifier, forKey: .identifier)
        try container.encode(title, forKey: .title)
        try container.encode(issued, forKey: .issued)
        try container.encode(file, forKey: .file)
        try container.encode(score, forKey: .score)
        try container.encode(snippet, forKey: .snippet)
        if kind == .assignment {
            try container.encode(recipient, forKey: .recipient)
            try container.encode(task, forKey: .task)
        }
    }
}

/// Facet counts of a matching set.
public struct Facets: Codable, Sendable, Equatable {
    public var agency: [String: Int]
    public var doctype: [String: Int]
    public var ministry: [String: Int]
    public var year: [String: Int]
}

/// A page of search results.
public struct SearchPage: Codable, Sendable {
    public var query: String
    /// Every match, counted exactly whatever the page's size.
    public var total: Int
    public var offset: Int
    public var hits: [SearchHitSummary]
    @ExplicitNull public var facets: Facets?
    /// A spelling suggestion for the query ("did you mean").
    @ExplicitNull public var suggestion: String?
    /// True when no document had every word and the hits have any of them instead.
    public var relaxed: Bool
}

/// Runs one search against an open reader.
struct Searcher {
    let reader: IndexReader
    let language: QueryLanguage

    func search(_ options: SearchOptions) throws -> SearchPage {
        let (text, request) = try request(for: options)
        let (results, relaxed) = try run(request, options: options)
        let hits = try summaries(of: results, options: options)
        var facets: Facets?
        if options.facets {
            facets = Facets(
                agency: results.facets[Schema.Slot.agencies] ?? [:],
                doctype: results.facets[Schema.Slot.doctype] ?? [:],
                ministry: results.facets[Schema.Slot.ministry] ?? [:], year: results.facets[Schema.Slot.year] ?? [:])
        }
        var suggestion = results.correctedQuery
        if suggestion == nil, results.estimatedTotal == 0, !text.isEmpty {
            suggestion = try Spelling(reader: reader).suggestion(for: text)
        }
        return SearchPage(
            query: options.query, total: results.estimatedTotal, offset: options.offset, hits: hits, facets: facets,
            suggestion: suggestion, relaxed: relaxed)
    }

    /// The Xapian request of a search: query text with its fields resolved, filters, ranges, sort and facets;
    /// with the text that is left once the fields are taken out.
    private func request(for options: SearchOptions) throws -> (text: String, request: SearchRequest) {
        var request = SearchRequest()
        var (text, fieldFilters) = try language.split(options.query)
        // Assignments searched by an agency's name are the assignments that agency received.
        if options.assignments, let agency = language.register.canonicalName(for: text) {
            fieldFilters.append([Schema.agencyTerm(agency)])
            text = ""
        }
        request.text = QueryLanguage.expandYearRanges(text)
        request.fields = [QueryField(name: "title", prefix: Schema.Prefix.title, isBoolean: false)]
        request.rangeFields = [("issued", Schema.Slot.issued), ("deadline", Schema.Slot.deadline)]
        request.filterGroups = fieldFilters
        request.filterGroups.append([Schema.kindTerm(options.assignments ? .assignment : .document)])
        if !options.agencies.isEmpty { request.filterGroups.append(try options.agencies.map(language.agencyTerm)) }
        if !options.types.isEmpty { request.filterGroups.append(try options.types.map(language.doctypeTerm)) }
        if !options.ministries.isEmpty {
            request.filterGroups.append(options.ministries.map { Schema.ministryTerm($0) })
        }
        if !options.references.isEmpty {
            request.filterGroups.append(
                options.references.map { Schema.referenceTerm(language.normalizedReference($0)) })
        }
        if options.issuedFrom != nil || options.issuedTo != nil {
            let window = try QueryLanguage.dateWindow(from: options.issuedFrom, to: options.issuedTo)
            request.ranges.append((Schema.Slot.issued, window.from, window.to))
        }
        if options.deadlineFrom != nil || options.deadlineTo != nil {
            let window = try QueryLanguage.dateWindow(
                from: options.deadlineFrom, to: options.deadlineTo, names: ("--deadline-from", "--deadline-to"))
            request.ranges.append((Schema.Slot.deadline, window.from, window.to))
        }
        request.offset = options.offset
        request.limit = options.limit
        // Xapian estimates the total from the page it ranks; people and scripts read it as a count, so every
        // match is counted (check_at_least = the document count).
        request.exactCount = true
        switch options.sort {
        case .relevance: break
        case .issued:
            request.sortSlot = Schema.Slot.issued
            request.sortDescending = true
        case .deadline:
            request.sortSlot = Schema.Slot.deadline
        }
        if options.facets {
            request.facetSlots = [Schema.Slot.agencies, Schema.Slot.doctype, Schema.Slot.ministry, Schema.Slot.year]
        }
        return (text, request)
    }

    /// Runs the request; when every word must match and none does, ranks by any of them instead.
    private func run(_ request: SearchRequest, options: SearchOptions) throws -> (SearchResults, relaxed: Bool) {
        var results: SearchResults
        var relaxed = false
        do {
            results = try reader.search(request)
            // When every word must match and none does, rank by any of them: known-item searches often hold one
            // inflected form the stemmer cannot join to the text's.
            let words = request.text.split(separator: " ")
            if results.estimatedTotal == 0, options.offset == 0, words.count > 1,
                request.text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " })
            {
                var anyWord = request
                anyWord.text = words.joined(separator: " OR ")
                results = try reader.search(anyWord)
                relaxed = results.estimatedTotal > 0
            }
        } catch {
            throw UppdragError.index(error)
        }
        return (results, relaxed)
    }

    /// The hits of a page, decoded from the stored data, with snippets.
    private func summaries(of results: SearchResults, options: SearchOptions) throws -> [SearchHitSummary] {
        let decoder = JSONDecoder()
        var hits: [SearchHitSummary] = []
        for hit in results.hits {
            if options.assignments {
                let item = try decoder.decode(AssignmentItem.self, from: Data(hit.data))
                let text = [item.assignment.section, item.assignment.task, item.assignment.linked]
                    .compactMap { $0 }.joined(separator: " — ")
                let snippet =
                    options.snippets ? (try? results.snippet(of: text, highlight: options.highlight)) ?? "" : ""
                hits.append(
                    SearchHitSummary(
                        id: item.id, kind: .assignment, doctype: item.doctype, identifier: item.identifier,
                        title: item.title, issued: item.issued, file: item.path, score: hit.percent, snippet: snippet,
                        recipient: item.assignment.recipient, task: item.assignment.task))
            } else {
                let stored = try decoder.decode(StoredDocument.self, from: Data(hit.data))
                let snippet =
                    options.snippets ? (try? results.snippet(of: stored.text, highlight: options.highlight)) ?? "" : ""
                hits.append(
                    SearchHitSummary(
                        id: stored.id, kind: .document, doctype: stored.record.doctype,
                        identifier: stored.record.identifier, title: stored.record.title,
                        issued: stored.record.issued, file: stored.path, score: hit.percent, snippet: snippet))
            }
        }
        return hits
    }
}
