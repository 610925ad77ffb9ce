import Foundation
import TestSupport
import Testing

@Suite struct HostileInputTests {
    /// Runs Scripts/Stress/hostile-corpus.sh --quick into a temporary folder and returns its expectations.
    func makeHostileCorpus(in folder: TemporaryFolder) throws -> [String: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
            repositoryRoot.appendingPathComponent("Scripts/Stress/hostile-corpus.sh").path, folder.file("in"),
            "--quick",
        ]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var expectations: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t")
            if fields.count == 2 { expectations[String(fields[0])] = String(fields[1]) }
        }
        return expectations
    }

    @Test func hostileFolderFailsPerFileAndKeepsTheGoodOnes() throws {
        let folder = try TemporaryFolder()
        let expectations = try makeHostileCorpus(in: folder)
        #expect(expectations.count > 20)
        let index = folder.file("index")
        let result = try run(["ingest", "--index", index, "--max-file-size", "4000000", folder.file("in")])
        #expect(result.status == 65)

        let errorLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("uppdrag: error: ") }
        // One line per failed file, and the summary counts exactly those.
        let summary = try #require(result.stderr.split(separator: "\n").last { $0.contains(" failed") })
        let failed = summary.split(separator: ",").first { $0.contains("failed") }.flatMap {
            Int($0.trimmingCharacters(in: .whitespaces).split(separator: " ")[0])
        }
        #expect(failed == errorLines.count)
        for (name, expectation) in expectations where expectation == "error" {
            #expect(errorLines.contains { $0.contains("/in/\(name): ") }, "no error line for \(name)")
        }
        for (name, expectation) in expectations where expectation == "ok" || expectation.hasPrefix("no-") {
            let shown = name.replacingOccurrences(of: "\\n", with: "\\x0a")
            #expect(!errorLines.contains { $0.contains("/in/\(shown): ") }, "\(name) should have been ingested")
        }
        // A file whose name is not valid UTF-8 is still read and found.
        let odd = try run(["search", "--index", index, "--format", "jsonl", "Domstolsverket"])
        #expect(odd.stdout.contains("bad-name-"))
        for (name, expectation) in expectations where expectation == "skipped" {
            #expect(
                result.stderr.contains("uppdrag: warning: \(folder.file("in"))/\(name): "), "no skip line for \(name)")
        }

        // The good files are searchable.
        let search = try run(["search", "--index", index, "--format", "jsonl", "--limit", "100", "kriminalvården"])
        #expect(search.stdout.contains("good.html"))

        // Nothing from /etc/passwd reached the index.
        let passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8)) ?? "root:x:0:0"
        let marker = String(passwd.split(separator: "\n").first ?? "root:x:0:0")
        let all = try run(["search", "--index", index, "--format", "jsonl", "--limit", "1000"])
        for line in all.stdout.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["id"] as? String
            else { continue }
            let shown = try run(["show", "--index", index, "--format", "json", id])
            #expect(!shown.stdout.contains(marker), "passwd content in \(object["file"] ?? id)")
        }
        #expect(try run(["search", "--index", index, "--format", "jsonl", "root"]).stdout.isEmpty)
    }
}
