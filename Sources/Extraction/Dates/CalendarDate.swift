#if canImport(Glibc)
    import Glibc
#endif

/// A calendar date without time zone: the one date type of documents, deadlines and reports.
public struct CalendarDate: Comparable, Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Parses "YYYY-MM-DD"; nil for anything else or an impossible date.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Parses "YYYYMMDD".
    public init?(compact: String) {
        guard compact.count == 8, let value = Int(compact) else { return nil }
        self.init(year: value / 10000, month: value / 100 % 100, day: value % 100)
    }

    /// A valid date; nil for an impossible one (month 13, 30 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// For dates known to be valid.
    private init(valid year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days in `month` of `year`; with no year (a recurring date), February has 29.
    public static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// "YYYY-MM-DD".
    public var iso: String { Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2) }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// "YYYYMMDD".
    public var compact: String { iso.filter(\.isNumber) }

    /// Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's days_from_civil.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    public func days(since other: CalendarDate) -> Int { dayNumber - other.dayNumber }

    /// The next day.
    public var next: CalendarDate {
        if let tomorrow = CalendarDate(year: year, month: month, day: day + 1) { return tomorrow }
        if let first = CalendarDate(year: year, month: month + 1, day: 1) { return first }
        return CalendarDate(valid: year + 1, 1, 1)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The date `dayNumber` days after 1970-01-01, after Howard Hinnant's civil_from_days.
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(valid: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Today in UTC.
    public static func today() -> CalendarDate {
        CalendarDate(dayNumber: Int(time(nil)) / 86_400)
    }
}
