/// One reference found in a text.
public struct ReferenceMention: Sendable, Hashable {
    /// The normalised reference ("SFS 2011:1508").
    public var reference: String
    /// Unicode scalar offset and length of the number as written ("1999:678" in "lagen (1999:678)").
    public var span: TextSpan

    /// Creates a mention.
    public init(reference: String, span: TextSpan) {
        self.reference = reference
        self.span = span
    }
}

/// Finds references to other documents and normalises them ("Dir. 2015:27", "SFS 2011:1508", …).
///
/// A hand-written scanner: it stops at every four-digit year followed by ":" or "/" and reads the word before
/// it to decide the series, so its cost is linear in the text. Diarienummer ("Ju2014/1234"), committee
/// designations ("Ju 2014:18") and EU acts ("(EU) 2016/679", "(EG) nr 834/2007") have no series word it knows
/// and are never reported.
public struct ReferenceExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Normalised references in `text`, in order of first mention, without `ownIdentifier`.
    public func references(in text: String, ownIdentifier: String?) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for mention in mentions(in: text, ownIdentifier: ownIdentifier) where seen.insert(mention.reference).inserted {
            result.append(mention.reference)
        }
        return result
    }

    /// Every reference in `text` with its span, in text order, repeats included, without `ownIdentifier`.
    ///
    /// When `ownIdentifier` is an SFS number the text is a statute, and a bare number such as the
    /// "Övergångsbestämmelser 1987:329" heading of an amendment's transitional rules counts as SFS.
    public func mentions(in text: String, ownIdentifier: String?) -> [ReferenceMention] {
        let own = ownIdentifier.flatMap(normalise)
        var scanner = ReferenceScanner(text: text, isStatute: own?.hasPrefix("SFS ") ?? false)
        return scanner.scan().filter { $0.reference != own }
    }

    /// Normalises a user-typed identifier ("dir 2015:27", "SFS 2011:1508", …) to the record form, if it is one.
    ///
    /// A bare statute number ("1999:678", "lagen (1999:678)") is read as SFS.
    public func normalise(_ identifier: String) -> String? {
        let trimmed = identifier.trimmingSpaces
        guard !trimmed.isEmpty, trimmed.unicodeScalars.count < 200 else { return nil }
        // Let "dir2015:27" and "SFS2011:1508" read as if spaced.
        let scalars = Array(trimmed.unicodeScalars)
        var spaced = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if index > 0, scalars[index - 1].properties.isAlphabetic, index + 4 < scalars.count,
                scalars[index..<(index + 4)].allSatisfy({ ("0"..."9").contains($0) }),
                scalars[index + 4] == ":" || scalars[index + 4] == "/"
            {
                spaced.append(" ")
            }
            spaced.append(scalar)
        }
        var scanner = ReferenceScanner(text: String(spaced), isStatute: true, userInput: true)
        guard let first = scanner.scan().first else { return nil }
        return first.reference
    }
}

/// The scanner behind `ReferenceExtractor`; one value per text.
struct ReferenceScanner {
    enum Series: String {
        case dir = "Dir."
        case sfs = "SFS"
        case sou = "SOU"
        case ds = "Ds"
        case prop = "prop."
        case bet = "bet."
        case rskr = "rskr."
    }

    /// A number as written: "2015:27" or "2016/17:14" / "1992/93:NU30".
    struct Number {
        var year: Int
        /// The second year of a riksmöte ("17" in "2016/17"), nil for calendar-year series.
        var sessionEnd: String?
        /// Serial number or committee designation after the colon, as written ("27", "NU30").
        var designation: String
        var start: Int
        var end: Int
        var hasLetters: Bool { designation.unicodeScalars.contains { $0.properties.isAlphabetic } }
        var serial: String { sessionEnd.map { "\(year)/\($0):\(designation)" } ?? "\(year):\(designation)" }
    }

    let scalars: [Unicode.Scalar]
    let isStatute: Bool
    let userInput: Bool
    /// The year of the last old-style citation ("lagen den 25 april 1930 (nr 104)"), for "samma dag (nr 107)".
    private var lastOldStyleYear: Int?

    init(text: String, isStatute: Bool, userInput: Bool = false) {
        self.scalars = Array(text.unicodeScalars)
        self.isStatute = isStatute
        self.userInput = userInput
    }

    mutating func scan() -> [ReferenceMention] {
        var result: [ReferenceMention] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isDigit(scalar), index == 0 || !isAlphanumeric(scalars[index - 1]) {
                if let number = number(at: index) {
                    if let series = series(before: number) {
                        result.append(mention(series, number))
                        index = number.end
                        // "SOU 1984:18--19": a range of two numbers in the same series and year.
                        if let (second, end) = rangeEnd(after: index, number: number) {
                            result.append(mention(series, second))
                            index = end
                        }
                        continue
                    }
                    index = number.end
                    continue
                }
                while index < scalars.count, isDigit(scalars[index]) { index += 1 }
                continue
            }
            if scalar == "n", let (mention, end) = oldStyle(at: index) {
                result.append(mention)
                index = end
                continue
            }
            index += 1
        }
        return result
    }

    private func mention(_ series: Series, _ number: Number) -> ReferenceMention {
        ReferenceMention(
            reference: "\(series.rawValue) \(number.serial)",
            span: TextSpan(offset: number.start, length: number.end - number.start))
    }

    private func mention(_ series: String, _ number: Number) -> ReferenceMention {
        ReferenceMention(
            reference: "\(series) \(number.serial)",
            span: TextSpan(offset: number.start, length: number.end - number.start))
    }

    // MARK: Numbers

    /// Reads "YYYY:N", "YYYY/YY:N" or "YYYY/YYYY:N" starting at `start`.
    private func number(at start: Int) -> Number? {
        guard let (year, afterYear) = digits(at: start, min: 4, max: 4), (1600...2199).contains(year),
            afterYear < scalars.count
        else { return nil }
        var index = afterYear
        var sessionEnd: String?
        if scalars[index] == "/" {
            guard let (second, afterSecond) = digits(at: index + 1, min: 2, max: 4) else { return nil }
            let width = afterSecond - index - 1
            guard width == 2 || width == 4, second % 100 == (year + 1) % 100 else { return nil }
            sessionEnd = String(format2: second % 100)
            index = afterSecond
        }
        guard index < scalars.count, scalars[index] == ":" else { return nil }
        index += 1
        let designationStart = index
        if sessionEnd != nil {
            // A committee designation may precede the serial: "NU30", "SkU8", "TU01".
            while index < scalars.count, index - designationStart < 5, scalars[index].properties.isAlphabetic {
                index += 1
            }
        }
        let lettersEnd = index
        guard let (_, afterSerial) = digits(at: index, min: 1, max: 6) else { return nil }
        index = afterSerial
        // "2013:353a" or "2016:12345678" is something else.
        if index < scalars.count, isAlphanumeric(scalars[index]) { return nil }
        var letters = String.UnicodeScalarView()
        letters.append(contentsOf: scalars[designationStart..<lettersEnd])
        var serial = String.UnicodeScalarView()
        serial.append(contentsOf: scalars[lettersEnd..<index])
        var committee = String(letters)
        if !committee.isEmpty, !(scalars[designationStart].properties.isUppercase) {
            // Users type "bet 1992/93:nu30"; texts write committees with a capital.
            guard userInput, let known = ReferenceScanner.committees[committee.lowercased()] else { return nil }
            committee = known
        }
        return Number(
            year: year, sessionEnd: sessionEnd, designation: committee + String(serial), start: start, end: index)
    }

    /// The value of `min`...`max` digits at `start` and the index after them; nil when there are more or fewer.
    private func digits(at start: Int, min: Int, max: Int) -> (Int, Int)? {
        var index = start
        var value = 0
        while index < scalars.count, isDigit(scalars[index]), index - start < max + 1 {
            value = value * 10 + Int(scalars[index].value - 48)
            index += 1
        }
        let count = index - start
        guard count >= min, count <= max else { return nil }
        return (value, index)
    }

    /// The second number of a range written "18--19", "18–19" or "18-19", and the index after it.
    private func rangeEnd(after index: Int, number: Number) -> (Number, Int)? {
        guard number.sessionEnd == nil, index < scalars.count else { return nil }
        var cursor = index
        var dashes = 0
        while cursor < scalars.count, scalars[cursor] == "-" || scalars[cursor] == "\u{2013}", dashes < 2 {
            cursor += 1
            dashes += 1
        }
        guard dashes > 0, let (value, end) = digits(at: cursor, min: 1, max: 6),
            end >= scalars.count || !isAlphanumeric(scalars[end]) && scalars[end] != ":",
            let first = Int(number.designation), value > first, value - first < 10
        else { return nil }
        var second = number
        second.designation = String(value)
        second.start = cursor
        second.end = end
        return (second, end)
    }

    // MARK: Series

    /// Riksdag committees as written in report numbers, by lower-case spelling.
    static let committees: [String: String] = [
        "au": "AU", "bou": "BoU", "cu": "CU", "fiu": "FiU", "föu": "FöU", "jou": "JoU", "juu": "JuU", "ku": "KU",
        "kru": "KrU", "lu": "LU", "mju": "MJU", "nu": "NU", "sfu": "SfU", "sku": "SkU", "sou": "SoU", "tu": "TU",
        "ubu": "UbU", "uu": "UU",
    ]

    private static let statuteEndings = [
        "lag", "lagen", "förordning", "förordningen", "balk", "balken", "kungörelse", "kungörelsen", "stadga",
        "stadgan", "instruktion", "instruktionen", "författning", "författningen", "lagens", "förordningens",
        "balkens", "kungörelsens", "stadgans", "instruktionens", "författningens",
    ]
    private static let notStatutes: Set<String> = [
        "förslag", "underlag", "anslag", "beslag", "påslag", "avslag", "utslag", "inslag", "upplag", "tillslag",
    ]

    /// The series a number belongs to, read from the words before it, or nil when it is no reference.
    private func series(before number: Number) -> String? {
        let last = lastNonSpace(before: number.start)
        guard last >= 0 else { return bareSeries(number) }
        if scalars[last] == "(" {
            // "lagen (1999:678)", "Lag (2013:368).", "Förordning (2011:1508)".
            guard number.sessionEnd == nil, !number.hasLetters else { return nil }
            let before = lastNonSpace(before: last)
            let (word, _) = self.word(endingAt: before)
            if isStatuteWord(word.lowercased()) || userInput && word.isEmpty || closesStatuteTitle(endingAt: before) {
                return Series.sfs.rawValue
            }
            return nil
        }
        var (word, wordStart) = self.word(endingAt: last)
        if word == "nr" || word == "nr:" || word == "nummer" {
            // "SFS nr: 2013:353".
            (word, wordStart) = self.word(endingAt: lastNonSpace(before: wordStart))
        }
        let lower = word.lowercased()
        let calendar = number.sessionEnd == nil
        let plain = calendar && !number.hasLetters
        switch lower {
        case "dir.", "dir", "direktiv", "direktiven", "kommittédirektiv", "kommittédirektiven", "tilläggsdirektiv",
            "tilläggsdirektiven":
            return plain ? Series.dir.rawValue : nil
        case "sfs", "rättelseblad":
            return plain ? Series.sfs.rawValue : nil
        case "sou":
            return plain ? Series.sou.rawValue : nil
        case "ds":
            return plain && (word != "ds" || userInput) ? Series.ds.rawValue : nil
        case "prop.", "prop", "proposition", "propositionen", "propositionerna":
            return !calendar && !number.hasLetters ? Series.prop.rawValue : nil
        case "bet.", "bet", "betänkande", "betänkandet", "betänkandena":
            return !calendar && number.hasLetters ? Series.bet.rawValue : nil
        case "rskr.", "rskr", "riksdagsskrivelse", "riksdagsskrivelsen":
            return !calendar && !number.hasLetters ? Series.rskr.rawValue : nil
        case "övergångsbestämmelser":
            return isStatute && plain ? Series.sfs.rawValue : nil
        default:
            if plain, let series = regulationSeries(word) { return series }
            if userInput, plain, isStatuteWord(lower) { return Series.sfs.rawValue }
            // After punctuation or the end of a sentence the number stands alone.
            if word.isEmpty || lower.hasSuffix(".") && !lower.dropLast().contains(".") { return bareSeries(number) }
            return nil
        }
    }

    /// The index of the last non-space scalar before `index` in the same block, or -1.
    ///
    /// A line break separates blocks (`ParsedDocument.text` joins them with "\n"), so a number at the start of a
    /// block has no word before it.
    private func lastNonSpace(before index: Int) -> Int {
        var cursor = index - 1
        while cursor >= 0, isSpace(scalars[cursor]) {
            if scalars[cursor] == "\n" { return -1 }
            cursor -= 1
        }
        return cursor
    }

    /// The word (letters, digits, ".", "-", ":") ending at `last`, and its start; empty when `last` is
    /// another character.
    private func word(endingAt last: Int) -> (String, Int) {
        guard last >= 0, last < scalars.count else { return ("", max(last, 0)) }
        var start = last + 1
        while start > 0, last - start < 40 {
            let scalar = scalars[start - 1]
            guard isAlphanumeric(scalar) || scalar == "." || scalar == "-" || scalar == ":" else { break }
            start -= 1
        }
        guard start <= last else { return ("", last + 1) }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[start...last].drop { !isAlphanumeric($0) })
        return (String(word), start)
    }

    /// The series of a number with no word before it: a riksdag committee report ("2016/17:SkU8"), or in a
    /// statute (and in user input) an SFS number.
    private func bareSeries(_ number: Number) -> String? {
        if number.sessionEnd != nil {
            let designation = number.designation.unicodeScalars
            let letters = designation.prefix { $0.properties.isAlphabetic }
            return letters.last == "U" ? Series.bet.rawValue : nil
        }
        return (isStatute || userInput) && !number.hasLetters ? Series.sfs.rawValue : nil
    }

    /// An agency regulation series ("SOSFS", "AFS", "HSLF-FS", "ELSÄK-FS"): capitals ending in "FS".
    private func regulationSeries(_ word: String) -> String? {
        let upper = userInput ? word.uppercased() : word
        let scalars = upper.unicodeScalars
        guard scalars.count >= 3, scalars.count <= 12, upper.hasSuffix("FS"),
            scalars.allSatisfy({ $0.properties.isUppercase || $0 == "-" }), scalars.first != "-"
        else { return nil }
        return upper
    }

    /// True when the words ending at `last` are a statute's title: "lagen om valfrihetssystem (2008:962)",
    /// "förordningen med instruktion för Kriminalvården (2007:1172)"; at most 12 words back, within one clause.
    /// A title proposed in a report ("delbetänkandet En lag om tilläggsskatt … (2023:6)") is no statute.
    private func closesStatuteTitle(endingAt last: Int) -> Bool {
        var cursor = last
        var following = ""
        for _ in 0..<12 {
            let (word, start) = self.word(endingAt: cursor)
            guard !word.isEmpty else { return false }
            let lower = word.lowercased()
            cursor = lastNonSpace(before: start)
            if following == "om" || following == "med", isStatuteWord(lower) {
                let previous = cursor >= 0 ? self.word(endingAt: cursor).0.lowercased() : ""
                return !["en", "ett", "ny", "nya", "ändrad"].contains(previous)
            }
            following = lower
            guard cursor >= 0 else { return false }
        }
        return false
    }

    private func isStatuteWord(_ lower: String) -> Bool {
        guard !lower.isEmpty, !ReferenceScanner.notStatutes.contains(lower) else { return false }
        return ReferenceScanner.statuteEndings.contains { lower.hasSuffix($0) }
    }

    // MARK: Old style

    /// Reads "(nr 104)" of a pre-1960s citation ("lagen den 25 april 1930 (nr 104)") starting at `index`.
    private mutating func oldStyle(at index: Int) -> (ReferenceMention, Int)? {
        guard index + 3 < scalars.count, scalars[index + 1] == "r", scalars[index + 2] == " ",
            index == 0 || !scalars[index - 1].properties.isAlphabetic,
            let (serial, end) = digits(at: index + 3, min: 1, max: 4), end < scalars.count, scalars[end] == ")"
        else { return nil }
        // The clause before: back to a ";" or ")" or at most 60 scalars.
        var start = index - 1
        while start > 0, index - start < 60, scalars[start - 1] != ";", scalars[start - 1] != ")" { start -= 1 }
        start = max(start, 0)
        var clause = String.UnicodeScalarView()
        clause.append(contentsOf: scalars[start..<index])
        let text = String(clause).lowercased()
        guard ReferenceScanner.statuteEndings.contains(where: { text.contains($0 + " ") }) else { return nil }
        var year: Int?
        var cursor = index - 1
        while cursor >= start + 3 {
            if isDigit(scalars[cursor]), let (value, _) = digits(at: cursor - 3, min: 4, max: 4),
                (1700...1999).contains(value), cursor - 4 < 0 || !isDigit(scalars[cursor - 4])
            {
                year = value
                break
            }
            cursor -= 1
        }
        if year == nil, text.contains("samma dag") { year = lastOldStyleYear }
        guard let year else { return nil }
        lastOldStyleYear = year
        let mention = ReferenceMention(
            reference: "SFS \(year):\(serial)", span: TextSpan(offset: index, length: end - index))
        return (mention, end + 1)
    }

    // MARK: Characters

    private func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    private func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
    private func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || isDigit(scalar)
    }
}

extension String {
    /// Two decimal digits with a leading zero.
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
