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
        case .text: printOut(StatsFormats.text(stats), terminator: "")
        }
    }
}
