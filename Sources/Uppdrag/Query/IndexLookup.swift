import Extraction
import Foundation
import SearchIndex

/// One document's stored record, and the index's own statistics.
struct IndexLookup {
    let reader: IndexReader
    let path: String

    func document(_ idOrPath: String) throws -> StoredDocument {
        var id = idOrPath.lowercased()
        let isId = id.count == 16 && id.allSatisfy(\.isHexDigit)
        if !isId {
            id = Schema.documentId(forPath: SourceReader.absolute(Array(idOrPath.utf8)))
        }
        let data: [UInt8]?
        do {
            data = try reader.data(forTerm: Schema.uniqueTerm(id))
        } catch {
            throw UppdragError.index(error)
        }
        guard let data else { throw UppdragError.notFound("no document \(idOrPath) in \(path)") }
        return try JSONDecoder().decode(StoredDocument.self, from: Data(data))
    }

    func stats() throws(SearchIndexError) -> IndexStats {
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
                request.filterGroups = [[Schema.kindTerm(.document)], [Schema.doctypeTerm(doctype)]]
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
                path: path, schemaVersion: IndexFormat.version, documents: documents,
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
}
