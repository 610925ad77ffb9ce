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
        case .csv:
            var out = TextOutput.csvRow(["name", "aliases", "documents", "deadlines", "obligations", "assignments"])
            for agency in agencies {
                out += TextOutput.csvRow([
                    agency.name, agency.aliases.joined(separator: "; "), String(agency.documents),
                    String(agency.deadlines), String(agency.obligations), String(agency.assignments),
                ])
            }
            printOut(out, terminator: "")
        case .table:
            if agencies.isEmpty { printOut("no agencies") }
            for agency in agencies {
                let aliases =
                    agency.aliases.isEmpty ? "" : " (" + agency.aliases.prefix(6).joined(separator: ", ") + ")"
                printOut(
                    "\(TextOutput.terminalSafe(agency.name))\(TextOutput.terminalSafe(aliases))\n"
                        + "  \(agency.documents) documents, \(agency.deadlines) deadlines, \(agency.obligations) obligations, "
                        + "\(agency.assignments) assignments")
            }
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
        case .text:
            func line(_ entry: ReferenceEntry) -> String {
                let name = [entry.identifier, entry.title].compactMap { $0 }.joined(separator: " — ")
                return "  \(entry.id)  \(TextOutput.terminalSafe(name.isEmpty ? entry.file : name))"
                    + (entry.issued.map { " (\($0))" } ?? "")
            }
            var out = "\(report.identifier)\n"
            out +=
                report.documents.isEmpty
                ? "not in the index\n" : report.documents.map(line).joined(separator: "\n") + "\n"
            out += "cites:\n" + (report.cites.isEmpty ? "  —\n" : report.cites.map { "  \($0)\n" }.joined())
            out +=
                "cited by:\n"
                + (report.citedBy.isEmpty ? "  —\n" : report.citedBy.map(line).joined(separator: "\n") + "\n")
            printOut(out, terminator: "")
        }
    }
}
