import Extraction

/// Dates as Swedish documents write them ("den 26 juni 2009", "2016-09-27 00:00:00"), to ISO "YYYY-MM-DD".
package enum MetadataDate {
    static let months = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
        "december",
    ]

    /// The first date in `text`: ISO form first, then "D månad YYYY".
    package static func iso(in text: String) -> String? {
        if let match = text.firstMatch(of: Patterns.isoDate), let year = Int(match.1), let month = Int(match.2),
            let day = Int(match.3), let date = CalendarDate(year: year, month: month, day: day)
        {
            return date.iso
        }
        return spelled(in: text)
    }

    /// The first "D månad YYYY" date in `text`.
    static func spelled(in text: String) -> String? {
        guard let match = text.firstMatch(of: Patterns.spelledDate) else { return nil }
        return format(day: String(match.1), month: String(match.2), year: String(match.3))
    }

    static func format(day: String, month: String, year: String) -> String? {
        guard let monthIndex = months.firstIndex(of: month.lowercased()), let dayNumber = Int(day),
            let yearNumber = Int(year)
        else { return nil }
        return CalendarDate(year: yearNumber, month: monthIndex + 1, day: dayNumber)?.iso
    }
}
