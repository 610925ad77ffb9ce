/// The index schema: term prefixes and value slots, after Omega's conventions (docs/index-schema.md).
public enum Schema {
    /// Bump when the meaning of any term, slot or stored data changes; an index of another version is refused.
    public static let version = "2"
    public static let versionKey = "uppdrag.schema"
    public static let language = "swedish"

    public enum Prefix {
        /// Unique id of a Xapian document (hash-derived, never the raw path).
        public static let id = "Q"
        public static let title = "S"
        public static let stemmed = "Z"
        /// Issue date terms: D (YYYYMMDD), M (YYYYMM), Y (YYYY).
        public static let day = "D"
        public static let month = "M"
        public static let year = "Y"
        /// Item kind: document, deadline, obligation, assignment.
        public static let kind = "XK"
        public static let doctype = "XT"
        public static let agency = "XA"
        public static let ministry = "XM"
        public static let identifier = "XI"
        public static let reference = "XR"
        /// The source file every Xapian document of a file carries, so one delete removes them all; on an item it
        /// names the document the item belongs to.
        public static let file = "XF"
        public static let deadlineKind = "XD"
        public static let format = "XE"
    }

    public enum Slot {
        /// Issue date, YYYYMMDD.
        public static let issued: UInt32 = 0
        /// Deadline date, YYYYMMDD (items: their date; documents: the earliest deadline).
        public static let deadline: UInt32 = 1
        /// Canonical agency names joined by U+001F, for facets.
        public static let agencies: UInt32 = 2
        public static let doctype: UInt32 = 3
        public static let ministry: UInt32 = 4
        /// Issue year, YYYY, for facets.
        public static let year: UInt32 = 5
        /// Order of an item in its document, zero-padded, for stable listings.
        public static let order: UInt32 = 6
    }

    /// Carried by deadline items that move another document's deadline (a tilläggsdirektiv's new date).
    public static let movesDeadlineTerm = "XBmoves"

    /// Separator of multi-valued slots.
    public static let multiValueSeparator = "\u{1f}"

    /// Metadata key of the last ingest time (ISO 8601).
    public static let lastIngestKey = "uppdrag.last-ingest"
    /// Metadata: the next docid for a source document and for an item, "SOURCE ITEM".
    public static let nextDocidsKey = "uppdrag.next-docids"
    /// Metadata keys of per-file state: this prefix plus the file id.
    public static let fileStatePrefix = "uppdrag.file."

    /// A small Swedish stop list (Snowball's), used both when indexing and when parsing queries.
    public static let stopWords: [String] = [
        "och", "det", "att", "i", "en", "jag", "hon", "som", "han", "på", "den", "med", "var", "sig", "för", "så",
        "till", "är", "men", "ett", "om", "hade", "de", "av", "icke", "mig", "du", "henne", "då", "sin", "nu", "har",
        "inte", "hans", "honom", "skulle", "hennes", "där", "min", "man", "ej", "vid", "kunde", "något", "från", "ut",
        "när", "efter", "upp", "vi", "dem", "vara", "vad", "över", "än", "dig", "kan", "sina", "här", "ha", "mot",
        "alla", "under", "någon", "eller", "allt", "mycket", "sedan", "ju", "denna", "själv", "detta", "åt", "utan",
        "varit", "hur", "ingen", "mitt", "ni", "bli", "blev", "oss", "din", "dessa", "några", "deras", "blir", "mina",
        "samma", "vilken", "er", "sådan", "vår", "blivit", "dess", "inom", "mellan", "sådant", "varför", "varje",
        "vilka", "ditt", "vem", "vilket", "sitta", "sådana", "vart", "dina", "vars", "vårt", "våra", "ert", "era",
        "vilkas",
    ]

    /// The stop list as the shim takes it: NUL-separated UTF-8.
    static let stopWordBytes: [UInt8] = stopWords.flatMap { Array($0.utf8) + [0] }

    /// Xapian's limit on term length in bytes.
    public static let maxTermLength = 245
}
