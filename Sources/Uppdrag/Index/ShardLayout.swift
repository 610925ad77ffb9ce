import Foundation

/// How an index folder is laid out: shards listed in a stub file, or (in folders made before stubs) one database.
///
/// An index is a folder with one or more Xapian databases, `shard-0`, `shard-1`, …, and a Xapian stub file
/// `XAPIANDB` listing them (`auto shard-0`), so every reader that opens the folder searches all shards as one
/// database. A compaction writes each shard anew as `shard-K.G` (generation G) and switches the stub to the new
/// folders in one rename, so readers see either the old shards or the new ones, never a mix.
public struct ShardLayout: Sendable, Equatable {
    public var indexPath: String
    /// Shard folder names as the stub lists them; empty for a bare database folder.
    public var shardNames: [String]
    /// Paths of the databases to write, one per shard (the index folder itself when it is a bare database).
    public var shardPaths: [String]
    public var hasStub: Bool { !shardNames.isEmpty }
    /// True when the layout was read from an existing index, whose databases must not be created again.
    public var existed: Bool

    public static let stubFileName = "XAPIANDB"

    /// Shards of a new index when none are asked for: one per core, at most four. A Xapian writer is
    /// single-threaded, so shards are what lets writing use more than one core; each costs every search one more
    /// database to open and merge.
    public static var defaultShardCount: Int { min(4, max(1, ProcessInfo.processInfo.activeProcessorCount)) }

    /// The layout of an existing index, or a new one with `requestedShards` shards (nil = keep, or
    /// ``defaultShardCount`` when new).
    public static func resolve(indexPath: String, requestedShards: Int?) throws -> ShardLayout {
        let stub = indexPath + "/" + stubFileName
        let manager = FileManager.default
        if manager.fileExists(atPath: stub) {
            let existing = try shards(inStub: stub, indexPath: indexPath)
            if let requestedShards, requestedShards != existing.count {
                throw UppdragError.invalidArgument(
                    "index at \(indexPath) has \(existing.count) shards, not \(requestedShards): ingest into a new index to change it"
                )
            }
            return ShardLayout(indexPath: indexPath, names: existing, existed: true)
        }
        if manager.fileExists(atPath: indexPath + "/iamglass") {
            guard (requestedShards ?? 1) == 1 else {
                throw UppdragError.invalidArgument(
                    "index at \(indexPath) is a single database: ingest into a new index to shard it")
            }
            return ShardLayout(indexPath: indexPath, shardNames: [], shardPaths: [indexPath], existed: true)
        }
        do {
            try manager.createDirectory(atPath: indexPath, withIntermediateDirectories: true)
        } catch {
            throw UppdragError.io(path: indexPath, message: "cannot create the index folder: \(error)")
        }
        let names = (0..<max(1, requestedShards ?? defaultShardCount)).map { "shard-\($0)" }
        return ShardLayout(indexPath: indexPath, names: names, existed: false)
    }

    /// Writes the stub of a new layout once every database it lists exists, so a reader never meets a listed
    /// shard that is not there.
    func publish() throws {
        guard !existed else { return }
        try Self.writeStub(names: shardNames, indexPath: indexPath)
    }

    init(indexPath: String, names: [String], existed: Bool) {
        self.init(
            indexPath: indexPath, shardNames: names, shardPaths: names.map { Self.path(of: $0, in: indexPath) },
            existed: existed)
    }

    init(indexPath: String, shardNames: [String], shardPaths: [String], existed: Bool) {
        self.indexPath = indexPath
        self.shardNames = shardNames
        self.shardPaths = shardPaths
        self.existed = existed
    }

    static func path(of name: String, in indexPath: String) -> String {
        name.hasPrefix("/") ? name : indexPath + "/" + name
    }

    /// Replaces the stub in one rename: a reader opens the old list or the new one, never a partial file.
    static func writeStub(names: [String], indexPath: String) throws {
        let stub = indexPath + "/" + stubFileName
        let temporary = stub + ".new"
        try names.map { "auto \($0)\n" }.joined().write(toFile: temporary, atomically: false, encoding: .utf8)
        guard rename(temporary, stub) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw UppdragError.io(path: stub, message: "cannot replace the shard list: \(reason)")
        }
    }

    /// The local shards a stub file lists (`auto NAME` lines, relative to the index folder).
    static func shards(inStub stub: String, indexPath: String) throws -> [String] {
        guard let text = try? String(contentsOfFile: stub, encoding: .utf8) else {
            throw UppdragError.io(path: stub, message: "cannot read the shard list")
        }
        var names: [String] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 1)
            guard fields.count == 2 else { continue }
            switch fields[0] {
            case "auto", "glass":
                names.append(String(fields[1]))
            case "remote":
                throw UppdragError.invalidArgument(
                    "index at \(indexPath) lists remote shards: write on the machine that holds each shard")
            default:
                continue
            }
        }
        if names.isEmpty { throw UppdragError.io(path: stub, message: "the shard list names no shard") }
        return names
    }

    /// The shard a file's documents live in: fixed by its document id, so a file never moves.
    func shard(forDocumentId id: String) -> Int {
        guard shardPaths.count > 1, let value = UInt64(id, radix: 16) else { return 0 }
        return Int(value % UInt64(shardPaths.count))
    }
}
