/// Splits a page that announces government assignments into one `Assignment` per assignment.
public struct AssignmentExtractor: Sendable {
    let references: @Sendable (String) -> [String]

    /// An extractor that finds the references of each assignment with `references`.
    public init(references: @escaping @Sendable (String) -> [String] = { _ in [] }) {
        self.references = references
    }

    func assignments(in analysis: TextAnalysis, canonicalName: (String) -> String?) -> [Assignment] {
        []
    }
}
