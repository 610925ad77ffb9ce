public import Extraction

/// Metadata inferred from plain text alone (g0vse Markdown, plain text pages): title line, glued identifiers,
/// and the document kind from the way Swedish government texts are worded.
public enum TextMetadataInference {
    /// A title line split from an identifier glued to its end: "…områdenDir. 2026:7", "…Diarienummer: S2024/02034",
    /// "…, Dir. 2021:29".
    public static func splitTitle(_ line: String) -> (title: String, identifier: String?, diarienummer: String?) {
        // Byte checks first: regexes anchored at both ends scan every title otherwise.
        if line.containsBytes("Diarienummer:"), let match = line.firstMatch(of: Patterns.gluedDiarienummer) {
            return (String(match.1).trimming(""), nil, Identifiers.diarienummer(in: String(match.2)))
        }
        if line.utf8.last.map({ $0 >= 0x30 && $0 <= 0x39 }) == true, line.containsBytes("ir."),
            let match = line.firstMatch(of: Patterns.gluedDirective)
        {
            return (String(match.1).trimming(""), Identifiers.first(in: String(match.2))?.identifier, nil)
        }
        // "…inhämtningslagenProp. 2016/17:186", "Sveriges medlemskap i Nato, prop. 2022/23:74", "…, SOU 2016:20".
        if line.utf8.last.map({ $0 >= 0x30 && $0 <= 0x39 }) == true,
            line.containsBytes("rop") || line.containsBytes("SOU") || line.containsBytes("Ds"),
            let match = line.firstMatch(of: Patterns.gluedPublication),
            let identifier = Identifiers.first(in: String(match.2))?.identifier
        {
            return (String(match.1).trimming(""), identifier, nil)
        }
        return (line, nil, nil)
    }

    /// The kind of document the text reads as; `paragraphs` are the body blocks after the title. Text with no
    /// sign of a directive, assignment or regleringsbrev reads as an article (a news page).
    public static func doctype(title: String, paragraphs: [String], identifier: String?) -> Doctype {
        evidentDoctype(title: title, paragraphs: paragraphs, identifier: identifier) ?? .artikel
    }

    /// The kind of document the text shows evidence of, nil when it shows none.
    static func evidentDoctype(title: String, paragraphs: [String], identifier: String?) -> Doctype? {
        let lowerTitle = title.lowercased()
        if lowerTitle.hasPrefix("tilläggsdirektiv") { return .tillaggsdirektiv }
        if let identifier {
            switch Identifiers.series(of: identifier) {
            case "Dir.": return .kommittedirektiv
            case "prop.": return .proposition
            case "SOU", "Ds": return .other
            default: break
            }
        }
        if lowerTitle.containsBytes("regleringsbrev") { return .regleringsbrev }
        if isNewsArticle(paragraphs) { return .artikel }
        if !lowerTitle.hasPrefix("uppdrag"), let publication = publicationDoctype(paragraphs) { return publication }
        let opening = paragraphs.prefix(3).joined(separator: " ")
        if isDirective(opening: opening) { return .kommittedirektiv }
        if lowerTitle.hasPrefix("uppdrag") { return .regeringsuppdrag }
        if mentionsInquiry(paragraphs) { return .kommittedirektiv }
        if lowerTitle.containsBytes("uppdrag") || isAssignment(opening) { return .regeringsuppdrag }
        return nil
    }

    /// A press release or article: a quoted statement ("– … säger ministern"), a photo credit, or news wording
    /// about a decision already taken ("Regeringen har i dag gett …", "Regeringen tillsätter en utredning").
    static func isNewsArticle(_ paragraphs: [String]) -> Bool {
        for (index, paragraph) in paragraphs.enumerated() {
            if paragraph.hasPrefixBytes("– ") || paragraph.hasPrefixBytes("- ") || paragraph.hasPrefixBytes("— ") {
                // A quote names its speaker here or in the next paragraph; a dash list does not.
                let next = index + 1 < paragraphs.count ? paragraphs[index + 1] : ""
                if paragraph.containsBytes("säger ") || next.hasPrefixBytes("säger ") { return true }
            }
            if paragraph.hasPrefixBytes("Foto:") { return true }
            if paragraph.containsBytes("säger "), paragraph.containsBytes("minister"),
                paragraph.firstMatch(of: Patterns.ministerSays) != nil
            {
                return true
            }
        }
        let opening = paragraphs.prefix(2).joined(separator: " ")
        return newsOfDecision.contains { opening.containsBytes($0) }
    }

    /// A bill, report, memorandum, Council on Legislation referral or communication summarised on its page:
    /// these open by naming themselves ("I propositionen föreslås …", "Betänkande av …", "I promemorian …").
    static func publicationDoctype(_ paragraphs: [String]) -> Doctype? {
        // The first paragraph of text: cover images ("![](…omslag.jpg)") and heading marks left out.
        guard var first = paragraphs.first(where: { !$0.hasPrefix("![") }) else { return nil }
        while first.hasPrefix("#") || first.hasPrefix(" ") { first.removeFirst() }
        if billOpenings.contains(where: { first.hasPrefix($0) }) { return .proposition }
        if otherOpenings.contains(where: { first.hasPrefix($0) }) || reportWording.contains(where: first.containsBytes)
        {
            return .other
        }
        // Referrals to the Council on Legislation open the same way as bills.
        if first.hasPrefix("Regeringen föreslår") {
            let referral = paragraphs.prefix(8).contains { $0.containsBytes("lagrådsremiss") }
            return referral ? .other : .proposition
        }
        if paragraphs.prefix(8).contains(where: { $0.containsBytes("denna skrivelse") }) { return .other }
        return nil
    }

    /// An inquiry's report speaking of itself ("överlämnar här sitt betänkande", "lämnar i detta betänkande").
    private static let reportWording = [
        "sitt betänkande", "sitt delbetänkande", "sitt slutbetänkande", "detta betänkande", "detta delbetänkande",
        "detta slutbetänkande", "I betänkandet", "i betänkandet", "Slutbetänkande från", "Delbetänkande från",
    ]
    private static let billOpenings = ["I propositionen", "Propositionen innehåller", "I denna proposition"]
    private static let otherOpenings = [
        "I lagrådsremissen", "Lagrådsremissen", "I denna lagrådsremiss", "I promemorian", "Promemorian innehåller",
        "I denna promemoria", "Denna promemoria", "I denna departementspromemoria", "Betänkande av", "I betänkandet",
        "Betänkandet innehåller", "I skrivelsen", "Skrivelsen innehåller", "I denna skrivelse", "Utredningen föreslår",
    ]

    /// News wording about a decision already taken.
    private static let newsOfDecision: [String] = {
        var phrases = [
            "Regeringen tillsätter ", "Regeringen tillsatte ", "Regeringen gav ", "Nu får ", "regeringen i dag ",
            "i dag beslutat ", "har regeringen beslutat ",
        ]
        for adverb in ["", "i dag ", "nu ", "därför "] {
            for verb in ["gett", "beslutat", "tillsatt", "utsett"] {
                phrases.append("Regeringen har \(adverb)\(verb) ")
            }
        }
        return phrases
    }()

    /// The nouns of an appointed inquiry ("En särskild utredare ska …", "En parlamentarisk kommitté ska …").
    private static let inquiryNounBytes = ["utredare", "kommitté", "kommission", "utredning", "delegation"].map {
        Array($0.utf8)
    }

    /// A committee directive: an inquiry is appointed and told what to do in the opening paragraphs.
    static func isDirective(opening: String) -> Bool {
        if opening.hasPrefix("Kommittédirektiv") { return true }
        // "En <up to three words> utredare/kommitté/…" followed, in the same sentence, by what it "ska" do.
        // Words as byte slices: this runs on every text document.
        let bytes = Array(opening.utf8)
        let words = bytes.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A })
        let article = [UInt8(ascii: "e"), UInt8(ascii: "n")]
        let shall = Array("ska".utf8)
        for (index, word) in words.enumerated()
        where word.count == 2 && (word.first == UInt8(ascii: "E") || word.first == article[0])
            && word.last == article[1]
        {
            let nounWindow = words[(index + 1)..<min(index + 5, words.count)]
            let isNoun: (ArraySlice<UInt8>) -> Bool = { word in
                var trimmed = word
                while let last = trimmed.last, last == UInt8(ascii: ",") || last == UInt8(ascii: ")") {
                    trimmed.removeLast()
                }
                return inquiryNounBytes.contains { trimmed.elementsEqual($0) }
            }
            guard let noun = nounWindow.firstIndex(where: isNoun) else { continue }
            for later in words[noun..<min(noun + 25, words.count)] {
                if later.elementsEqual(shall) { return true }
                if later.last == UInt8(ascii: ".") { break }
            }
        }
        return opening.containsBytes("tillkallas") || opening.containsBytes("Sammanfattning av uppdraget")
    }

    /// Tasks given to an inquirer or committee anywhere in the text: weaker evidence of a directive.
    static func mentionsInquiry(_ paragraphs: [String]) -> Bool {
        let marks = ["Utredaren ska", "utredaren ska", "Kommittén ska", "kommittén ska", "Utredaren bör"]
        return paragraphs.contains { paragraph in marks.contains { paragraph.containsBytes($0) } }
    }

    /// The decision wording of a government assignment.
    static func isAssignment(_ text: String) -> Bool {
        let decisions = [
            "Regeringen beslutar att ge ", "Regeringen ger ", "Regeringen uppdrar åt ", "Regeringen beslutar att ",
            "Regeringen beslutar om ",
        ]
        if decisions.contains(where: { text.containsBytes($0) }) { return true }
        return text.containsBytes("i uppdrag att") || text.containsBytes("i uppdrag åt")
    }

    /// "Dir. 2012:13" from a file name such as "dir-2012-13", "dir.-201213" or "kommittedirektiv-dir.-201213".
    public static func directiveIdentifier(fromPath path: String) -> String? {
        identifier(fromPath: path, doctype: .kommittedirektiv)
    }

    /// The identifier a file name carries for a document of `doctype`: "dir.-2014155" → "Dir. 2014:155",
    /// "prop.-201314228" → "prop. 2013/14:228", "sou-201620" → "SOU 2016:20", "skr.-20202139" →
    /// "skr. 2020/21:139" (g0vse paths, any prefix before the series).
    public static func identifier(fromPath path: String, doctype: Doctype) -> String? {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let base = file.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
        let name = (base.isEmpty ? file : base).lowercased()
        switch doctype {
        case .kommittedirektiv, .tillaggsdirektiv:
            guard let match = name.firstMatch(of: Patterns.directiveFileName), let number = Int(match.2), number > 0
            else { return nil }
            return "Dir. \(match.1):\(number)"
        case .proposition:
            return sessionIdentifier(in: name, series: "prop")
        case .other:
            if let match = name.firstMatch(of: Patterns.yearSeriesFileName), let number = Int(match.3), number > 0 {
                return "\(match.1 == "sou" ? "SOU" : "Ds") \(match.2):\(number)"
            }
            return sessionIdentifier(in: name, series: "skr")
        default:
            return nil
        }
    }

    /// "prop. 2013/14:228" from "prop.-201314228" or "prop-2013-14-228": the session's second year is dropped
    /// from the digits when it follows the first year.
    private static func sessionIdentifier(in name: String, series: String) -> String? {
        guard let match = name.firstMatch(of: Patterns.sessionFileName), match.1 == series,
            let year = Int(match.2)
        else { return nil }
        let following = (year + 1) % 100
        let next = following < 10 ? "0\(following)" : "\(following)"
        var digits = Substring(match.3)
        if let number = match.4 {
            guard digits == next else { return nil }
            digits = number
        } else if digits.count > 2, digits.hasPrefix(next) {
            digits = digits.dropFirst(2)
        } else {
            return nil
        }
        guard let number = Int(digits), number > 0 else { return nil }
        return "\(series). \(year)/\(next):\(number)"
    }

    /// Metadata of a text document from its blocks (first heading or first line as title) and path.
    public static func infer(blocks: [Block], path: String) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        guard let first = blocks.first else { return metadata }
        let isTitleBlock = first.kind == .heading || (first.text.count <= 200 && !first.text.hasSuffix("."))
        var identifier: String?
        var diarienummer: String?
        var title: String?
        if isTitleBlock {
            let split = splitTitle(first.text)
            title = split.title
            identifier = split.identifier
            diarienummer = split.diarienummer
        }
        let paragraphs = blocks.dropFirst(isTitleBlock ? 1 : 0).prefix(40).map(\.text)
        metadata.title = title
        metadata.doctype = doctype(title: title ?? "", paragraphs: Array(paragraphs), identifier: identifier)
        if identifier == nil {
            identifier = Self.identifier(fromPath: path, doctype: metadata.doctype)
        }
        metadata.identifier = identifier ?? diarienummer
        metadata.ministry = diarienummer.flatMap(Ministries.fromDiarienummer)
        return metadata
    }
}
