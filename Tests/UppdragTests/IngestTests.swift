import Extraction
import Foundation
import SearchIndex
import TestSupport
import Testing

@testable import Uppdrag

@Suite struct IngestTests {
    @Test func ingestIsIncrementalAndIdempotent() async throws {
        let source = try TemporaryFolder()
        try source.copyContents(of: corpusPath)
        let count = try FileManager.default.contentsOfDirectory(atPath: corpusPath).count
        let index = try TemporaryFolder()

        let (first, observer) = try await ingest([source.path], into: index.path)
        #expect(first == summary(added: count))
        #expect(observer.errors.isEmpty)

        let (second, _) = try await ingest([source.path], into: index.path)
        #expect(second == summary(unchanged: count))

        try source.write(
            "dir-2016-26.txt", "Tilläggsdirektiv\n\nUtredaren ska redovisa uppdraget senast den 1 mars 2027.")
        try FileManager.default.removeItem(atPath: source.file("dir-2012-13.txt"))
        let (third, _) = try await ingest([source.path], into: index.path)
        #expect(third == summary(replaced: 1, unchanged: count - 2, removed: 1))

        let catalog = try Catalog(indexPath: index.path)
        #expect(try catalog.stats().documents == count - 1)
        #expect(
            try catalog.search(SearchOptions(query: "tilläggsdirektiv", limit: 100)).hits.contains {
                $0.file.hasSuffix("dir-2016-26.txt")
            })
        #expect(throws: UppdragError.self) { try catalog.show(source.file("dir-2012-13.txt")) }
    }

    @Test func everyDevCorpusFileGetsADocument() async throws {
        let index = try TemporaryFolder()
        let (result, observer) = try await ingest([corpusPath], into: index.path)
        #expect(observer.errors.isEmpty)
        #expect(result.failed == 0)
        let catalog = try Catalog(indexPath: index.path)
        let all = try catalog.search(SearchOptions(limit: 1000))
        #expect(all.hits.count == result.added)
        let seed = try catalog.show(corpusPath + "/art-hjalp-att-lamna-valdsbejakande-extremism.txt")
        #expect(seed.text.contains("Kriminalvården ska utveckla"))
    }

    /// Files whose records older extraction rules made are parsed again although their bytes did not change; the
    /// file states of format 1 (before rules were recorded) count as the first rules.
    @Test func filesRecordedByOlderRulesAreParsedAgain() async throws {
        let index = try TemporaryFolder()
        let count = try FileManager.default.contentsOfDirectory(atPath: corpusPath).count
        _ = try await ingest([corpusPath], into: index.path, shards: 2)
        let shards = try FileManager.default.contentsOfDirectory(atPath: index.path).filter { $0.hasPrefix("shard-") }
        try #require(shards.count == 2)
        for (number, shard) in shards.enumerated() {
            let writer = try IndexWriter(path: index.path + "/" + shard, create: false)
            try writer.begin()
            for (key, value) in try writer.metadata(withPrefix: Schema.fileStatePrefix) {
                let fields = value.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                // One shard as format 1, the other as format 2 under the rules before these.
                let older =
                    number == 0
                    ? ["1", fields[1], fields[2], fields[4], fields[5]]
                    : ["2", fields[1], fields[2], String(Extractor.rulesVersion - 1), fields[4], fields[5]]
                try writer.setMetadata(key, older.joined(separator: "\t"))
            }
            try writer.commitBatch()
            try writer.close()
        }
        let (again, _) = try await ingest([corpusPath], into: index.path)
        #expect(again == summary(replaced: count))
        let (then, _) = try await ingest([corpusPath], into: index.path)
        #expect(then == summary(unchanged: count))
    }

    /// With several shards too: each shard skips the numbers that fall between the others' documents.
    @Test(.enabled(if: hasDevCorpus), arguments: [1, 2, 3])
    func documentsAreNumberedInWalkOrderWhateverOrderParsesFinish(shards: Int) async throws {
        let folder = devCorpusPath + "/docs"
        let index = try TemporaryFolder()
        _ = try await ingest([folder], into: index.path, shards: shards)
        let catalog = try Catalog(indexPath: index.path)
        // Every hit of an empty query weighs the same, so Xapian lists them by document number.
        let listed = try catalog.search(SearchOptions(limit: 1000)).hits.map {
            URL(fileURLWithPath: $0.file).lastPathComponent
        }
        let walked = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(listed.count == walked.count)
        #expect(listed == walked)
    }

    @Test func sourceDocumentsAndItemsKeepToTheirDocidRanges() async throws {
        let source = try TemporaryFolder()
        try source.copyContents(of: corpusPath)
        let count = try FileManager.default.contentsOfDirectory(atPath: corpusPath).count
        let index = try TemporaryFolder()
        // One shard, whose numbers the reader sees unchanged.
        _ = try await ingest([source.path], into: index.path, shards: 1)

        let itemBase: UInt32 = 1 << 26
        func docids(_ kinds: [String]) throws -> [UInt32] {
            let reader = try IndexReader(path: index.path)
            let request = SearchRequest(filterGroups: [kinds.map { Schema.Prefix.kind + $0 }], limit: 100_000)
            return try reader.search(request).hits.map(\.docid).sorted()
        }
        let items = ["deadline", "obligation", "assignment"]
        #expect(try docids(["document"]) == Array(1...UInt32(count)))
        let firstItems = try docids(items)
        #expect(firstItems.count > count)
        #expect(firstItems == Array(itemBase..<itemBase + UInt32(firstItems.count)))

        // A changed file's documents are added anew: its source document after the last one, its items after the
        // last item, whatever was deleted in between.
        try source.write(
            "dir-2016-26.txt", "Tilläggsdirektiv\n\nUtredaren ska redovisa uppdraget senast den 1 mars 2027.")
        _ = try await ingest([source.path], into: index.path)
        let documents = try docids(["document"])
        #expect(documents.count == count)
        #expect(documents.last == UInt32(count) + 1)
        let laterItems = try docids(items)
        let newItems = Set(laterItems).subtracting(firstItems)
        #expect(laterItems.allSatisfy { $0 >= itemBase })
        #expect(newItems.min() == itemBase + UInt32(firstItems.count))
    }

    @Test(arguments: [1, 3])
    func manySmallBatchesOnWriterThreadsLoseNothing(shards: Int) async throws {
        let source = try TemporaryFolder()
        for number in 0..<300 {
            try source.write(
                "ru-\(number).txt",
                "Uppdrag nummer \(number)\n\nSocialstyrelsen ska redovisa uppdrag \(number) senast den 1 mars 2027.")
        }
        let index = try TemporaryFolder()
        func run() async throws -> IngestSummary {
            let options = IngestOptions(indexPath: index.path, batches: BatchPolicy(fixedSize: 7), shards: shards)
            return try await Ingester(options: options).run(paths: [source.path], observer: RecordingObserver())
        }
        #expect(try await run() == summary(added: 300))

        for number in 0..<100 { try FileManager.default.removeItem(atPath: source.file("ru-\(number).txt")) }
        for number in 100..<150 { try source.write("ru-\(number).txt", "Uppdrag nummer \(number), ändrat.") }
        #expect(try await run() == summary(replaced: 50, unchanged: 150, removed: 100))

        let catalog = try Catalog(indexPath: index.path)
        #expect(try catalog.stats().documents == 200)
        #expect(try catalog.search(SearchOptions(query: "ändrat", limit: 100)).hits.count == 50)
        #expect(try catalog.search(SearchOptions(query: "socialstyrelsen", limit: 1000)).hits.count == 150)
    }

    @Test func secondIngestWhileOneHoldsTheLockIsRefused() async throws {
        let index = try TemporaryFolder()
        _ = try await ingest([corpusPath + "/dir-2016-26.txt"], into: index.path)
        let holder = try IndexHolder(path: index.path)
        await #expect {
            _ = try await ingest([corpusPath + "/dir-2017-72.txt"], into: index.path)
        } throws: { error in
            guard let error = error as? UppdragError else { return false }
            return error.exitCode == 75 && error.description.contains("locked")
        }
        _ = holder
    }
}

/// Holds an index's write lock, as a running ingest does.
final class IndexHolder {
    let writer: IndexWriter
    init(path: String) throws {
        writer = try IndexWriter(path: path)
    }
}

func summary(added: Int = 0, replaced: Int = 0, unchanged: Int = 0, removed: Int = 0, failed: Int = 0) -> IngestSummary
{
    var summary = IngestSummary()
    summary.added = added
    summary.replaced = replaced
    summary.unchanged = unchanged
    summary.removed = removed
    summary.failed = failed
    return summary
}
