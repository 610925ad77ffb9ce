public import Extraction

/// What the index stores for one source document: its record and text, so `show` never re-reads the file.
public struct StoredDocument: Codable, Sendable {
    /// The document id: 16 hex digits derived from the absolute path.
    public var id: String
    public var path: String
    public var format: SourceFormat
    public var encoding: String
    public var contentHash: String
    public var size: Int
    public var record: Record
    /// The main text (blocks joined by "\n"); record spans point into it.
    public var text: String
}

/// The kind of an item document in the index.
public enum ItemKind: String, Codable, Sendable, CaseIterable {
    case document, deadline, obligation, assignment
}

/// A deadline stored as its own Xapian document, with what a report needs about its source.
public struct DeadlineItem: Codable, Sendable, Hashable {
    /// Stable id: the document id plus the deadline's position ("3f2a…-d1").
    public var id: String
    public var documentId: String
    public var path: String
    public var doctype: Doctype
    public var identifier: String?
    public var title: String?
    public var deadline: Deadline
    public var agencies: [String]
    /// The source document's issue date, for reports and calendar stamps.
    public var issued: String?
    /// What the source document cites: a tilläggsdirektiv cites the directive whose deadline it moves.
    public var references: [String]
}

/// An obligation stored as its own Xapian document.
public struct ObligationItem: Codable, Sendable, Hashable {
    public var id: String
    public var documentId: String
    public var path: String
    public var doctype: Doctype
    public var identifier: String?
    public var title: String?
    public var issued: String?
    public var obligation: Obligation
    /// The agency the actor names, if it is one.
    public var agency: String?
    /// The document's effective deadline for the actor, if there is one.
    public var deadline: String?
    public var order: Int
}

/// An assignment stored as its own Xapian document, searchable on its own.
public struct AssignmentItem: Codable, Sendable, Hashable {
    public var id: String
    public var documentId: String
    public var path: String
    public var doctype: Doctype
    public var issued: String?
    public var identifier: String?
    public var title: String?
    public var assignment: Assignment
    public var agency: String?
    public var order: Int
}
