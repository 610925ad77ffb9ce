import Foundation
import TestSupport
import Testing

/// Counts, listings and exit codes of `search`, as scripts used to grep and ripgrep rely on them.
@Suite struct SearchCountTests {
    /// 300 documents, 200 of them with both "alfa" and "beta": Xapian estimates "alfa beta" from the two words'
    /// frequencies (about 133), so only an exact count says 200.
    static let index: Result<(folder: TemporaryFolder, index: String), any Error> = Result {
        let folder = try TemporaryFolder()
        for number in 0..<300 {
            let words = number < 200 ? "alfa beta" : "gamma"
            let filler = Array(repeating: "ord\(number % 7)", count: 1 + number % 5).joined(separator: " ")
            try folder.write(
                "Corpus/f\(number).txt", "Dokument \(number)\n\nDetta handlar om \(words) och \(filler).\n")
        }
        let result = try run(["ingest", "--index", folder.file("Index"), folder.file("Corpus")])
        guard result.status == 0 else { throw IndexError(message: result.stderr) }
        return (folder, folder.file("Index"))
    }

    struct IndexError: Error { var message: String }

    @Test func totalIsExactWhateverTheLimit() throws {
        let index = try Self.index.get().index
        for limit in ["1", "10", "1000"] {
            let result = try run(["search", "--index", index, "--format", "json", "--limit", limit, "alfa", "beta"])
            #expect(result.status == 0, "\(result.stderr)")
            let page = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
            #expect(page["total"] as? Int == 200, "--limit \(limit)")
        }
        let table = try run(["search", "--index", index, "--limit", "3", "alfa", "beta"])
        #expect(table.stdout.hasPrefix("1–3 of 200\n"))
    }

    @Test func limitZeroAndCountPrintOnlyTheCount() throws {
        let index = try Self.index.get().index
        let zero = try run(["search", "--index", index, "--limit", "0", "alfa", "beta"])
        #expect(zero.status == 0)
        #expect(zero.stdout == "200 hits\n")
        let count = try run(["search", "--index", index, "--count", "alfa", "beta"])
        #expect(count.status == 0)
        #expect(count.stdout == "200\n")
        let one = try run(["search", "--index", index, "--count", "Dokument", "299"])
        #expect(one.stdout == "1\n")
    }

    @Test func filesWithMatchesListsEveryFileOnce() throws {
        let (folder, index) = try Self.index.get()
        let result = try run(["search", "--index", index, "-l", "alfa", "beta"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 200)
        #expect(Set(lines).count == 200)
        #expect(lines.allSatisfy { $0.hasPrefix(folder.file("Corpus/f")) && $0.hasSuffix(".txt") })
        let limited = try run(["search", "--index", index, "--files-with-matches", "--limit", "5", "alfa"])
        #expect(limited.stdout.split(separator: "\n").count == 5)
    }

    @Test func exitCodesFollowGrep() throws {
        let index = try Self.index.get().index
        let none = try run(["search", "--index", index, "zzyzx"])
        #expect(none.status == 1)
        #expect(none.stdout == "no hits\n")
        #expect(none.stderr.isEmpty)
        let noneCounted = try run(["search", "--index", index, "--count", "zzyzx"])
        #expect(noneCounted.status == 1)
        #expect(noneCounted.stdout == "0\n")
        let noneListed = try run(["search", "--index", index, "-l", "zzyzx"])
        #expect(noneListed.status == 1)
        #expect(noneListed.stdout.isEmpty)
        let some = try run(["search", "--index", index, "--count", "gamma"])
        #expect(some.status == 0)
        #expect(some.stdout == "100\n")
    }

    /// Every command reports errors as "uppdrag: error: …": its own, the index's and ArgumentParser's.
    @Test func errorsHaveOnePrefixAndTheirOwnCodes() throws {
        let index = try Self.index.get().index
        let usage = try run(["search", "--index", index, "--count", "-l", "alfa"])
        #expect(usage.status == 64)
        #expect(usage.stderr.hasPrefix("uppdrag: error: --count and --files-with-matches exclude each other"))
        let option = try run(["search", "--index", index, "--no-such-option"])
        #expect(option.status == 64)
        #expect(option.stderr.hasPrefix("uppdrag: error: "))
        let agency = try run(["deadlines", "--index", index, "--agency", "Nosuchagencyatall"])
        #expect(agency.status == 64)
        #expect(agency.stderr.hasPrefix("uppdrag: error: unknown agency"))
        let missing = try run(["search", "--index", index + "-missing", "alfa"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("uppdrag: error: not found: no index at"))
        for arguments in [["stats"], ["agencies"], ["deadlines"], ["checklist"], ["refs", "Dir. 2015:27"]] {
            let result = try run(Array(arguments.prefix(1)) + ["--index", index + "-missing"] + arguments.dropFirst())
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("uppdrag: error: "), "\(arguments)")
        }
    }
}
