/// Finds deadlines: dates by which something is to be reported, enters into force or otherwise must happen.
public struct DeadlineExtractor: Sendable {
    /// An extractor; it holds no state.
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
        "tillkännagav", "tillkännagett", "gav", "gett", "överlämnades", "redovisades", "avlämnade",
        "presenterade", "fattade", "fattades", "tog", "togs",
    ]
    static let reportPrefixes = [
        "redovis", "slutredovis", "delredovis", "rapporter", "slutför", "delrapport", "slutrapport", "redogör",
        "betänkande", "slutbetänkande", "delbetänkande", "avslutas", "avsluta",
    ]
    static let finalPrefixes = ["slutredovis", "slutför", "slutrapport", "slutbetänkande", "avslut", "slutlig"]
    static let remainderWords: Set<String> = ["övrigt", "kvarvarande", "återstående", "resterande", "helhet"]
    static let reportVerbs: Set<String> = [
        "lämna", "lämnas", "göras", "inkomma", "inkomma", "överlämna", "överlämnas", "lämnar", "inges", "ges",
        "presentera", "presenteras",
    ]
    static let generalReportObjects: Set<String> = [
        "plan", "planen", "bedömningar", "bedömning", "redogörelse", "redogörelsen", "lägesrapport",
        "lägesredovisning", "årsredovisning", "lägesbeskrivning", "lägesbeskrivningar", "lägesrapporter",
        "budgetunderlag", "verksamhetsplan", "ekonomisk", "ekonomiska",
    ]
    static let moneyPrefixes = ["rekvisition", "rekvirer", "återbetal", "återbetala"]
    static let partWords: Set<String> = ["delen", "delar", "del", "delarna"]
    static let assignmentWords: Set<String> = ["uppdraget", "uppdragen", "uppdrag", "uppdragets"]
    /// Nouns a decision's participle describes rather than dating anything ("tidigare beslutade direktiv", "det
    /// tidigare beslutade uppdraget ska redovisas senast …"), by prefix.
    static let describedNouns = [
        "direktiv", "tilläggsdirektiv", "uppdrag", "tiden", "utredningstiden", "redovisning", "delredovisning",
        "slutredovisning",
    ]
    static let previousYearWords: Set<String> = ["kalenderåret", "föregående", "verksamhetsåret", "gångna"]
    static let clauseOpeners: Set<String> = [
        ",", "och", "samt", "avseende", "då", "varvid", "eller", "medan", "(", ";", ":", "om", "men",
    ]

    struct Candidate {
        var deadline: Deadline
        var statute: String?
        var implicitPart: Bool
        /// The sentence the date stands in.
        var sentence = 0
        /// A final report only because nothing else was said ("ska senast den … lämna en redovisning av …").
        var defaultFinal = false
        var old: Bool
        var order: Int
        /// An old date its own sentence replaces ("skulle slutredovisa den … ska i stället …").
        var replacedInPlace = false
    }

    func deadlines(in analysis: TextAnalysis) -> [Deadline] {
        let tokens = analysis.tokens
        let doctype = analysis.document.metadata.doctype
        let isDirective = doctype == .kommittedirektiv || doctype == .tillaggsdirektiv
        let directiveActor = isDirective ? Self.directiveActor(tokens) : nil
        let documentFirstYear = SwedishDateParser.firstYear(in: tokens, range: 0..<tokens.count)
        let extended = tokens.contains { $0.lower.hasPrefix("förläng") }
        let primaryActor = Self.primaryAgency(analysis.mentions)
        // A passive report date in an assignment ("En gemensam redovisning ska lämnas till Regeringskansliet")
        // falls to the agencies given the assignment.
        let fallbackActor = (doctype == .regeringsuppdrag ? Self.recipients(analysis) : nil) ?? primaryActor
        var candidates: [Candidate] = []

        var lastDate: SwedishDate?
        for (sentenceIndex, sentence) in analysis.sentences.enumerated() {
            var dates = SwedishDateParser.dates(in: tokens, range: sentence.tokens)
            // "Senast samma datum ska …", "… i form av ett delbetänkande samma datum": the date named last before.
            if let same = Self.sameDatePhrase(tokens: tokens, range: sentence.tokens),
                let earlier = dates.last(where: { $0.endToken <= same.lowerBound && $0.year != nil }) ?? lastDate
            {
                var copy = earlier
                copy.firstToken = same.lowerBound
                copy.endToken = same.upperBound
                copy.form = .dayMonth
                copy.span = TextSpan(
                    offset: tokens[same.lowerBound].start,
                    length: tokens[same.upperBound - 1].end - tokens[same.lowerBound].start)
                dates.append(copy)
                dates.sort { $0.firstToken < $1.firstToken }
            }
            guard !dates.isEmpty else { continue }
            if let last = dates.last(where: { $0.year != nil }) { lastDate = last }
            // "Enligt (utredningens|de ursprungliga) direktiv(en) ska …": the date being replaced.
            // "Utredaren ska enligt direktiven redovisa …" too: "enligt" right after the modal qualifies the duty, not
            // a noun ("uppdraget enligt de ursprungliga direktiven ska i stället …" is the new date).
            let sentenceWords = tokens[sentence.tokens].map(\.lower)
            let citesDirectives =
                (tokens[sentence.tokens.lowerBound].lower == "enligt"
                    && tokens[sentence.tokens.prefix(8)].contains { $0.lower.hasPrefix("direktiv") })
                || (sentenceWords.indices.dropFirst().contains { index in
                    sentenceWords[index] == "enligt" && ["ska", "skall"].contains(sentenceWords[index - 1])
                        && sentenceWords[(index + 1)..<min(index + 4, sentenceWords.count)].contains {
                            $0.hasPrefix("direktiv")
                        }
                }
                    && !sentenceWords.contains { ["fortfarande", "alltjämt", "oförändrat", "istället"].contains($0) }
                    && !zip(sentenceWords, sentenceWords.dropFirst()).contains { $0 == "i" && $1 == "stället" })
            // A period a report covers ("avse perioden 1 januari till och med 30 juni 2014") sets no deadline; a
            // period a rule is in force ("ska gälla under perioden 1 april 2026 till …") does.
            let coversPeriod = !sentenceWords.contains { $0.hasPrefix("gäll") }
            func word(before date: SwedishDate) -> String? {
                Self.wordBefore(date, tokens: tokens, sentence: sentence.tokens).map { tokens[$0].lower }
            }
            for (position, date) in dates.enumerated() where date.year != nil || date.recurring {
                // Acts and decisions are dated ("direktiv 2006/112/EG av den 28 november 2006", "med ändring av
                // beslutet den 19 september 2007"), they set no deadline.
                if date.firstToken >= sentence.tokens.lowerBound + 2, let before = word(before: date) {
                    if before == "av" || before.contains("beslut") { continue }
                    if coversPeriod, before == "perioden" { continue }
                    if coversPeriod, position > 0,
                        ["till", "med", "–", "-"].contains(tokens[date.firstToken - 1].lower),
                        word(before: dates[position - 1]) == "perioden"
                    {
                        continue
                    }
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
                var lower = window.map(\.lower)
                // Past events and stamps: a past verb close to the date ("beslutade den", "den … redovisade").
                let closeStart = max(sentence.tokens.lowerBound, date.firstToken - 6)
                let closeEnd = min(sentence.tokens.upperBound, date.endToken + 3)
                let close = tokens[closeStart..<closeEnd].map(\.lower)
                // "enligt tidigare beslutade direktiv skulle …": a participle before a noun describes the noun.
                let dateInClose = date.firstToken - closeStart
                let pastVerb = close.indices.contains { index in
                    guard Self.pastWords.contains(close[index]) else { return false }
                    // A decision's participle before the date describes its noun, not the date.
                    let next = index + 1 < close.count ? close[index + 1] : ""
                    let describes =
                        index < dateInClose && close[index].hasPrefix("beslut")
                        && Self.describedNouns.contains { next.hasPrefix($0) }
                    return !describes
                }
                if pastVerb { continue }
                if dateOnly, lower.contains(where: { Self.pastWords.contains($0) }) { continue }
                // The government's own intentions ("Regeringen avser att senast under 2020 ta ställning").
                if zip(lower, lower.dropFirst()).contains(where: {
                    ($0 == "regeringen" && ["avser", "ska", "skall", "kommer", "beslutar", "tar"].contains($1))
                        || (["ska", "skall", "att"].contains($0) && $1 == "regeringen")
                }) && !lower.contains(where: { word in Self.reportPrefixes.contains { word.hasPrefix($0) } }) {
                    continue
                }
                // A later date in a sentence shares the reporting verb of the first ("… senast den X och i övrigt
                // senast den Y").
                if position > 0 {
                    let sharedStart = max(sentence.tokens.lowerBound, date.firstToken - 40)
                    let shared = tokens[sharedStart..<windowStart].map(\.lower).filter { word in
                        Self.reportPrefixes.contains { word.hasPrefix($0) } || Self.reportVerbs.contains(word)
                            || ["ska", "skall", "tiden", "utredningstiden"].contains(word) || word.hasPrefix("förläng")
                    }
                    lower = shared + lower
                }
                let near = Self.nearCue(
                    tokens: tokens, from: max(windowStart, date.firstToken - 8), to: date.firstToken)
                // Words after the date count up to the next coordinated clause ("… den 28 april 2026 och
                // slutredovisa uppdraget senast …" belongs to the next date).
                var clauseEnd = date.endToken
                while clauseEnd < windowEnd, !["och", "samt", "medan", ",", ";"].contains(tokens[clauseEnd].lower) {
                    clauseEnd += 1
                }
                var wordsAfter = max(0, clauseEnd - date.endToken)
                lower.removeLast(min(lower.count, max(0, windowEnd - clauseEnd)))
                // "senast den 1 mars och den 1 september varje år återrapportera …": dates joined by nothing but
                // "och", "respektive" or commas share the words after the last of them.
                if clauseEnd == date.endToken || wordsAfter == 0 {
                    let shared = Self.wordsAfterCoordinatedDates(
                        tokens: tokens, dates: dates, from: position, sentenceEnd: sentence.tokens.upperBound)
                    lower += shared
                    wordsAfter += shared.count
                }
                guard let kind = near ?? Self.kind(of: lower, after: wordsAfter, date: date, doctype: doctype) else {
                    continue
                }
                // Quote: the clause carrying the date.
                if position > 0 {
                    var first = windowStart
                    while first < windowEnd, ["och", ",", "samt"].contains(tokens[first].lower) { first += 1 }
                    if first < windowEnd { quoteStart = tokens[first].start }
                } else if let clause = Self.clauseStart(tokens: tokens, from: windowStart, to: date.firstToken) {
                    quoteStart = tokens[clause].start
                }
                var quoteEnd = sentence.end
                // The shortest fragment: stop at the date when what follows is another clause (", då …",
                // "avseende …"), a header's trailing notes ("Ikraft: 1995-07-01 överg.best."), or the end of a
                // fragment that starts inside its sentence.
                let next = date.endToken
                if next < sentence.tokens.upperBound {
                    let following = tokens[next]
                    var last: Int?
                    if date.form == .iso {
                        let keeps = following.text == "/" || (following.isNumber && following.text.contains(":"))
                        last = keeps ? next : next - 1
                    } else if Self.clauseOpeners.contains(following.lower)
                        || (following.kind == .punctuation && quoteStart != sentence.start)
                    {
                        last = next - 1
                    }
                    if let last { quoteEnd = tokens[last].end }
                }
                if position + 1 < dates.count {
                    var last = windowEnd - 1
                    while last > date.endToken, ["och", ",", "samt", "den"].contains(tokens[last].lower) {
                        last -= 1
                    }
                    quoteEnd = tokens[max(last, date.endToken - 1)].end
                }
                var iso = date.iso
                if date.recurring {
                    let sentenceYear = SwedishDateParser.dutyFirstYear(in: tokens, range: sentence.tokens)
                    if var year = sentenceYear ?? documentFirstYear {
                        if sentenceYear == nil, lower.contains(where: { Self.previousYearWords.contains($0) }) {
                            year += 1
                        }
                        iso = String(year) + String(iso.dropFirst())
                    }
                }
                // "förlänger utredningstiden från den 30 juni 2010 till den 15 januari 2011": the first is old.
                let fromDate = word(before: date) == "från" && lower.contains { $0.hasPrefix("förläng") }
                // "senast den 30 april 2008 i stället för den 31 januari 2008": the date after "i stället för" is old.
                var insteadOf = false
                if let before = Self.wordBefore(date, tokens: tokens, sentence: sentence.tokens),
                    before > sentence.tokens.lowerBound, tokens[before].lower == "för"
                {
                    let word = tokens[before - 1].lower
                    insteadOf =
                        word == "istället"
                        || (word == "stället" && before - 2 >= sentence.tokens.lowerBound
                            && tokens[before - 2].lower == "i")
                }
                let old = citesDirectives || lower.contains("skulle") || fromDate || insteadOf
                var actor: String?
                if kind == .ikrafttradande {
                    actor = nil
                } else if let role = Self.roleActor(words: lower) {
                    actor = role
                } else if let directiveActor {
                    actor = directiveActor
                } else if let found = ObligationExtractor().actor(
                    in: sentence, analysis: analysis, directiveActor: nil, previous: primaryActor)
                {
                    // The acting party of the sentence ("Nämnden ska senast den 22 februari varje år …").
                    actor = found
                } else if let mention = Self.subjectMention(analysis: analysis, sentence: sentence, before: date) {
                    actor = mention.canonical
                } else {
                    actor = fallbackActor
                }
                let statute =
                    kind == .ikrafttradande || kind == .other
                    ? Self.statuteNumber(analysis: analysis, sentenceIndex: sentenceIndex, before: date.firstToken)
                    : nil
                if kind == .ikrafttradande {
                    actor =
                        Self.proposalActor(analysis: analysis, sentence: sentence)
                        ?? Self.statuteActor(statute: statute, metadata: analysis.document.metadata)
                }
                let deadline = Deadline(
                    date: iso, actor: actor, kind: kind, recurring: date.recurring,
                    quote: analysis.string(quoteStart..<quoteEnd),
                    span: TextSpan(offset: quoteStart, length: quoteEnd - quoteStart))
                let implicitPart = kind == .delredovisning && !lower.contains { $0.hasPrefix("delredovis") }
                // A news page announces several assignments, each with its own final report.
                let defaultFinal =
                    kind == .slutredovisning && near == nil && doctype != .artikel
                    && !lower.contains { word in
                        Self.finalPrefixes.contains { word.hasPrefix($0) } || Self.remainderWords.contains(word)
                            || Self.assignmentWords.contains(word) || word.hasPrefix("förläng")
                    }
                candidates.append(
                    Candidate(
                        deadline: deadline, statute: statute, implicitPart: implicitPart, sentence: sentenceIndex,
                        defaultFinal: defaultFinal,
                        old: old, order: candidates.count,
                        replacedInPlace: insteadOf
                            || (old && zip(lower, lower.dropFirst()).contains { $0 == "i" && $1 == "stället" })))
            }
        }
        return Self.finish(candidates, extended: extended)
    }

    /// Resolves superseded dates, promotes the last part of a staggered report and removes repeats.
    static func finish(_ input: [Candidate], extended: Bool) -> [Deadline] {
        var candidates = input
        // Staggered reports: a report that is final only by default is a part when a later final report follows,
        // among the old dates as among the current ones; so is each but the last of a sentence's list of report
        // dates ("ska senast den 31 januari 2018, den 31 januari 2019 och den 31 januari 2020 redovisa …").
        let allFinals = candidates.filter { $0.deadline.kind == .slutredovisning }
        for index in candidates.indices where candidates[index].defaultFinal {
            let candidate = candidates[index]
            let (date, old) = (candidate.deadline.date, candidate.old)
            if allFinals.contains(where: { other in
                other.old == old && other.deadline.date > date
                    && (!other.defaultFinal || other.sentence == candidate.sentence)
            }) {
                candidates[index].deadline.kind = .delredovisning
            }
        }
        let finals = candidates.filter { $0.deadline.kind == .slutredovisning && !$0.old }
        for index in candidates.indices where candidates[index].old {
            let date = candidates[index].deadline.date
            let replaced = finals.first { $0.deadline.date > date }
            if extended || replaced != nil || candidates[index].replacedInPlace {
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
            if parts.count > 1,
                let last = parts.max(by: { candidates[$0].deadline.date < candidates[$1].deadline.date })
            {
                candidates[last].deadline.kind = .slutredovisning
            }
        }
        // Repeats (a header's "Ikraft:" and the text's "träder i kraft", a summary shown twice) are one deadline;
        // the same date for two different statutes (a register table) is two.
        var kept: [String: [(statute: String?, index: Int)]] = [:]
        var result: [Deadline] = []
        for candidate in candidates {
            let deadline = candidate.deadline
            let key = deadline.date + "|" + deadline.kind.rawValue + (deadline.superseded == true ? "|old" : "")
            let earlier = kept[key] ?? []
            if let same = earlier.first(where: {
                $0.statute == nil || candidate.statute == nil || $0.statute == candidate.statute
            }) {
                // The statute's own sentence names it more precisely than a header.
                if same.statute == nil, candidate.statute != nil {
                    result[same.index].actor = deadline.actor
                    kept[key] = earlier.map { $0.index == same.index ? (candidate.statute, $0.index) : $0 }
                }
                continue
            }
            kept[key] = earlier + [(candidate.statute, result.count)]
            result.append(deadline)
        }
        return result
    }

    /// The index of the word before `date` in its sentence, passing over one "den" ("av den 28 november", "i
    /// stället för den 31 januari"); nil when the date opens the sentence.
    static func wordBefore(_ date: SwedishDate, tokens: [Token], sentence: Range<Int>) -> Int? {
        var index = date.firstToken - 1
        guard index >= sentence.lowerBound else { return nil }
        if tokens[index].lower == "den", index > sentence.lowerBound { index -= 1 }
        return index
    }

    /// Words that join dates into one list ("den 1 mars och den 1 september", "2025, 2026 respektive 2027").
    static let dateJoiners: Set<String> = ["och", "respektive", ",", "samt", "den", "senast", "eller"]

    /// The words after the last of the dates joined to `dates[position]`, up to the next clause; empty when the
    /// next date is not joined to it.
    static func wordsAfterCoordinatedDates(
        tokens: [Token], dates: [SwedishDate], from position: Int, sentenceEnd: Int
    )
        -> [String]
    {
        var last = position
        while last + 1 < dates.count, dates[last].endToken < dates[last + 1].firstToken,
            tokens[dates[last].endToken..<dates[last + 1].firstToken].allSatisfy({ dateJoiners.contains($0.lower) })
        {
            last += 1
        }
        guard last > position else { return [] }
        let end = min(last + 1 < dates.count ? dates[last + 1].firstToken : sentenceEnd, dates[last].endToken + 20)
        var stop = dates[last].endToken
        while stop < end, !["och", "samt", "medan", ",", ";"].contains(tokens[stop].lower) { stop += 1 }
        return tokens[dates[last].endToken..<stop].map(\.lower)
    }

    /// The kind of deadline the words around a date make it, or nil when they make it none.
    /// `after` counts the words of `words` that follow the date.
    static func kind(of words: [String], after: Int = 0, date: SwedishDate, doctype: Doctype) -> DeadlineKind? {
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
        // Consultation answers ("Remissvaren ska ha inkommit … senast den …").
        if words.contains(where: { $0.hasPrefix("remissvar") || $0 == "remissen" || $0 == "remissinstanserna" }) {
            return .other
        }
        // Money: requisitions, repayments and applications for funds are not reports.
        if words.contains(where: { word in moneyPrefixes.contains { word.hasPrefix($0) } })
            || follows("betalas", "tillbaka") || follows("betalas", "åter")
        {
            return .other
        }
        let reporting =
            words.contains { word in reportPrefixes.contains { word.hasPrefix($0) } }
            || words.contains { reportVerbs.contains($0) }
        let deadlineWord =
            has("senast") || follows("utgången", "av") || words.contains { $0.hasPrefix("förläng") }
            || has("ändras") || has("flyttas")
        let dateWords = date.endToken - date.firstToken
        let verbBeforeDate = words.dropLast(after + dateWords).suffix(3).contains { word in
            reportPrefixes.contains { word.hasPrefix($0) }
        }
        if reporting, deadlineWord || has("ska") || has("skall") || has("skulle") || verbBeforeDate {
            if date.recurring { return .redovisning }
            // The partial or final report word nearest the date decides ("delredovisa och senast den … slutredovisa").
            let partial = words.lastIndex {
                $0.hasPrefix("delredovis") || $0.hasPrefix("delrapport") || $0.hasPrefix("delbetänkande")
            }
            let final = words.lastIndex { word in finalPrefixes.contains { word.hasPrefix($0) } }
            let afterStart = words.count - after
            func distance(_ index: Int?) -> Int? {
                guard let index else { return nil }
                return index >= afterStart ? index - afterStart : afterStart - 1 - index
            }
            let partialAfter = words[afterStart...].firstIndex {
                $0.hasPrefix("delredovis") || $0.hasPrefix("delrapport") || $0.hasPrefix("delbetänkande")
            }
            let finalAfter = words[afterStart...].firstIndex { word in finalPrefixes.contains { word.hasPrefix($0) } }
            let partialDistance = [distance(partial), distance(partialAfter)].compactMap { $0 }.min()
            let finalDistance = [distance(final), distance(finalAfter)].compactMap { $0 }.min()
            if let partialDistance, finalDistance.map({ partialDistance < $0 }) ?? true {
                return .delredovisning
            }
            if finalDistance != nil { return .slutredovisning }
            if date.recurring { return .redovisning }
            if words.contains(where: { remainderWords.contains($0) }) { return .slutredovisning }
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
        if ["klar", "klart", "slutfört", "avslutat", "avslutad"].contains(where: has) {
            return .slutredovisning
        }
        if words.contains(where: { $0.hasPrefix("förläng") }) && (has("tiden") || has("utredningstiden")) {
            return .slutredovisning
        }
        if has("senast") || follows("före", "utgången") { return .other }
        // The end of a period that is extended or in force ("förlängs till utgången av 2020", "gäller till
        // utgången av juni 2019"): a date by which something must happen, not a report.
        if follows("till", "utgången"), has("gäller") || words.contains(where: { $0.hasPrefix("förläng") }) {
            return .other
        }
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

    /// The first agency in the sentence that is not the object of a preposition ("till Regeringskansliet").
    static func subjectMention(analysis: TextAnalysis, sentence: Sentence, before date: SwedishDate) -> AgencyMention? {
        let prepositions: Set<String> = ["till", "med", "från", "av", "hos", "för", "i", "inom", "mellan", "och"]
        var tokenIndex = sentence.tokens.lowerBound
        for mention in analysis.mentions(in: sentence.start..<date.span.offset) {
            while tokenIndex < sentence.tokens.upperBound, analysis.tokens[tokenIndex].start < mention.span.offset {
                tokenIndex += 1
            }
            let previous = tokenIndex > sentence.tokens.lowerBound ? analysis.tokens[tokenIndex - 1].lower : ""
            if !prepositions.contains(previous) { return mention }
        }
        return nil
    }

    /// The tokens of "samma datum"/"samma dag" in the sentence, if it has them.
    static func sameDatePhrase(tokens: [Token], range: Range<Int>) -> Range<Int>? {
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            if tokens[index].lower == "samma", ["datum", "dag"].contains(tokens[index + 1].lower) {
                return index..<(index + 2)
            }
            index += 1
        }
        return nil
    }

    /// The agencies the government's decision names ("Regeringen ger Kriminalvården i uppdrag att, tillsammans
    /// med Åklagarmyndigheten och Statens institutionsstyrelse, …"), joined as one actor.
    static func recipients(_ analysis: TextAnalysis) -> String? {
        let tokens = analysis.tokens
        let obligations = ObligationExtractor()
        for sentence in analysis.sentences.prefix(12) {
            let range = sentence.tokens
            guard range.count >= 3, tokens[range.lowerBound].lower == "regeringen" else { continue }
            var index = range.lowerBound + 1
            if tokens[index].lower == "ger" {
                index += 1
            } else if tokens[index].lower == "uppdrar", tokens[index + 1].lower == "åt" {
                index += 2
            } else {
                continue
            }
            guard
                let (found, next) = obligations.coordinatedNames(
                    from: index, to: range.upperBound, analysis: analysis)
            else { continue }
            var names = found
            // "i uppdrag att, tillsammans med X och Y, …".
            var look = next
            while look + 2 < min(range.upperBound, next + 8) {
                if tokens[look].lower == "tillsammans", tokens[look + 1].lower == "med",
                    let (more, _) = obligations.coordinatedNames(
                        from: look + 2, to: range.upperBound, analysis: analysis)
                {
                    names += more.filter { !names.contains($0) }
                    break
                }
                look += 1
            }
            return ObligationExtractor.joinedActor(names)
        }
        return nil
    }

    /// The agency named most often, leaving out Regeringskansliet, which mostly receives reports.
    static func primaryAgency(_ mentions: [AgencyMention]) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for mention in mentions where mention.canonical != "Regeringskansliet" {
            if counts[mention.canonical] == nil { order.append(mention.canonical) }
            counts[mention.canonical, default: 0] += 1
        }
        return order.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? mentions.first?.canonical
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

    /// Deadlines whose party is a role the text implies rather than names: answers to a referral are the
    /// referral bodies' ("Sista dag att svara på remissen", "Remissvaren ska ha kommit in"), the end of the
    /// riksdag's motion period is the members'.
    static func roleActor(words: [String]) -> String? {
        let answers =
            words.contains { $0.hasPrefix("remissvar") || $0 == "remissinstanserna" }
            || (words.contains { $0.hasPrefix("remiss") } && words.contains { $0 == "svara" || $0 == "svar" })
        if answers { return "remissinstanserna" }
        if words.contains(where: { $0 == "motionstid" || $0 == "motionstiden" }) {
            return "riksdagens ledamöter (motionstid)"
        }
        return nil
    }

    /// A statute number ("1987:329", "SFS-nummer 2001:1273") that the date's sentence or table belongs to.
    static func statuteNumber(analysis: TextAnalysis, sentenceIndex: Int, before token: Int) -> String? {
        let sentence = analysis.sentences[sentenceIndex]
        // The sentence and what was left out before it in its block ("Övergångsbestämmelser 1987:329 Denna lag …").
        let block = analysis.tokenBlocks[sentence.tokens.lowerBound]
        var first = max(0, sentence.tokens.lowerBound - 8)
        while first < sentence.tokens.lowerBound, analysis.tokenBlocks[first] != block { first += 1 }
        for index in (max(first, token - 30)..<max(token, first)).reversed() {
            let candidate = analysis.tokens[index]
            if candidate.isNumber, isStatuteNumber(candidate.text) { return candidate.text }
        }
        // The statute's own number above its first provisions says nothing the title does not.
        if let label = amendmentLabel(analysis: analysis, before: sentence.tokens.lowerBound),
            analysis.document.metadata.identifier?.hasSuffix(label) != true
        {
            return label
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

    /// The label of an amendment standing as a block of its own right above the block that starts at or before
    /// `token`: "1987:329", "SFS 1987:329", "Lag (1987:329)" give "1987:329"; another series keeps its name
    /// ("DVFS 2002:2"). Transitional provisions list each amendment's entry into force under such a label.
    static func amendmentLabel(analysis: TextAnalysis, before token: Int) -> String? {
        let blocks = analysis.tokenBlocks
        guard token < blocks.count else { return nil }
        var start = token
        while start > 0, blocks[start - 1] == blocks[token] { start -= 1 }
        guard start > 0 else { return nil }
        let labelBlock = blocks[start - 1]
        var labelStart = start - 1
        while labelStart > 0, blocks[labelStart - 1] == labelBlock {
            labelStart -= 1
            if start - labelStart > 4 { return nil }
        }
        var label = Array(analysis.tokens[labelStart..<start])
        if label.first?.text == "(" || label.last?.text == ")" { label.removeAll { $0.text == "(" || $0.text == ")" } }
        guard let number = label.last, number.isNumber, isStatuteNumber(number.text), label.count <= 2 else {
            return nil
        }
        guard label.count == 2 else { return number.text }
        let name = label[0].text
        if ["lag", "förordning", "sfs"].contains(label[0].lower) { return number.text }
        // A regulation series: capitals, perhaps with a hyphen ("DVFS", "HSLF-FS").
        let isSeries =
            name.count >= 2 && name.hasSuffix("FS")
            && name.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || $0 == "-" }
        return isSeries ? name + " " + number.text : nil
    }

    static func isStatuteNumber(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        return parts.count == 2 && parts[0].count == 4 && parts[1].allSatisfy(\.isNumber) && !parts[1].isEmpty
            && parts[0].allSatisfy(\.isNumber)
    }

    /// "lagändringarna i prop. 2017/18:86": what a proposal says will enter into force, in a proposal document.
    static func proposalActor(analysis: TextAnalysis, sentence: Sentence) -> String? {
        let metadata = analysis.document.metadata
        guard metadata.doctype != .lag, metadata.doctype != .forordning else { return nil }
        // A memorandum or referral without a number: the proposed statutes alone.
        let proposal = metadata.doctype == .proposition || metadata.doctype == .other
        guard let identifier = metadata.identifier ?? (proposal ? "" : nil) else { return nil }
        let verbs: Set<String> = ["ska", "skall", "föreslås", "träder", "träda", "är", "bör", "avses"]
        let range = sentence.tokens
        guard let verb = range.prefix(7).firstIndex(where: { verbs.contains(analysis.tokens[$0].lower) }),
            verb > range.lowerBound
        else { return nil }
        let subject = analysis.string(analysis.tokens[range.lowerBound].start..<analysis.tokens[verb - 1].end)
        // "Den ska träda i kraft" points back; "Den nya lagen och övriga lagändringar föreslås" names.
        let pointsBack = ["denna", "den", "det", "detta"].contains(analysis.tokens[range.lowerBound].lower)
        guard !pointsBack || verb - range.lowerBound >= 3 else { return nil }
        return identifier.isEmpty ? subject.lowercased() : subject.lowercased() + " i " + identifier
    }

    /// "Lag (2013:353)" style actor of an entry into force.
    static func statuteActor(statute: String?, metadata: DocumentMetadata) -> String? {
        let title = metadata.title ?? ""
        let kindWord = title.lowercased().contains("förordning") ? "Förordning" : "Lag"
        // A regulation series label ("DVFS 2002:2") is the actor as it stands.
        if let statute, statute.contains(" ") { return statute }
        if let statute { return kindWord + " (" + statute + ")" }
        let statuteTypes: Set<Doctype> = [.lag, .forordning]
        if !statuteTypes.contains(metadata.doctype), let identifier = metadata.identifier { return identifier }
        if let close = title.firstIndex(of: ")"), title.contains("(") {
            return String(title[...close])
        }
        if let identifier = metadata.identifier { return identifier }
        // A statute's title names it; a press release's title does not.
        return statuteTypes.contains(metadata.doctype) && !title.isEmpty ? title : nil
    }
}
