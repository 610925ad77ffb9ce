public import Extraction

/// Metadata inferred from plain text alone (g0vse Markdown, plain text pages): title line, glued identifiers,
/// and the document kind from the way Swedish government texts are worded.
public enum TextMetadataInference {
    /// A title line split from an identifier glued to its end: "…områdenDir. 2026:7", "…Diarienummer: S2024/02034",
    /// "…, Dir. 2021:29".
    public static func splitTitle(_ line: String) -> (title: String, identifier: String?, diarienummer: String?) {
        if let match = line.firstMatch(of: /^(.*?)[,\s]*Diarienummer:\s*(.+)$/) {
            return (String(match.1).trimming(""), nil, Identifiers.diarienummer(in: String(match.2)))
        }
        if let match = line.firstMatch(of: /^(.*?)[,\s]*(?:ID-nummer:\s*)?([Dd]ir\.\s?\d{4}:\d+)\s*$/) {
            return (String(match.1).trimming(""), Identifiers.first(in: String(match.2))?.identifier, nil)
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
        if let identifier, Identifiers.series(of: identifier) == "Dir." { return .kommittedirektiv }
        if lowerTitle.contains("regleringsbrev") { return .regleringsbrev }
        if isNewsArticle(paragraphs) { return .artikel }
        let opening = paragraphs.prefix(3).joined(separator: " ")
        if isDirective(opening: opening) { return .kommittedirektiv }
        if lowerTitle.hasPrefix("uppdrag") { return .regeringsuppdrag }
        if mentionsInquiry(paragraphs) { return .kommittedirektiv }
        if lowerTitle.contains("uppdrag") || isAssignment(opening) { return .regeringsuppdrag }
        return nil
    }

    /// A press release or article: a quoted statement ("– … säger ministern"), a photo credit, or news wording
    /// about a decision already taken ("Regeringen har i dag gett …", "Regeringen tillsätter en utredning").
    static func isNewsArticle(_ paragraphs: [String]) -> Bool {
        for (index, paragraph) in paragraphs.enumerated() {
            if paragraph.hasPrefix("– ") || paragraph.hasPrefix("- ") || paragraph.hasPrefix("— ") {
                // A quote names its speaker here or in the next paragraph; a dash list does not.
                let next = index + 1 < paragraphs.count ? paragraphs[index + 1] : ""
                if paragraph.contains("säger ") || next.hasPrefix("säger ") { return true }
            }
            if paragraph.hasPrefix("Foto:") { return true }
            if paragraph.firstMatch(of: /säger [a-zåäö-]*minister/) != nil { return true }
        }
        let opening = paragraphs.prefix(2).joined(separator: " ")
        return opening.firstMatch(
            of: /Regeringen (?:har (?:i dag |nu |därför )?(?:gett|gav|beslutat|tillsatt|utsett|gett)|tillsätter|tillsatte)\b/
        ) != nil
    }

    /// A committee directive: an inquiry is appointed and told what to do in the opening paragraphs.
    static func isDirective(opening: String) -> Bool {
        if opening.hasPrefix("Kommittédirektiv") { return true }
        if opening.firstMatch(
            of: /\b[Ee]n (?:[a-zåäö-]+ ){0,3}(?:utredare|kommitté|kommission|utredning|delegation)\b[^.]{0,120}?\bska\b/
        ) != nil {
            return true
        }
        return opening.contains("tillkallas") || opening.contains("Sammanfattning av uppdraget")
    }

    /// Tasks given to an inquirer or committee anywhere in the text: weaker evidence of a directive.
    static func mentionsInquiry(_ paragraphs: [String]) -> Bool {
        let marks = ["Utredaren ska", "utredaren ska", "Kommittén ska", "kommittén ska", "Utredaren bör"]
        return paragraphs.contains { paragraph in marks.contains { paragraph.contains($0) } }
    }

    /// The decision wording of a government assignment.
    static func isAssignment(_ text: String) -> Bool {
        if text.firstMatch(of: /Regeringen (?:beslutar att ge|ger|uppdrar åt|beslutar att|beslutar om)\b/) != nil {
            return true
        }
        return text.contains("i uppdrag att") || text.contains("i uppdrag åt")
    }

    /// "Dir. 2012:13" from a file name such as "dir-2012-13", "dir.-201213" or "dir-201213" (g0vse paths).
    public static func directiveIdentifier(fromPath path: String) -> String? {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let base = file.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
        guard let match = (base.isEmpty ? file : base).lowercased().firstMatch(of: /^dir\.?-?(\d{4})-?(\d{1,4})-?$/)
        else { return nil }
        guard let number = Int(match.2), number > 0 else { return nil }
        return "Dir. \(match.1):\(number)"
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
        if identifier == nil, metadata.doctype == .kommittedirektiv || metadata.doctype == .tillaggsdirektiv {
            identifier = directiveIdentifier(fromPath: path)
        }
        metadata.identifier = identifier ?? diarienummer
        metadata.ministry = diarienummer.flatMap(Ministries.fromDiarienummer)
        return metadata
    }
}
