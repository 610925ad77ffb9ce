import Foundation
import TestSupport
import Testing
import Uppdrag

@Suite struct CompactionTests {
    /// One shard unless asked, so the folder names below do not depend on the machine's cores.
    func ingest(
        _ paths: [String], into index: String, shards: Int = 1, compaction: CompactionPolicy
    ) async throws -> (IngestSummary, RecordingObserver) {
        let observer = RecordingObserver()
        let summary = try await Ingester(
            options: IngestOptions(indexPath: index, shards: shards, compaction: compaction)
        )
        .run(paths: paths, observer: observer)
        return (summary, observer)
    }

    func stubNames(_ index: String) throws -> [String] {
        try String(contentsOfFile: index + "/XAPIANDB", encoding: .utf8).split(separator: "\n")
            .map { String($0.split(separator: " ")[1]) }
    }

    func folders(_ index: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: index).filter { $0.hasPrefix("shard-") }.sorted()
    }

    /// Every hit of every kind with its stored record, for comparing two indexes.
    func contents(_ index: String) throws -> [String] {
        let catalog = try Catalog(indexPath: index)
        var lines: [String] = []
        for assignments in [false, true] {
            for hit in try catalog.search(SearchOptions(limit: 10_000, assignments: assignments)).hits {
                lines.append("\(hit.id) \(hit.file) \(hit.title ?? "") \(hit.snippet)")
            }
        }
        let stats = try catalog.stats()
        lines.append("\(stats.documents) \(stats.xapianDocuments) \(stats.items.sorted { $0.key < $1.key })")
        return lines
    }

    @Test func firstIngestIsCompactedAndHoldsWhatAnUncompactedOneHolds() async throws {
        let folder = try TemporaryFolder()
        let compacted = folder.file("compacted")
        let loose = folder.file("loose")
        _ = try await ingest([corpusPath], into: compacted, compaction: .auto)
        _ = try await ingest([corpusPath], into: loose, compaction: .never)
        #expect(try stubNames(compacted) == ["shard-0.1"])
        #expect(try folders(compacted) == ["shard-0.1"])
        #expect(try stubNames(loose) == ["shard-0"])
        #expect(try contents(compacted) == contents(loose))
        // Packed blocks: the compacted index is smaller.
        #expect(try Catalog(indexPath: compacted).stats().sizeBytes < Catalog(indexPath: loose).stats().sizeBytes)
    }

    @Test func aFewChangedFilesInALargerIndexAreNotWorthACompaction() async throws {
        let source = try TemporaryFolder()
        try source.copyContents(of: corpusPath)
        let index = try TemporaryFolder()
        _ = try await ingest([source.path], into: index.path, compaction: .auto)
        try source.write(
            "dir-2016-26.txt", "Tilläggsdirektiv\n\nUtredaren ska redovisa uppdraget senast den 1 mars 2027.")
        let (second, _) = try await ingest([source.path], into: index.path, compaction: .auto)
        #expect(second.replaced == 1)
        #expect(try stubNames(index.path) == ["shard-0.1"])
        let (third, _) = try await ingest([source.path], into: index.path, compaction: .always)
        #expect(third.unchanged > 0)
        #expect(try stubNames(index.path) == ["shard-0.2"])
        #expect(try folders(index.path) == ["shard-0.2"])
        let catalog = try Catalog(indexPath: index.path)
        #expect(
            try catalog.search(SearchOptions(query: "tilläggsdirektiv 2027")).hits.contains {
                $0.file.hasSuffix("dir-2016-26.txt")
            })
    }

    @Test func leftoversOfAKilledCompactionAreReplacedAndRemoved() async throws {
        let index = try TemporaryFolder()
        _ = try await ingest([corpusPath + "/dir-2016-26.txt"], into: index.path, compaction: .never)
        // A run killed while compacting leaves the next generation's folder half written, unlisted.
        try FileManager.default.createDirectory(atPath: index.file("shard-0.1"), withIntermediateDirectories: false)
        try index.write("shard-0.1/postlist.glass", "half a table")
        try FileManager.default.createDirectory(atPath: index.file("shard-7.3"), withIntermediateDirectories: false)
        let (summary, observer) = try await ingest([corpusPath], into: index.path, compaction: .auto)
        #expect(summary.added == (try FileManager.default.contentsOfDirectory(atPath: corpusPath).count) - 1)
        #expect(observer.diagnostics.isEmpty)
        #expect(try stubNames(index.path) == ["shard-0.1"])
        #expect(try folders(index.path) == ["shard-0.1"])
        #expect(try Catalog(indexPath: index.path).stats().documents == summary.added + 1)
        // A run with nothing to compact still clears what a killed compaction left.
        try FileManager.default.createDirectory(atPath: index.file("shard-0.2"), withIntermediateDirectories: false)
        let (again, _) = try await ingest([corpusPath], into: index.path, compaction: .auto)
        #expect(again.added + again.replaced + again.removed == 0)
        #expect(try folders(index.path) == ["shard-0.1"])
    }

    @Test func aReaderOpenBeforeACompactionKeepsReading() async throws {
        let index = try TemporaryFolder()
        _ = try await ingest([corpusPath + "/dir-2016-26.txt"], into: index.path, compaction: .auto)
        let catalog = try Catalog(indexPath: index.path)
        let before = try catalog.search(SearchOptions(limit: 100)).hits.count
        _ = try await ingest([corpusPath], into: index.path, compaction: .auto)
        #expect(try folders(index.path) == ["shard-0.2"])
        // The open reader still answers; once moved on, it sees the new shards.
        let after = try catalog.search(SearchOptions(limit: 100)).hits.count
        let corpusFiles = try FileManager.default.contentsOfDirectory(atPath: corpusPath).count
        #expect(after == before || after == corpusFiles)
        #expect(try Catalog(indexPath: index.path).search(SearchOptions(limit: 100)).hits.count > before)
    }

    @Test func shardedIndexesCompactEveryShard() async throws {
        let index = try TemporaryFolder()
        let observer = RecordingObserver()
        _ = try await Ingester(options: IngestOptions(indexPath: index.path, shards: 3))
            .run(paths: [corpusPath], observer: observer)
        #expect(try stubNames(index.path) == ["shard-0.1", "shard-1.1", "shard-2.1"])
        #expect(try folders(index.path) == ["shard-0.1", "shard-1.1", "shard-2.1"])
        #expect(
            try Catalog(indexPath: index.path).stats().documents
                == (try FileManager.default.contentsOfDirectory(atPath: corpusPath).count))
    }
}
