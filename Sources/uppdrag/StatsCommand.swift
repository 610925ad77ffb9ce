import ArgumentParser
import Extraction
import Foundation
import Uppdrag

struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Documents per doctype and format, items, last ingest, index size and schema version.",
        discussion: """
            Examples:
              uppdrag stats
              uppdrag stats --index /tmp/idx --format json
            """
    )

    @OptionGroup var indexOptions: IndexOptions
    @Option(help: "Output format: text or json.") var format: RecordFormat = .text

    func run() async throws {
        let stats: IndexStats
        do {
            stats = try indexOptions.catalog().stats()
        } catch {
            throw fail(error)
        }
        switch format {
        case .json: printOut(try JSONOutput.encode(stats, pretty: true))
        case .text:
            func list(_ counts: [String: Int]) -> String {
                counts.isEmpty
                    ? "—" : counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            }
            var out = ""
            out += "index:          \(stats.path)\n"
            out += "schema version: \(stats.schemaVersion)\n"
            out += "documents:      \(stats.documents)\n"
            out += "per doctype:    \(list(stats.doctypes))\n"
            out += "per format:     \(list(stats.formats))\n"
            out += "items:          \(list(stats.items))\n"
            out += "failed files:   \(stats.failedFiles)\n"
            out += "last ingest:    \(stats.lastIngest ?? "never")\n"
            out += "index size:     \(stats.sizeBytes) bytes\n"
            printOut(out, terminator: "")
        }
    }
}
