import Extraction
import Foundation
import SearchIndex

/// The query language over the Xapian query parser: fields that map to boolean terms (`agency:`, `type:`,
/// `ministry:`, `id:`, `ref:`, `year:`) are resolved here, in Swift, before Xapian parses the rest; agency names go
/// through the register's aliases and inflections, identifiers through the reference grammar.
struct QueryLanguage {
    /// Built on first use: commands that name no agency do not pay for the register.
    var register: AgencyRegister { AgencyRegister.shared }
    let references = ReferenceExtractor()

    /// Fields of the query language that map to boolean terms, resolved in Swift before Xapian parses the rest.
    static let booleanFields: Set<String> = ["agency", "type", "ministry", "id", "ref", "year"]

    /// Splits `agency:SiS type:kommittedirektiv …` out of the query text into filter groups.
    func split(_ query: String) throws -> (text: String, filters: [[String]]) {
        var text = ""
        var filters: [[String]] = []
        var index = query.startIndex
        while index < query.endIndex {
            let wordStart = index
            var cursor = index
            while cursor < query.endIndex, query[cursor].isLetter { cursor = query.index(after: cursor) }
            let name = query[wordStart..<cursor].lowercased()
            let atWordStart =
                wordStart == query.startIndex || query[query.index(before: wordStart)].isWhitespace
                || query[query.index(before: wordStart)] == "("
            if atWordStart, cursor < query.endIndex, query[cursor] == ":", Self.booleanFields.contains(name) {
                var valueStart = query.index(after: cursor)
                var valueEnd = valueStart
                var next = valueStart
                if valueStart < query.endIndex, query[valueStart] == "\"" {
                    valueStart = query.index(after: valueStart)
                    valueEnd = query[valueStart...].firstIndex(of: "\"") ?? query.endIndex
                    next = valueEnd < query.endIndex ? query.index(after: valueEnd) : valueEnd
                } else {
                    while valueEnd < query.endIndex, !query[valueEnd].isWhitespace, query[valueEnd] != ")" {
                        valueEnd = query.index(after: valueEnd)
                    }
                    next = valueEnd
                }
                let value = String(query[valueStart..<valueEnd])
                if value.isEmpty { throw UppdragError.invalidArgument("\(name): needs a value") }
                filters.append([try fieldTerm(name, value)])
                index = next
                continue
            }
            text.append(query[index])
            index = query.index(after: index)
        }
        return (text.trimmingCharacters(in: .whitespaces), filters)
    }

    func fieldTerm(_ field: String, _ value: String) throws -> String {
        switch field {
        case "agency": return try agencyTerm(value)
        case "type": return try doctypeTerm(value)
        case "ministry": return Schema.ministryTerm(value)
        case "id": return Schema.identifierTerm(normalizedReference(value))
        case "ref": return Schema.referenceTerm(normalizedReference(value))
        case "year":
            guard value.count == 4, value.allSatisfy(\.isNumber) else {
                throw UppdragError.invalidArgument("year: expects four digits, got \(value)")
            }
            return Schema.Prefix.year + value
        default: throw UppdragError.invalidArgument("unknown field \(field):")
        }
    }

    func normalizedReference(_ value: String) -> String {
        references.normalise(value) ?? value
    }

    /// The boolean term of an agency the user named; an unknown name is an error that suggests close names.
    func agencyTerm(_ name: String) throws -> String {
        if let canonical = register.canonicalName(for: name) { return Schema.agencyTerm(canonical) }
        let suggestions = register.suggestions(for: name, limit: 3)
        let hint =
            suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
        throw UppdragError.invalidArgument("unknown agency \"\(name)\"\(hint)")
    }

    func doctypeTerm(_ name: String) throws -> String {
        let lowered = name.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        let aliases: [String: Doctype] = [
            "dir": .kommittedirektiv, "direktiv": .kommittedirektiv, "tillaggsdirektiv": .tillaggsdirektiv,
            "ru": .regeringsuppdrag, "uppdrag": .regeringsuppdrag, "prop": .proposition, "sfs": .lag,
            "forordning": .forordning, "rb": .regleringsbrev,
        ]
        if let doctype = Doctype(rawValue: lowered) ?? aliases[lowered] { return Schema.doctypeTerm(doctype) }
        let known = Doctype.allCases.map(\.rawValue).joined(separator: ", ")
        throw UppdragError.invalidArgument("unknown document type \"\(name)\"; known types: \(known)")
    }

    /// "2015-03-01", "2015-03" or "2015" → "20150301" / "20150301" / "20150101" (or the last day of the month or
    /// year for an upper bound); "today" → `today`. An impossible date (2016-13-01, 2016-02-30) is an error.
    static func dateBound(_ value: String?, upper: Bool, today: CalendarDate = .today()) throws -> String? {
        guard let value else { return nil }
        if value.lowercased() == "today" { return today.compact }
        let expected = "expected YYYY, YYYY-MM, YYYY-MM-DD or today"
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { throw UppdragError.invalidArgument("not a date: \(value) (\(expected))") }
        let numbers = parts.compactMap { Int($0) }
        let year = numbers[0]
        if numbers.count >= 2, !(1...12).contains(numbers[1]) {
            throw UppdragError.invalidArgument("not a date: \(value) (there is no month \(parts[1]))")
        }
        let month = numbers.count >= 2 ? numbers[1] : (upper ? 12 : 1)
        let day = numbers.count == 3 ? numbers[2] : (upper ? CalendarDate.daysIn(month: month, year: year) : 1)
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            let days = CalendarDate.daysIn(month: month, year: year)
            throw UppdragError.invalidArgument("not a date: \(value) (\(parts[0])-\(parts[1]) has \(days) days)")
        }
        return date.compact
    }

    /// Both ends of a date window, checked: each a date, and the first not after the second.
    static func dateWindow(
        from: String?, to: String?, names: (from: String, to: String) = ("--from", "--to"),
        today: CalendarDate = .today()
    ) throws -> (from: String?, to: String?) {
        let lower = try dateBound(from, upper: false, today: today)
        let upper = try dateBound(to, upper: true, today: today)
        if let lower, let upper, let from, let to, upper < lower {
            throw UppdragError.invalidArgument("\(names.from) \(from) is after \(names.to) \(to)")
        }
        return (lower, upper)
    }

    /// Xapian's date ranges need full dates: "deadline:2016..2017" → "deadline:20160101..20171231".
    static func expandYearRanges(_ text: String) -> String {
        var words: [String] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            guard let colon = word.firstIndex(of: ":"), ["issued", "deadline"].contains(word[..<colon].lowercased()),
                let dots = word.range(of: "..")
            else {
                words.append(String(word))
                continue
            }
            let lower = String(word[word.index(after: colon)..<dots.lowerBound])
            let upper = String(word[dots.upperBound...])
            let low = lower.isEmpty ? "" : ((try? dateBound(lower, upper: false)) ?? nil) ?? lower
            let high = upper.isEmpty ? "" : ((try? dateBound(upper, upper: true)) ?? nil) ?? upper
            words.append(word[...colon] + low + ".." + high)
        }
        return words.joined(separator: " ")
    }
}
