import Foundation
import Synchronization
import TestSupport
import Testing
import Uppdrag

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
