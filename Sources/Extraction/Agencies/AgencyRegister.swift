/// One mention of a known agency in a text.
public struct AgencyMention: Sendable, Hashable {
    /// The agency's canonical official name ("Statens institutionsstyrelse").
    public var canonical: String
    /// The text as written ("SiS:s").
    public var surface: String
    /// Unicode scalar offset and length of `surface` in the searched text.
    public var span: TextSpan

    public init(canonical: String, surface: String, span: TextSpan) {
        self.canonical = canonical
        self.surface = surface
        self.span = span
    }
}

/// The register of Swedish state agencies: canonical names, abbreviations, inflected and former names.
public struct AgencyRegister: Sendable {
    /// The register that ships with uppdrag, built once.
    public static let shared = AgencyRegister()

    public init() {}

    /// Every agency mention in `text`, in text order, longest match first at each position.
    public func mentions(in text: String) -> [AgencyMention] { [] }

    /// The canonical name for a user-typed name or alias ("SiS", "sis:s", "statens institutionsstyrelse"), if known.
    public func canonicalName(for name: String) -> String? { nil }

    /// Every canonical name with its aliases.
    public var agencies: [(canonical: String, aliases: [String])] { [] }
}
