/// Version of the record schema (Schemas/record.schema.json); bump on any incompatible change.
public let recordSchemaVersion = 1

/// The kind of a deadline, as defined in CONVENTIONS.
public enum DeadlineKind: String, Codable, Sendable, CaseIterable, Hashable {
    case slutredovisning, delredovisning, redovisning, ikrafttradande, other
}

/// A span of the document's text: Unicode scalar offset and length into `ParsedDocument.text`.
public struct TextSpan: Codable, Sendable, Hashable {
    public var offset: Int
    public var length: Int

    public init(offset: Int, length: Int) {
        self.offset = offset
        self.length = length
    }
}

/// A date by which something must happen.
public struct Deadline: Codable, Sendable, Hashable {
    /// ISO date, or "--MM-DD" for a recurring date without a first year.
    public var date: String
    public var actor: String?
    public var kind: DeadlineKind
    public var recurring: Bool
    /// The shortest fragment of the text that carries the date.
    public var quote: String
    public var span: TextSpan?
    /// True when a later statement in the same document replaces this date.
    public var superseded: Bool?
    /// On a new deadline: the date it replaces.
    public var replaces: String?
    /// Last year of a recurring deadline, when the text gives one.
    public var until: Int?
    /// The page (from 1) the quote starts on, for documents with pages (PDF).
    public var page: Int?

    public init(
        date: String, actor: String?, kind: DeadlineKind, recurring: Bool = false, quote: String,
        span: TextSpan? = nil, superseded: Bool? = nil, replaces: String? = nil, until: Int? = nil, page: Int? = nil
    ) {
        self.date = date
        self.actor = actor
        self.kind = kind
        self.recurring = recurring
        self.quote = quote
        self.span = span
        self.superseded = superseded
        self.replaces = replaces
        self.until = until
        self.page = page
    }
}

/// A sentence in which an acting party "ska"/"skall" do something.
public struct Obligation: Codable, Sendable, Hashable {
    public var actor: String
    public var quote: String
    public var span: TextSpan?
    /// The page (from 1) the quote starts on, for documents with pages (PDF).
    public var page: Int?

    public init(actor: String, quote: String, span: TextSpan? = nil, page: Int? = nil) {
        self.actor = actor
        self.quote = quote
        self.span = span
        self.page = page
    }
}

/// One government assignment announced on a page.
public struct Assignment: Codable, Sendable, Hashable {
    public var recipient: String
    /// The heading the assignment stands under.
    @ExplicitNull public var section: String?
    /// The verb phrase of the task ("kartlägga metoder och …").
    @ExplicitNull public var task: String?
    /// Title of the linked regeringsuppdrag, if any.
    @ExplicitNull public var linked: String?
    public var references: [String]

    public init(recipient: String, section: String?, task: String?, linked: String?, references: [String]) {
        self.recipient = recipient
        self.section = section
        self.task = task
        self.linked = linked
        self.references = references
    }
}

/// Everything extracted from one document: the gold schema plus spans.
public struct Record: Codable, Sendable, Hashable {
    public var file: String
    public var doctype: Doctype
    @ExplicitNull public var identifier: String?
    @ExplicitNull public var title: String?
    @ExplicitNull public var issued: String?
    @ExplicitNull public var ministry: String?
    /// Canonical agency names, in order of first mention.
    public var agencies: [String]
    public var deadlines: [Deadline]
    public var obligations: [Obligation]
    /// Normalised references ("Dir. 2015:27", "SFS 2011:1508", …), in order of first mention.
    public var references: [String]
    public var assignments: [Assignment]

    public init(
        file: String, doctype: Doctype, identifier: String?, title: String?, issued: String?, ministry: String?,
        agencies: [String] = [], deadlines: [Deadline] = [], obligations: [Obligation] = [],
        references: [String] = [], assignments: [Assignment] = []
    ) {
        self.file = file
        self.doctype = doctype
        self.identifier = identifier
        self.title = title
        self.issued = issued
        self.ministry = ministry
        self.agencies = agencies
        self.deadlines = deadlines
        self.obligations = obligations
        self.references = references
        self.assignments = assignments
    }
}
