/// Turns a parsed document into a record of agencies, deadlines, obligations, references and assignments.
public struct Extractor: Sendable {
    /// The version of the parsing and extraction rules. Raise it with any change that can alter a stored record
    /// (the grammar, the agency register, the parser): ingest parses again every file an older version recorded,
    /// even when its bytes are unchanged.
    public static let rulesVersion = 2

    let register: AgencyRegister
    let referenceExtractor: ReferenceExtractor

    /// An extractor that names agencies from the shipped register.
    public init() {
        self.init(register: .shared)
    }

    /// An extractor that names agencies from `register`.
    public init(register: AgencyRegister, references: ReferenceExtractor = ReferenceExtractor()) {
        self.register = register
        self.referenceExtractor = references
    }

    /// Extracts everything from `document`; never fails, an empty document gives an empty record.
    public func extract(_ document: ParsedDocument) -> Record {
        let (mentions, agencies) = register.mentionsAndAgencies(
            in: document.blocks, doctype: document.metadata.doctype)
        return extract(document, text: document.text, mentions: mentions, agencies: agencies)
    }

    /// Extracts everything from `document` given the agency mentions in its text (offsets into `document.text`).
    public func extract(_ document: ParsedDocument, mentions: [AgencyMention]) -> Record {
        // The register's document rules (statute titles, navigation, specific county boards) decide the list.
        let agencies = register.agencies(in: document.blocks, doctype: document.metadata.doctype)
        return extract(document, text: document.text, mentions: mentions, agencies: agencies)
    }

    func extract(_ document: ParsedDocument, text: String, mentions: [AgencyMention], agencies: [String]) -> Record {
        let metadata = document.metadata
        let analysis = TextAnalysis(document: document, mentions: mentions)
        let references = referenceExtractor.references(in: text, ownIdentifier: metadata.identifier)
        let assignments = AssignmentExtractor(references: {
            referenceExtractor.references(in: $0, ownIdentifier: metadata.identifier)
        })
        .assignments(in: analysis, canonicalName: { register.canonicalName(for: $0) })
        var deadlines = DeadlineExtractor().deadlines(in: analysis)
        // "Alla uppdragen ska redovisas senast …" on a page announcing several: every recipient reports.
        var recipients: [String] = []
        for recipient in assignments.compactMap(\.recipient) where !recipients.contains(recipient) {
            recipients.append(recipient)
        }
        if recipients.count > 1 {
            for index in deadlines.indices
            where deadlines[index].kind != .ikrafttradande && Self.speaksOfAllAssignments(deadlines[index].quote) {
                deadlines[index].actor = ObligationExtractor.joinedActor(recipients)
            }
        }
        var obligations = ObligationExtractor().obligations(in: analysis)
        if !document.pageStarts.isEmpty {
            for index in deadlines.indices {
                deadlines[index].page = deadlines[index].span.flatMap { document.page(at: $0.offset) }
            }
            for index in obligations.indices {
                obligations[index].page = obligations[index].span.flatMap { document.page(at: $0.offset) }
            }
        }
        return Record(
            file: document.file, doctype: metadata.doctype, identifier: metadata.identifier, title: metadata.title,
            issued: metadata.issued, ministry: metadata.ministry, agencies: agencies,
            deadlines: deadlines, obligations: obligations, references: references,
            assignments: assignments)
    }

    /// "Alla uppdragen …", "Samtliga uppdrag …", "Båda uppdragen …", "Uppdragen ska …".
    static func speaksOfAllAssignments(_ quote: String) -> Bool {
        let words = quote.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).prefix(3)
        guard let first = words.first else { return false }
        if first == "uppdragen" { return true }
        return ["alla", "samtliga", "båda", "bägge"].contains(first)
            && words.dropFirst().contains { $0 == "uppdragen" || $0 == "uppdrag" }
    }
}
