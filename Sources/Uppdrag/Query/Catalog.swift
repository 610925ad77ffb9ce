public import Extraction
import Foundation
import SearchIndex

#if canImport(Glibc)
    import Glibc
#endif

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

    public init(
        query: String = "", limit: Int = 10, offset: Int = 0, agencies: [String] = [], types: [String] = [],
        ministries: [String] = [], issuedFrom: String? = nil, issuedTo: String? = nil, deadlineFrom: String? = nil,
        deadlineTo: String? = nil, references: [String] = [], sort: SearchSort = .relevance, facets: Bool = false,
        assignments: Bool = false, highlight: (start: String, end: String) = ("", "")
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

extension SearchPage {
    private enum CodingKeys: String, CodingKey { case query, total, offset, hits, facets, suggestion, relaxed }

    /// Encodes every key; `facets` and `suggestion` are null when not asked for or not found.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(total, forKey: .total)
        try container.encode(offset, forKey: .offset)
        try container.encode(hits, forKey: .hits)
        try container.encode(facets, forKey: .facets)
        try container.encode(suggestion, forKey: .suggestion)
        try container.encode(relaxed, forKey: .relaxed)
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
    public var total: Int
    public var offset: Int
    public var hits: [SearchHitSummary]
    public var facets: Facets?
    /// A spelling suggestion for the query ("did you mean").
    public var suggestion: String?
    /// True when no document had every word and the hits have any of them instead.
    public var relaxed: Bool
}

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

/// Read access to an index: search, show, stats and the reports.
public final class Catalog {
    private(set) var reader: IndexReader
    public let path: String
    /// Built on first use: commands that name no agency do not pay for the register.
    var register: AgencyRegister { AgencyRegister.shared }
    let references = ReferenceExtractor()

    /// Shards that could not be reached when the index was opened with `allowPartial`.
    public private(set) var missingShards: [String] = []

    /// Opens the index at `indexPath`, which must exist and have this schema version: a folder (one database or
    /// shards listed in its XAPIANDB stub) or remote shards `tcp://HOST:PORT[,HOST:PORT…]` served by xapian-tcpsrv.
    /// With `allowPartial`, unreachable remote shards are left out and listed in `missingShards`.
    public init(indexPath: String, allowPartial: Bool = false) throws {
        path = indexPath
        if indexPath.hasPrefix("tcp://") {
            let shards = indexPath.dropFirst("tcp://".count).split(separator: ",").map {
                "tcp://" + $0.trimmingCharacters(in: .whitespaces)
            }
            var reachable: [String] = []
            var missing: [String] = []
            for shard in shards {
                do {
                    _ = try IndexReader(shards: [shard], label: shard)
                    reachable.append(shard)
                } catch {
                    if !allowPartial { throw UppdragError.index(error) }
                    missing.append(shard)
                }
            }
            if reachable.isEmpty {
                throw UppdragError.index(.network(message: "no shard of \(indexPath) is reachable"))
            }
            do {
                reader = try IndexReader(shards: reachable, label: indexPath)
            } catch {
                throw UppdragError.index(error)
            }
            missingShards = missing
            return
        }
        guard FileManager.default.fileExists(atPath: indexPath) else {
            throw UppdragError.notFound("no index at \(indexPath): run `uppdrag ingest` first")
        }
        reader = try Self.open(indexPath)
    }

    /// Opens a local index. A compaction switches the stub and then removes the old shard folders, so a reader that
    /// read the old stub just before may find its shards gone: it reads the stub again.
    /// The schema check right after opening reads metadata, which two quick commits can discard as well.
    static func open(_ indexPath: String) throws -> IndexReader {
        let giveUp = ContinuousClock.now + retryWindow
        var attempt = 0
        var modifiedAttempt = 0
        while true {
            do {
                return try IndexReader(path: indexPath)
            } catch .cannotOpen
                where attempt < 3
                && FileManager.default.fileExists(atPath: indexPath + "/" + ShardLayout.stubFileName)
            {
                attempt += 1
            } catch .modified where ContinuousClock.now < giveUp {
                modifiedAttempt += 1
                backOff(attempt: modifiedAttempt)
            } catch {
                throw UppdragError.index(error)
            }
        }
    }

    /// Runs a read, reopening the index and trying again when a commit discarded the revision being read (an
    /// ingest running at the same time). Xapian keeps only the last revisions, so under a writer that commits
    /// constantly on a loaded machine a read may need many tries; it keeps trying for a minute, which outlasts the
    /// bursts of small commits that cause it, and backs off up to 100 ms between tries.
    func retrying<T>(_ body: () throws -> T) throws -> T {
        let giveUp = ContinuousClock.now + Self.retryWindow
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let error where Self.isModified(error) && ContinuousClock.now < giveUp {
                attempt += 1
                reopenReader()
                Self.backOff(attempt: attempt)
            }
        }
    }

    static let retryWindow = Duration.seconds(60)

    /// The pause before retry `attempt` of a read a commit discarded: 5 ms more each time, at most 100 ms.
    static func backOff(attempt: Int) {
        usleep(useconds_t(min(attempt, 20) * 5_000))
    }

    /// Moves the reader to the index's latest revision; after a compaction switched the stub, opens it afresh.
    private func reopenReader() {
        do {
            try reader.reopen()
        } catch {
            if !path.hasPrefix("tcp://"), let fresh = try? Self.open(path) { reader = fresh }
        }
    }

    static func isModified(_ error: any Error) -> Bool {
        if case .modified = error as? SearchIndexError { return true }
        if case .index(.modified) = error as? UppdragError { return true }
        return false
    }

    /// Fields of the query language that map to boolean terms, resolved in Swift before Xapian parses the rest.
    static let booleanFields: Set<String> = ["agency", "type", "ministry", "id", "ref", "year"]

    /// Runs a search.
    public func search(_ options: SearchOptions) throws -> SearchPage {
        try retrying { try searchOnce(options) }
    }

    func searchOnce(_ options: SearchOptions) throws -> SearchPage {
        var request = SearchRequest()
        var (text, fieldFilters) = try splitFields(options.query)
        // Assignments searched by an agency's name are the assignments that agency received.
        if options.assignments, let agency = register.canonicalName(for: text) {
            fieldFilters.append([IndexMapping.agencyTerm(agency)])
            text = ""
        }
        request.text = Self.expandYearRanges(text)
        request.fields = [QueryField(name: "title", prefix: Schema.Prefix.title, isBoolean: false)]
        request.rangeFields = [("issued", Schema.Slot.issued), ("deadline", Schema.Slot.deadline)]
        request.filterGroups = fieldFilters
        request.filterGroups.append([IndexMapping.kindTerm(options.assignments ? .assignment : .document)])
        if !options.agencies.isEmpty { request.filterGroups.append(try options.agencies.map(agencyTerm)) }
        if !options.types.isEmpty { request.filterGroups.append(try options.types.map(doctypeTerm)) }
        if !options.ministries.isEmpty {
            request.filterGroups.append(options.ministries.map { IndexMapping.ministryTerm($0) })
        }
        if !options.references.isEmpty {
            request.filterGroups.append(options.references.map { IndexMapping.referenceTerm(normalizedReference($0)) })
        }
        if options.issuedFrom != nil || options.issuedTo != nil {
            request.ranges.append(
                (
                    Schema.Slot.issued, try Self.dateBound(options.issuedFrom, upper: false),
                    try Self.dateBound(options.issuedTo, upper: true)
                ))
        }
        if options.deadlineFrom != nil || options.deadlineTo != nil {
            request.ranges.append(
                (
                    Schema.Slot.deadline, try Self.dateBound(options.deadlineFrom, upper: false),
                    try Self.dateBound(options.deadlineTo, upper: true)
                ))
        }
        request.offset = options.offset
        request.limit = options.limit
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
        let decoder = JSONDecoder()
        var hits: [SearchHitSummary] = []
        for hit in results.hits {
            if options.assignments {
                let item = try decoder.decode(AssignmentItem.self, from: Data(hit.data))
                let text = [item.assignment.section, item.assignment.task, item.assignment.linked]
                    .compactMap { $0 }.joined(separator: " — ")
                let snippet = (try? results.snippet(of: text, highlight: options.highlight)) ?? ""
                hits.append(
                    SearchHitSummary(
                        id: item.id, kind: .assignment, doctype: item.doctype, identifier: item.identifier,
                        title: item.title, issued: item.issued, file: item.path, score: hit.percent, snippet: snippet,
                        recipient: item.assignment.recipient, task: item.assignment.task))
            } else {
                let stored = try decoder.decode(StoredDocument.self, from: Data(hit.data))
                let snippet = (try? results.snippet(of: stored.text, highlight: options.highlight)) ?? ""
                hits.append(
                    SearchHitSummary(
                        id: stored.id, kind: .document, doctype: stored.record.doctype,
                        identifier: stored.record.identifier, title: stored.record.title,
                        issued: stored.record.issued, file: stored.path, score: hit.percent, snippet: snippet))
            }
        }
        var facets: Facets?
        if options.facets {
            facets = Facets(
                agency: results.facets[Schema.Slot.agencies] ?? [:],
                doctype: results.facets[Schema.Slot.doctype] ?? [:],
                ministry: results.facets[Schema.Slot.ministry] ?? [:], year: results.facets[Schema.Slot.year] ?? [:])
        }
        var suggestion = results.correctedQuery
        if suggestion == nil, results.estimatedTotal == 0, !text.isEmpty {
            suggestion = try spellingSuggestion(for: text)
        }
        return SearchPage(
            query: options.query, total: results.estimatedTotal, offset: options.offset, hits: hits, facets: facets,
            suggestion: suggestion, relaxed: relaxed)
    }

    /// "Did you mean": each word that the index does not know is replaced by the most frequent indexed word within
    /// two edits that shares its first two letters; nil when nothing changes.
    func spellingSuggestion(for text: String) throws -> String? {
        var changed = false
        var words: [String] = []
        for word in text.split(separator: " ") {
            let lowered = word.lowercased()
            let isPlainWord = lowered.count >= 4 && lowered.allSatisfy(\.isLetter)
            guard isPlainWord, (try? reader.termFrequency(lowered)) == 0 else {
                words.append(String(word))
                continue
            }
            let target = Array(lowered)
            var best: (term: String, distance: Int, frequency: Int)?
            let candidates = (try? reader.terms(withPrefix: String(lowered.prefix(2)))) ?? []
            for candidate in candidates where abs(candidate.term.count - target.count) <= 2 {
                let distance = Self.editDistance(target, Array(candidate.term), limit: 2)
                guard distance <= 2 else { continue }
                if best == nil || (distance, -candidate.frequency) < (best?.distance ?? 3, -(best?.frequency ?? 0)) {
                    best = (candidate.term, distance, candidate.frequency)
                }
            }
            if let best {
                words.append(best.term)
                changed = true
            } else {
                words.append(String(word))
            }
        }
        return changed ? words.joined(separator: " ") : nil
    }

    /// Levenshtein distance, giving up (returning limit + 1) once every path exceeds `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The stored record of one document, by id or by file path.
    public func show(_ idOrPath: String) throws -> StoredDocument {
        try retrying { try showOnce(idOrPath) }
    }

    func showOnce(_ idOrPath: String) throws -> StoredDocument {
        var id = idOrPath.lowercased()
        let isId = id.count == 16 && id.allSatisfy(\.isHexDigit)
        if !isId {
            id = IndexMapping.documentId(forPath: SourceReader.absolute(Array(idOrPath.utf8)))
        }
        let data: [UInt8]?
        do {
            data = try reader.data(forTerm: IndexMapping.uniqueTerm(id))
        } catch {
            throw UppdragError.index(error)
        }
        guard let data else { throw UppdragError.notFound("no document \(idOrPath) in \(path)") }
        return try JSONDecoder().decode(StoredDocument.self, from: Data(data))
    }

    /// Counts per doctype, format and item kind, the last ingest and the index size.
    public func stats() throws -> IndexStats {
        try retrying { try statsOnce() }
    }

    func statsOnce() throws -> IndexStats {
        do {
            return try collectStats()
        } catch {
            throw UppdragError.index(error)
        }
    }

    private func collectStats() throws(SearchIndexError) -> IndexStats {
        do {
            var items: [String: Int] = [:]
            for entry in try reader.terms(withPrefix: Schema.Prefix.kind) {
                items[String(entry.term.dropFirst(Schema.Prefix.kind.count))] = entry.frequency
            }
            var doctypes: [String: Int] = [:]
            var formats: [String: Int] = [:]
            let documents = items[ItemKind.document.rawValue] ?? 0
            // Doctype terms sit on items too; count documents only through a filtered search.
            for doctype in Doctype.allCases {
                var request = SearchRequest()
                request.filterGroups = [[IndexMapping.kindTerm(.document)], [IndexMapping.doctypeTerm(doctype)]]
                request.limit = 0
                request.exactCount = true
                let count = try reader.search(request).estimatedTotal
                if count > 0 { doctypes[doctype.rawValue] = count }
            }
            for entry in try reader.terms(withPrefix: Schema.Prefix.format) {
                formats[String(entry.term.dropFirst(Schema.Prefix.format.count))] = entry.frequency
            }
            let failed = try reader.metadata(withPrefix: Schema.fileStatePrefix).filter {
                FileState(encoded: $0.value)?.failure != nil
            }.count
            let lastIngest = try reader.metadata(Schema.lastIngestKey)
            return IndexStats(
                path: path, schemaVersion: Schema.version, documents: documents,
                xapianDocuments: try reader.documentCount(), items: items, doctypes: doctypes, formats: formats,
                failedFiles: failed, lastIngest: lastIngest.isEmpty ? nil : lastIngest, sizeBytes: Self.size(of: path))
        }
    }

    static func size(of path: String) -> Int {
        guard !path.hasPrefix("tcp://") else { return 0 }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return 0 }
        var total = 0
        while let name = enumerator.nextObject() as? String {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + "/" + name)
            total += (attributes?[.size] as? NSNumber)?.intValue ?? 0
        }
        return total
    }

    // MARK: Query language

    /// Splits `agency:SiS type:kommittedirektiv …` out of the query text into filter groups.
    func splitFields(_ query: String) throws -> (text: String, filters: [[String]]) {
        var text = ""
        var filters: [[String]] = []
        var index = query.startIndex
        while index < query.endIndex {
            let wordStart = index
            var cursor = index
            while cursor < query.endIndex, query[cursor].isLetter { cursor = query.index(after: cursor) }
            let name = query[wordStart..<cursor].lowercased()
            let atWordStart =
                wordStart == query.startIndex || query[query.index(before: wordStart)].isWhitespace
                || query[query.index(before: wordStart)] == "("
            if atWordStart, cursor < query.endIndex, query[cursor] == ":", Self.booleanFields.contains(name) {
                var valueStart = query.index(after: cursor)
                var valueEnd = valueStart
                var next = valueStart
                if valueStart < query.endIndex, query[valueStart] == "\"" {
                    valueStart = query.index(after: valueStart)
                    valueEnd = query[valueStart...].firstIndex(of: "\"") ?? query.endIndex
                    next = valueEnd < query.endIndex ? query.index(after: valueEnd) : valueEnd
                } else {
                    while valueEnd < query.endIndex, !query[valueEnd].isWhitespace, query[valueEnd] != ")" {
                        valueEnd = query.index(after: valueEnd)
                    }
                    next = valueEnd
                }
                let value = String(query[valueStart..<valueEnd])
                if value.isEmpty { throw UppdragError.invalidArgument("\(name): needs a value") }
                filters.append([try fieldTerm(name, value)])
                index = next
                continue
            }
            text.append(query[index])
            index = query.index(after: index)
        }
        return (text.trimmingCharacters(in: .whitespaces), filters)
    }

    func fieldTerm(_ field: String, _ value: String) throws -> String {
        switch field {
        case "agency": return try agencyTerm(value)
        case "type": return try doctypeTerm(value)
        case "ministry": return IndexMapping.ministryTerm(value)
        case "id": return IndexMapping.identifierTerm(normalizedReference(value))
        case "ref": return IndexMapping.referenceTerm(normalizedReference(value))
        case "year":
            guard value.count == 4, value.allSatisfy(\.isNumber) else {
                throw UppdragError.invalidArgument("year: expects four digits, got \(value)")
            }
            return Schema.Prefix.year + value
        default: throw UppdragError.invalidArgument("unknown field \(field):")
        }
    }

    func normalizedReference(_ value: String) -> String {
        references.normalise(value) ?? value
    }

    /// The boolean term of an agency the user named; an unknown name is an error that suggests close names.
    public func agencyTerm(_ name: String) throws -> String {
        if let canonical = register.canonicalName(for: name) { return IndexMapping.agencyTerm(canonical) }
        let suggestions = register.suggestions(for: name, limit: 3)
        let hint =
            suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
        throw UppdragError.invalidArgument("unknown agency \"\(name)\"\(hint)")
    }

    func doctypeTerm(_ name: String) throws -> String {
        let lowered = name.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        let aliases: [String: Doctype] = [
            "dir": .kommittedirektiv, "direktiv": .kommittedirektiv, "tillaggsdirektiv": .tillaggsdirektiv,
            "ru": .regeringsuppdrag, "uppdrag": .regeringsuppdrag, "prop": .proposition, "sfs": .lag,
            "forordning": .forordning, "rb": .regleringsbrev,
        ]
        if let doctype = Doctype(rawValue: lowered) ?? aliases[lowered] { return IndexMapping.doctypeTerm(doctype) }
        let known = Doctype.allCases.map(\.rawValue).joined(separator: ", ")
        throw UppdragError.invalidArgument("unknown document type \"\(name)\"; known types: \(known)")
    }

    /// "2015-03-01" or "2015" → "20150301" / "20150101" (or "20151231" for an upper bound).
    static func dateBound(_ value: String?, upper: Bool) throws -> String? {
        guard let value else { return nil }
        let digits = value.filter(\.isNumber)
        let valid = value.allSatisfy { $0.isNumber || $0 == "-" }
        guard valid else {
            throw UppdragError.invalidArgument("not a date: \(value) (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        switch digits.count {
        case 4: return digits + (upper ? "1231" : "0101")
        case 6: return digits + (upper ? "31" : "01")
        case 8: return digits
        default: throw UppdragError.invalidArgument("not a date: \(value) (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        }
    }

    /// Xapian's date ranges need full dates: "deadline:2016..2017" → "deadline:20160101..20171231".
    static func expandYearRanges(_ text: String) -> String {
        var words: [String] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            guard let colon = word.firstIndex(of: ":"), ["issued", "deadline"].contains(word[..<colon].lowercased()),
                let dots = word.range(of: "..")
            else {
                words.append(String(word))
                continue
            }
            let lower = String(word[word.index(after: colon)..<dots.lowerBound])
            let upper = String(word[dots.upperBound...])
            let low = lower.isEmpty ? "" : ((try? dateBound(lower, upper: false)) ?? nil) ?? lower
            let high = upper.isEmpty ? "" : ((try? dateBound(upper, upper: true)) ?? nil) ?? upper
            words.append(word[...colon] + low + ".." + high)
        }
        return words.joined(separator: " ")
    }
}

@available(*, unavailable)
extension Catalog: Sendable {}
