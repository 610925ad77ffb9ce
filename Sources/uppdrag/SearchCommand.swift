public import ArgumentParser
import Extraction
import Foundation
public import Uppdrag

enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl, csv
}

extension SearchSort: ExpressibleByArgument {}

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index with Swedish stemming, boolean operators, phrases and fields.",
        discussion: """
            The query language is Xapian's: words (inflected forms match), "phrases", AND, OR, NOT, and fields \
            agency:, type:, ministry:, id:, ref:, title:, year:, plus ranges issued:2015-01-01..2016-12-31 and \
            deadline:2016..2017. An empty query lists everything, so filters can be used alone.

            The total is an exact count of every match, whatever --limit says; --limit 0 prints only it. Like \
            grep, search exits 1 when nothing matches and 0 when something does; errors exit 2 or higher (64 \
            usage, 74 index I/O).

            Examples:
              uppdrag search kriminalvården
              uppdrag search '"våldsbejakande extremism" NOT terrorism'
              uppdrag search --agency SiS --format json
              uppdrag search --type kommittedirektiv --from 2015 --to 2016 --facets
              uppdrag search --assignments Kriminalvården
              uppdrag search --count --type lag
              uppdrag search -l extremism | xargs grep -l Kriminalvården
            """
    )

    @OptionGroup var indexOptions: IndexOptions

    @Option(help: "Hits per page (default: 10, or every hit with -l); 0 prints only the count.") var limit: Int?
    @Option(help: "Hits to skip.") var offset = 0
    @Option(help: "Output format: table, json, jsonl or csv.") var format: TableFormat = .table
    @Option(help: "Only documents naming this agency (any alias: SiS, SiS:s, Statens institutionsstyrelse).")
    var agency: [String] = []
    @Option(help: "Only this document type (kommittedirektiv, regeringsuppdrag, lag, …).") var type: [String] = []
    @Option(help: "Only this ministry.") var ministry: [String] = []
    @Option(help: "Issued on or after (YYYY, YYYY-MM, YYYY-MM-DD or today).") var from: String?
    @Option(help: "Issued on or before.") var to: String?
    @Option(help: "With a deadline on or after.") var deadlineFrom: String?
    @Option(help: "With a deadline on or before.") var deadlineTo: String?
    @Option(help: "Only documents citing this identifier (Dir. 2015:27, SFS 2011:1508).") var references: [String] = []
    @Option(help: "Sort by relevance, issued (newest first) or deadline (earliest first).")
    var sort: SearchSort = .relevance
    @Flag(help: "Count hits by agency, doctype, ministry and year.") var facets = false
    @Flag(help: "Search the assignments announced on pages, one hit per assignment.") var assignments = false
    @Flag(help: "Print only the number of matches.") var count = false
    @Flag(
        name: [.customShort("l"), .long],
        help: "Print only the files of the matches, one per line, each once (all of them unless --limit says).")
    var filesWithMatches = false
    @Argument(help: "Query words.") var query: [String] = []

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must not be negative") }
        if offset < 0 { throw ValidationError("--offset must not be negative") }
        if count && filesWithMatches { throw ValidationError("--count and --files-with-matches exclude each other") }
    }

    /// The page size: what --limit says, else every hit for -l, nothing for --count, and 10 otherwise.
    var pageSize: Int {
        if let limit { return limit }
        if count { return 0 }
        return filesWithMatches ? Int(Int32.max) : 10
    }

    func run() async throws {
        let plain = count || filesWithMatches
        let bold =
            format == .table && !plain && isTerminalOutput && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let options = SearchOptions(
            query: query.joined(separator: " "), limit: pageSize, offset: offset, agencies: agency, types: type,
            ministries: ministry, issuedFrom: from, issuedTo: to, deadlineFrom: deadlineFrom, deadlineTo: deadlineTo,
            references: references, sort: sort, facets: facets && !plain, assignments: assignments,
            highlight: bold ? ("\u{E000}", "\u{E001}") : ("", ""), snippets: !plain)
        let page: SearchPage
        do {
            page = try indexOptions.catalog().search(options)
        } catch {
            throw fail(error)
        }
        if count {
            printOut(String(page.total))
        } else if filesWithMatches {
            printOut(SearchFormats.files(page), terminator: "")
        } else {
            try print(page, bold: bold)
        }
        if page.total == 0 { throw ExitCode(ExitStatus.noMatch) }
    }

    private func print(_ page: SearchPage, bold: Bool) throws {
        switch format {
        case .json: printOut(try JSONOutput.encode(page, pretty: true))
        case .jsonl:
            for hit in page.hits { printOut(try JSONOutput.encode(hit, pretty: false)) }
        case .csv: printOut(SearchFormats.csv(page), terminator: "")
        case .table:
            printOut(SearchFormats.table(page, bold: bold), terminator: "")
        }
    }
}
