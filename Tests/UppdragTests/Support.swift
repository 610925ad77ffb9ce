import Foundation
import Synchronization
import Testing
import Uppdrag

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let corpusPath = repositoryRoot.appendingPathComponent("Corpus").path
let devCorpusPath = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus-dev").path
let hasDevCorpus = FileManager.default.fileExists(atPath: devCorpusPath + "/gold.jsonl")

/// A temporary folder removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("uppdrag-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
    }

    func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }

    /// Copies every file of `source` into this folder.
    func copyContents(of source: String) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: source) {
            try FileManager.default.copyItem(atPath: source + "/" + name, toPath: file(name))
        }
    }

    deinit {
        _ = try? FileManager.default.removeItem(atPath: path)
    }
}

/// Collects what an ingest reports.
final class RecordingObserver: IngestObserver {
    private let recorded = Mutex<[IngestDiagnostic]>([])

    var diagnostics: [IngestDiagnostic] { recorded.withLock { $0 } }
    var errors: [IngestDiagnostic] { diagnostics.filter { $0.severity == .error } }

    func diagnostic(_ diagnostic: IngestDiagnostic) { recorded.withLock { $0.append(diagnostic) } }
    func progress(filesSeen: Int, summary: IngestSummary) {}
}

/// Ingests with the default shard count of this machine unless `shards` is given.
func ingest(
    _ paths: [String], into index: String, maxFileSize: Int = 64 << 20, shards: Int? = nil
) async throws -> (IngestSummary, RecordingObserver) {
    let observer = RecordingObserver()
    let summary = try await Ingester(
        options: IngestOptions(indexPath: index, maxFileSize: maxFileSize, shards: shards)
    )
    .run(paths: paths, observer: observer)
    return (summary, observer)
}
