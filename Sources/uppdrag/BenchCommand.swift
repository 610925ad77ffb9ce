import ArgumentParser
import Foundation
import Uppdrag

/// Times read commands inside one process, so query latency is measured without the process start
/// (Scripts/Benchmarks/bench.sh compares it with `quest`). Hidden: a tool for benchmarks, not for users.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time read commands in one process: p50, p95 and min per command line, in milliseconds.",
        discussion: """
            Each line of FILE is one command line without the program name, for example
            search kriminalvården --limit 10
            Words are split at spaces; "double quotes" keep a phrase together. Lines starting with # are skipped.
            Every run goes through the same code as the command itself, including opening the index;
            the command's output goes to /dev/null. Prints one tab-separated line per command.
            """,
        shouldDisplay: false
    )

    @OptionGroup var indexOptions: IndexOptions
    @Option(help: "Timed runs per command line.") var runs = 20
    @Option(help: "Untimed runs per command line first.") var warmup = 2
    @Argument(help: "File of command lines.") var file: String

    func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if warmup < 0 { throw ValidationError("--warmup must not be negative") }
    }

    func run() async throws {
        let lines: [String]
        do {
            lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        } catch {
            throw fail(UppdragError.io(path: file, message: "cannot read: \(error.localizedDescription)"))
        }
        printOut("command\tp50_ms\tp95_ms\tmin_ms\truns")
        for line in lines where !line.trimmingCharacters(in: .whitespaces).isEmpty && !line.hasPrefix("#") {
            var arguments = Self.words(line)
            if !arguments.contains("--index") { arguments += ["--index", indexOptions.path] }
            var times: [Double] = []
            for round in 0..<(warmup + runs) {
                let command: any ParsableCommand
                do {
                    command = try UppdragCommand.parseAsRoot(arguments)
                } catch {
                    printError(errorPrefix + "\(line): \(UppdragCommand.message(for: error))")
                    throw ExitCode(ExitStatus.usage)
                }
                guard var runnable = command as? any AsyncParsableCommand, !(command is BenchCommand) else {
                    printError(errorPrefix + "\(line): not a command that can be timed")
                    throw ExitCode(ExitStatus.usage)
                }
                let start = ContinuousClock.now
                let failure: (any Error)? = await Self.silencingStandardOutput { () async -> (any Error)? in
                    do {
                        try await runnable.run()
                        return nil
                    } catch {
                        return error
                    }
                }
                let elapsed = ContinuousClock.now - start
                // A search that finds nothing exits 1 by grep's convention; it still ran and counts.
                if let failure, (failure as? ExitCode)?.rawValue != ExitStatus.noMatch {
                    printError(errorPrefix + "\(line): \(UppdragCommand.message(for: failure))")
                    throw ExitCode(ExitStatus.failure)
                }
                if round >= warmup {
                    times.append(
                        Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
                }
            }
            times.sort()
            printOut(
                "\(line)\t\(Self.format(Self.percentile(times, 0.5)))\t\(Self.format(Self.percentile(times, 0.95)))"
                    + "\t\(Self.format(times[0]))\t\(runs)")
        }
    }

    /// Nearest-rank percentile of sorted values.
    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[max(0, min(sorted.count - 1, rank - 1))]
    }

    static func format(_ milliseconds: Double) -> String { String(format: "%.2f", milliseconds) }

    /// Splits at spaces; a "double-quoted phrase" stays one word, quotes included, so the query parser sees a phrase.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var started = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                current.append(character)
                started = true
            } else if character == " " && !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }

    /// Runs `body` with file descriptor 1 pointed at /dev/null.
    static func silencingStandardOutput<T>(_ body: () async -> T) async -> T {
        let saved = dup(STDOUT_FILENO)
        let null = open("/dev/null", O_WRONLY)
        if saved >= 0, null >= 0 { dup2(null, STDOUT_FILENO) }
        defer {
            if saved >= 0 {
                dup2(saved, STDOUT_FILENO)
                close(saved)
            }
            if null >= 0 { close(null) }
        }
        return await body()
    }
}
