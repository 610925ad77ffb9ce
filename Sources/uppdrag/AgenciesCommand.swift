import ArgumentParser
import Foundation
import Uppdrag

struct AgenciesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agencies",
        abstract: "List every agency in the index with its aliases and counts of documents, deadlines and obligations.",
        discussion: """
            Examples:
              uppdrag agencies
              uppdrag agencies --format json
            """
    )

    @OptionGroup var indexOptions: IndexOptions
    @Option(help: "Output format: table, json, jsonl or csv.") var format: TableFormat = .table

    func run() async throws {
        let agencies: [AgencySummary]
        do {
            agencies = try indexOptions.catalog().agencies()
        } catch {
            throw fail(error)
        }
        switch format {
        case .json: printOut(try JSONOutput.encode(agencies, pretty: true))
        case .jsonl: for agency in agencies { printOut(try JSONOutput.encode(agency, pretty: false)) }
        case .csv: printOut(AgencyFormats.csv(agencies), terminator: "")
        case .table: printOut(AgencyFormats.table(agencies), terminator: "")
        }
    }
}

struct RefsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refs",
        abstract: "Show what a document cites and what cites it.",
        discussion: """
            Examples:
              uppdrag refs "Dir. 2015:27"
              uppdrag refs "SFS 2011:1508" --format json
            """
    )

    @OptionGroup var indexOptions: IndexOptions
    @Option(help: "Output format: text or json.") var format: RecordFormat = .text
    @Argument(help: "An identifier: Dir. 2015:27, SFS 2011:1508, prop. 2016/17:14, SOU 2013:75 …") var identifier:
        String

    func run() async throws {
        let report: ReferenceReport
        do {
            report = try indexOptions.catalog().references(of: identifier)
        } catch {
            throw fail(error)
        }
        switch format {
        case .json: printOut(try JSONOutput.encode(report, pretty: true))
        case .text: printOut(ReferenceFormats.text(report), terminator: "")
        }
    }
}
