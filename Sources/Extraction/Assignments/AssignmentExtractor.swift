/// Splits a page that announces government assignments into one `Assignment` per assignment.
///
/// Assignments are announced by "X får/har fått i uppdrag att …", "Regeringen ger X i uppdrag att …",
/// "På uppdrag av regeringen har X …", links "Regeringsuppdrag: Uppdrag till X att …" and headings
/// "Uppdrag till X att …"; a later "X ska …" in the same section states the task in full.
public struct AssignmentExtractor: Sendable {
    let references: @Sendable (String) -> [String]

    /// An extractor that finds the references of each assignment with `references`.
    public init(references: @escaping @Sendable (String) -> [String] = { _ in [] }) {
        self.references = references
    }

    /// The assignments announced in `document`, given the agency mentions in its text.
    public func assignments(
        in document: ParsedDocument, mentions: [AgencyMention] = [], canonicalName: (String) -> String? = { _ in nil }
    ) -> [Assignment] {
        assignments(in: TextAnalysis(document: document, mentions: mentions), canonicalName: canonicalName)
    }

    /// How an assignment was found; the order is the preference for its task wording.
    enum Source: Int, Comparable {
        case title, carriedOut, obligation, heading, link, announcement
        static func < (lhs: Source, rhs: Source) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    struct Trigger {
        var recipients: [String]
        /// Agencies that carry out the assignment together with the recipients ("tillsammans med X och Y").
        var partners: [String] = []
        var task: String?
        var linked: String?
        var source: Source
        var block: Int
    }

    struct Draft {
        var recipient: String
        var partners: [String] = []
        var section: String?
        var bodyTask: String?
        var titleTask: String?
        var fallbackTask: String?
        var linked: String?
        var firstBlock: Int
        var sectionEnd: Int
        /// Holds a task announced with "i uppdrag att".
        var announced = false
    }

    static let pageDoctypes: Set<Doctype> = [.artikel, .regleringsbrev, .regeringsuppdrag]

    func assignments(in analysis: TextAnalysis, canonicalName: (String) -> String?) -> [Assignment] {
        let doctype = analysis.document.metadata.doctype
        guard Self.pageDoctypes.contains(doctype) else { return [] }
        let blocks = analysis.document.blocks
        let headings = Self.headingBlocks(blocks)
        var sentencesByBlock: [Int: [Sentence]] = [:]
        for sentence in analysis.sentences { sentencesByBlock[sentence.block, default: []].append(sentence) }

        var drafts: [Draft] = []
        var sectionStart = 0
        while sectionStart < blocks.count {
            var sectionEnd = sectionStart + 1
            while sectionEnd < blocks.count, !headings.contains(sectionEnd) { sectionEnd += 1 }
            // The page title (its first block) names the page, not a section.
            let isTitle = sectionStart == 0 && headings.contains(0)
            let heading =
                headings.contains(sectionStart) && !isTitle ? Self.headingText(blocks[sectionStart].text) : nil
            var triggers: [Trigger] = []
            for block in sectionStart..<sectionEnd {
                for sentence in sentencesByBlock[block] ?? [] {
                    triggers.append(
                        contentsOf: self.triggers(
                            in: sentence, analysis: analysis,
                            isHeading: block == sectionStart && headings.contains(sectionStart),
                            canonicalName: canonicalName
                        ).map { trigger in
                            var trigger = trigger
                            if isTitle, trigger.source == .heading { trigger.source = .title }
                            return trigger
                        })
                }
            }
            var sectionDrafts: [Draft] = []
            // On a news page that announces assignments, "X ska undersöka …" states one more.
            let announces = doctype == .artikel && triggers.contains { $0.source == .announcement }
            for trigger in triggers {
                for recipient in trigger.recipients {
                    // "Socialstyrelsen får även i uppdrag att …" after a first announced task: a second assignment.
                    let second =
                        trigger.source == .announcement && trigger.task != nil
                        && sectionDrafts.contains { $0.recipient == recipient && $0.announced }
                    if !second, let index = sectionDrafts.lastIndex(where: { $0.recipient == recipient }) {
                        Self.merge(trigger, into: &sectionDrafts[index])
                    } else if trigger.source != .title && (trigger.source != .obligation || announces) {
                        var draft = Draft(
                            recipient: recipient, section: heading, firstBlock: trigger.block, sectionEnd: sectionEnd)
                        Self.merge(trigger, into: &draft)
                        sectionDrafts.append(draft)
                    }
                }
            }
            drafts.append(contentsOf: sectionDrafts)
            sectionStart = sectionEnd
        }
        if doctype == .regeringsuppdrag {
            return Self.single(drafts, analysis: analysis, references: references)
        }
        guard drafts.count >= 2 else { return [] }
        return drafts.enumerated().map { index, draft in
            let nextStart = index + 1 < drafts.count ? drafts[index + 1].firstBlock : draft.sectionEnd
            let regionEnd = min(draft.sectionEnd, max(nextStart, draft.firstBlock + 1))
            let region = (draft.firstBlock..<regionEnd).map { blocks[$0].text }.joined(separator: "\n")
            return Assignment(
                recipient: draft.recipient, section: draft.section, task: Self.task(of: draft), linked: draft.linked,
                references: references(region))
        }
    }

    /// A regeringsuppdrag page: one assignment to its recipients.
    static func single(
        _ drafts: [Draft], analysis: TextAnalysis, references: (String) -> [String]
    ) -> [Assignment] {
        guard let first = drafts.first else { return [] }
        var recipients: [String] = []
        for draft in drafts where draft.firstBlock == first.firstBlock {
            for name in [draft.recipient] + draft.partners where !recipients.contains(name) { recipients.append(name) }
        }
        let recipient: String
        if recipients.count > 1, let last = recipients.last {
            recipient = recipients.dropLast().joined(separator: ", ") + " och " + last
        } else {
            recipient = first.recipient
        }
        let text = analysis.document.blocks.map(\.text).joined(separator: "\n")
        return [
            Assignment(
                recipient: recipient, section: nil, task: task(of: first), linked: nil, references: references(text))
        ]
    }

    static func merge(_ trigger: Trigger, into draft: inout Draft) {
        switch trigger.source {
        case .announcement, .obligation:
            if draft.bodyTask == nil { draft.bodyTask = trigger.task }
            if trigger.source == .announcement, trigger.task != nil { draft.announced = true }
            for partner in trigger.partners where !draft.partners.contains(partner) { draft.partners.append(partner) }
        case .link:
            if let task = trigger.task { draft.titleTask = task }
            if draft.linked == nil { draft.linked = trigger.linked }
        case .heading:
            if draft.titleTask == nil { draft.titleTask = trigger.task }
        case .carriedOut, .title:
            if draft.fallbackTask == nil { draft.fallbackTask = trigger.task }
        }
    }

    /// The body's wording when it states the titled task in full, else the title's, else what was carried out.
    static func task(of draft: Draft) -> String? {
        guard let title = draft.titleTask else { return draft.bodyTask ?? draft.fallbackTask }
        guard let body = draft.bodyTask else { return title }
        return isSubsequence(words(title), of: words(body)) ? body : title
    }

    static func words(_ text: String) -> [String] {
        Tokenizer.tokenize(Array(text.lowercased().unicodeScalars)).filter { $0.kind != .punctuation }.map(\.lower)
    }

    static func isSubsequence(_ short: [String], of long: [String]) -> Bool {
        var index = long.startIndex
        for word in short {
            guard let found = long[index...].firstIndex(of: word) else { return false }
            index = found + 1
        }
        return true
    }

    // MARK: Headings

    /// Blocks that are headings: marked ones, and short unpunctuated blocks followed by body text.
    static func headingBlocks(_ blocks: [Block]) -> Set<Int> {
        var result: Set<Int> = []
        for (index, block) in blocks.enumerated() {
            if block.kind == .heading {
                // A label over links ("Regeringsuppdrag", "Läs mer") does not open a section.
                let lower = headingText(block.text).lowercased()
                if !headingLinkStarts.contains(where: { lower.hasPrefix($0) }) { result.insert(index) }
                continue
            }
            guard index + 1 < blocks.count, block.kind == .paragraph, looksLikeHeading(block.text),
                isBody(blocks[index + 1])
            else { continue }
            result.insert(index)
        }
        return result
    }

    static let linkStarts = [
        "regeringsuppdrag", "mer information", "läs mer", "foto:", "dir.", "sfs ", "prop.", "sou ", "ds ",
        "förordning (", "lag (", "pressmeddelande", "verksamhetsrapport", "rapport:", "se även", "relaterat",
    ]
    /// A heading is its own line, so "SFS" alone is a label too.
    static let headingLinkStarts = linkStarts.map { $0.trimmingSpaces() }

    static func looksLikeHeading(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= 200, !SentenceSplitter.startsWithListMarker(text) else {
            return false
        }
        let lower = text.lowercased()
        if linkStarts.contains(where: { lower.hasPrefix($0) }) || lower.contains("webbplats") { return false }
        guard let last = scalars.last else { return false }
        if [".", "!", "?", ":", ";", ","].contains(last) {
            // "… med återvändare m.fl." still ends like a heading.
            return [" m.fl.", " m.m.", " etc."].contains { lower.hasSuffix($0) }
        }
        return true
    }

    static func isBody(_ block: Block) -> Bool {
        guard block.kind == .paragraph || block.kind == .listItem,
            let last = block.text.unicodeScalars.last(where: { !Tokenizer.isSpace($0) })
        else { return false }
        let wordCount = block.text.split(separator: " ").count
        // A title ending in "m.fl." is no body text.
        return [".", "!", "?", ":"].contains(last) && wordCount >= 8 && !looksLikeHeading(block.text)
    }

    /// A heading without Markdown marks ("## Rubrik", "**Rubrik**").
    static func headingText(_ text: String) -> String {
        var result = Substring(text.trimmingSpaces())
        while result.first == "#" || result.first == "*" || result.first == " " { result = result.dropFirst() }
        while result.last == "*" || result.last == " " { result = result.dropLast() }
        return String(result)
    }

    // MARK: Triggers

    static let giveVerbs: Set<String> = ["ger", "gett", "gav", "givit", "ge", "ges"]
    static let receiveVerbs: Set<String> = ["får", "fått", "fick", "har", "hade", "getts", "ges", "givits"]
    static let fillers: Set<String> = [
        "nu", "därför", "också", "även", "dessutom", "samtidigt", "bland", "annat", "båda", "sedan", "tidigare",
        "fortsatt", "i", "sitt", "sina", "regleringsbrev", "regleringsbrevet", "för", "genom",
    ]

    func triggers(
        in sentence: Sentence, analysis: TextAnalysis, isHeading: Bool, canonicalName: (String) -> String?
    ) -> [Trigger] {
        let tokens = analysis.tokens
        let range = sentence.tokens
        guard !range.isEmpty else { return [] }
        var found: [Trigger] = []
        let firstLower = tokens[range.lowerBound].lower
        // Links "Regeringsuppdrag: Uppdrag till X att …" and headings "Uppdrag till X att …".
        if firstLower == "regeringsuppdrag", range.count > 2, tokens[range.lowerBound + 1].text == ":" {
            let titleStart = range.lowerBound + 2
            let linked = analysis.string(tokens[titleStart].start..<sentence.end).trimmingSpaces()
            if let (recipients, task) = uppdragTill(
                from: titleStart, sentence: sentence, analysis: analysis, canonicalName: canonicalName)
            {
                found.append(
                    Trigger(recipients: recipients, task: task, linked: linked, source: .link, block: sentence.block))
            }
            return found
        }
        // A link set as its own block ("Uppdrag till X att …" without final punctuation, perhaps under a
        // "Regeringsuppdrag" label): the title of a linked assignment.
        if !isHeading, firstLower == "uppdrag", sentence.block < analysis.document.blocks.count,
            analysis.tokens[range.upperBound - 1].kind != .punctuation
                || analysis.document.blocks[sentence.block].text.hasSuffix(" m.fl."),
            sentence.start == analysis.blockStarts[sentence.block]
        {
            let linked = analysis.string(sentence.start..<sentence.end).trimmingSpaces()
            if let (recipients, task) = uppdragTill(
                from: range.lowerBound, sentence: sentence, analysis: analysis, canonicalName: canonicalName)
            {
                found.append(
                    Trigger(recipients: recipients, task: task, linked: linked, source: .link, block: sentence.block))
            }
            return found
        }
        if isHeading {
            var start = range.lowerBound
            while start < range.upperBound, tokens[start].text == "#" { start += 1 }
            if let (recipients, task) = uppdragTill(
                from: start, sentence: sentence, analysis: analysis, canonicalName: canonicalName)
            {
                found.append(
                    Trigger(recipients: recipients, task: task, linked: nil, source: .heading, block: sentence.block))
            }
            return found
        }
        var subjectStart = range.lowerBound
        while subjectStart + 1 < range.upperBound, ["även", "också", "dessutom"].contains(tokens[subjectStart].lower) {
            subjectStart += 1
        }
        let subjectMention = analysis.mention(startingAt: tokens[subjectStart].start)
        var index = range.lowerBound
        while index < range.upperBound {
            let lower = tokens[index].lower
            if lower == "i", index + 1 < range.upperBound, tokens[index + 1].lower == "uppdrag",
                let trigger = announcement(
                    at: index, sentence: sentence, analysis: analysis, canonicalName: canonicalName)
            {
                found.append(trigger)
                return found
            }
            if lower == "på", index + 3 < range.upperBound, tokens[index + 1].lower == "uppdrag",
                tokens[index + 2].lower == "av",
                let trigger = carriedOut(at: index, sentence: sentence, analysis: analysis)
            {
                found.append(trigger)
                return found
            }
            // "Specialpedagogiska skolmyndigheten, som …, får motsvarande uppdrag."; inverted after an adverb:
            // "Samtidigt får Länsstyrelsen i Gävleborgs län motsvarande uppdrag."
            let invertedSubject =
                index > range.lowerBound && index + 1 < range.upperBound
                ? analysis.mention(startingAt: tokens[index + 1].start) : nil
            var nounFrom = index + 1
            if subjectMention == nil, let invertedSubject {
                while nounFrom < range.upperBound,
                    tokens[nounFrom].end <= invertedSubject.span.offset + invertedSubject.span.length
                {
                    nounFrom += 1
                }
            }
            if lower == "får" || lower == "ges", let subject = subjectMention ?? invertedSubject,
                let noun = (nounFrom..<min(range.upperBound, nounFrom + 3)).first(where: {
                    tokens[$0].lower == "uppdrag" || tokens[$0].lower == "uppdraget"
                }),
                noun + 1 >= range.upperBound || tokens[noun + 1].lower != "att",
                !(nounFrom..<noun).contains(where: { tokens[$0].lower == "i" })
            {
                found.append(
                    Trigger(
                        recipients: [subject.canonical], task: nil, linked: nil, source: .announcement,
                        block: sentence.block))
                return found
            }
            if lower == "ska" || lower == "skall", index > range.lowerBound,
                let mention = analysis.mention(startingAt: tokens[range.lowerBound].start),
                mention.span.offset + mention.span.length == tokens[index - 1].end
            {
                var taskStart = index + 1
                while taskStart < range.upperBound, ["också", "även", "dessutom"].contains(tokens[taskStart].lower) {
                    taskStart += 1
                }
                if let task = Self.text(from: taskStart, to: sentence, analysis: analysis) {
                    found.append(
                        Trigger(
                            recipients: [mention.canonical], task: task, linked: nil, source: .obligation,
                            block: sentence.block))
                }
                return found
            }
            index += 1
        }
        return found
    }

    /// "Uppdrag till X att TASK" starting at `start`.
    func uppdragTill(
        from start: Int, sentence: Sentence, analysis: TextAnalysis, canonicalName: (String) -> String?
    ) -> ([String], String?)? {
        let tokens = analysis.tokens
        let end = sentence.tokens.upperBound
        guard start + 2 < end, tokens[start].lower == "uppdrag", tokens[start + 1].lower == "till" else { return nil }
        var att = start + 2
        while att < end, tokens[att].lower != "att", tokens[att].lower != "om" { att += 1 }
        guard att > start + 2 else { return nil }
        let recipients = self.recipients(
            in: (start + 2)..<att, analysis: analysis, canonicalName: canonicalName)
        guard !recipients.isEmpty else { return nil }
        let task =
            att < end && tokens[att].lower == "att" ? Self.text(from: att + 1, to: sentence, analysis: analysis) : nil
        return (recipients, task)
    }

    /// "X får i uppdrag att …", "Regeringen ger X i uppdrag att …" with "i uppdrag" at `index`.
    func announcement(
        at index: Int, sentence: Sentence, analysis: TextAnalysis, canonicalName: (String) -> String?
    ) -> Trigger? {
        let tokens = analysis.tokens
        let range = sentence.tokens
        // "att" within a few words ("får i uppdrag i sitt regleringsbrev för 2024 att …").
        var att = index + 2
        while att < min(range.upperBound, index + 14), tokens[att].lower != "att" { att += 1 }
        guard att < range.upperBound, tokens[att].lower == "att" else { return nil }
        // The verb before "i uppdrag".
        var verb = index - 1
        let lookBack = max(range.lowerBound, index - 30)
        while verb >= lookBack, !Self.giveVerbs.contains(tokens[verb].lower),
            !Self.receiveVerbs.contains(tokens[verb].lower)
        {
            verb -= 1
        }
        guard verb >= lookBack else { return nil }
        var recipientRange: Range<Int>
        if Self.giveVerbs.contains(tokens[verb].lower), tokens[verb].lower != "ges" {
            recipientRange = (verb + 1)..<index
        } else {
            let between = ((verb + 1)..<index).filter { !Self.fillers.contains(tokens[$0].lower) }
            if let first = between.first, let last = between.last,
                !analysis.mentions(
                    in: tokens[first].start..<tokens[last].end
                ).isEmpty
            {
                recipientRange = first..<(last + 1)
            } else {
                var subjectStart = verb
                while subjectStart > max(range.lowerBound, verb - 20),
                    ![",", ";", ":", "att", "som", "–"].contains(tokens[subjectStart - 1].lower)
                {
                    subjectStart -= 1
                }
                recipientRange = subjectStart..<verb
                if tokens[verb].lower == "har", verb + 1 < index, tokens[verb + 1].lower == "fått" {
                    recipientRange = subjectStart..<verb
                }
            }
        }
        // "Därför ger regeringen X i uppdrag", "Myndigheten … har fått i uppdrag": only X is the recipient.
        while recipientRange.lowerBound < recipientRange.upperBound,
            Self.fillers.contains(tokens[recipientRange.lowerBound].lower)
                || ["regeringen", "vi"].contains(tokens[recipientRange.lowerBound].lower)
        {
            recipientRange = (recipientRange.lowerBound + 1)..<recipientRange.upperBound
        }
        while recipientRange.lowerBound < recipientRange.upperBound,
            Self.fillers.contains(tokens[recipientRange.upperBound - 1].lower)
                || Self.receiveVerbs.contains(tokens[recipientRange.upperBound - 1].lower)
        {
            recipientRange = recipientRange.lowerBound..<(recipientRange.upperBound - 1)
        }
        let recipients = self.recipients(in: recipientRange, analysis: analysis, canonicalName: canonicalName)
        guard !recipients.isEmpty else { return nil }
        // "i uppdrag att, tillsammans med Åklagarmyndigheten och SiS, analysera …".
        var partners: [String] = []
        if att + 3 < range.upperBound, tokens[att + 1].text == ",", tokens[att + 2].lower == "tillsammans",
            tokens[att + 3].lower == "med"
        {
            var close = att + 4
            while close < range.upperBound, tokens[close].text != "," { close += 1 }
            if close < range.upperBound, close > att + 4 {
                for mention in analysis.mentions(in: tokens[att + 4].start..<tokens[close - 1].end)
                where !partners.contains(mention.canonical) && !recipients.contains(mention.canonical) {
                    partners.append(mention.canonical)
                }
            }
        }
        return Trigger(
            recipients: recipients, partners: partners,
            task: Self.text(from: att + 1, to: sentence, analysis: analysis), linked: nil, source: .announcement,
            block: sentence.block)
    }

    /// "På uppdrag av regeringen har X gjort …" or "har X på uppdrag av regeringen gjort …".
    func carriedOut(at index: Int, sentence: Sentence, analysis: TextAnalysis) -> Trigger? {
        let tokens = analysis.tokens
        let range = sentence.tokens
        var after = index + 3
        if after < range.upperBound, tokens[after].lower == "regeringen" { after += 1 }
        var recipient: AgencyMention?
        var taskStart = after
        if after + 1 < range.upperBound, ["har", "hade"].contains(tokens[after].lower) {
            var probe = after + 1
            while probe < range.upperBound, ["även", "också"].contains(tokens[probe].lower) { probe += 1 }
            if probe < range.upperBound, let mention = analysis.mention(startingAt: tokens[probe].start) {
                recipient = mention
                taskStart = probe
                while taskStart < range.upperBound,
                    tokens[taskStart].start < mention.span.offset + mention.span.length || tokens[taskStart].text == "("
                        || tokens[taskStart].text == ")" || tokens[taskStart].isCapitalised
                {
                    taskStart += 1
                }
            }
        }
        if recipient == nil, index > range.lowerBound {
            let before = tokens[index - 1]
            let candidates = analysis.mentions(in: tokens[range.lowerBound].start..<before.end)
            if let last = candidates.last, last.span.offset + last.span.length >= before.end - 1 {
                recipient = last
            }
        }
        guard let recipient else { return nil }
        return Trigger(
            recipients: [recipient.canonical], task: Self.text(from: taskStart, to: sentence, analysis: analysis),
            linked: nil, source: .carriedOut, block: sentence.block)
    }

    /// Recipients named in a phrase: its agencies, else the register's name for it, else the phrase itself.
    func recipients(in fullRange: Range<Int>, analysis: TextAnalysis, canonicalName: (String) -> String?) -> [String] {
        let tokens = analysis.tokens
        guard fullRange.upperBound <= tokens.count else { return [] }
        // Words before a date or number ("gav den 23 maj 2024 Riksgäldskontoret") are not part of the name.
        var range = fullRange
        if let lastNumber = fullRange.last(where: { tokens[$0].isNumber }), lastNumber + 1 < fullRange.upperBound {
            range = (lastNumber + 1)..<fullRange.upperBound
        }
        while let head = range.first, tokens[head].kind == .punctuation { range = (head + 1)..<range.upperBound }
        guard let first = range.first else { return [] }
        let start = tokens[first].start
        let end = tokens[range.upperBound - 1].end
        var names: [String] = []
        let mentions = analysis.mentions(in: start..<end)
        // Agencies only when the phrase is made of them ("Skolverket och Arbetsmiljöverket"), not when one is
        // named inside it ("en ändring i Konstnärsnämndens instruktion").
        var covered = 0
        var depth = 0
        var clean = true
        for index in range {
            let token = tokens[index]
            if mentions.contains(where: {
                $0.span.offset <= token.start && token.end <= $0.span.offset + $0.span.length
            }) {
                covered += 1
            } else if token.text == "(" {
                depth += 1
            } else if token.text == ")" {
                depth -= 1
            } else if depth == 0, !["och", "samt", ","].contains(token.lower) {
                clean = false
            }
        }
        if clean, covered > 0 {
            for mention in mentions where !names.contains(mention.canonical) { names.append(mention.canonical) }
            return names
        }
        let phrase = analysis.string(start..<end).trimmingSpaces()
        if let canonical = canonicalName(phrase) { return [canonical] }
        // Other actors: a role or body ("den nationella samordnaren", "en särskild utredare") or an abbreviation.
        guard !phrase.isEmpty, range.count <= 6, let head = range.last.map({ tokens[$0] }), head.isWord else {
            return []
        }
        let obligations = ObligationExtractor()
        let lower = head.lower
        guard !ObligationExtractor.pronouns.contains(lower), !ObligationExtractor.anaphors.contains(lower),
            !["regeringen", "myndigheterna"].contains(lower),
            obligations.isActorNoun(lower) || (range.count == 1 && obligations.isAbbreviation(head.text))
        else { return [] }
        return [phrase]
    }

    /// The text from token `start` to the sentence's end, without final punctuation or "m.fl.".
    static func text(from start: Int, to sentence: Sentence, analysis: TextAnalysis) -> String? {
        guard start < sentence.tokens.upperBound else { return nil }
        var first = start
        // "att, tillsammans med X och Y, lämna förslag": the task starts after the inserted phrase.
        if analysis.tokens[first].text == "," {
            var close = first + 1
            while close < sentence.tokens.upperBound, analysis.tokens[close].text != "," { close += 1 }
            first = close + 1 < sentence.tokens.upperBound ? close + 1 : first + 1
        }
        guard first < sentence.tokens.upperBound else { return nil }
        var text = analysis.string(analysis.tokens[first].start..<sentence.end).trimmingSpaces()
        var changed = true
        while changed {
            changed = false
            for suffix in [".", " m.fl", " m.m", " etc", "!", ";", ","] where text.hasSuffix(suffix) {
                text = String(text.dropLast(suffix.count)).trimmingSpaces()
                changed = true
            }
        }
        return text.isEmpty ? nil : text
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space.
    func trimmingSpaces() -> String {
        let scalars = Array(unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, Tokenizer.isSpace(scalars[start]) { start += 1 }
        while end > start, Tokenizer.isSpace(scalars[end - 1]) { end -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
