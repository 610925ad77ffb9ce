/// What the Xapian layer itself holds to: the schema version it checks on open, the stemming language and stop
/// list used both when indexing and when parsing queries, and Xapian's term length limit. What the terms, slots and
/// metadata mean is the index schema of `Uppdrag` (IndexSchema.swift); bump `version` with any change there.
public enum IndexFormat {
    /// Bump when the meaning of any term, slot or stored data changes; an index of another version is refused.
    public static let version = "2"
    public static let versionKey = "uppdrag.schema"
    public static let language = "swedish"

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
