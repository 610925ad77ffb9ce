/// The kind of a government document, as named in the record schema.
public enum Doctype: String, Codable, Sendable, CaseIterable, Hashable {
    case kommittedirektiv, tillaggsdirektiv, regeringsuppdrag, regleringsbrev, artikel
    case forordning, lag, proposition, other
}

/// The source format a document was read from.
public enum SourceFormat: String, Codable, Sendable, CaseIterable, Hashable {
    case html, xhtml, xml, text, markdown, pdf
}

/// One block of a document's main content, in reading order.
public struct Block: Codable, Sendable, Hashable {
    /// What kind of block this is.
    public enum Kind: String, Codable, Sendable, Hashable {
        case heading, paragraph, listItem, tableCell, preformatted
    }

    public var kind: Kind
    /// The block's text: whitespace collapsed, entities decoded, inline tags removed without a space.
    public var text: String
    /// Heading level (1–6) for headings, 0 otherwise.
    public var level: Int

    public init(kind: Kind, text: String, level: Int = 0) {
        self.kind = kind
        self.text = text
        self.level = level
    }
}

/// Metadata of a document, taken from its markup (site adapters) or inferred from its text.
public struct DocumentMetadata: Codable, Sendable, Hashable {
    public var doctype: Doctype
    /// "Dir. 2015:27", "SFS 2011:1508", "prop. 2016/17:14", … or nil.
    public var identifier: String?
    public var title: String?
    /// ISO date (YYYY-MM-DD) the document was issued or the page shows.
    public var issued: String?
    public var ministry: String?
    public var sourceURL: String?

    public init(
        doctype: Doctype = .other, identifier: String? = nil, title: String? = nil, issued: String? = nil,
        ministry: String? = nil, sourceURL: String? = nil
    ) {
        self.doctype = doctype
        self.identifier = identifier
        self.title = title
        self.issued = issued
        self.ministry = ministry
        self.sourceURL = sourceURL
    }
}

/// A document after parsing: metadata plus the main content as ordered blocks.
///
/// `text` is the blocks' texts joined by "\n"; every offset in a `Record` counts Unicode scalars into it.
public struct ParsedDocument: Sendable, Hashable {
    /// The path the document was read from, as given by the caller.
    public var file: String
    public var format: SourceFormat
    /// The encoding the bytes were decoded from ("utf-8", "windows-1252", "utf-16le", …).
    public var encoding: String
    public var metadata: DocumentMetadata
    public var blocks: [Block]
    /// For documents with pages (PDF): where each page begins in `text`, in Unicode scalars, ascending; else empty.
    public var pageStarts: [Int]

    public init(
        file: String, format: SourceFormat, encoding: String, metadata: DocumentMetadata, blocks: [Block],
        pageStarts: [Int] = []
    ) {
        self.file = file
        self.format = format
        self.encoding = encoding
        self.metadata = metadata
        self.blocks = blocks
        self.pageStarts = pageStarts
    }

    /// The page (from 1) that the text at scalar `offset` is on, nil for documents without pages.
    public func page(at offset: Int) -> Int? {
        guard !pageStarts.isEmpty else { return nil }
        // The last page starting at or before the offset; empty pages share their start with the next one.
        var low = 0
        var high = pageStarts.count
        while low < high {
            let middle = (low + high) / 2
            if pageStarts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return max(1, low)
    }

    /// The document's text: the blocks joined by "\n"; record offsets point into it.
    public var text: String { blocks.map(\.text).joined(separator: "\n") }
}
