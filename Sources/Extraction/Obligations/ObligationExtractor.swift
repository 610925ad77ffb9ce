/// Finds obligations: sentences in which an acting party "ska"/"skall" do something.
public struct ObligationExtractor: Sendable {
    /// The most obligations listed per document.
    public static let limit = 25

    /// An extractor; it holds no state.
    public init() {}

    /// The obligations of `document`, in text order, at most `limit`, given the agency mentions in its text.
    public func obligations(in document: ParsedDocument, mentions: [AgencyMention] = []) -> [Obligation] {
        obligations(in: TextAnalysis(document: document, mentions: mentions))
    }

    /// Words that open an adverbial or subordinate clause, after which the subject follows "ska".
    static let invertingStarts: Set<String> = [
        "i", "vid", "för", "enligt", "innan", "om", "när", "efter", "under", "inom", "med", "utöver", "genom",
        "från", "till", "på", "av", "senast", "därefter", "dessutom", "också", "även", "då", "där", "nu", "sedan",
        "vidare", "härutöver", "slutligen", "samtidigt", "därmed", "därvid", "inför", "utan", "mot", "hos",
        "därför", "framför", "bland", "särskilt", "vad", "sådan", "sådana", "därutöver", "avslutningsvis",
        "eftersom", "medan", "trots", "oavsett", "först", "sist",
    ]
    /// Adverbs that may stand between "ska" and the verb or subject.
    static let adverbs: Set<String> = [
        "också", "även", "bland", "annat", "särskilt", "dessutom", "därför", "genast", "fortfarande", "vidare",
        "då", "nu", "endast", "enbart", "alltid", "snarast", "omedelbart", "därvid", "i", "stället",
        "sin", "helhet", "bl.a", "alltså", "likaså", "gemensamt", "själv", "själva", "t.ex", "exempelvis",
        "därmed", "således", "heller", "därutöver", "härvid", "sedan", "tillsammans",
    ]
    /// Nouns for acting parties (heads of a subject).
    static let actorNouns: Set<String> = [
        "utredare", "utredaren", "utredarna", "kommittén", "kommitté", "utredningen", "delegationen",
        "samordnaren", "samordnare", "myndigheten", "myndigheterna", "nämnden", "läkaren", "läkare",
        "arbetsgivare", "arbetsgivaren", "arbetstagaren", "arbetstagare", "huvudmannen", "huvudman",
        "personuppgiftsansvarige", "personuppgiftsansvarig", "personuppgiftsbiträdet", "person", "personen",
        "sökanden", "sökande", "ägaren", "ägare", "förvaltaren", "revisorn", "revisor", "styrelsen", "regeringen",
        "länsstyrelsen", "länsstyrelserna", "domstolen", "kommunen", "kommunerna", "regionen", "regionerna",
        "landstinget", "landstingen", "rätten", "polisen", "åklagaren", "åklagare", "ordföranden", "ordförande",
        "vårdgivaren", "vårdgivare", "näringsidkaren", "näringsidkare", "innehavaren", "tillståndshavaren",
        "mottagaren", "leverantören", "tillverkaren", "operatören", "rektorn", "rektor", "huvudmän",
        "verket", "inspektionen", "arbetsgivarna", "kontrollmyndigheten", "tillsynsmyndigheten", "samordnarna",
        "sekretariatet", "rådet", "institutet", "centret", "ombudsmannen", "kansliet", "förmyndaren",
        "gode", "förvaltare", "säljaren", "köparen", "hyresvärden", "försäkringsgivaren", "uppdragstagaren",
        "utföraren", "bolaget", "bolagen", "stiftelsen", "föreningen", "företaget", "företag",
    ]
    /// Endings of compound agency and body names ("Samordningsmyndigheten", "riksdagsstyrelsen").
    static let actorEndings = [
        "myndigheten", "myndigheterna", "nämnden", "styrelsen", "verket", "inspektionen", "kontoret",
        "förmedlingen", "vården", "kansliet", "förvaltningen", "ombudsmannen", "kassan", "domstolen",
        "institutet", "polisen", "rådet", "delegationen", "kommittén", "utredningen", "samordnaren",
    ]
    static let pronouns: Set<String> = ["hon", "han", "den", "de", "denne", "dessa", "vi"]
    /// Anaphoric nouns resolved to the last agency named before them.
    static let anaphors: Set<String> = [
        "myndigheten", "nämnden", "verket", "inspektionen", "styrelsen", "rådet", "institutet", "kontoret",
        "kansliet", "ombudsmannen",
    ]
    static let clauseBreaks: Set<String> = [
        ",", ";", ":", "–", "att", "när", "eftersom", "medan", "innan", "där",
    ]
    static let negations: Set<String> = ["inte", "ej", "icke", "aldrig", "varken"]
    static let compositionVerbs: Set<String> = ["bestå", "utgöras", "omfatta", "ingå"]
    /// Verbs of being and happening, which state no task ("Utredningen skall ske minst vart tredje år").
    static let stateVerbs: Set<String> = [
        "ske", "gälla", "avse", "innehålla", "utgöra", "motsvara", "uppgå", "framgå", "finnas", "vila", "präglas",
    ]
    /// Verbs after which "att X ska …" is a decided task.
    static let decisionVerbs: Set<String> = [
        "beslutar", "beslutat", "beslutade", "bestämmer", "bestämt", "föreskriver", "uppdrar", "uppdrog",
        // What a task includes or means: "I uppdraget ingår att myndigheterna ska lämna förslag".
        "ingår", "innebär",
    ]
    /// Nouns after which "att" marks an infinitive, not a clause: "beslut … om uppdrag att analysera …".
    static let infinitiveNouns: Set<String> = ["uppdrag", "uppdraget", "uppdragen", "beslut", "beslutet"]
    static let headEnders: Set<String> = [
        "som", "(", "och", "i", "på", "för", "med", "av", "till", "inom", "från", "vid", "enligt", "under", "hos",
        "mot", "utan", "över", "eller",
    ]

    func obligations(in analysis: TextAnalysis) -> [Obligation] {
        let tokens = analysis.tokens
        let doctype = analysis.document.metadata.doctype
        // A report (SOU) restates its directive's tasks in the directive's words.
        let restatesDirective = analysis.document.metadata.identifier?.hasPrefix("SOU ") == true
        let directiveActor =
            doctype == .kommittedirektiv || doctype == .tillaggsdirektiv || restatesDirective
            ? DeadlineExtractor.directiveActor(tokens) : nil
        var result: [Obligation] = []
        var seen: Set<String> = []
        var previousActor: String?
        for sentence in analysis.sentences {
            guard result.count < Self.limit else { break }
            let found = actor(in: sentence, analysis: analysis, directiveActor: directiveActor, previous: previousActor)
            if let mention = analysis.mentions(in: sentence.start..<sentence.end).last {
                previousActor = mention.canonical
            }
            guard let found else { continue }
            let end = sentence.firstItemEnd ?? sentence.end
            let quote = analysis.string(sentence.start..<end)
            let key = String(quote.unicodeScalars.filter { !Tokenizer.isSpace($0) })
            guard seen.insert(key).inserted else { continue }
            result.append(
                Obligation(
                    actor: found, quote: quote, span: TextSpan(offset: sentence.start, length: end - sentence.start)))
            previousActor = found
        }
        return result
    }

    /// The acting party of the first active, unnegated "ska"/"skall" in the sentence, if it has one.
    func actor(in sentence: Sentence, analysis: TextAnalysis, directiveActor: String?, previous: String?) -> String? {
        let tokens = analysis.tokens
        let range = sentence.tokens
        var index = range.lowerBound
        while index < range.upperBound {
            defer { index += 1 }
            let lower = tokens[index].lower
            guard lower == "ska" || lower == "skall" else { continue }
            if index > range.lowerBound, tokens[index - 1].lower == "som" { continue }
            var after = index + 1
            // "ska inte", "ska därmed inte heller": negated tasks.
            if tokens[after..<min(range.upperBound, index + 5)].contains(where: { Self.negations.contains($0.lower) }) {
                continue
            }
            // Clause before "ska".
            var clauseStart = index
            // Subjects are short: look back at most 60 tokens, which keeps long sentences linear.
            let lookBack = max(range.lowerBound, index - 60)
            while clauseStart > lookBack {
                let previous = tokens[clauseStart - 1]
                if Self.clauseBreaks.contains(previous.lower) {
                    // Commas in number lists ("10 kap. 1, 2, 3, 11 eller 12 §") do not end a clause.
                    let numbersAround =
                        previous.text == "," && clauseStart >= range.lowerBound + 2
                        && tokens[clauseStart - 2].isNumber && tokens[clauseStart].isNumber
                    // Nor do commas in a list of agencies ("Naturvårdsverket, SLU och Formas ska").
                    let agenciesAround =
                        previous.text == "," && clauseStart >= range.lowerBound + 2 && clauseStart < index
                        && analysis.mention(startingAt: tokens[clauseStart].start) != nil
                        && mentionEnds(at: tokens[clauseStart - 2].end, analysis: analysis)
                    let infinitive =
                        previous.lower == "att" && clauseStart >= range.lowerBound + 2
                        && Self.infinitiveNouns.contains(tokens[clauseStart - 2].lower)
                    if !numbersAround && !agenciesAround && !infinitive { break }
                }
                clauseStart -= 1
            }
            // An att-clause states a task only after a decision ("Regeringen beslutar att ISF ska redovisa"),
            // not after a proposal, aim or purpose ("föreslås att", "målet att", "för att").
            if clauseStart > range.lowerBound, tokens[clauseStart - 1].lower == "att" {
                var governing = clauseStart - 2
                while governing >= range.lowerBound, Self.adverbs.contains(tokens[governing].lower) { governing -= 1 }
                guard governing >= range.lowerBound, Self.decisionVerbs.contains(tokens[governing].lower) else {
                    continue
                }
            }
            var subjectTokens = clauseStart..<index
            // "En särskild utredare, Sigurd Heuman, f.d. lagman, ska …": appositions between the subject and "ska".
            if subjectTokens.isEmpty, let subject = appositionSubject(before: index, range: range, tokens: tokens) {
                subjectTokens = subject
            }
            let inverted =
                subjectTokens.isEmpty || Self.invertingStarts.contains(tokens[subjectTokens.lowerBound].lower)
            var actor: String?
            if !inverted {
                actor = subjectActor(
                    subjectTokens, analysis: analysis, sentence: sentence, directiveActor: directiveActor,
                    previous: previous)
            }
            var verbIndex = after
            // "Ändras X … skall den nya uppgiften föras in": another subject follows "ska".
            if actor != nil, after + 1 < range.upperBound,
                ["den", "det", "de", "en", "ett", "denne", "dessa", "detta", "han", "hon"].contains(
                    tokens[after].lower),
                tokens[after + 1].isWord
            {
                actor = nil
            }
            if actor == nil {
                // Subject after "ska": "…, ska Totalförsvarets rekryteringsmyndighet placera".
                while after < range.upperBound, Self.adverbs.contains(tokens[after].lower) { after += 1 }
                if after < range.upperBound, Self.negations.contains(tokens[after].lower) { continue }
                if let (found, next) = postverbalActor(
                    at: after, analysis: analysis, range: range, sentence: sentence, allowPronoun: inverted,
                    directiveActor: directiveActor, previous: previous)
                {
                    actor = found
                    verbIndex = next
                }
            }
            guard let actor else { continue }
            // The verb: passive ("redovisas") and composition ("ska vara representerade") are no tasks.
            while verbIndex < range.upperBound, Self.adverbs.contains(tokens[verbIndex].lower) { verbIndex += 1 }
            if verbIndex < range.upperBound {
                let verb = tokens[verbIndex].lower
                if Self.negations.contains(verb) { continue }
                // "ska myndighet, diarienummer och datum … anges": a list of things, not an actor.
                if ["och", "eller"].contains(verb) { continue }
                if isPassive(verb) { continue }
                // After an adverbial ("ska den … vid tillämpningen av första stycket likställas") look further.
                if Self.prepositions.contains(verb) || verb == ",",
                    passiveAhead(from: verbIndex, tokens: tokens, end: range.upperBound)
                {
                    continue
                }
                if Self.compositionVerbs.contains(verb) || Self.stateVerbs.contains(verb) { continue }
                // Rights and powers, not duties: "ska ha rätt till", "ska få besluta", "ska kunna ge tillstånd".
                if verb == "få" || verb == "kunna" { continue }
                if verb == "ha",
                    tokens[(verbIndex + 1)..<min(range.upperBound, verbIndex + 4)].contains(where: {
                        $0.lower == "rätt"
                    })
                {
                    continue
                }
                // "ska enligt förordningen vara i drift": a state, not a task.
                if verb == "vara", verbIndex + 1 < range.upperBound,
                    Self.prepositions.contains(tokens[verbIndex + 1].lower)
                {
                    continue
                }
                if verb == "vara" || verb == "ha", verbIndex + 1 < range.upperBound {
                    let complement = tokens[verbIndex + 1].lower
                    if complement == "eller" || complement == "ha" || isParticiple(complement)
                        || ["ordinarie", "behörig", "behöriga", "lämplig", "ledamot", "ledamöter"].contains(complement)
                    {
                        continue
                    }
                }
            }
            return actor
        }
        return nil
    }

    /// The subject at the start of the sentence when only short comma-separated appositions stand between it
    /// and "ska" at `index`.
    func appositionSubject(before index: Int, range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        guard index > range.lowerBound, tokens[index - 1].text == "," else { return nil }
        var segmentEnd = index - 1
        for _ in 0..<3 {
            var start = segmentEnd
            while start > range.lowerBound, tokens[start - 1].text != ",", segmentEnd - start < 6 { start -= 1 }
            guard segmentEnd - start < 6, start < segmentEnd else { return nil }
            if start == range.lowerBound {
                // The subject itself: an indefinite or definite noun phrase, not a clause.
                guard ["en", "ett", "den", "det", "de"].contains(tokens[start].lower) else { return nil }
                return start..<segmentEnd
            }
            // An apposition holds no verb-like "ska"/"att" and no clause word.
            if tokens[start..<segmentEnd].contains(where: { Self.clauseBreaks.contains($0.lower) && $0.text != "," }) {
                return nil
            }
            segmentEnd = start - 1
        }
        return nil
    }

    func isPassive(_ verb: String) -> Bool {
        if ["ges", "tas", "fås", "ses", "nås", "dras", "sås", "fås"].contains(verb) { return true }
        let scalars = Array(verb.unicodeScalars)
        guard scalars.count >= 5, scalars.last == "s" else { return false }
        return !["dels", "finnas", "hoppas", "lyckas", "minnas", "synas", "märkas", "kännas"].contains(verb)
            && scalars[scalars.count - 2] != "s"
    }

    static let notVerbs: Set<String> = [
        "första", "andra", "tredja", "fjärde", "femte", "hela", "samma", "egna", "nya", "alla", "båda", "vissa",
        "sina", "dessa", "flera", "många", "enda", "stora", "övriga", "särskilda", "berörda", "svenska", "sådana",
        "olika", "andra", "nationella", "regionala", "lokala", "allmänna", "enskilda", "statliga", "kommunala",
    ]
    static let prepositions: Set<String> = [
        "senast", "i", "vid", "enligt", "till", "inom", "under", "efter", "för", "med", "på", "den", "genom",
        "från", "av", "hos", "utan", "mot", "om", "inför", "utöver", "efter",
    ]
    static let determiners: Set<String> = [
        "den", "det", "de", "en", "ett", "sin", "sitt", "sina", "i", "av", "för", "till", "med", "vid", "på", "om",
        "denna", "detta", "dessa",
    ]

    /// True when a passive infinitive ("likställas") comes before any active one within the clause.
    func passiveAhead(from start: Int, tokens: [Token], end: Int) -> Bool {
        var index = start
        while index < min(end, start + 12) {
            let token = tokens[index]
            if token.text == "," { return false }
            if token.isWord {
                let word = token.lower
                if word.unicodeScalars.count >= 5, word.hasSuffix("as") || word.hasSuffix("es"),
                    !["dels", "finnas"].contains(word)
                {
                    return true
                }
                let previous = index > start ? tokens[index - 1].lower : ""
                if word.hasSuffix("a"), word.unicodeScalars.count >= 3, !Self.notVerbs.contains(word),
                    !Self.determiners.contains(previous)
                {
                    return false
                }
            }
            index += 1
        }
        return false
    }

    func isParticiple(_ word: String) -> Bool {
        ["ade", "ad", "erade", "da", "de", "na", "ta", "tt", "it"].contains { word.hasSuffix($0) }
            && word.unicodeScalars.count > 4
    }

    /// The actor named by a subject that stands before "ska".
    func subjectActor(
        _ subject: Range<Int>, analysis: TextAnalysis, sentence: Sentence, directiveActor: String?, previous: String?
    ) -> String? {
        let tokens = analysis.tokens
        guard let first = subject.first else { return nil }
        // Leading "även"/"också" do not change the subject.
        var start = first
        while start < subject.upperBound, ["även", "också", "dessutom"].contains(tokens[start].lower) { start += 1 }
        guard start < subject.upperBound else { return nil }
        if let mention = analysis.mention(startingAt: tokens[start].start) {
            // The mention must be the head, not a genitive ("Kriminalvårdens arbete ska").
            let mentionEnd = mention.span.offset + mention.span.length
            var rest = start
            while rest < subject.upperBound, tokens[rest].end <= mentionEnd { rest += 1 }
            var depth = 0
            var clean = true
            for index in rest..<subject.upperBound {
                let text = tokens[index].text
                if text == "(" {
                    depth += 1
                } else if text == ")" {
                    depth -= 1
                } else if depth == 0 {
                    if !["och", "samt", ","].contains(text), analysis.mention(startingAt: tokens[index].start) == nil,
                        !tokens[index].isCapitalised
                    {
                        clean = false
                    }
                }
            }
            if clean { return coordinated(from: start, to: subject.upperBound, analysis: analysis)?.actor }
        }
        // "Den som har tagit emot statsbidrag".
        if tokens[start].lower == "den", start + 1 < subject.upperBound, tokens[start + 1].lower == "som" {
            return analysis.string(tokens[start].start..<tokens[subject.upperBound - 1].end).lowercased()
        }
        // The head: the last word before "som" or a parenthesis.
        var headEnd = start
        // The head ends before a relative clause, a parenthesis, a conjunction or a preposition
        // ("Revisionsberättelsen i större företag").
        while headEnd < subject.upperBound, !Self.headEnders.contains(tokens[headEnd].lower) { headEnd += 1 }
        guard headEnd > start else { return nil }
        let head = tokens[headEnd - 1]
        let count = headEnd - start
        if count == 1 {
            if let resolved = resolveSingle(
                head, analysis: analysis, sentence: sentence, directiveActor: directiveActor, previous: previous)
            {
                return resolved
            }
            return nil
        }
        guard count <= 4, head.isWord, !head.isCapitalised || start == headEnd - 1 else { return nil }
        if tokens[start].lower == "den", head.lower.hasSuffix("ige") { return phrase(start..<headEnd, analysis) }
        if isActorNoun(head.lower) {
            if let directiveActor, isInvestigator(head.lower) { return directiveActor }
            return phrase(start..<headEnd, analysis)
        }
        return nil
    }

    /// A one-word subject: an abbreviation, a proper name with an agency ending, a role, or an anaphor.
    func resolveSingle(
        _ token: Token, analysis: TextAnalysis, sentence: Sentence, directiveActor: String?, previous: String?
    ) -> String? {
        guard token.isWord else { return nil }
        let lower = token.lower
        if let directiveActor, isInvestigator(lower) { return directiveActor }
        if Self.pronouns.contains(lower) {
            return antecedent(
                analysis: analysis, before: token.start, sentence: sentence, directiveActor: directiveActor,
                previous: previous)
        }
        if Self.anaphors.contains(lower) {
            if let found = lastAgency(analysis: analysis, before: sentence.start, ending: lower) { return found }
            return previous ?? lower
        }
        if isAbbreviation(token.text) { return token.text }
        // "myndigheterna" in an assignment to several agencies: all of them.
        if lower == "myndigheterna", analysis.document.metadata.doctype == .regeringsuppdrag,
            let recipients = DeadlineExtractor.recipients(analysis), recipients.contains(" och ")
        {
            return recipients
        }
        if isActorNoun(lower) {
            return token.isCapitalised && !Self.actorNouns.contains(lower) ? token.text : lower
        }
        return nil
    }

    /// The actor after "ska" in inverted order, and the index of the token after it.
    func postverbalActor(
        at index: Int, analysis: TextAnalysis, range: Range<Int>, sentence: Sentence, allowPronoun: Bool,
        directiveActor: String?, previous: String?
    ) -> (String, Int)? {
        let tokens = analysis.tokens
        guard index < range.upperBound else { return nil }
        let token = tokens[index]
        // "ska SLU:s vetenskapliga studie … bifogas": a possessor, not a subject.
        if let mention = analysis.mention(startingAt: token.start), mention.surface.hasSuffix(":s") { return nil }
        if index + 1 < range.upperBound, tokens[index + 1].text.hasPrefix(":s") { return nil }
        if let found = coordinated(from: index, to: range.upperBound, analysis: analysis) { return found }
        if allowPronoun, Self.pronouns.contains(token.lower), index + 1 < range.upperBound,
            tokens[index + 1].isWord, !startsNounPhrase(at: index + 1, tokens: tokens, end: range.upperBound)
        {
            guard
                let resolved = antecedent(
                    analysis: analysis, before: token.start, sentence: sentence, directiveActor: directiveActor,
                    previous: previous)
            else { return nil }
            return (resolved, index + 1)
        }
        // "den personuppgiftsansvarige", "en särskild utredare", "läkaren".
        var end = index
        if ["den", "en", "ett", "det", "de"].contains(token.lower) { end += 1 }
        if end < range.upperBound, end > index, tokens[end].isWord, !tokens[end].isCapitalised,
            end + 1 < range.upperBound, isActorNoun(tokens[end + 1].lower)
        {
            end += 1
        }
        guard end < range.upperBound, tokens[end].isWord else { return nil }
        let head = tokens[end]
        if end > index, tokens[index].lower == "den", head.lower.hasSuffix("ige") {
            return (phrase(index..<(end + 1), analysis), end + 1)
        }
        if end == index,
            let resolved = resolveSingle(
                head, analysis: analysis, sentence: sentence, directiveActor: directiveActor, previous: previous),
            !Self.pronouns.contains(head.lower)
        {
            return (resolved, end + 1)
        }
        if end > index, isActorNoun(head.lower) {
            if let directiveActor, isInvestigator(head.lower) { return (directiveActor, end + 1) }
            return (phrase(index..<(end + 1), analysis), end + 1)
        }
        return nil
    }

    /// True when an agency mention ends exactly at scalar offset `end`.
    func mentionEnds(at end: Int, analysis: TextAnalysis) -> Bool {
        let index = analysis.firstMentionIndex(atOrAfter: end)
        // Mentions do not overlap much; the few before `end` are enough.
        return analysis.mentions[max(0, index - 3)..<index].contains { $0.span.offset + $0.span.length == end }
    }

    /// Agencies named together from the mention at `start` ("Jordbruksverket och SVA", "Kriminalvården,
    /// Åklagarmyndigheten och Statens institutionsstyrelse") as one actor in canonical names, and the index of
    /// the token after the last; a parenthesised short form after a name is skipped.
    func coordinated(from start: Int, to end: Int, analysis: TextAnalysis) -> (actor: String, next: Int)? {
        guard let (names, next) = coordinatedNames(from: start, to: end, analysis: analysis) else { return nil }
        return (Self.joinedActor(names), next)
    }

    /// "A", "A och B", "A, B och C".
    static func joinedActor(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " och " + last
    }

    /// The canonical names of the agencies named together from the mention at `start`, and the next token.
    func coordinatedNames(from start: Int, to end: Int, analysis: TextAnalysis) -> (names: [String], next: Int)? {
        let tokens = analysis.tokens
        guard start < end, let first = analysis.mention(startingAt: tokens[start].start) else { return nil }
        // "SLU:s vetenskapliga studie": a possessor, not a subject.
        if first.surface.hasSuffix(":s") { return nil }
        var names = [first.canonical]
        var mentionEnd = first.span.offset + first.span.length
        var next = start
        while true {
            while next < end, tokens[next].end <= mentionEnd { next += 1 }
            // "Statens veterinärmedicinska anstalt (SVA)".
            if next + 2 < end, tokens[next].text == "(", tokens[next + 2].text == ")" { next += 3 }
            guard next + 1 < end, [",", "och", "samt"].contains(tokens[next].lower),
                let following = analysis.mention(startingAt: tokens[next + 1].start)
            else { break }
            if !names.contains(following.canonical) { names.append(following.canonical) }
            mentionEnd = following.span.offset + following.span.length
            next += 1
        }
        return (names, next)
    }

    /// True for "nya uppgiften", "beskattningsbara personen": an adjective before a definite noun.
    func startsNounPhrase(at index: Int, tokens: [Token], end: Int) -> Bool {
        guard index + 1 < end, tokens[index + 1].isWord else { return false }
        let adjective = tokens[index].lower
        let noun = tokens[index + 1].lower
        return (adjective.hasSuffix("a") || adjective.hasSuffix("e"))
            && ["en", "et", "na", "erna", "arna", "orna"].contains { noun.hasSuffix($0) }
    }

    func isInvestigator(_ word: String) -> Bool {
        word.hasPrefix("utredare") || word == "utredningen" || word.hasPrefix("kommitté")
    }

    /// Compounds that end like an agency but name things ("Ramverket", "Regelverket").
    static let thingWords: Set<String> = [
        "ramverket", "regelverket", "nätverket", "hantverket", "kraftverket", "regelverken", "nätverken",
        "konstverket", "bokverket", "lagrådet", "samrådet",
    ]

    func isActorNoun(_ word: String) -> Bool {
        guard !Self.thingWords.contains(word) else { return false }
        return Self.actorNouns.contains(word) || Self.actorEndings.contains { word.hasSuffix($0) && word != $0 }
            || Self.actorEndings.contains(word)
    }

    /// "ISF", "SiS", "MUCF": two or more capitals in a short word.
    func isAbbreviation(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 6, scalars[0].properties.isUppercase else { return false }
        return scalars.filter { $0.properties.isUppercase }.count >= 2
    }

    func phrase(_ range: Range<Int>, _ analysis: TextAnalysis) -> String {
        guard let first = range.first, range.upperBound <= analysis.tokens.count else { return "" }
        return analysis.string(analysis.tokens[first].start..<analysis.tokens[range.upperBound - 1].end).lowercased()
    }

    /// The last agency named before `offset` whose name ends like the anaphor ("nämnden" → "Partibidragsnämnden").
    func lastAgency(analysis: TextAnalysis, before offset: Int, ending: String) -> String? {
        let index = analysis.firstMentionIndex(atOrAfter: offset)
        guard index > 0 else { return nil }
        let stem = String(ending.dropLast(ending.hasSuffix("en") ? 2 : 1))
        for mention in analysis.mentions[..<index].reversed() where mention.canonical.lowercased().hasSuffix(ending) {
            return mention.canonical
        }
        for mention in analysis.mentions[..<index].reversed() where mention.canonical.lowercased().contains(stem) {
            return mention.canonical
        }
        return analysis.mentions[index - 1].canonical
    }

    /// The antecedent of a pronoun: an actor earlier in the sentence, else the previous actor.
    func antecedent(
        analysis: TextAnalysis, before offset: Int, sentence: Sentence, directiveActor: String?, previous: String?
    ) -> String? {
        let tokens = analysis.tokens
        var index = sentence.tokens.lowerBound
        // Only the words just before the pronoun can be its antecedent.
        while index + 40 < sentence.tokens.upperBound, tokens[index + 40].start < offset { index += 1 }
        var found: String?
        while index < sentence.tokens.upperBound, tokens[index].start < offset {
            let token = tokens[index]
            if let mention = analysis.mention(startingAt: token.start) {
                found = mention.canonical
            } else if let directiveActor, isInvestigator(token.lower) {
                found = directiveActor
            } else if token.isWord, isActorNoun(token.lower), !Self.anaphors.contains(token.lower) {
                found = token.lower
            }
            index += 1
        }
        if let found { return found }
        // A pronoun after a clause of its own ("Om kommunala föreskrifter ingår …, skall de") refers inside it.
        return offset == sentence.start ? previous : nil
    }
}
