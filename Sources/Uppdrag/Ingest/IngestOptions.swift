import Foundation
public import SearchIndex

/// Options of one ingest run.
public struct IngestOptions: Sendable {
    public var indexPath: String
    public var maxFileSize: Int
    /// Source files per Xapian transaction.
    public var batches: BatchPolicy
    /// Files read, parsed and extracted at once.
    public var concurrency: Int
    /// Shards of a new index (nil: keep the existing layout, or `ShardLayout.defaultShardCount` for a new one).
    public var shards: Int?
    /// Whether the run ends by rewriting the index compactly.
    public var compaction: CompactionPolicy
    /// The Tesseract language ("swe") that reads PDF pages without a text layer; nil leaves them out with a warning.
    public var ocrLanguage: String?

    public init(
        indexPath: String, maxFileSize: Int = 64 << 20, batches: BatchPolicy = BatchPolicy(), concurrency: Int = 0,
        shards: Int? = nil, compaction: CompactionPolicy = .auto, ocrLanguage: String? = nil
    ) {
        self.indexPath = indexPath
        self.ocrLanguage = ocrLanguage
        self.shards = shards
        self.compaction = compaction
        self.maxFileSize = maxFileSize
        self.batches = batches
        self.concurrency = concurrency > 0 ? concurrency : max(2, ProcessInfo.processInfo.activeProcessorCount)
    }
}

/// What an ingest did, file by file.
public struct IngestSummary: Sendable, Equatable {
    public var added = 0
    public var replaced = 0
    public var unchanged = 0
    public var removed = 0
    public var failed = 0
    public var skipped = 0

    public init() {}

    /// "N added, N replaced, N unchanged, N removed, N failed".
    public var line: String {
        "\(added) added, \(replaced) replaced, \(unchanged) unchanged, \(removed) removed, \(failed) failed"
    }
}

/// A per-file message of an ingest: a file that failed or was skipped.
public struct IngestDiagnostic: Sendable {
    public enum Severity: String, Sendable { case warning, error }
    public var severity: Severity
    public var path: String
    public var message: String
}

/// Receives progress and per-file diagnostics while an ingest runs.
public protocol IngestObserver: Sendable {
    func diagnostic(_ diagnostic: IngestDiagnostic)
    func progress(filesSeen: Int, summary: IngestSummary)
}
