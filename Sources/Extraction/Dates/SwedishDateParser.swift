/// A date found in Swedish text.
public struct SwedishDate: Sendable, Hashable {
    /// How the date was written.
    public enum Form: Sendable, Hashable {
        /// "den 31 mars 2016", "31 mars" (year implied or recurring).
        case dayMonth
        /// "2016-03-31".
        case iso
        /// "före utgången av 2022", "vid utgången av juni 1971": the last day of the period.
        case endOfPeriod
    }

    /// The year, nil for a recurring date without a first year.
    public var year: Int?
    /// The month, 1–12.
    public var month: Int
    /// The day of the month.
    public var day: Int
    /// True for "den 1 mars varje år" and similar.
    public var recurring: Bool
    /// How the date was written.
    public var form: Form
    /// Unicode scalar offset and length of the date phrase in the searched text.
    public var span: TextSpan
    /// True when the year was taken from a neighbouring date ("den 26 april och … 31 oktober 2024").
    public var yearImplied: Bool
    var firstToken: Int
    var endToken: Int

    /// ISO 8601: "2016-03-31", or "--03-31" when there is no year.
    public var iso: String {
        let monthDay = (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
        guard let year else { return "--" + monthDay }
        return String(year) + "-" + monthDay
    }
}

/// The Swedish date grammar: day–month–year phrases, ISO dates, "utgången av …" and recurring dates.
public struct SwedishDateParser: Sendable {
    static let months: [String: Int] = [
        "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "augusti": 8,
        "september": 9, "oktober": 10, "november": 11, "december": 12,
    ]

    /// A parser; it holds no state.
    public init() {}

    /// Every date in `text`, treated as one sentence, with implied years resolved.
    public func dates(in text: String) -> [SwedishDate] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        return Self.dates(in: tokens, range: 0..<tokens.count)
    }

    /// The first year of a recurring duty in `text` ("från och med 2021", "med början år 2016"), if any.
    public func firstYear(in text: String) -> Int? {
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        return Self.dutyFirstYear(in: tokens, range: 0..<tokens.count)
    }

    /// The first year of a duty stated in `tokens[range]`: a statute's start year or the sentence's own.
    static func dutyFirstYear(in tokens: [Token], range: Range<Int>) -> Int? {
        firstYear(in: tokens, range: range) ?? startYear(in: tokens, range: range)
    }

    static func year(_ token: Token) -> Int? {
        guard token.isNumber, token.text.unicodeScalars.count == 4, let value = token.integerValue,
            value >= 1000, value <= 2999
        else { return nil }
        return value
    }

    static func iso(_ token: Token) -> (Int, Int, Int)? {
        guard token.kind == .number, token.end - token.start == 10 else { return nil }
        let scalars = Array(token.text.unicodeScalars)
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard Tokenizer.isDigit(scalars[index]) else { return nil }
                value = value * 10 + Int(scalars[index].value - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), year >= 1000,
            (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        return (year, month, day)
    }

    /// Dates among `tokens[range]`, in order; implied years are taken from the next dated phrase, else the previous.
    static func dates(in tokens: [Token], range: Range<Int>) -> [SwedishDate] {
        var found: [SwedishDate] = []
        var clause = range.lowerBound..<range.lowerBound
        var clauseRecurs = false
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            if let (year, month, day) = iso(token) {
                found.append(
                    SwedishDate(
                        year: year, month: month, day: day, recurring: false, form: .iso,
                        span: TextSpan(offset: token.start, length: token.end - token.start), yearImplied: false,
                        firstToken: index, endToken: index + 1))
                index += 1
                continue
            }
            if token.lower == "utgången", index + 2 < range.upperBound, tokens[index + 1].lower == "av" {
                let next = tokens[index + 2]
                if let year = year(next) {
                    found.append(
                        SwedishDate(
                            year: year, month: 12, day: 31, recurring: false, form: .endOfPeriod,
                            span: TextSpan(offset: token.start, length: next.end - token.start), yearImplied: false,
                            firstToken: index, endToken: index + 3))
                    index += 3
                    continue
                }
                // "utgången av år 2020".
                if next.lower == "år", index + 3 < range.upperBound, let year = year(tokens[index + 3]) {
                    let last = tokens[index + 3]
                    found.append(
                        SwedishDate(
                            year: year, month: 12, day: 31, recurring: false, form: .endOfPeriod,
                            span: TextSpan(offset: token.start, length: last.end - token.start), yearImplied: false,
                            firstToken: index, endToken: index + 4))
                    index += 4
                    continue
                }
                if let month = months[next.lower], index + 3 < range.upperBound, let year = year(tokens[index + 3]) {
                    let last = tokens[index + 3]
                    found.append(
                        SwedishDate(
                            year: year, month: month, day: CalendarDate.daysIn(month: month, year: year),
                            recurring: false,
                            form: .endOfPeriod,
                            span: TextSpan(offset: token.start, length: last.end - token.start), yearImplied: false,
                            firstToken: index, endToken: index + 4))
                    index += 4
                    continue
                }
            }
            // "senast i december 2007", "senast under 2011": the end of the month or year.
            if token.lower == "senast", index + 2 < range.upperBound,
                ["i", "under"].contains(tokens[index + 1].lower)
            {
                let next = tokens[index + 2]
                if let month = months[next.lower], index + 3 < range.upperBound, let year = year(tokens[index + 3]) {
                    let last = tokens[index + 3]
                    found.append(
                        SwedishDate(
                            year: year, month: month, day: CalendarDate.daysIn(month: month, year: year),
                            recurring: false,
                            form: .endOfPeriod,
                            span: TextSpan(offset: next.start, length: last.end - next.start), yearImplied: false,
                            firstToken: index + 2, endToken: index + 4))
                    index += 4
                    continue
                }
                if tokens[index + 1].lower == "under", let year = year(next) {
                    found.append(
                        SwedishDate(
                            year: year, month: 12, day: 31, recurring: false, form: .endOfPeriod,
                            span: TextSpan(offset: next.start, length: next.end - next.start), yearImplied: false,
                            firstToken: index + 2, endToken: index + 3))
                    index += 3
                    continue
                }
            }
            if token.isNumber, token.text.unicodeScalars.count <= 2, let day = token.integerValue, day >= 1,
                index + 1 < range.upperBound, let month = months[tokens[index + 1].lower]
            {
                var end = index + 2
                var year: Int?
                if end < range.upperBound, let value = Self.year(tokens[end]) {
                    year = value
                    end += 1
                } else if end + 1 < range.upperBound, tokens[end].lower == "år", let value = Self.year(tokens[end + 1])
                {
                    // "den 1 mars år 2018".
                    year = value
                    end += 2
                }
                if day <= CalendarDate.daysIn(month: month, year: year) {
                    // A day and month without a year recur when their clause says so anywhere: "senast den 1 mars
                    // varje år", "ska årligen redovisas … senast den 22 februari", "senast den 26 mars respektive år".
                    if !clause.contains(index) {
                        clause = Self.clause(around: index, in: tokens, range: range)
                        clauseRecurs = recurs(tokens: tokens, range: clause)
                    }
                    let recurring = clauseRecurs
                    let last = tokens[end - 1]
                    found.append(
                        SwedishDate(
                            year: year, month: month, day: day, recurring: recurring && year == nil, form: .dayMonth,
                            span: TextSpan(offset: token.start, length: last.end - token.start), yearImplied: false,
                            firstToken: index, endToken: end))
                    index = end
                    continue
                }
            }
            index += 1
        }
        // Implied years: "senast den 26 april och … 31 oktober 2024".
        for position in found.indices where found[position].year == nil && !found[position].recurring {
            let later = found[(position + 1)...].first { $0.year != nil && !$0.yearImplied }
            let earlier = found[..<position].last { $0.year != nil && !$0.yearImplied }
            if let year = later?.year ?? earlier?.year {
                found[position].year = year
                found[position].yearImplied = true
            }
        }
        return found
    }

    /// The clause of the sentence `range` that holds token `index`: list items ("*", "•") and semicolons end
    /// clauses, as a list run into one sentence states one thing per item.
    static func clause(around index: Int, in tokens: [Token], range: Range<Int>) -> Range<Int> {
        func ends(_ token: Token) -> Bool { token.text == "*" || token.text == "•" || token.text == ";" }
        var start = index
        while start > range.lowerBound, !ends(tokens[start - 1]) { start -= 1 }
        var end = index + 1
        while end < range.upperBound, !ends(tokens[end]) { end += 1 }
        return start..<end
    }

    /// Words that make a clause's year-less dates recur: "årligen", "varje år", "vart år", "respektive år",
    /// "en gång per år", "varje kalenderår", "under åren 2026–2028".
    static func recurs(tokens: [Token], range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let word = tokens[index].lower
            if word == "årligen" { return true }
            if index + 1 < range.upperBound {
                let next = tokens[index + 1].lower
                // "under åren 2026–2028 senast den 15 februari".
                if word == "åren", year(tokens[index + 1]) != nil { return true }
                if ["varje", "vart", "respektive"].contains(word), next == "år" || next == "kalenderår" { return true }
                if word == "per", next == "år", index > range.lowerBound, tokens[index - 1].lower == "gång" {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    /// The first year of a duty stated in its own sentence: "med början år 2016", "med start 2019", "respektive år
    /// 2021–2025", "under åren 2026–2028". Unlike ``firstYear(in:range:)`` these speak only of their sentence, not of a whole statute.
    static func startYear(in tokens: [Token], range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index + 2 < range.upperBound {
            let (word, next, third) = (tokens[index].lower, tokens[index + 1].lower, tokens[index + 2])
            if word == "med", next == "början" || next == "start" {
                if let year = year(third) { return year }
                if third.lower == "år", index + 3 < range.upperBound, let year = year(tokens[index + 3]) { return year }
            }
            if word == "respektive", next == "år", let year = year(third) { return year }
            if word == "åren", let year = year(tokens[index + 1]) { return year }
            index += 1
        }
        return nil
    }

    /// A year fixed as a start: "från och med 2021", "fr.o.m. 2021", "första gången för verksamhetsåret 2013".
    static func firstYear(in tokens: [Token], range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            if token.lower == "från", index + 3 < range.upperBound, tokens[index + 1].lower == "och",
                tokens[index + 2].lower == "med", let year = year(tokens[index + 3])
            {
                return year
            }
            if token.lower == "fr.o.m", index + 2 < range.upperBound, let year = year(tokens[index + 2]) {
                return year
            }
            if token.lower == "första", index + 1 < range.upperBound, tokens[index + 1].lower == "gången" {
                var probe = index + 2
                while probe < min(range.upperBound, index + 6) {
                    if let year = year(tokens[probe]) { return year }
                    probe += 1
                }
            }
            index += 1
        }
        return nil
    }
}
