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
        try folder.write("notes.docx", "PK")
        try folder.write("dir.txt", "Utredaren ska redovisa uppdraget senast den 1 mars 2027.")
        let index = try TemporaryFolder()
        let result = try run(["ingest", "--index", index.path, folder.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("uppdrag: warning: \(folder.path)/notes.docx: unsupported file type"))
        #expect(result.stderr.contains("1 added"))
        #expect(result.stderr.contains("(1 skipped)"))
    }

    /// A folder of PDFs: the real one is indexed and searchable, each broken one is its own error line.
    @Test func pdfsIngestAndBrokenOnesAreErrors() throws {
        let fixtures = repositoryRoot.appendingPathComponent("Tests/DocumentsTests/Fixtures/pdf").path
        let real = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixtures + "/dir-2016-15.pdf")))
        let folder = try TemporaryFolder()
        try folder.write("dir-2016-15.pdf", real)
        try folder.write("truncated.pdf", Array(real.prefix(4000)))
        try folder.write("random.pdf", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) })
        try folder.write("empty.pdf", [])
        let index = try TemporaryFolder()
        let result = try run(["ingest", "--index", index.path, folder.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("1 added"))
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("uppdrag: error: ") }
        #expect(errors.count == 3)
        #expect(errors.contains { $0.contains("truncated.pdf: cannot read PDF: ") })
        #expect(errors.contains { $0.contains("random.pdf: cannot read PDF: ") })
        #expect(errors.contains { $0.contains("empty.pdf: file is empty") })
        let search = try run(["search", "--index", index.path, "dataskyddsförordningen"])
        #expect(search.status == 0)
        #expect(search.stdout.contains("dir-2016-15.pdf"))
    }

    /// The records of the real directives: metadata from the first page, the report dates as deadlines.
    @Test func directivePDFRecords() throws {
        let fixtures = repositoryRoot.appendingPathComponent("Tests/DocumentsTests/Fixtures/pdf").path
        let result = try run([
            "extract", "--format", "json", fixtures + "/dir-2016-15.pdf", fixtures + "/dir-2017-29.pdf",
        ])
        #expect(result.status == 0)
        let records = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(records.count == 2)
        let dates = records.map { record in
            ((record["deadlines"] as? [[String: Any]]) ?? []).compactMap { $0["date"] as? String }
        }
        #expect(records[0]["identifier"] as? String == "Dir. 2016:15")
        #expect(records[0]["issued"] as? String == "2016-02-25")
        #expect(dates[0].contains("2017-05-12"))
        #expect(records[1]["identifier"] as? String == "Dir. 2017:29")
        #expect(["2017-10-13", "2017-12-08", "2018-04-27"].allSatisfy(dates[1].contains))
        // The page each deadline and obligation is quoted from.
        let pages = ((records[1]["deadlines"] as? [[String: Any]]) ?? []).map { $0["page"] as? Int }
        #expect(pages == [1, 1, 1, 3, 4])
        let obligationPages = ((records[1]["obligations"] as? [[String: Any]]) ?? []).compactMap { $0["page"] as? Int }
        #expect(obligationPages.first == 2)
    }

    /// Deadline and checklist reports link to the page of a PDF: "FILE.pdf#page=N".
    @Test func reportsLinkToThePage() throws {
        let fixtures = repositoryRoot.appendingPathComponent("Tests/DocumentsTests/Fixtures/pdf").path
        let folder = try TemporaryFolder()
        try folder.write(
            "dir-2017-29.pdf", try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixtures + "/dir-2017-29.pdf"))))
        let index = folder.file("index")
        #expect(try run(["ingest", "--index", index, folder.file("dir-2017-29.pdf")]).status == 0)
        let deadlines = try run(["deadlines", "--index", index, "--today", "2017-01-01", "--format", "json"])
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(deadlines.stdout.utf8)) as? [[String: Any]])
        let moved = try #require(entries.first { $0["date"] as? String == "2018-05-25" })
        #expect(moved["page"] as? Int == 3)
        #expect(moved["link"] as? String == folder.file("dir-2017-29.pdf") + "#page=3")
        let table = try run(["deadlines", "--index", index, "--today", "2017-01-01"])
        #expect(table.stdout.contains(folder.file("dir-2017-29.pdf") + "#page=4"))
        let checklist = try run(["checklist", "--index", index, "--format", "markdown"])
        #expect(checklist.stdout.contains("([s. 2](<\(folder.file("dir-2017-29.pdf"))#page=2>))"))
    }

    /// A scanned PDF is a warning naming the file, not a failure; so are the scanned pages of a PDF with text.
    @Test func scannedPagesAreWarnings() throws {
        let fixtures = repositoryRoot.appendingPathComponent("Tests/DocumentsTests/Fixtures/pdf").path
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("in"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixtures + "/scanned.pdf", toPath: folder.file("in/scanned.pdf"))
        // Four pages of text and two scanned ones in one file (pdfunite from poppler-utils).
        let unite = Process()
        unite.executableURL = URL(fileURLWithPath: "/usr/bin/pdfunite")
        unite.arguments = [fixtures + "/dir-2017-29.pdf", fixtures + "/scanned.pdf", folder.file("in/mixed.pdf")]
        try unite.run()
        unite.waitUntilExit()
        #expect(unite.terminationStatus == 0)
        let index = folder.file("index")
        for _ in 0..<2 {
            let result = try run(["ingest", "--index", index, folder.file("in")])
            #expect(result.status == 0)
            #expect(
                result.stderr.contains(
                    "warning: \(folder.file("in/scanned.pdf")): no text layer on any of its 2 pages"))
            #expect(!result.stderr.contains("error: "))
            #expect(result.stderr.contains("0 failed"))
        }
        // Asked for text recognition, the unchanged scan is read again and indexed.
        let recognised = try run(["ingest", "--index", index, "--ocr", folder.file("in")])
        #expect(recognised.status == 0)
        #expect(recognised.stderr.contains("warning: \(folder.file("in/scanned.pdf")): 2 of 2 pages read by text"))
        #expect(recognised.stderr.contains("1 added"))
        let found = try run(["search", "--index", index, "--format", "jsonl", "skattetillägg"])
        #expect(found.stdout.contains("scanned.pdf"))
        #expect(
            try run(["ingest", "--index", index, "--ocr", "--ocr-language", "../x", folder.file("in")]).status == 64)

        let first = try run(["ingest", "--index", folder.file("other"), folder.file("in/mixed.pdf")])
        #expect(first.status == 0)
        #expect(first.stderr.contains("warning: \(folder.file("in/mixed.pdf")): 2 of 6 pages have no text layer"))
        #expect(first.stderr.contains("1 added"))
    }

    @Test func searchWithoutIndexFailsClearly() throws {
        let folder = try TemporaryFolder()
        let result = try run(["search", "--index", folder.path + "/missing", "x"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no index at"))
    }
}
