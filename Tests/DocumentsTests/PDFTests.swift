import Foundation
import TestSupport
import Testing

@testable import Documents
@testable import Extraction

/// PDF through pdftotext: real government PDFs (Fixtures/pdf, see SOURCES.md) and hostile ones, which end in a
/// clear error of their own.
@Suite struct PDFTests {
    let parser = DocumentParser()

    static func pdf(_ name: String) throws -> [UInt8] { try TestPaths.fixture("pdf/" + name) }

    @Test func directiveReadsWithItsIdentifierAndReportDate() throws {
        let document = try parser.parse(try Self.pdf("dir-2016-15.pdf"), path: "dir-2016-15.pdf")
        #expect(document.format == .pdf)
        #expect(document.metadata.identifier == "Dir. 2016:15")
        #expect(document.text.contains("Uppdraget ska redovisas senast den 12 maj 2017."))
    }

    @Test func pdfContentUnderAnotherNameIsReadAsPDF() throws {
        let document = try parser.parse(try Self.pdf("dir-2017-29.pdf"), path: "download.html")
        #expect(document.format == .pdf)
        #expect(document.text.contains("Kungl. biblioteket"))
    }

    @Test func truncatedPDFIsAnError() throws {
        let bytes = Array(try Self.pdf("dir-2017-29.pdf").prefix(5000))
        let error = #expect(throws: DocumentError.self) { try parser.parse(bytes, path: "truncated.pdf") }
        #expect(error?.description.hasPrefix("cannot read PDF: ") == true)
    }

    @Test func randomBytesNamedPDFAreAnError() throws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        let bytes = (0..<20_000).map { _ -> UInt8 in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
        let error = #expect(throws: DocumentError.self) { try parser.parse(bytes, path: "random.pdf") }
        guard case .pdf(let message) = error else {
            Issue.record("not a PDF error: \(String(describing: error))")
            return
        }
        #expect(!message.isEmpty && !message.contains("\n"))
    }

    @Test func emptyPDFIsEmpty() {
        #expect(throws: DocumentError.empty) { try parser.parse([], path: "empty.pdf") }
    }

    @Test func headerOnlyIsAnError() {
        #expect(throws: DocumentError.self) { try parser.parse(Array("%PDF-1.4".utf8), path: "notes.pdf") }
    }

    @Test func scannedPagesHaveNoTextLayer() throws {
        #expect(throws: DocumentError.noTextLayer(pages: 2)) {
            try parser.parse(try Self.pdf("scanned.pdf"), path: "scanned.pdf")
        }
    }

    /// A stand-in for pdftotext that never ends is stopped at the time limit.
    @Test func hangingReaderIsStopped() throws {
        let folder = try TemporaryFolder()
        let script = try folder.script("hang", "exec sleep 30")
        let process = PDFTextProcess(limits: PDFLimits(seconds: 1), executable: script)
        #expect(throws: DocumentError.timedOut(seconds: 1)) { try process.pages(Array("%PDF-1.4".utf8)) }
    }

    /// A stand-in for pdftotext that crashes is that file's error.
    @Test func crashingReaderIsAnError() throws {
        let folder = try TemporaryFolder()
        let script = try folder.script("crash", "echo 'Syntax Error: broken' >&2; kill -SEGV $$")
        let process = PDFTextProcess(limits: PDFLimits(), executable: script)
        let error = #expect(throws: DocumentError.self) { try process.pages(Array("%PDF-1.4".utf8)) }
        #expect(error?.description.contains("signal \(SIGSEGV)") == true)
        #expect(error?.description.contains("Syntax Error: broken") == true)
    }

    /// A stand-in that writes without end is stopped at the output limit.
    @Test func endlessOutputIsStopped() throws {
        let folder = try TemporaryFolder()
        let script = try folder.script("flood", "exec yes")
        let process = PDFTextProcess(limits: PDFLimits(outputBytes: 1 << 20), executable: script)
        let error = #expect(throws: DocumentError.self) { try process.pages(Array("%PDF-1.4".utf8)) }
        #expect(error?.description.contains("over 1048576 bytes") == true)
    }

    /// The memory limit applies to the child: a stand-in asking for more fails, the parent goes on.
    @Test func memoryLimitAppliesToTheChild() throws {
        let folder = try TemporaryFolder()
        let script = try folder.script("hungry", "exec python3 -c 'x = bytearray(512 << 20)'")
        let process = PDFTextProcess(limits: PDFLimits(memoryBytes: 128 << 20), executable: script)
        #expect(throws: DocumentError.self) { try process.pages(Array("%PDF-1.4".utf8)) }
    }
}

extension TemporaryFolder {
    /// An executable shell script standing in for pdftotext; its path.
    func script(_ name: String, _ body: String) throws -> String {
        try write(name, "#!/bin/sh\n\(body)\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file(name))
        return file(name)
    }
}

/// The layout of the real directives: no page furniture, words joined over line and page ends, bullets as items.
@Suite struct PDFDirectiveLayoutTests {
    let parser = DocumentParser()

    @Test(arguments: ["dir-2016-15.pdf", "dir-2017-29.pdf"])
    func noPageNumbersRemain(file: String) throws {
        let document = try parser.parse(try PDFTests.pdf(file), path: file)
        #expect(!document.blocks.contains { PDFLayout.isPageNumber($0.text) })
    }

    @Test func wordsAreJoinedOverPageEnds() throws {
        let document = try parser.parse(try PDFTests.pdf("dir-2016-15.pdf"), path: "dir-2016-15.pdf")
        #expect(document.text.contains("t.ex. studiestödsdatalagen (2009:287)"))
        #expect(!document.text.contains("studiestöds-"))
    }

    @Test func bulletsAreListItemsAfterTheirLeadIn() throws {
        let document = try parser.parse(try PDFTests.pdf("dir-2016-15.pdf"), path: "dir-2016-15.pdf")
        let first = try #require(document.blocks.firstIndex { $0.kind == .listItem })
        #expect(document.blocks[first - 1].text.hasSuffix("Utredaren ska bl.a."))
        #expect(
            document.blocks[first].text
                == "undersöka vilka kompletterande nationella föreskrifter, exempelvis processuella bestämmelser, som förordningen kräver,"
        )
        #expect(document.blocks[first + 4].text == "lämna sådana författningsförslag som är behövliga och lämpliga.")
        #expect(document.blocks[first + 5].kind == .paragraph)
    }
}

/// Metadata from the first page.
@Suite struct PDFMetadataTests {
    let parser = DocumentParser()

    @Test func directive() throws {
        let document = try parser.parse(try PDFTests.pdf("dir-2016-15.pdf"), path: "dir-2016-15.pdf")
        #expect(document.metadata.doctype == .kommittedirektiv)
        #expect(document.metadata.identifier == "Dir. 2016:15")
        #expect(document.metadata.title == "Dataskyddsförordningen")
        #expect(document.metadata.issued == "2016-02-25")
        #expect(document.metadata.ministry == "Justitiedepartementet")
    }

    @Test func additionalDirective() throws {
        let document = try parser.parse(try PDFTests.pdf("dir-2017-29.pdf"), path: "dir-2017-29.pdf")
        #expect(document.metadata.doctype == .tillaggsdirektiv)
        #expect(document.metadata.identifier == "Dir. 2017:29")
        #expect(document.metadata.title == "Tilläggsdirektiv till Forskningsdatautredningen (U 2016:04)")
        #expect(document.metadata.issued == "2017-03-16")
    }

    @Test func agencyRegulations() throws {
        let afs = PDFMetadata.draft(
            firstPage: try String(decoding: PDFTests.pdf("afs-2011-19-page1.txt"), as: UTF8.self))
        #expect(afs.identifier == "AFS 2011:19")
        #expect(afs.title == "Kemiska arbetsmiljörisker")
        let nfs = PDFMetadata.draft(
            firstPage: try String(decoding: PDFTests.pdf("nfs-2007-10-page1.txt"), as: UTF8.self))
        #expect(nfs.identifier == "NFS 2007:10")
        #expect(
            nfs.title
                == "Naturvårdsverkets föreskrifter och allmänna råd om inventering av björn, varg, järv, lodjur och kungsörn"
        )
    }

    /// "Utkom från trycket" on the page after a cover and a table of contents.
    @Test func printedDateFromALaterPage() {
        let draft = PDFMetadata.draft(
            firstPage: "AFS 2011:19\n\nKemiska arbetsmiljörisker\n",
            laterPages: ["Innehåll\n", "Utkom från trycket\nden 28 december 2011\n"])
        #expect(draft.issued == "2011-12-28")
    }

    @Test func governmentDecision() {
        let page = """
            Regeringsbeslut I:5
            2019-03-14
            Fi2019/01234

            Finansdepartementet
            Ekonomistyrningsverket
            Box 45316
            104 30 Stockholm

            Uppdrag till Ekonomistyrningsverket att följa upp
            statliga myndigheters lokalkostnader
            Regeringens beslut
            Regeringen uppdrar åt Ekonomistyrningsverket att …
            """
        let draft = PDFMetadata.draft(firstPage: page)
        #expect(draft.issued == "2019-03-14")
        #expect(draft.diarienummer == "Fi2019/01234")
        #expect(draft.title == "Uppdrag till Ekonomistyrningsverket att följa upp statliga myndigheters lokalkostnader")
        #expect(draft.categories == ["Regeringsuppdrag"])
    }
}

/// Scanned pages read by text recognition (pdftoppm and Tesseract from the package list).
@Suite struct PDFRecognitionTests {
    @Test func scannedPagesAreRecognised() throws {
        let parser = DocumentParser(recognition: PDFTextRecognition())
        let outcome = try parser.parseWithDiagnostics(try PDFTests.pdf("scanned.pdf"), path: "scanned.pdf")
        #expect(outcome.document.text.contains("Regeringen föreslår riksdagen att anta de förslag"))
        #expect(outcome.document.pageStarts.count == 2)
        #expect(outcome.warnings == ["2 of 2 pages read by text recognition (tesseract)"])
    }

    @Test func failingRecognitionIsThatFilesError() throws {
        let folder = try TemporaryFolder()
        let broken = try folder.script("tesseract", "echo 'Error opening data file' >&2; exit 1")
        let recognizer = PDFPageRecognizer(
            options: PDFTextRecognition(), limits: PDFLimits(), renderer: PDFTextProcess.locate("pdftoppm"),
            recognizer: broken)
        let error = #expect(throws: DocumentError.self) {
            try recognizer.text(ofPage: 1, in: try PDFTests.pdf("scanned.pdf"))
        }
        #expect(error?.description == "cannot read PDF: Error opening data file")
    }
}
