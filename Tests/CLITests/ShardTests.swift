import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct ShardTests {
    /// Hit ids in the order listed: shards number documents in the order they were added, as one database does.
    func ids(_ arguments: [String]) throws -> [String] {
        let result = try run(arguments + ["--format", "jsonl", "--limit", "1000"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
    }

    func facets(_ index: String) throws -> NSDictionary {
        let result = try run(["search", "--index", index, "--facets", "--format", "json", "--limit", "0"])
        let page = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
        return (page?["facets"] as? NSDictionary) ?? [:]
    }

    @Test func shardedIndexAnswersLikeASingleOne() throws {
        let folder = try TemporaryFolder()
        let single = folder.file("single")
        let sharded = folder.file("sharded")
        #expect(try run(["ingest", "--index", single, "--shards", "1", corpusPath]).status == 0)
        #expect(try run(["ingest", "--index", sharded, "--shards", "3", corpusPath]).status == 0)
        #expect(FileManager.default.fileExists(atPath: sharded + "/XAPIANDB"))
        for query in [["uppdrag"], ["kriminalvården"], []] {
            #expect(try ids(["search", "--index", single] + query) == ids(["search", "--index", sharded] + query))
        }
        #expect(try facets(single) == facets(sharded))
        // Re-ingest finds every file in its shard.
        let again = try run(["ingest", "--index", sharded, corpusPath])
        #expect(again.stderr.hasPrefix("0 added, 0 replaced"))
        // A different shard count for an existing index is refused.
        #expect(try run(["ingest", "--index", sharded, "--shards", "2", corpusPath]).status == 64)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xapian-tcpsrv"), "needs xapian-tools"))
    func remoteShardsServedByTcpsrvGiveTheSameHits() throws {
        let folder = try TemporaryFolder()
        let single = folder.file("single")
        let sharded = folder.file("sharded")
        #expect(try run(["ingest", "--index", single, "--shards", "1", corpusPath]).status == 0)
        #expect(try run(["ingest", "--index", sharded, "--shards", "2", corpusPath]).status == 0)
        let base = 20_000 + Int(getpid() % 20_000)
        var servers: [Process] = []
        defer {
            // SIGKILL: a child spawned from a test thread may inherit a mask that blocks SIGTERM.
            for server in servers {
                kill(server.processIdentifier, SIGKILL)
                server.waitUntilExit()
            }
        }
        let folders = shardFolders(sharded)
        #expect(folders.count == 2)
        for (shard, folder) in folders.enumerated() {
            let server = Process()
            server.executableURL = URL(fileURLWithPath: "/usr/bin/xapian-tcpsrv")
            server.arguments = [
                "--port", String(base + shard), "--interface", "127.0.0.1", "--quiet", folder,
            ]
            server.standardOutput = FileHandle.nullDevice
            server.standardError = FileHandle.nullDevice
            try server.run()
            servers.append(server)
        }
        let remote = "tcp://127.0.0.1:\(base),127.0.0.1:\(base + 1)"
        var ready = false
        for _ in 0..<50 where !ready {
            ready = (try? run(["stats", "--index", remote]))?.status == 0
            if !ready { usleep(100_000) }
        }
        #expect(ready, "xapian-tcpsrv did not come up")
        for query in [["uppdrag"], ["kriminalvården"], []] {
            #expect(try ids(["search", "--index", single] + query) == ids(["search", "--index", remote] + query))
        }
        #expect(try facets(single) == facets(remote))

        // A shard that is down: a clear error naming it, or a partial answer that says which is missing.
        let down = "tcp://127.0.0.1:\(base),127.0.0.1:\(base + 7)"
        let failed = try run(["search", "--index", down, "uppdrag"])
        #expect(failed.status == 74)
        #expect(failed.stderr.contains("127.0.0.1:\(base + 7)"))
        let partial = try run(["search", "--index", down, "--allow-partial", "--format", "jsonl", "uppdrag"])
        #expect(partial.status == 0)
        #expect(partial.stderr.contains("shard tcp://127.0.0.1:\(base + 7) is unreachable"))
        #expect(!partial.stdout.isEmpty)
    }
}
