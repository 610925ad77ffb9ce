/// Finds deadlines: dates by which something is to be reported, enters into force or otherwise must happen.
public struct DeadlineExtractor: Sendable {
    public init() {}

    /// The deadlines of `document`, in text order, given the agency mentions in its text.
    public func deadlines(in document: ParsedDocument, mentions: [AgencyMention] = []) -> [Deadline] {
        deadlines(in: TextAnalysis(document: document, mentions: mentions))
    }

    /// Words that put a date in the past or make it a stamp, never a deadline.
    static let pastWords: Set<String> = [
        "trädde", "beslutade", "beslutades", "beslutad", "infördes", "inrättades", "publicerades", "publicerad",
        "uppdaterad", "regeringssammanträde", "skedde", "lämnade", "överlämnade", "redovisade", "avslutades",
        "gällde", "upphörde", "antogs", "utfärdad", "utfärdades", "kungjord", "tillkallade", "hänvisad",
        "beslutat", "ändrad", "avgjord", "inkom", "anmäld", "slutade", "började", "påbörjades", "trätt",
    ]
    static let reportPrefixes = [
        "redovis", "slutredovis", "delredovis", "rapporter", "slutför", "delrapport", "slutrapport", "redogör",
    ]
    static let reportVerbs: Set<String> = [
        "lämna", "lämnas", "göras", "inkomma", "inkomma", "överlämna", "överlämnas", "lämnar", "inges", "ges",
        "presentera", "presenteras",
    ]
    static let generalReportObjects: Set<String> = [
        "plan", "planen", "bedömningar", "bedömning", "redogörelse", "redogörelsen", "lägesrapport",
        "lägesredovisning", "första", "årsredovisning", "budgetunderlag", "verksamhetsplan",
    ]
    static let partWords: Set<String> = ["delen", "delar", "del", "delarna"]
    static let assignmentWords: Set<String> = ["uppdraget", "uppdragen", "uppdrag", "uppdragets"]
    static let previousYearWords: Set<String> = ["kalenderåret", "föregående", "verksamhetsåret", "gångna"]

    struct Candidate {
        var deadline: Deadline
        var statute: String?
        var implicitPart: Bool
        var old: Bool
        var order: Int
    }

    func deadlines(in analysis: TextAnalysis) -> [Deadline] {
        let tokens = analysis.tokens
        let doctype = analysis.document.metadata.doctype
        let isDirective = doctype == .kommittedirektiv || doctype == .tillaggsdirektiv
        let directiveActor = isDirective ? Self.directiveActor(tokens) : nil
        let documentFirstYear = SwedishDateParser.firstYear(in: tokens, range: 0..<tokens.count)
        let extended = tokens.contains { $0.lower.hasPrefix("förläng") }
        let primaryActor = analysis.mentions.first?.canonical
        var candidates: [Candidate] = []

        for (sentenceIndex, sentence) in analysis.sentences.enumerated() {
            let dates = SwedishDateParser.dates(in: tokens, range: sentence.tokens)
            guard !dates.isEmpty else { continue }
            for (position, date) in dates.enumerated() {
                // Acts are dated ("direktiv 2006/112/EG av den 28 november 2006"), they set no deadline.
                if date.firstToken >= sentence.tokens.lowerBound + 2 {
                    let before = tokens[date.firstToken - 1].lower
                    let beforeThat = tokens[date.firstToken - 2].lower
                    if before == "av" || (before == "den" && beforeThat == "av") { continue }
                }
                let windowStart = max(
                    position > 0 ? dates[position - 1].endToken : sentence.tokens.lowerBound, date.firstToken - 40)
                let windowEnd = min(
                    position + 1 < dates.count ? dates[position + 1].firstToken : sentence.tokens.upperBound,
                    date.endToken + 20)
                var window = Array(tokens[windowStart..<windowEnd])
                var quoteStart = sentence.start
                // A lone date in a table cell or header value takes its cue from the label before it.
                let dateOnly = sentence.tokens.count - (date.endToken - date.firstToken) <= 2
                if dateOnly, sentenceIndex > 0 {
                    let label = analysis.sentences[sentenceIndex - 1]
                    if label.tokens.count <= 4 {
                        window = Array(tokens[label.tokens]) + window
                        quoteStart = label.start
                    }
                }
                let lower = window.map(\.lower)
                if lower.contains(where: { Self.pastWords.contains($0) }) { continue }
                let near = Self.nearCue(tokens: tokens, from: max(windowStart, date.firstToken - 8), to: date.firstToken)
                guard let kind = near ?? Self.kind(of: lower, date: date, doctype: doctype) else { continue }
                // Quote: the clause carrying the date.
                if position > 0 {
                    var first = windowStart
                    while first < windowEnd, ["och", ",", "samt"].contains(tokens[first].lower) { first += 1 }
                    if first < windowEnd { quoteStart = tokens[first].start }
                } else if let clause = Self.clauseStart(tokens: tokens, from: windowStart, to: date.firstToken) {
                    quoteStart = tokens[clause].start
                }
                var quoteEnd = sentence.end
                if position + 1 < dates.count {
                    var last = windowEnd - 1
                    while last > date.endToken, ["och", ",", "samt", "den"].contains(tokens[last].lower) {
                        last -= 1
                    }
                    quoteEnd = tokens[max(last, date.endToken - 1)].end
                }
                var iso = date.iso
                if date.recurring {
                    let sentenceYear = SwedishDateParser.firstYear(in: tokens, range: sentence.tokens)
                    if var year = sentenceYear ?? documentFirstYear {
                        if sentenceYear == nil, lower.contains(where: { Self.previousYearWords.contains($0) }) {
                            year += 1
                        }
                        iso = String(year) + String(iso.dropFirst())
                    }
                }
                let sentenceLower = tokens[sentence.tokens].map(\.lower)
                let old =
                    (sentenceLower.first == "enligt" && sentenceLower.contains { $0.hasPrefix("direktiv") })
                    || lower.contains("skulle")
                var actor: String?
                if kind == .ikrafttradande {
                    actor = nil
                } else if let directiveActor {
                    actor = directiveActor
                } else if let mention = analysis.mentions(in: sentence.start..<date.span.offset).first {
                    actor = mention.canonical
                } else {
                    actor = primaryActor
                }
                let statute = kind == .ikrafttradande || kind == .other
                    ? Self.statuteNumber(analysis: analysis, sentenceIndex: sentenceIndex, before: date.firstToken)
                    : nil
                if kind == .ikrafttradande {
                    actor = Self.statuteActor(statute: statute, metadata: analysis.document.metadata)
                }
                let deadline = Deadline(
                    date: iso, actor: actor, kind: kind, recurring: date.recurring,
                    quote: analysis.string(quoteStart..<quoteEnd),
                    span: TextSpan(offset: quoteStart, length: quoteEnd - quoteStart))
                let implicitPart = kind == .delredovisning && !lower.contains { $0.hasPrefix("delredovis") }
                candidates.append(
                    Candidate(
                        deadline: deadline, statute: statute, implicitPart: implicitPart, old: old,
                        order: candidates.count))
            }
        }
        return Self.finish(candidates, extended: extended)
    }

    /// Resolves superseded dates, promotes the last part of a staggered report and removes repeats.
    static func finish(_ input: [Candidate], extended: Bool) -> [Deadline] {
        var candidates = input
        let finals = candidates.filter { $0.deadline.kind == .slutredovisning && !$0.old }
        for index in candidates.indices where candidates[index].old {
            let date = candidates[index].deadline.date
            let replaced = finals.first { $0.deadline.date > date }
            if extended || replaced != nil {
                candidates[index].deadline.superseded = true
                if candidates[index].deadline.kind == .slutredovisning, let replaced {
                    for target in candidates.indices
                    where candidates[target].order == replaced.order && !replaced.implicitPart {
                        candidates[target].deadline.replaces = date
                    }
                }
            }
        }
        if finals.isEmpty {
            let parts = candidates.indices.filter { candidates[$0].implicitPart }
            if parts.count > 1, let last = parts.max(by: { candidates[$0].deadline.date < candidates[$1].deadline.date })
            {
                candidates[last].deadline.kind = .slutredovisning
            }
        }
        var seen: Set<String> = []
        var result: [Deadline] = []
        for candidate in candidates {
            let deadline = candidate.deadline
            let key = [
                deadline.date, deadline.kind.rawValue, candidate.statute ?? "", deadline.superseded == true ? "old" : "",
            ].joined(separator: "|")
            if seen.insert(key).inserted { result.append(deadline) }
        }
        return result
    }

    /// The kind of deadline the words around a date make it, or nil when they make it none.
    static func kind(of words: [String], date: SwedishDate, doctype: Doctype) -> DeadlineKind? {
        func has(_ word: String) -> Bool { words.contains(word) }
        func follows(_ first: String, _ second: String) -> Bool {
            zip(words, words.dropFirst()).contains { $0 == first && $1 == second }
        }
        if has("ikraft") || has("ikraftträdande") || ((has("träder") || has("träda")) && has("kraft"))
            || follows("gäller", "från")
        {
            return .ikrafttradande
        }
        if (has("upphör") || has("upphöra")) && has("gälla") { return .other }
        if has("upphävs") || has("inträder") || has("motionstid") || follows("sista", "dag") { return .other }
        let reporting =
            words.contains { word in reportPrefixes.contains { word.hasPrefix($0) } }
            || words.contains { reportVerbs.contains($0) }
        let deadlineWord = has("senast") || follows("utgången", "av")
        if reporting, deadlineWord || has("ska") || has("skall") || has("skulle") {
            if words.contains(where: { $0.hasPrefix("delredovis") || $0.hasPrefix("delrapport") }) {
                return .delredovisning
            }
            if words.contains(where: { $0.hasPrefix("slutredovis") || $0.hasPrefix("slutför") || $0.hasPrefix("slutrapport") })
            {
                return .slutredovisning
            }
            if date.recurring { return .redovisning }
            if words.contains(where: { generalReportObjects.contains($0) }) { return .redovisning }
            if words.contains(where: { partWords.contains($0) }) { return .delredovisning }
            if words.contains(where: { assignmentWords.contains($0) }) { return .slutredovisning }
            switch doctype {
            case .kommittedirektiv, .tillaggsdirektiv, .regeringsuppdrag, .artikel, .regleringsbrev:
                return .slutredovisning
            default:
                return .redovisning
            }
        }
        if has("senast") || follows("före", "utgången") { return .other }
        if has("svara") || has("remissvar") { return .other }
        return nil
    }

    /// The kind given by an entry-into-force or repeal phrase just before the date ("/Upphör att gälla U:…/").
    static func nearCue(tokens: [Token], from start: Int, to end: Int) -> DeadlineKind? {
        var index = end - 1
        while index >= start, index >= 0 {
            switch tokens[index].lower {
            case "kraft", "ikraft", "ikraftträdande": return .ikrafttradande
            case "gälla", "inträder", "upphävs": return .other
            case "från" where index > 0 && tokens[index - 1].lower == "gäller": return .ikrafttradande
            default: break
            }
            index -= 1
        }
        return nil
    }

    /// "utredaren" or "kommittén", whichever the directive itself uses more.
    static func directiveActor(_ tokens: [Token]) -> String {
        var committee = 0
        var investigator = 0
        for token in tokens {
            if token.lower.hasPrefix("kommitté") { committee += 1 }
            if token.lower.hasPrefix("utredare") { investigator += 1 }
        }
        return committee > investigator ? "kommittén" : "utredaren"
    }

    /// The start of the coordinated clause holding the date ("… och ska redovisas … senast den …").
    static func clauseStart(tokens: [Token], from start: Int, to dateToken: Int) -> Int? {
        var index = dateToken - 1
        while index > start {
            if tokens[index].lower == "och", index + 1 < dateToken {
                let next = tokens[index + 1].lower
                if next == "ska" || next == "skall" || reportPrefixes.contains(where: { next.hasPrefix($0) })
                    || reportVerbs.contains(next)
                {
                    return index + 1
                }
            }
            index -= 1
        }
        return nil
    }

    /// A statute number ("1987:329", "SFS-nummer 2001:1273") that the date's sentence or table belongs to.
    static func statuteNumber(analysis: TextAnalysis, sentenceIndex: Int, before token: Int) -> String? {
        let sentence = analysis.sentences[sentenceIndex]
        for index in sentence.tokens.lowerBound..<token {
            let candidate = analysis.tokens[index]
            if candidate.isNumber, isStatuteNumber(candidate.text) { return candidate.text }
        }
        // Register tables: the nearest "SFS-nummer" row above.
        var probe = sentenceIndex - 1
        while probe >= 0, probe >= sentenceIndex - 8 {
            let earlier = analysis.sentences[probe]
            if earlier.tokens.count == 1, let only = analysis.tokens[earlier.tokens].first, only.isNumber,
                isStatuteNumber(only.text), probe > 0,
                analysis.tokens[analysis.sentences[probe - 1].tokens].contains(where: { $0.lower == "sfs-nummer" })
            {
                return only.text
            }
            probe -= 1
        }
        return nil
    }

    static func isStatuteNumber(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        return parts.count == 2 && parts[0].count == 4 && parts[1].allSatisfy(\.isNumber) && !parts[1].isEmpty
            && parts[0].allSatisfy(\.isNumber)
    }

    /// "Lag (2013:353)" style actor of an entry into force.
    static func statuteActor(statute: String?, metadata: DocumentMetadata) -> String? {
        let title = metadata.title ?? ""
        let kindWord = title.lowercased().contains("förordning") ? "Förordning" : "Lag"
        if let statute { return kindWord + " (" + statute + ")" }
        if let close = title.firstIndex(of: ")"), title.contains("(") {
            return String(title[...close])
        }
        return metadata.identifier ?? (title.isEmpty ? nil : title)
    }
}
