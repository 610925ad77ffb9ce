import Extraction

/// RFC 5545 iCalendar output of deadlines: all-day events, stable UIDs, folded lines, CRLF, escaped text.
public enum ICalendar {
    /// The calendar for `entries`; the same entries give the same bytes.
    public static func render(_ entries: [DeadlineEntry]) -> String {
        var lines: [String] = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//uppdrag//deadlines//SV", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:uppdrag deadlines",
        ]
        var seen = Set<String>()
        for entry in entries {
            // A recurring deadline is one event with an RRULE, not one per expanded occurrence.
            let baseId =
                entry.recurring ? String(entry.id.split(separator: "@").first ?? Substring(entry.id)) : entry.id
            guard seen.insert(baseId).inserted else { continue }
            // A recurring deadline starts on its stated first occurrence when the text gives one.
            guard
                let date = CalendarDate(iso: entry.recurring ? entry.statedDate : entry.date)
                    ?? CalendarDate(iso: entry.date)
            else { continue }
            lines.append("BEGIN:VEVENT")
            lines.append("UID:\(baseId)@uppdrag")
            lines.append("DTSTAMP:\(stamp(entry))")
            lines.append("DTSTART;VALUE=DATE:\(date.compact)")
            lines.append("DTEND;VALUE=DATE:\(date.next.compact)")
            if entry.recurring {
                var rule = "RRULE:FREQ=YEARLY"
                if let until = entry.until, let last = CalendarDate(year: until, month: date.month, day: date.day) {
                    rule += ";UNTIL=\(last.compact)"
                }
                lines.append(rule)
            }
            let document = entry.identifier ?? entry.title ?? entry.file
            let actor = entry.actor.map { " – \($0)" } ?? ""
            lines.append("SUMMARY:" + escape("\(kindLabel(entry.kind)): \(document)\(actor)"))
            var description = entry.quote
            if let title = entry.title, entry.identifier != nil { description += "\n\n\(title)" }
            if let movedFrom = entry.movedFrom { description += "\n\nFlyttad från \(movedFrom)." }
            if let by = entry.supersededBy { description += "\n\nErsatt enligt \(by)." }
            lines.append("DESCRIPTION:" + escape(description))
            lines.append("CATEGORIES:" + escape(entry.kind.rawValue))
            lines.append("TRANSP:TRANSPARENT")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func kindLabel(_ kind: Extraction.DeadlineKind) -> String {
        switch kind {
        case .slutredovisning: "Slutredovisning"
        case .delredovisning: "Delredovisning"
        case .redovisning: "Redovisning"
        case .ikrafttradande: "Ikraftträdande"
        case .other: "Tidpunkt"
        }
    }

    /// A fixed stamp per entry (the source's issue date, else the epoch), so output is byte-identical across runs.
    static func stamp(_ entry: DeadlineEntry) -> String {
        if let issued = entry.issued, let date = CalendarDate(iso: issued) { return date.compact + "T000000Z" }
        return "19700101T000000Z"
    }

    /// TEXT escaping of RFC 5545 §3.3.11.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in TextOutput.terminalSafeKeepingNewlines(text) {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Folds a content line at 75 octets without splitting a UTF-8 sequence (RFC 5545 §3.1).
    static func fold(_ line: String) -> String {
        var result = ""
        var octets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                result += "\r\n "
                octets = 0
                limit = 74  // the leading space counts
            }
            result.unicodeScalars.append(scalar)
            octets += size
        }
        return result
    }
}
