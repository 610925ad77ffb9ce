import Extraction
import Foundation
import SearchIndex

/// The index schema: term prefixes, value slots, metadata keys and how terms are made from record values, after
/// Omega's conventions (IndexSchema.md in the documentation catalog). Bump `IndexFormat.version` with any change.
enum Schema {
    enum Prefix {
        /// Unique id of a Xapian document (hash-derived, never the raw path).
        static let id = "Q"
        static let title = "S"
        static let stemmed = "Z"
        /// Issue date terms: D (YYYYMMDD), M (YYYYMM), Y (YYYY).
        static let day = "D"
        static let month = "M"
        static let year = "Y"
        /// Item kind: document, deadline, obligation, assignment.
        static let kind = "XK"
        static let doctype = "XT"
        static let agency = "XA"
        static let ministry = "XM"
        static let identifier = "XI"
        static let reference = "XR"
        /// The source file every Xapian document of a file carries, so one delete removes them all; on an item it
        /// names the document the item belongs to.
        static let file = "XF"
        static let deadlineKind = "XD"
        static let format = "XE"
    }

    enum Slot {
        /// Issue date, YYYYMMDD.
        static let issued: UInt32 = 0
        /// Deadline date, YYYYMMDD (items: their date; documents: the earliest deadline).
        static let deadline: UInt32 = 1
        /// Canonical agency names joined by U+001F, for facets.
        static let agencies: UInt32 = 2
        static let doctype: UInt32 = 3
        static let ministry: UInt32 = 4
        /// Issue year, YYYY, for facets.
        static let year: UInt32 = 5
        /// Order of an item in its document, zero-padded, for stable listings.
        static let order: UInt32 = 6
    }

    /// Carried by deadline items that move another document's deadline (a tilläggsdirektiv's new date).
    static let movesDeadlineTerm = "XBmoves"

    /// Separator of multi-valued slots.
    static let multiValueSeparator = "\u{1f}"

    /// Metadata key of the last ingest time (ISO 8601).
    static let lastIngestKey = "uppdrag.last-ingest"
    /// Metadata: the next docid for a source document and for an item, "SOURCE ITEM".
    static let nextDocidsKey = "uppdrag.next-docids"
    /// Metadata keys of per-file state: this prefix plus the file id.
    static let fileStatePrefix = "uppdrag.file."

    static func documentId(forPath path: [UInt8]) -> String { Hashing.hex(Hashing.fnv1a64(path)) }

    static func agencyTerm(_ canonical: String) -> String { Schema.Prefix.agency + canonical.lowercased() }
    static func doctypeTerm(_ doctype: Doctype) -> String { Schema.Prefix.doctype + doctype.rawValue }
    static func ministryTerm(_ ministry: String) -> String { Schema.Prefix.ministry + ministry.lowercased() }
    static func identifierTerm(_ identifier: String) -> String {
        Schema.Prefix.identifier + identifier.lowercased().replacingOccurrences(of: " ", with: "")
    }
    static func referenceTerm(_ identifier: String) -> String {
        Schema.Prefix.reference + identifier.lowercased().replacingOccurrences(of: " ", with: "")
    }
    static func kindTerm(_ kind: ItemKind) -> String { Schema.Prefix.kind + kind.rawValue }
    static func fileTerm(_ id: String) -> String { Schema.Prefix.file + id }
    static func uniqueTerm(_ id: String) -> String { Schema.Prefix.id + id }

    /// "2016-03-31" → "20160331"; nil for recurring dates without a year.
    static func sortableDate(_ iso: String?) -> String? {
        guard let iso, iso.count >= 10, iso.first != "-" else { return nil }
        let digits = iso.prefix(10).filter(\.isNumber)
        return digits.count == 8 ? String(digits) : nil
    }
}
