import Foundation
import TestSupport
import Testing

@Suite struct IngestCLITests {
    @Test func ingestSummaryAndExitCodes() throws {
        let index = try TemporaryFolder()
        let first = try run(["ingest", "--index", index.path, corpusPath])
        let count = try FileManager.default.contentsOfDirectory(atPath: corpusPath).count
        #expect(first.status == 0)
        #expect(first.stderr.contains("\(count) added, 0 replaced, 0 unchanged, 0 removed, 0 failed"))
        #expect(first.stdout.isEmpty)
        let second = try run(["ingest", "--index", index.path, corpusPath])
        #expect(second.status == 0)
        #expect(second.stderr.contains("0 added, 0 replaced, \(count) unchanged, 0 removed, 0 failed"))
    }

    @Test func indexFromEnvironmentVariable() throws {
        let index = try TemporaryFolder()
        let result = try run(
            ["ingest", corpusPath + "/dir-2016-26.txt"], environment: ["UPPDRAG_INDEX": index.path + "/env"])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: index.path + "/env"))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try run(["ingest"]).status == 64)
        #expect(try run(["search", "--limit", "-1"]).status == 64)
        #expect(try run(["ingest", "/nonexistent/folder/uppdrag"]).status == 64)
        #expect(try run(["no-such-command"]).status == 64)
    }

    @Test func unsupportedFilesAreReportedAsSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write("notes.pdf", "%PDF-1.4")
        try folder.write("dir.txt", "Utredaren ska redovisa uppdraget senast den 1 mars 2027.")
        let index = try TemporaryFolder()
        let result = try run(["ingest", "--index", index.path, folder.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("uppdrag: warning: \(folder.path)/notes.pdf: unsupported file type"))
        #expect(result.stderr.contains("1 added"))
        #expect(result.stderr.contains("(1 skipped)"))
    }

    @Test func searchWithoutIndexFailsClearly() throws {
        let folder = try TemporaryFolder()
        let result = try run(["search", "--index", folder.path + "/missing", "x"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no index at"))
    }
}
