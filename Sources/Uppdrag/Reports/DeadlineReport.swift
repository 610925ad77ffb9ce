public import Extraction
import Foundation
import SearchIndex

/// Where a deadline stands relative to "today".
public enum DeadlineStatus: String, Codable, Sendable {
    /// A report (slutredovisning, delredovisning, redovisning) whose date has passed.
    case overdue
    case today, upcoming
    /// An entry into force (ikraftträdande) on or before today: the rules apply, nothing is late.
    case inForce = "in-force"
    /// Any other deadline whose date has passed (a motion period that ended): over, but owed by no one.
    case passed

    /// The status of a deadline of `kind` that is `daysLeft` days ahead (negative: past).
    public init(kind: DeadlineKind, daysLeft: Int) {
        switch (kind, daysLeft) {
        case (.ikrafttradande, ...0): self = .inForce
        case (_, 1...): self = .upcoming
        case (_, 0): self = .today
        case (.other, _): self = .passed
        default: self = .overdue
        }
    }
}

/// Which deadlines to list.
public struct DeadlineQuery: Sendable {
    public var agency: String?
    public var kinds: [DeadlineKind]
    public var from: String?
    public var to: String?
    public var onlyOverdue: Bool
    public var onlyUpcoming: Bool
    /// Also list superseded deadlines (moved by a tilläggsdirektiv).
    public var includeSuperseded: Bool
    /// ISO date that statuses are computed against.
    public var today: String
    /// Only deadlines from today up to this span ahead: "30d", "2w", "3m", "1y".
    public var within: String?

    public init(
        agency: String? = nil, kinds: [DeadlineKind] = [], from: String? = nil, to: String? = nil,
        onlyOverdue: Bool = false, onlyUpcoming: Bool = false, includeSuperseded: Bool = false, today: String,
        within: String? = nil
    ) {
        self.within = within
        self.agency = agency
        self.kinds = kinds
        self.from = from
        self.to = to
        self.onlyOverdue = onlyOverdue
        self.onlyUpcoming = onlyUpcoming
        self.includeSuperseded = includeSuperseded
        self.today = today
    }
}

/// One line of the deadline report.
public struct DeadlineEntry: Codable, Sendable, Hashable {
    /// Stable id of the deadline ("<document id>-d<n>", plus "@YYYY" for an occurrence of a recurring one).
    public var id: String
    /// The date of this entry (an occurrence, for recurring deadlines).
    public var date: String
    /// The date as the document states it ("--03-01" or a first occurrence, for recurring deadlines).
    public var statedDate: String
    public var status: DeadlineStatus
    /// Days from today to the date (negative when it has passed).
    public var daysLeft: Int
    public var kind: DeadlineKind
    @ExplicitNull public var actor: String?
    public var recurring: Bool
    public var documentId: String
    public var doctype: Doctype
    @ExplicitNull public var identifier: String?
    @ExplicitNull public var title: String?
    public var file: String
    public var quote: String
    public var superseded: Bool
    /// The date this deadline moved from, when a tilläggsdirektiv moved it.
    @ExplicitNull public var movedFrom: String?
    /// The identifier of the document that set this date in place of an earlier one.
    @ExplicitNull public var movedBy: String?
    /// For superseded entries: the identifier of the document that moved it.
    @ExplicitNull public var supersededBy: String?
    @ExplicitNull public var issued: String?
    /// Last year of a recurring deadline.
    @ExplicitNull public var until: Int?
    /// The page of the quote, for PDF sources.
    public var page: Int? = nil
    /// The source opened at that page: "FILE.pdf#page=N".
    public var link: String? = nil
}

/// A span ahead of a date: days, weeks, months or years ("30d", "2w", "3m", "1y").
struct DateSpan {
    enum Unit: Character { case day = "d", week = "w", month = "m", year = "y" }
    var count: Int
    var unit: Unit

    init?(_ text: String) {
        guard let last = text.last, let unit = Unit(rawValue: last), let count = Int(text.dropLast()), count >= 0,
            count <= 10_000
        else { return nil }
        self.count = count
        self.unit = unit
    }

    /// The day `count` units after `date`; a month or year that lacks the day ends on its last day.
    func end(from date: CalendarDate) -> CalendarDate? {
        switch unit {
        case .day: return CalendarDate(dayNumber: date.dayNumber + count)
        case .week: return CalendarDate(dayNumber: date.dayNumber + 7 * count)
        case .month, .year:
            let months = date.year * 12 + date.month - 1 + (unit == .month ? count : 12 * count)
            let (year, month) = (months / 12, months % 12 + 1)
            return CalendarDate(
                year: year, month: month, day: min(date.day, CalendarDate.daysIn(month: month, year: year)))
        }
    }
}

/// The deadline report over an open reader: moved deadlines resolved across documents, recurring ones expanded.
struct DeadlineListing {
    let reader: IndexReader
    let language: QueryLanguage

    func entries(_ query: DeadlineQuery) throws -> [DeadlineEntry] {
        guard let today = CalendarDate(iso: query.today) else {
            throw UppdragError.invalidArgument("not a date: \(query.today) (expected YYYY-MM-DD)")
        }
        var (fromBound, toBound) = try QueryLanguage.dateWindow(from: query.from, to: query.to, today: today)
        if let within = query.within {
            guard let end = DateSpan(within)?.end(from: today) else {
                throw UppdragError.invalidArgument(
                    "--within expects a number and d, w, m or y (30d, 2w, 3m, 1y), got \(within)")
            }
            fromBound = fromBound ?? today.compact
            toBound = min(toBound ?? end.compact, end.compact)
        }
        let from = fromBound.flatMap(CalendarDate.init(compact:))
        let to = toBound.flatMap(CalendarDate.init(compact:))
        var filters: [[String]] = []
        if let agency = query.agency { filters.append([try language.agencyTerm(agency)]) }
        if !query.kinds.isEmpty { filters.append(query.kinds.map { Schema.Prefix.deadlineKind + $0.rawValue }) }
        var items: [DeadlineItem]
        if fromBound != nil || toBound != nil {
            // Xapian keeps to the window, so only its items are decoded: dated deadlines by their date, plus every
            // recurring one ("0000MMDD", before any dated value), whose occurrences are worked out below.
            items = try reader.items(
                .deadline, as: DeadlineItem.self, filters: filters,
                ranges: [(Schema.Slot.deadline, fromBound ?? Self.firstDatedValue, toBound)])
            items += try reader.items(
                .deadline, as: DeadlineItem.self, filters: filters,
                ranges: [(Schema.Slot.deadline, nil, Self.lastRecurringValue)])
        } else {
            items = try reader.items(.deadline, as: DeadlineItem.self, filters: filters)
        }
        // Only moves citing one of these deadlines' documents can move them; a long list is cheaper read whole.
        let identifiers = Set(items.compactMap(\.identifier))
        var moveFilters = [[Schema.movesDeadlineTerm]]
        if identifiers.count <= Self.moveLookupLimit { moveFilters.append(identifiers.map(Schema.referenceTerm)) }
        // When two documents move the same deadline, the one issued last wins (by date, else by number).
        let moves =
            identifiers.isEmpty
            ? []
            : try reader.items(.deadline, as: DeadlineItem.self, filters: moveFilters).sorted {
                let (left, right) = (Self.numbers(in: $0.identifier), Self.numbers(in: $1.identifier))
                return ($0.issued ?? "", left.0, left.1, $0.id) < ($1.issued ?? "", right.0, right.1, $1.id)
            }

        // A tilläggsdirektiv's new date replaces the old date of every directive it cites.
        var movedBy: [String: (identifier: String, date: String)] = [:]
        for move in moves {
            guard let old = move.deadline.replaces, move.deadline.superseded != true else { continue }
            for reference in move.references {
                movedBy[reference + "|" + old] = (move.identifier ?? move.documentId, move.deadline.date)
            }
        }

        var entries: [DeadlineEntry] = []
        for item in items {
            let deadline = item.deadline
            var superseded = deadline.superseded == true
            var supersededBy: String?
            if let identifier = item.identifier, let move = movedBy[identifier + "|" + deadline.date] {
                superseded = true
                supersededBy = move.identifier
            }
            if superseded && !query.includeSuperseded { continue }
            let base = DeadlineEntry(
                id: item.id, date: deadline.date, statedDate: deadline.date, status: .upcoming, daysLeft: 0,
                kind: deadline.kind,
                actor: deadline.actor, recurring: deadline.recurring, documentId: item.documentId,
                doctype: item.doctype, identifier: item.identifier, title: item.title, file: item.path,
                quote: deadline.quote, superseded: superseded, movedFrom: deadline.replaces,
                movedBy: deadline.replaces != nil ? item.identifier : nil, supersededBy: supersededBy,
                issued: item.issued, until: deadline.until, page: deadline.page,
                link: deadline.page.map { PageLink.link(item.path, page: $0) })
            for date in occurrences(of: deadline, issued: item.issued, from: from, to: to, today: today) {
                var entry = base
                if deadline.recurring && date.iso != deadline.date { entry.id = item.id + "@\(date.year)" }
                entry.date = date.iso
                entry.daysLeft = date.days(since: today)
                entry.status = DeadlineStatus(kind: deadline.kind, daysLeft: entry.daysLeft)
                if let from, date < from { continue }
                if let to, to < date { continue }
                if query.onlyOverdue && entry.status != .overdue { continue }
                if query.onlyUpcoming && entry.daysLeft < 0 { continue }
                entries.append(entry)
            }
        }
        // Ties go by file path, not by id: the order then does not depend on where the folder lies.
        let keys = entries.map { ($0.date, $0.identifier ?? "", $0.file, $0.id) }
        return entries.indices.sorted { keys[$0] < keys[$1] }.map { entries[$0] }
    }

    /// The year and number of an identifier ("Dir. 2016:71" → 2016, 71), for ordering documents of one series.
    static func numbers(in identifier: String?) -> (Int, Int) {
        let numbers = (identifier ?? "").split { !$0.isNumber }.compactMap { Int($0) }
        return (numbers.first ?? 0, numbers.dropFirst().first ?? 0)
    }

    /// Most document identifiers whose moves are looked up by reference term rather than by reading every move.
    static let moveLookupLimit = 1_000

    /// Deadline slot values: recurring deadlines are "0000MMDD", dated ones "YYYYMMDD" from year 1.
    static let lastRecurringValue = "00009999"
    static let firstDatedValue = "00010101"

    /// The dates a deadline falls on: itself, or a recurring deadline's yearly occurrences within the window.
    private func occurrences(
        of deadline: Deadline, issued: String?, from: CalendarDate?, to: CalendarDate?, today: CalendarDate
    ) -> [CalendarDate] {
        if !deadline.recurring {
            return CalendarDate(iso: deadline.date).map { [$0] } ?? []
        }
        let monthDay = String(deadline.date.suffix(5))  // "03-01" from "--03-01" or "2021-03-01"
        guard monthDay.count == 5 else { return [] }
        let firstYear = CalendarDate(iso: deadline.date)?.year
        let startYear = max(firstYear ?? 0, from?.year ?? today.year)
        let endYear = min(deadline.until ?? Int.max, to?.year ?? max(startYear, today.year) + 1)
        guard startYear <= endYear, endYear - startYear < 200 else { return [] }
        return (startYear...endYear).compactMap { CalendarDate(iso: String($0) + "-" + monthDay) }
    }
}
