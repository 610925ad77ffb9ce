import Foundation

/// How an index folder is laid out: one Xapian database, or shards listed in a stub file.
///
/// A sharded index is a folder with `shard-0`, `shard-1`, … and a Xapian stub file `XAPIANDB` listing them
/// (`auto shard-0`), so every reader that opens the folder searches all shards as one database.
public struct ShardLayout: Sendable, Equatable {
    /// Paths of the databases to write, one per shard (the index folder itself when unsharded).
    public var shardPaths: [String]
    public var isSharded: Bool

    public static let stubFileName = "XAPIANDB"

    /// The layout of an existing index, or a new one with `requestedShards` shards (nil = keep, or 1 when new).
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
            return ShardLayout(shardPaths: existing, isSharded: true)
        }
        let hasDatabase = manager.fileExists(atPath: indexPath + "/iamglass")
        guard let requestedShards, requestedShards > 1 else {
            return ShardLayout(shardPaths: [indexPath], isSharded: false)
        }
        if hasDatabase {
            throw UppdragError.invalidArgument(
                "index at \(indexPath) is a single database: ingest into a new index to shard it")
        }
        do {
            try manager.createDirectory(atPath: indexPath, withIntermediateDirectories: true)
            let names = (0..<requestedShards).map { "shard-\($0)" }
            let text = names.map { "auto \($0)\n" }.joined()
            try text.write(toFile: stub, atomically: true, encoding: .utf8)
            return ShardLayout(shardPaths: names.map { indexPath + "/" + $0 }, isSharded: true)
        } catch {
            throw UppdragError.io(path: indexPath, message: "cannot create shard layout: \(error)")
        }
    }

    /// The local shards a stub file lists (`auto NAME` lines, relative to the index folder).
    static func shards(inStub stub: String, indexPath: String) throws -> [String] {
        guard let text = try? String(contentsOfFile: stub, encoding: .utf8) else {
            throw UppdragError.io(path: stub, message: "cannot read the shard list")
        }
        var paths: [String] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 1)
            guard fields.count == 2 else { continue }
            switch fields[0] {
            case "auto", "glass":
                let name = String(fields[1])
                paths.append(name.hasPrefix("/") ? name : indexPath + "/" + name)
            case "remote":
                throw UppdragError.invalidArgument(
                    "index at \(indexPath) lists remote shards: write on the machine that holds each shard")
            default:
                continue
            }
        }
        if paths.isEmpty { throw UppdragError.io(path: stub, message: "the shard list names no shard") }
        return paths
    }

    /// The shard a file's documents live in: fixed by its document id, so a file never moves.
    func shard(forDocumentId id: String) -> Int {
        guard shardPaths.count > 1, let value = UInt64(id, radix: 16) else { return 0 }
        return Int(value % UInt64(shardPaths.count))
    }
}
