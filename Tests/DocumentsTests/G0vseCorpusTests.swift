import Documents
import Extraction
import Foundation
import TestSupport
import Testing

/// Text inference on the real g0vse pages of the second labelled set, where the folder tells the page kind.
@Suite struct G0vseCorpusTests {
    /// Every sampled page of `kinds` (as `sample.tsv` names them), parsed.
    static func sample(_ kinds: Set<String>) throws -> [(path: String, document: ParsedDocument)] {
        let folder = URL(fileURLWithPath: g0vseSamplePath).deletingLastPathComponent()
        let rows = try String(contentsOf: folder.appendingPathComponent("sample.tsv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        let parser = DocumentParser()
        return try rows.filter { kinds.contains($0[0]) }.map { row in
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(row[2])))
            return (row[2], try parser.parse(bytes, path: row[2]))
        }
    }

    static func share(
        _ sample: [(path: String, document: ParsedDocument)], _ accept: (ParsedDocument) -> Bool,
        label: String
    ) -> Double {
        let hits = sample.filter { accept($0.document) }
        for miss in sample.filter({ !accept($0.document) }).prefix(8) {
            let metadata = miss.document.metadata
            print("  \(label) miss: \(miss.path) → \(metadata.doctype) \(metadata.title ?? "-")")
        }
        print("\(label): \(hits.count)/\(sample.count)")
        return Double(hits.count) / Double(max(sample.count, 1))
    }

    @Test func directivesReadAsDirectives() throws {
        let sample = try Self.sample(["kommittedirektiv", "tillaggsdirektiv"])
        #expect(sample.count == 32)
        let kind = Self.share(
            sample, { [.kommittedirektiv, .tillaggsdirektiv].contains($0.metadata.doctype) },
            label: "kommittedirektiv doctype")
        let identified = Self.share(
            sample, { $0.metadata.identifier?.hasPrefix("Dir. ") == true }, label: "kommittedirektiv identifier")
        #expect(kind >= 0.9)
        #expect(identified >= 0.9)
    }

    @Test func assignmentsReadAsAssignments() throws {
        let sample = try Self.sample(["regeringsuppdrag"])
        #expect(sample.count == 16)
        let kind = Self.share(
            sample, { [.regeringsuppdrag, .regleringsbrev].contains($0.metadata.doctype) },
            label: "regeringsuppdrag doctype")
        #expect(kind >= 0.95)
    }
}
