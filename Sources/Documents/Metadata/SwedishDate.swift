/// Dates as Swedish documents write them ("den 26 juni 2009", "2016-09-27 00:00:00"), to ISO "YYYY-MM-DD".
package enum SwedishDate {
    static let months = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
        "december",
    ]

    /// The first date in `text`: ISO form first, then "D månad YYYY".
    package static func iso(in text: String) -> String? {
        if let match = text.firstMatch(of: Patterns.isoDate),
            let month = Int(match.2), let day = Int(match.3), (1...12).contains(month), (1...31).contains(day)
        {
            return "\(match.1)-\(match.2)-\(match.3)"
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
            (1...31).contains(dayNumber)
        else { return nil }
        let monthText = monthIndex + 1 < 10 ? "0\(monthIndex + 1)" : "\(monthIndex + 1)"
        let dayText = dayNumber < 10 ? "0\(dayNumber)" : "\(dayNumber)"
        return "\(year)-\(monthText)-\(dayText)"
    }
}
