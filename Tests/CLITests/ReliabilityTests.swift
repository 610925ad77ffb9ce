import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Quick versions of Scripts/Stress/crash-test.sh, Scripts/Stress/concurrency-test.sh and the disk-full check: a few SIGKILL
/// trials, readers during an ingest, the write lock, signals, schema versions and a full disk.
@Suite struct ReliabilityTests {
    @Test func secondIngestIsRefusedAtOnceNamingTheLockHolder() throws {
        let folder = try TemporaryFolder()
        let index = folder.file("index")
        let first = try BackgroundCommand(
            ["ingest", "--quiet", "--batch-size", "1", "--jobs", "1", "--index", index, corpusPath], in: folder)
        try #require(waitForWriterNote(index, while: first))
        // Frozen while it holds the lock, so the second ingest meets it for certain.
        kill(first.pid, SIGSTOP)
        let second = try run(["ingest", "--index", index, corpusPath])
        kill(first.pid, SIGCONT)
        #expect(second.status == 75)
        #expect(second.stderr.contains("flintlock"))
        #expect(second.stderr.contains("process \(first.pid)"))
        #expect(first.wait() == .exit(0))
        #expect(try run(["stats", "--index", index]).status == 0)
    }

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func signalStopsIngestAfterTheCurrentBatch(signal: Int32, expected: Int32) throws {
        let folder = try TemporaryFolder()
        let index = folder.file("index")
        let ingest = try BackgroundCommand(
            ["ingest", "--quiet", "--batch-size", "1", "--jobs", "1", "--index", index, corpusPath], in: folder)
        try #require(waitForWriterNote(index, while: ingest))
        kill(ingest.pid, signal)
        #expect(ingest.wait() == .exit(expected))
        #expect(ingest.stderr.contains("interrupted"))
        #expect(xapianCheck(index))
        // What was committed is whole, and a second run completes the index.
        #expect(try documentLines(index).isSubset(of: try documentLines(corpusIndex)))
        #expect(try run(["ingest", "--index", index, corpusPath]).status == 0)
        #expect(try documentLines(index) == (try documentLines(corpusIndex)))
    }

    /// Kills ingest with SIGKILL once `visible` documents are searchable (0: as soon as it holds the lock).
    @Test(arguments: [0, 1, 12])
    func killedIngestLeavesOnlyCommittedDocumentsAndConverges(visible: Int) throws {
        let folder = try TemporaryFolder()
        let index = folder.file("index")
        let ingest = try BackgroundCommand(
            ["ingest", "--quiet", "--batch-size", "3", "--jobs", "1", "--index", index, corpusPath], in: folder)
        try #require(waitForWriterNote(index, while: ingest))
        while visible > 0, ingest.isRunning, (try? documentCount(index)) ?? 0 < visible {}
        kill(ingest.pid, SIGKILL)
        #expect(ingest.wait() == .signal(SIGKILL))

        #expect(xapianCheck(index))
        #expect(try run(["stats", "--index", index]).status == 0)
        let survived = try documentLines(index)
        let reference = try documentLines(corpusIndex)
        #expect(survived.isSubset(of: reference), "a document that no complete ingest writes")
        // Stored records of what survived are exactly those of a clean ingest.
        for line in survived.prefix(4) {
            let id = try #require(line.firstMatch(of: /"id":"([0-9a-f]{16})"/)?.1)
            let shown = try run(["show", "--index", index, "--format", "json", String(id)])
            #expect(shown.status == 0)
            #expect(shown.stdout == (try run(["show", "--index", corpusIndex, "--format", "json", String(id)])).stdout)
        }
        let again = try run(["ingest", "--index", index, corpusPath])
        #expect(again.status == 0)
        #expect(try documentLines(index) == reference)
    }

    @Test func readersDuringIngestNeverFail() throws {
        let folder = try TemporaryFolder()
        let index = folder.file("index")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpusPath).sorted()
        try FileManager.default.createDirectory(atPath: folder.file("first"), withIntermediateDirectories: true)
        for name in names.prefix(4) {
            try FileManager.default.copyItem(atPath: corpusPath + "/" + name, toPath: folder.file("first/" + name))
        }
        #expect(try run(["ingest", "--index", index, folder.file("first")]).status == 0)

        let writer = try BackgroundCommand(
            ["ingest", "--quiet", "--batch-size", "1", "--jobs", "1", "--index", index, corpusPath], in: folder)
        let readers = [
            ["search", "--index", index, "--format", "jsonl", "--facets", "uppdrag"],
            ["deadlines", "--index", index, "--format", "json", "--today", "2026-01-01"],
            ["checklist", "--index", index, "--format", "json"],
            ["stats", "--index", index, "--format", "json"],
        ]
        var runsDuringIngest = 0
        var lastCount = 0
        while writer.isRunning {
            for arguments in readers {
                let result = try run(arguments)
                #expect(result.status == 0, "\(arguments[0]) failed during ingest: \(result.stderr)")
                #expect(parsesAsJSON(result.stdout), "\(arguments[0]) printed broken JSON")
                if arguments[0] == "stats", let count = try? documentCount(fromStats: result.stdout) {
                    #expect(count >= lastCount, "the document count went backwards")
                    lastCount = count
                }
                runsDuringIngest += 1
            }
        }
        #expect(writer.wait() == .exit(0))
        #expect(runsDuringIngest >= readers.count)
    }

    /// A damaged table is a corrupt index, reported with exit code 74 and not retried as if a commit had overtaken
    /// the reader.
    @Test func damagedIndexExits74NamingTheCorruption() throws {
        let folder = try TemporaryFolder()
        let index = folder.file("index")
        #expect(try run(["ingest", "--index", index, corpusPath]).status == 0)
        let tables = try FileManager.default.subpathsOfDirectory(atPath: index).filter {
            $0.hasSuffix("postlist.glass")
        }
        try #require(!tables.isEmpty)
        for table in tables {
            let path = index + "/" + table
            let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
            try Data(count: size).write(to: URL(fileURLWithPath: path))
        }
        for arguments in [
            ["search", "--index", index, "uppdrag"], ["stats", "--index", index],
            ["deadlines", "--index", index, "--today", "2026-01-01"],
        ] {
            let result = try run(arguments)
            #expect(result.status == 74, "\(arguments[0])")
            #expect(result.stderr.contains("index is corrupt"), "\(arguments[0]): \(result.stderr)")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xapian-metadata")))
    func indexOfAnotherSchemaVersionIsRefused() throws {
        let folder = try TemporaryFolder()
        let index = folder.file("index")
        #expect(try run(["ingest", "--index", index, corpusPath + "/dir-2016-26.txt"]).status == 0)
        #expect(try runTool("/usr/bin/xapian-metadata", ["set", index, "uppdrag.schema", "999"]) == 0)
        for arguments in [["search", "--index", index, "uppdrag"], ["ingest", "--index", index, corpusPath]] {
            let result = try run(arguments)
            #expect(result.status == 74, "\(arguments[0])")
            #expect(result.stderr.contains("schema version 999"), "\(arguments[0])")
            #expect(result.stderr.contains("re-ingest"), "\(arguments[0])")
        }
        // The refused ingest wrote nothing.
        #expect(try runTool("/usr/bin/xapian-metadata", ["set", index, "uppdrag.schema", "2"]) == 0)
        #expect(try documentCount(index) == 1)
    }

    /// Each shard commits its part of a batch on its own: with one shard whole batches survive, with more each
    /// shard's last commit does.
    @Test(.enabled(if: canMountTmpfs), arguments: [1, 2])
    func fullDiskExits74AndKeepsTheLastCommit(shards: Int) throws {
        let folder = try TemporaryFolder()
        let mountPoint = folder.file("small")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        try #require(try runTool("/bin/mount", ["-t", "tmpfs", "-o", "size=400k", "tmpfs", mountPoint]) == 0)
        defer { _ = try? runTool("/bin/umount", [mountPoint]) }
        let index = mountPoint + "/index"
        let result = try run(["ingest", "--batch-size", "5", "--shards", String(shards), "--index", index, corpusPath])
        #expect(result.status == 74)
        #expect(result.stderr.contains("No space left"))
        #expect(xapianCheck(index))
        // Whole batches of five on one shard, each document exactly as a clean ingest stores it.
        if shards == 1 { #expect(try documentCount(index) % 5 == 0) }
        #expect(try documentLines(index).isSubset(of: try documentLines(corpusIndex)))
    }

    /// libxml2 quotes the document in some messages ("Comment not terminated\n<!--…"): still one line per file.
    @Test func everyDiagnosticIsOneLine() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("in"), withIntermediateDirectories: true)
        try folder.write("in/comment.html", "<html><body><!-- " + String(repeating: "x", count: 80))
        try folder.write("in/tag.xml", "<?xml version=\"1.0\"?><d><p>text</p><open>")
        try folder.write("in/name\nwith-newline.txt", "Skolverket ska redovisa.\n")
        try folder.write("in/notes.pdf", "%PDF-1.4")
        // Failing files whose names hold a line break and a C1 control (CSI, U+009B, which terminals obey).
        try folder.write("in/empty\nname.html", "")
        try folder.write("in/csi-\u{9B}31m.html", "")
        let result = try run(["ingest", "--index", folder.file("index"), folder.file("in")])
        #expect(result.status == 65)
        #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B || (0x80...0x9F).contains($0.value) })
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("uppdrag: error: ") }.count == 5)
        for line in lines {
            #expect(
                line.hasPrefix("uppdrag: error: ") || line.hasPrefix("uppdrag: warning: ") || line.contains(" added, "),
                "a diagnostic runs over several lines: \(line)")
        }
    }

    /// Inputs kept in Tests/Fuzz/documents (first byte: extension, as in Scripts/Stress/Fuzz/Documents) run through
    /// `extract` and end in a result or a clean per-file error, never a crash.
    @Test func fuzzFindingsAreHandled() throws {
        let findings = repositoryRoot.appendingPathComponent("Tests/Fuzz/documents").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: findings)) ?? []
        #expect(!names.isEmpty)
        let folder = try TemporaryFolder()
        let extensions = ["html", "htm", "xhtml", "xml", "txt", "md"]
        for name in names.sorted() {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: findings + "/" + name)))
            guard let selector = bytes.first else { continue }
            let file = "\(name).\(extensions[Int(selector) % extensions.count])"
            try folder.write(file, Array(bytes.dropFirst()))
            let result = try BackgroundCommand(["extract", "--format", "json", folder.file(file)], in: folder)
            let end = result.wait()
            #expect(end == .exit(0) || end == .exit(65), "\(name): \(end)")
            for line in result.stderr.split(separator: "\n") {
                #expect(
                    line.hasPrefix("uppdrag: error: ") || line.hasPrefix("uppdrag: warning: "),
                    "\(name): stray line \(line)")
            }
        }
    }
}

/// How a background command ended.
enum CommandEnd: Equatable, CustomStringConvertible {
    case exit(Int32)
    case signal(Int32)

    var description: String {
        switch self {
        case .exit(let status): "exit \(status)"
        case .signal(let number): "signal \(number)"
        }
    }
}

/// An uppdrag process running beside the test, with its output in files, so it can be signalled and killed.
final class BackgroundCommand {
    let process = Process()
    let outputPath: String
    let errorPath: String

    init(_ arguments: [String], in folder: TemporaryFolder) throws {
        let tag = UUID().uuidString
        outputPath = folder.file("\(tag).out")
        errorPath = folder.file("\(tag).err")
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: uppdragBinary)
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }
    var stderr: String { (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "" }

    func wait() -> CommandEnd {
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
            ? .signal(process.terminationStatus) : .exit(process.terminationStatus)
    }
}

/// Waits until the ingest writing `index` holds its locks and has listed its shards (its pid note and the stub
/// exist); false if it ended first.
func waitForWriterNote(_ index: String, while command: BackgroundCommand) -> Bool {
    // Every new index has a shard-0, where the writer notes its process id; the stub follows once all shards exist.
    let paths = [index + "/shard-0/uppdrag-writer.pid", index + "/XAPIANDB"]
    func ready() -> Bool { paths.allSatisfy { FileManager.default.fileExists(atPath: $0) } }
    while !ready() {
        if !command.isRunning { return ready() }
        usleep(2000)
    }
    return true
}

/// The database folders an index's stub lists (none before the first ingest created it).
func shardFolders(_ index: String) -> [String] {
    guard let stub = try? String(contentsOfFile: index + "/XAPIANDB", encoding: .utf8) else { return [] }
    return stub.split(separator: "\n").compactMap { line in
        let fields = line.split(separator: " ", maxSplits: 1)
        return fields.count == 2 ? index + "/" + fields[1] : nil
    }
}

/// Every document of the index as `search --format jsonl` prints it, without the snippet (which, for an empty
/// query, depends on the order documents were added).
func documentLines(_ index: String) throws -> Set<String> {
    let result = try run(["search", "--index", index, "--format", "jsonl", "--limit", "100000"])
    // 1 is an empty index: nothing matched.
    #expect(result.status == 0 || result.status == 1 && result.stdout.isEmpty, "search failed: \(result.stderr)")
    var lines = Set<String>()
    for line in result.stdout.split(separator: "\n") {
        guard var object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
        object["snippet"] = nil
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        lines.insert(String(decoding: data, as: UTF8.self))
    }
    return lines
}

func documentCount(_ index: String) throws -> Int {
    try documentCount(fromStats: try run(["stats", "--index", index, "--format", "json"]).stdout)
}

func documentCount(fromStats json: String) throws -> Int {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    return object?["documents"] as? Int ?? -1
}

func parsesAsJSON(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty { return true }
    let documents =
        trimmed.hasPrefix("[") || !trimmed.contains("\n{") ? [Substring(trimmed)] : trimmed.split(separator: "\n")
    return documents.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil }
}

/// Runs a system tool quietly and returns its exit status.
func runTool(_ path: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationReason == .exit ? process.terminationStatus : -1
}

/// xapian-check accepts every shard of the index (true when the tool is not installed or no shard exists yet).
func xapianCheck(_ index: String) -> Bool {
    let tool = "/usr/bin/xapian-check"
    guard FileManager.default.isExecutableFile(atPath: tool) else { return true }
    return shardFolders(index).allSatisfy { shard in
        !FileManager.default.fileExists(atPath: shard + "/iamglass") || (try? runTool(tool, [shard])) == 0
    }
}

/// Root in a system that lets it mount a tmpfs (CI containers may not).
let canMountTmpfs: Bool = {
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return false }
    let probe = FileManager.default.temporaryDirectory.appendingPathComponent("uppdrag-mount-\(getpid())").path
    guard (try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)) != nil else {
        return false
    }
    defer { _ = try? FileManager.default.removeItem(atPath: probe) }
    guard (try? runTool("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe])) == 0 else { return false }
    _ = try? runTool("/bin/umount", [probe])
    return true
}()
