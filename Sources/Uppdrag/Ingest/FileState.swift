import Extraction
import SearchIndex

/// Per-file state remembered in the index metadata, so unchanged files are not parsed again.
struct FileState: Equatable {
    var contentHash: String
    var size: Int
    var failure: String?
    var path: String
    /// The ``Extractor/rulesVersion`` that made the file's records; states of format 1 predate it and read as 1.
    var rules: Int

    /// Marks a `failure` that is reported as a warning (a file with nothing to read yet, such as a scanned PDF).
    static let warningMark = "warning: "

    /// Format 2: "2", content hash, size, rules version, failure (empty when indexed), path; tab-separated.
    var encoded: String {
        ["2", contentHash, String(size), String(rules), failure ?? "", path].joined(separator: "\t")
    }

    init(contentHash: String, size: Int, failure: String?, path: String, rules: Int = Extractor.rulesVersion) {
        self.contentHash = contentHash
        self.size = size
        self.failure = failure
        self.path = path
        self.rules = rules
    }

    init?(encoded: String) {
        // Format 1 has no rules field. The path is the last field and may itself hold tabs.
        let format = encoded.prefix { $0 != "\t" }
        guard format == "1" || format == "2" else { return nil }
        var fields = encoded.split(separator: "\t", maxSplits: format == "2" ? 5 : 4, omittingEmptySubsequences: false)
        var rules = 1
        if format == "2" {
            guard fields.count == 6, let version = Int(fields.remove(at: 3)) else { return nil }
            rules = version
        }
        guard fields.count == 5, let size = Int(fields[2]) else { return nil }
        self.init(
            contentHash: String(fields[1]), size: size, failure: fields[3].isEmpty ? nil : String(fields[3]),
            path: String(fields[4]), rules: rules)
    }
}

/// What ingest remembers of a file between runs, in a few machine words.
struct KnownFile: Equatable, Sendable {
    var high: UInt64
    var low: UInt64
    var failed: Bool
    /// Made by the current extraction rules; a file made by older ones is parsed again.
    var current: Bool

    init(_ state: FileState) {
        (high, low) = Self.fingerprint(state.contentHash)
        failed = state.failure != nil
        current = state.rules == Extractor.rulesVersion
    }

    /// The 32 hex digits of a content hash as two words; other markers ("size:N") hash to a fixed pair.
    static func fingerprint(_ hash: String) -> (UInt64, UInt64) {
        let utf8 = Array(hash.utf8)
        if utf8.count == 32, let high = UInt64(String(decoding: utf8[0..<16], as: UTF8.self), radix: 16),
            let low = UInt64(String(decoding: utf8[16...], as: UTF8.self), radix: 16)
        {
            return (high, low)
        }
        return (0, Hashing.fnv1a64(utf8))
    }

    /// True when the file has these bytes and the current rules made its records.
    func matches(_ hash: String) -> Bool { current && Self.fingerprint(hash) == (high, low) }
}
