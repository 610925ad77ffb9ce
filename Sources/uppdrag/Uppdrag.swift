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

            Exit codes: 0 success; 1 search found nothing; 2 failure (no such document, unexpected error); \
            64 usage error; 65 some input files failed (the rest is done); 74 index I/O error; 75 the index is \
            locked by another ingest. Errors are printed on standard error as "uppdrag: error: …".
            """,
        subcommands: [
            IngestCommand.self, SearchCommand.self, DeadlinesCommand.self, ChecklistCommand.self, ShowCommand.self,
            AgenciesCommand.self, RefsCommand.self, StatsCommand.self, ExtractCommand.self, BenchCommand.self,
        ]
    )

    /// Parses and runs the command line, reporting every error in one style: "uppdrag: error: …" on standard
    /// error, usage errors followed by the usage, and the exit codes of the README.
    static func main() async {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exitReporting(error)
        }
        do {
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                var command = command
                try command.run()
            }
        } catch {
            exitReporting(error)
        }
    }

    /// Prints `error` in uppdrag's style and exits with its code.
    static func exitReporting(_ error: any Error) -> Never {
        // A silent exit code (the command printed already), --help and --version are ArgumentParser's to handle.
        if error is ExitCode { exit(withError: error) }
        if let error = error as? UppdragError {
            printError(errorPrefix + error.description)
            exit(withError: ExitCode(error.exitCode))
        }
        let code = exitCode(for: error)
        if code == .success { exit(withError: error) }
        var message = fullMessage(for: error)
        if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
        printError(errorPrefix + message)
        // ArgumentParser's own errors are usage errors (64); anything else it would call 1, which `search`
        // keeps for "nothing matched".
        exit(withError: ExitCode(code == .validationFailure ? ExitStatus.usage : ExitStatus.failure))
    }
}

/// The prefix of every error line uppdrag prints.
let errorPrefix = "uppdrag: error: "
/// The prefix of every warning line uppdrag prints.
let warningPrefix = "uppdrag: warning: "

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
        for shard in catalog.missingShards {
            printError(warningPrefix + "shard \(shard) is unreachable; results are partial")
        }
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
        printError(errorPrefix + error.description)
        return ExitCode(error.exitCode)
    }
    printError(errorPrefix + "\(error)")
    return ExitCode(ExitStatus.failure)
}

let isTerminalError = isatty(2) == 1
let isTerminalOutput = isatty(1) == 1
