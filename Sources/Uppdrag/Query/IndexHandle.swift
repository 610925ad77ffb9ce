import Foundation
import SearchIndex

#if canImport(Glibc)
    import Glibc
#endif

/// An open index: the one reader of a command, and the one place that reopens and retries when an ingest's
/// commit overtakes the revision being read.
final class IndexHandle {
    private(set) var reader: IndexReader
    let path: String
    /// Shards that could not be reached when the index was opened with `allowPartial`.
    private(set) var missingShards: [String] = []

    /// Opens the index at `indexPath`, which must exist and have this schema version: a folder (one database or
    /// shards listed in its XAPIANDB stub) or remote shards `tcp://HOST:PORT[,HOST:PORT…]` served by xapian-tcpsrv.
    /// With `allowPartial`, unreachable remote shards are left out and listed in `missingShards`.
    init(indexPath: String, allowPartial: Bool = false) throws {
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
    func read<T>(_ body: (IndexReader) throws -> T) throws -> T {
        let giveUp = ContinuousClock.now + Self.retryWindow
        var attempt = 0
        while true {
            do {
                return try body(reader)
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

}

@available(*, unavailable)
extension IndexHandle: Sendable {}
