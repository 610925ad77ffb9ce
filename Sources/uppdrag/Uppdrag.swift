import ArgumentParser
import Foundation
import Uppdrag

@main
struct UppdragCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uppdrag",
        abstract: "Index Swedish government documents and follow who must do what, by when.",
        discussion: """
            Ingest a folder of downloaded documents (regeringen.se, rkrattsbaser, riksdagen; HTML, XML, text), \
            then search them and list their deadlines and obligations.

            Exit codes: 0 success; 1 failure; 64 usage error; 65 some input files failed (the rest is done); \
            74 index I/O error; 75 the index is locked by another ingest.
            """,
        subcommands: [
            IngestCommand.self, SearchCommand.self, DeadlinesCommand.self, ChecklistCommand.self, ShowCommand.self,
            AgenciesCommand.self, RefsCommand.self, StatsCommand.self, ExtractCommand.self, BenchCommand.self,
        ]
    )
}

/// The index folder for `ingest`, which writes locally.
struct WritableIndexOptions: ParsableArguments {
    @Option(name: .long, help: "Index folder (default: $UPPDRAG_INDEX or ./Index).")
    var index: String?

    var path: String { resolvedIndexPath(index) }
}

/// The default index: $UPPDRAG_INDEX, else ./Index.
func resolvedIndexPath(_ option: String?) -> String {
    if let option { return option }
    if let environment = ProcessInfo.processInfo.environment["UPPDRAG_INDEX"], !environment.isEmpty {
        return environment
    }
    return "Index"
}

/// The `--index` options shared by every command that reads an index.
struct IndexOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "Index folder, or remote shards tcp://HOST:PORT[,HOST:PORT…] (default: $UPPDRAG_INDEX or ./Index).")
    var index: String?

    @Flag(help: "With remote shards: answer from the reachable ones and name those that are down.")
    var allowPartial = false

    /// Opens the catalog, warning on standard error about shards left out.
    func catalog() throws -> Catalog {
        let catalog = try Catalog(indexPath: path, allowPartial: allowPartial)
        for shard in catalog.missingShards { printError("warning: shard \(shard) is unreachable; results are partial") }
        return catalog
    }

    var path: String { resolvedIndexPath(index) }
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Writes to standard output without buffering surprises across formats.
func printOut(_ text: String, terminator: String = "\n") {
    FileHandle.standardOutput.write(Data((text + terminator).utf8))
}

/// Turns an uppdrag error into its message and exit code.
func fail(_ error: any Error) -> ExitCode {
    if let error = error as? UppdragError {
        printError("error: \(error.description)")
        return ExitCode(error.exitCode)
    }
    printError("error: \(error)")
    return ExitCode(ExitStatus.failure)
}

let isTerminalError = isatty(2) == 1
let isTerminalOutput = isatty(1) == 1
