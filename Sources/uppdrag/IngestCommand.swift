public import ArgumentParser
import Foundation
import SearchIndex
import Uppdrag

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add files and folders to the index; unchanged files are skipped, removed files dropped.",
        discussion: """
            Reads .html .htm .xhtml .xml .txt .md .pdf files, walking folders recursively; other files are \
            reported as skipped. PDF text comes from poppler's pdftotext (poppler-utils) in a child process \
            limited to 30 s and 1 GiB; a scanned PDF without a text layer is a warning. A file is unchanged when its bytes are and the index recorded it under this version's \
            extraction rules; after an upgrade that changes them, files are parsed again and counted as replaced. \
            Prints one line per failed file on standard error and a summary at the end. An index is \
            a folder of Xapian databases (shards) listed in its XAPIANDB stub; after a large change the run ends \
            by rewriting them compactly and switching the stub, which readers never see half done.

            Examples:
              uppdrag ingest Corpus
              uppdrag ingest --index /tmp/idx ~/Downloads/regeringen Dir-2015-27.html
              uppdrag ingest --shards 4 --index /srv/uppdrag ~/Downloads/regeringen

            Exit codes: 0 all files ingested; 65 some files failed (the others are committed and searchable); \
            64 usage error; 74 index I/O error (disk full among them); 75 the index is locked by another ingest; \
            1 anything else.
            """
    )

    @OptionGroup var indexOptions: WritableIndexOptions

    @Option(help: "Largest file read, in bytes (larger files fail).")
    var maxFileSize: Int = 64 << 20

    @Option(
        help: """
            Source files per transaction (default: 500, growing with the index to 2,000 at 200,000 files; \
            committed early when memory use passes 256 MiB).
            """)
    var batchSize: Int?

    @Option(help: "Files parsed at once (default: four per core).")
    var jobs: Int = 0

    @Option(
        help: """
            Split a new index into this many shards, Xapian databases listed in Index/XAPIANDB (default: one \
            per core, at most 4).
            """)
    var shards: Int?

    @Option(
        help: """
            Rewrite the index compactly after the last commit: auto (when at least a tenth of its files \
            changed), always or never.
            """)
    var compact: CompactionPolicy = .auto

    @Flag(
        help: """
            Read PDF pages without a text layer (scans) by text recognition: pdftoppm and Tesseract, a few seconds \
            a page.
            """)
    var ocr = false

    @Option(help: "Tesseract language of --ocr (several joined by +).")
    var ocrLanguage = "swe"

    @Flag(help: "Do not print skipped files (unsupported types, symbolic links); the summary still counts them.")
    var quiet = false

    @Argument(help: "Files and folders to ingest.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder") }
        if maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive") }
        if let batchSize, batchSize <= 0 { throw ValidationError("--batch-size must be positive") }
        if jobs < 0 { throw ValidationError("--jobs must not be negative") }
        if ocrLanguage.isEmpty || !ocrLanguage.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "+" || $0 == "_") }) {
            throw ValidationError("--ocr-language must be Tesseract language names joined by + (swe, swe+eng)")
        }
        if let shards, !(1...256).contains(shards) { throw ValidationError("--shards must be between 1 and 256") }
    }

    func run() async throws {
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            var info = stat()
            if lstat(path, &info) != 0 {
                throw ValidationError("no such file or folder: \(path)")
            }
        }
        let options = IngestOptions(
            indexPath: indexOptions.path, maxFileSize: maxFileSize, batches: BatchPolicy(fixedSize: batchSize),
            concurrency: jobs, shards: shards, compaction: compact, ocrLanguage: ocr ? ocrLanguage : nil)
        let observer = TerminalObserver(quiet: quiet, showProgress: isTerminalError)
        let summary: IngestSummary
        SignalTrap.install()
        do {
            summary = try await Ingester(options: options).run(
                paths: paths, observer: observer, shouldStop: { SignalTrap.stopSignal != 0 })
        } catch {
            observer.finish()
            throw fail(error)
        }
        observer.finish()
        printError(summary.line + (summary.skipped > 0 ? " (\(summary.skipped) skipped)" : ""))
        let signal = SignalTrap.stopSignal
        if signal != 0 {
            printError("interrupted: stopped after committing the files above; run ingest again to finish")
            throw ExitCode(128 + signal)
        }
        if summary.failed > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }
}

/// Prints per-file diagnostics and, on a terminal, a progress line.
final class TerminalObserver: IngestObserver, @unchecked Sendable {
    // Called from the ingest's writer task only, one call at a time.
    let quiet: Bool
    let showProgress: Bool
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(quiet: Bool, showProgress: Bool) {
        self.quiet = quiet
        self.showProgress = showProgress
    }

    func diagnostic(_ diagnostic: IngestDiagnostic) {
        if diagnostic.severity == .warning && quiet { return }
        clearLine()
        let prefix = diagnostic.severity == .warning ? warningPrefix : errorPrefix
        printError(prefix + "\(diagnostic.path): \(diagnostic.message)")
    }

    func progress(filesSeen: Int, summary: IngestSummary) {
        guard showProgress else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        FileHandle.standardError.write(Data("\r\u{1b}[K\(filesSeen) files: \(summary.line)".utf8))
        drawn = true
    }

    func finish() { clearLine() }

    private func clearLine() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1b}[K".utf8))
        drawn = false
    }
}

extension CompactionPolicy: ExpressibleByArgument {}
