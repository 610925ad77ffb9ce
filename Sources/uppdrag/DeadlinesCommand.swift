public import ArgumentParser
import Extraction
import Foundation
import Uppdrag

enum DeadlineFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl, csv, ics
}

extension DeadlineKind: ExpressibleByArgument {}

struct DeadlinesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "List deadlines by date, with status relative to today; export CSV, JSON or iCalendar.",
        discussion: """
            A deadline moved by a tilläggsdirektiv shows its new date and where it came from; the old date is \
            hidden unless --all is given. Recurring deadlines ("senast den 1 mars varje år") are expanded into \
            their yearly occurrences between --from and --to (default: this year and next).

            Examples:
              uppdrag deadlines --upcoming
              uppdrag deadlines --within 30d
              uppdrag deadlines --agency Kriminalvården --from 2016 --to 2018
              uppdrag deadlines --kind slutredovisning --format csv > deadlines.csv
              uppdrag deadlines --format ics > deadlines.ics
            """
    )

    @OptionGroup var indexOptions: IndexOptions
    @Option(help: "Only deadlines of this agency (any alias).") var agency: String?
    @Option(help: "Only this kind: slutredovisning, delredovisning, redovisning, ikrafttradande, other.")
    var kind: [DeadlineKind] = []
    @Option(help: "On or after (YYYY, YYYY-MM, YYYY-MM-DD or today).") var from: String?
    @Option(help: "On or before (YYYY, YYYY-MM, YYYY-MM-DD or today).") var to: String?
    @Option(help: "From today (or --from) up to this far ahead: 30d, 2w, 3m, 1y.") var within: String?
    @Flag(help: "Only overdue reports (an entry into force or another deadline that has passed is not overdue).")
    var overdue = false
    @Flag(help: "Only deadlines today or later.") var upcoming = false
    @Flag(help: "Also list superseded deadlines.") var all = false
    @Option(help: "The date statuses are computed against (default: today, UTC).") var today: String?
    @Option(help: "Output format: table, json, jsonl, csv or ics.") var format: DeadlineFormat = .table

    func validate() throws {
        if overdue && upcoming { throw ValidationError("--overdue and --upcoming exclude each other") }
        if let today, CalendarDate(iso: today) == nil {
            throw ValidationError("--today expects YYYY-MM-DD, got \(today)")
        }
    }

    func run() async throws {
        let query = DeadlineQuery(
            agency: agency, kinds: kind, from: from, to: to, onlyOverdue: overdue, onlyUpcoming: upcoming,
            includeSuperseded: all, today: today ?? CalendarDate.today().iso,
            within: within)
        let entries: [DeadlineEntry]
        do {
            entries = try indexOptions.catalog().deadlines(query)
        } catch {
            throw fail(error)
        }
        switch format {
        case .table: printOut(DeadlineFormats.deadlineTable(entries), terminator: "")
        case .json: printOut(try JSONOutput.encode(entries, pretty: true))
        case .jsonl: for entry in entries { printOut(try JSONOutput.encode(entry, pretty: false)) }
        case .csv: printOut(DeadlineFormats.deadlineCSV(entries), terminator: "")
        case .ics: printOut(ICalendar.render(entries), terminator: "")
        }
    }
}

enum ChecklistFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, json, csv
}

struct ChecklistCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Emit the obligations of matching documents as a checklist (Markdown, JSON or CSV).",
        discussion: """
            Items are grouped by document (identifier, title, date) in a stable order; each has a stable id, so \
            two runs can be diffed.

            Examples:
              uppdrag checklist --agency Kriminalvården
              uppdrag checklist --document "Dir. 2016:15" --format json
              uppdrag checklist --query "våldsbejakande extremism" --format csv
            """
    )

    @OptionGroup var indexOptions: IndexOptions
    @Option(help: "Only obligations of this agency (any alias).") var agency: String?
    @Option(help: "Only this document: id, file path or identifier (Dir. 2015:27).") var document: String?
    @Option(help: "Only documents matching this search.") var query: String?
    @Option(help: "Output format: markdown, json or csv.") var format: ChecklistFormat = .markdown

    func run() async throws {
        let items: [ChecklistItem]
        do {
            items = try indexOptions.catalog().checklist(
                ChecklistQuery(agency: agency, document: document, query: query))
        } catch {
            throw fail(error)
        }
        switch format {
        case .markdown: printOut(ChecklistFormats.checklistMarkdown(items), terminator: "")
        case .json: printOut(try JSONOutput.encode(items, pretty: true))
        case .csv: printOut(ChecklistFormats.checklistCSV(items), terminator: "")
        }
    }
}
