import Documents
import Extraction
import Foundation
import SearchIndex

/// The ingest pipeline: walk, read, parse and extract in parallel; one writer commits batches in transactions.
public struct Ingester: Sendable {
    public let options: IngestOptions
    let parser: DocumentParser
    let extractor: Extractor

    public init(options: IngestOptions) {
        self.options = options
        self.parser = DocumentParser(
            maxFileSize: options.maxFileSize, recognition: options.ocrLanguage.map { PDFTextRecognition(language: $0) })
        self.extractor = Extractor()
    }

    /// Ingests `paths` (files and folders) into the index; throws only for errors that stop the whole run.
    public func run(
        paths: [String], observer: some IngestObserver, shouldStop: @escaping @Sendable () -> Bool = { false }
    )
        async throws -> IngestSummary
    {
        let (layout, writers) = try openWriters()
        // Holding every shard's lock, nothing else can be compacting: a folder the stub does not list is what a
        // killed compaction left.
        Compaction.removeUnlisted(layout)
        let shards = try ShardWriters(writers: writers, layout: layout)
        do {
            let run = IngestRun(
                options: options, shards: shards, observer: observer, shouldStop: shouldStop,
                processor: FileProcessor(parser: parser, extractor: extractor, limit: options.maxFileSize))
            let (summary, filesInIndex) = try await run.ingest(paths: paths)
            var compacted: ShardLayout?
            let changed = summary.added + summary.replaced + summary.removed
            if layout.hasStub, !shouldStop(), options.compaction.applies(changed: changed, files: filesInIndex) {
                do {
                    compacted = try Compaction.compact(layout)
                } catch {
                    // Every batch is committed: the index is whole, only larger than it need be.
                    observer.diagnostic(
                        IngestDiagnostic(
                            severity: .warning, path: options.indexPath, message: "index not compacted: \(error)"))
                }
            }
            try shards.close()
            if let compacted { Compaction.removeUnlisted(compacted) }
            return summary
        } catch let error as SearchIndexError {
            shards.cancel()
            throw UppdragError.index(error)
        } catch {
            shards.cancel()
            throw error
        }
    }

    /// Opens a writer on every shard. Shards listed in an existing stub are opened, never created: if a
    /// compaction switched the stub meanwhile, the stub is read again instead of making an empty shard where the
    /// old one was.
    private func openWriters() throws -> (ShardLayout, [IndexWriter]) {
        var attempt = 0
        while true {
            let layout = try ShardLayout.resolve(indexPath: options.indexPath, requestedShards: options.shards)
            let writers: [IndexWriter]
            do {
                writers = try Self.openAll(layout.shardPaths, create: !layout.existed)
            } catch .cannotOpen where layout.hasStub && layout.existed && attempt < 3 {
                attempt += 1
                let current = try ShardLayout.resolve(indexPath: options.indexPath, requestedShards: options.shards)
                if current.shardNames != layout.shardNames { continue }
                // The stub is current and names a database that is not there (a run killed right after writing
                // a new stub): make it.
                do {
                    return (layout, try Self.openAll(layout.shardPaths, create: true))
                } catch {
                    throw UppdragError.index(error)
                }
            } catch {
                throw UppdragError.index(error)
            }
            try layout.publish()
            return (layout, writers)
        }
    }

    private static func openAll(_ paths: [String], create: Bool) throws(SearchIndexError) -> [IndexWriter] {
        var writers: [IndexWriter] = []
        for path in paths { writers.append(try IndexWriter(path: path, create: create)) }
        return writers
    }
}
