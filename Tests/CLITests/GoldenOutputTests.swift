import Foundation
import SearchIndex
import TestSupport
import Testing

/// Golden outputs of every command and format on the index of Corpus/.
///
/// Paths are written relative to the repository, so the files do not depend on where the clone lives. After a
/// deliberate change, `UPPDRAG_RECORD_GOLDEN=1 Scripts/test.sh --filter GoldenOutputTests` rewrites them (and fails,
/// so a recording never passes by accident); review the diff before committing.
@Suite struct GoldenOutputTests {
    static let cases: [(name: String, arguments: [String])] = [
        ("search-table.txt", ["search", "--limit", "5", "kriminalvården"]),
        ("search.json", ["search", "--format", "json", "--limit", "5", "kriminalvården"]),
        ("search.jsonl", ["search", "--format", "jsonl", "--limit", "5", "uppdrag", "redovisas"]),
        ("search.csv", ["search", "--format", "csv", "--limit", "5", "kriminalvården"]),
        ("search-facets.json", ["search", "--format", "json", "--limit", "3", "--facets", "--agency", "SiS"]),
        ("search-assignments.txt", ["search", "--assignments", "Kriminalvården"]),
        (
            "search-filters.jsonl",
            ["search", "--format", "jsonl", "--type", "lag", "--from", "2010", "--sort", "issued"]
        ),
        ("deadlines-table.txt", ["deadlines", "--today", "2016-06-01", "--from", "2014", "--to", "2018"]),
        (
            "deadlines.json",
            ["deadlines", "--format", "json", "--today", "2016-06-01", "--from", "2016", "--to", "2016"]
        ),
        ("deadlines.csv", ["deadlines", "--format", "csv", "--today", "2016-06-01", "--all"]),
        ("deadlines.ics", ["deadlines", "--format", "ics", "--today", "2016-06-01", "--from", "2010", "--to", "2030"]),
        ("checklist.md", ["checklist", "--agency", "Kriminalvården"]),
        ("checklist.json", ["checklist", "--format", "json", "--agency", "Statens institutionsstyrelse"]),
        ("checklist.csv", ["checklist", "--format", "csv", "--query", "utredaren"]),
        ("agencies.txt", ["agencies"]),
        ("refs.txt", ["refs", "SFS 2011:1508"]),
        ("show.txt", ["show", "Corpus/art-hjalp-att-lamna-valdsbejakande-extremism.txt"]),
    ]

    static let goldenFolder = repositoryRoot.appendingPathComponent("Tests/CLITests/Golden").path

    /// The golden index: a copy of Corpus/ in a temporary folder, ingested once per test process.
    static let golden: Result<(folder: TemporaryFolder, index: String), any Error> = Result {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: corpusPath, toPath: folder.file("Corpus"))
        let result = try run(["ingest", "--index", folder.file("Index"), "Corpus"], directory: folder.path)
        guard result.status == 0 else { throw GoldenIndexError(message: result.stderr) }
        return (folder, folder.file("Index"))
    }

    struct GoldenIndexError: Error { var message: String }

    /// Output as the golden files hold it: paths relative to the copy, document ids (hashes of absolute paths)
    /// written as `<id:FILE>`, and iCalendar lines unfolded, since an id's length is not a placeholder's.
    static func normalised(_ output: String, name: String, root folder: String) throws -> String {
        let root = folder + "/"
        var text = name.hasSuffix(".ics") ? output.replacingOccurrences(of: "\r\n ", with: "") : output
        for file in try FileManager.default.contentsOfDirectory(atPath: corpusPath) {
            let id = Hashing.hex(Hashing.fnv1a64(Array((root + "Corpus/" + file).utf8)))
            text = text.replacingOccurrences(of: id, with: "<id:\(file)>")
        }
        return text.replacingOccurrences(of: root, with: "")
    }

    @Test(arguments: cases.map(\.name))
    func outputMatchesGolden(name: String) throws {
        let arguments = try #require(Self.cases.first { $0.name == name }?.arguments)
        let golden = try Self.golden.get()
        let result = try run(
            Array(arguments.prefix(1)) + ["--index", golden.index] + arguments.dropFirst(),
            directory: golden.folder.path)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let output = try Self.normalised(result.stdout, name: name, root: golden.folder.path)
        let path = Self.goldenFolder + "/" + name
        if ProcessInfo.processInfo.environment["UPPDRAG_RECORD_GOLDEN"] == "1" {
            try output.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); unset UPPDRAG_RECORD_GOLDEN and run again")
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(output == expected, "\(name) differs from its golden file; re-record deliberately if intended")
    }

    @Test func icalendarIsByteIdenticalAcrossRuns() throws {
        let arguments = ["deadlines", "--index", corpusIndex, "--format", "ics", "--today", "2016-06-01"]
        let first = try run(arguments)
        let second = try run(arguments)
        #expect(first.stdoutBytes == second.stdoutBytes)
        #expect(!first.stdoutBytes.isEmpty)
    }
}

/// Output checked by independent readers: jsonschema, the icalendar package, Python's csv module.
@Suite struct OutputValidationTests {
    static let python: String? = {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let candidate = String(directory) + "/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static let hasValidators: Bool = {
        guard let python else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import icalendar, jsonschema"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    static let schemas = repositoryRoot.appendingPathComponent("Sources/Uppdrag/Schemas").path

    func validate(_ arguments: [String], output: CommandResult) throws {
        let folder = try TemporaryFolder()
        try folder.write("output", Array(output.stdoutBytes))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python ?? "/usr/bin/python3")
        process.arguments =
            [repositoryRoot.appendingPathComponent("Scripts/Quality/validate-output.py").path]
            + arguments.map { $0 == "FILE" ? folder.file("output") : $0 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(arguments.first ?? ""): \(message)")
    }

    @Test(.enabled(if: hasValidators, "needs python3 with icalendar and jsonschema (Scripts/test.sh installs them)"))
    func jsonOutputsValidateAgainstTheirSchemas() throws {
        let extract = try run(
            ["extract"]
                + (try FileManager.default.contentsOfDirectory(atPath: corpusPath)).sorted().map {
                    corpusPath + "/" + $0
                })
        try validate(["schema", Self.schemas + "/record.schema.json", "FILE", "--lines"], output: extract)
        let search = try run(["search", "--index", corpusIndex, "--format", "json", "--facets", "uppdrag"])
        try validate(["schema", Self.schemas + "/search-page.schema.json", "FILE"], output: search)
        let deadlines = try run([
            "deadlines", "--index", corpusIndex, "--format", "json", "--all", "--today", "2020-01-01",
        ])
        try validate(["schema", Self.schemas + "/deadlines.schema.json", "FILE"], output: deadlines)
        let checklist = try run(["checklist", "--index", corpusIndex, "--format", "json"])
        try validate(["schema", Self.schemas + "/checklist.schema.json", "FILE"], output: checklist)
    }

    @Test(.enabled(if: hasValidators, "needs python3 with icalendar (Scripts/test.sh installs it)"))
    func icalendarParsesWithOneEventPerDeadline() throws {
        let ics = try run(["deadlines", "--index", corpusIndex, "--format", "ics", "--today", "2020-01-01"])
        try validate(["ics", "FILE"], output: ics)
        let json = try run(["deadlines", "--index", corpusIndex, "--format", "json", "--today", "2020-01-01"])
        let entries = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [[String: Any]])
        let events = ics.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1
        let distinct = Set(entries.compactMap { ($0["id"] as? String)?.split(separator: "@").first.map(String.init) })
        #expect(events == distinct.count)
    }

    @Test(.enabled(if: hasValidators, "needs python3"))
    func csvOutputsReadBackWithEqualWidths() throws {
        try validate(
            ["csv", "FILE"], output: try run(["search", "--index", corpusIndex, "--format", "csv", "--limit", "100"]))
        try validate(
            ["csv", "FILE"], output: try run(["deadlines", "--index", corpusIndex, "--format", "csv", "--all"]))
        try validate(["csv", "FILE"], output: try run(["checklist", "--index", corpusIndex, "--format", "csv"]))
        try validate(["csv", "FILE"], output: try run(["agencies", "--index", corpusIndex, "--format", "csv"]))
    }
}
