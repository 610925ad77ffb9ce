/// Finds references to other documents and normalises them ("Dir. 2015:27", "SFS 2011:1508", …).
public struct ReferenceExtractor: Sendable {
    public init() {}

    /// Normalised references in `text`, in order of first mention, without `ownIdentifier`.
    public func references(in text: String, ownIdentifier: String?) -> [String] { [] }

    /// Normalises a user-typed identifier ("dir 2015:27", "SFS 2011:1508") to the record form, if it is one.
    public func normalise(_ identifier: String) -> String? { nil }
}
