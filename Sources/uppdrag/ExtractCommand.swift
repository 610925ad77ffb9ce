import ArgumentParser
import Extraction
import Foundation
import Uppdrag

enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, json
}

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the extracted record of each file as JSON (no index needed).",
        discussion: """
            One JSON object per file, in the record schema (Schemas/record.schema.json). A file that fails \
            gives {"file": …, "error": …} on standard output and a line on standard error; the run goes on and \
            exits 65 at the end.

            Examples:
              uppdrag extract Corpus/art-hjalp-att-lamna-valdsbejakande-extremism.txt
              uppdrag extract --format json Corpus/dir-2016-15.html
            """
    )

    @Option(help: "jsonl (one object per line) or json (an array).") var format: ExtractFormat = .jsonl
    @Option(help: "Largest file read, in bytes.") var maxFileSize: Int = 64 << 20
    @Flag(help: "Print parse and extraction throughput (MB/s on one core) on standard error at the end.")
    var timings = false
    @Argument(help: "Files to extract.") var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file") }
    }

    func run() async throws {
        let extraction = RecordExtraction(maxFileSize: maxFileSize)
        var failed = false
        var objects: [String] = []
        var measured = RecordExtraction.Timings()
        for file in files {
            switch extraction.extract(path: file, timings: &measured) {
            case .success(let record):
                objects.append(try JSONOutput.encode(record, pretty: format == .json))
            case .failure(let failure):
                failed = true
                printError(errorPrefix + "\(file): \(failure.error)")
                objects.append(try JSONOutput.encode(failure, pretty: format == .json))
            }
            if format == .jsonl, let last = objects.popLast() { printOut(last) }
        }
        if format == .json { printOut("[\n" + objects.joined(separator: ",\n") + "\n]") }
        if timings { printError(measured.summary) }
        if failed { throw ExitCode(ExitStatus.someInputsFailed) }
    }
}
