import Foundation
import SearchIndex

/// When an ingest rewrites the index compactly after its last commit.
public enum CompactionPolicy: String, Sendable, CaseIterable {
    /// When the run added, replaced or removed at least a tenth of the files the index holds (so always after
    /// the first ingest into a new index, and not for a few changed files in a large one).
    case auto
    case always
    case never

    func applies(changed: Int, files: Int) -> Bool {
        switch self {
        case .never: false
        case .always: true
        case .auto: changed > 0 && changed * 10 >= files
        }
    }
}

/// Compaction of a stub-listed index: each shard is copied compactly into its next generation's folder, then the
/// stub is switched to the new folders in one rename.
///
/// Commits in batches leave the B-trees' blocks half full (the 2,000-file batches of a large ingest about double
/// the index); Xapian's compaction packs them, as `xapian-compact` does. Readers that opened the old shards keep
/// reading them (their files stay open after removal); readers that open after the switch get the new ones.
enum Compaction {
    /// "shard-0" → "shard-0.1", "shard-0.1" → "shard-0.2".
    static func nextGeneration(of name: String) -> String {
        if let dot = name.lastIndex(of: "."), let generation = Int(name[name.index(after: dot)...]) {
            return name[..<dot] + ".\(generation + 1)"
        }
        return name + ".1"
    }

    /// Compacts every shard of `layout` and switches the stub; returns the new layout. The caller holds the write
    /// lock of every shard. On failure the stub still lists the old shards and no new folder is left behind.
    static func compact(_ layout: ShardLayout) throws -> ShardLayout {
        precondition(layout.hasStub, "only stub-listed shards can be switched")
        let manager = FileManager.default
        var made: [String] = []
        do {
            var names: [String] = []
            for name in layout.shardNames {
                let next = nextGeneration(of: name)
                let destination = ShardLayout.path(of: next, in: layout.indexPath)
                // Left by a run that was killed while compacting: the stub never listed it.
                if manager.fileExists(atPath: destination) { try manager.removeItem(atPath: destination) }
                made.append(destination)
                try IndexWriter.compact(from: ShardLayout.path(of: name, in: layout.indexPath), to: destination)
                names.append(next)
            }
            try ShardLayout.writeStub(names: names, indexPath: layout.indexPath)
            return ShardLayout(indexPath: layout.indexPath, names: names, existed: true)
        } catch {
            for path in made { try? manager.removeItem(atPath: path) }
            throw error
        }
    }

    /// Removes the shard folders the stub no longer lists: the generation a compaction replaced, or one that a
    /// killed run left behind.
    static func removeUnlisted(_ layout: ShardLayout) {
        guard layout.hasStub, let entries = try? FileManager.default.contentsOfDirectory(atPath: layout.indexPath)
        else { return }
        let listed = Set(layout.shardNames)
        for entry in entries where entry.hasPrefix("shard-") && !listed.contains(entry) {
            try? FileManager.default.removeItem(atPath: layout.indexPath + "/" + entry)
        }
    }
}
