import Documents
import Extraction
import Foundation
import Testing

/// Text inference on the unlabelled g0vse corpus, where the folder tells the page kind: kommittédirektiv,
/// regeringsuppdrag and pressmeddelanden. Every 10th file of each folder, sorted by path, is read.
@Suite(.tags(.corpus), .enabled(if: TestPaths.g0vseExists, "needs ../data/g0vse-corpus"))
struct G0vseCorpusTests {
    static func sample(_ folder: String) throws -> [(path: String, document: ParsedDocument)] {
        let root = TestPaths.g0vse.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var paths: [String] = []
        while let next = enumerator?.nextObject() as? String {
            if next.hasSuffix(".md") { paths.append(next) }
        }
        paths.sort()
        let parser = DocumentParser()
        return try stride(from: 0, to: paths.count, by: 10).compactMap { index in
            let path = folder + "/" + paths[index]
            let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(paths[index])))
            guard let document = try? parser.parse(bytes, path: path) else { return nil }
            return (path, document)
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
        let value = Double(hits.count) / Double(max(sample.count, 1))
        print("\(label): \(hits.count)/\(sample.count)")
        return value
    }

    @Test func directivesReadAsDirectives() throws {
        let sample = try Self.sample("rattsliga-dokument/kommittedirektiv")
        let kind = Self.share(
            sample, { [.kommittedirektiv, .tillaggsdirektiv].contains($0.metadata.doctype) },
            label: "kommittedirektiv doctype")
        let identified = Self.share(
            sample, { $0.metadata.identifier?.hasPrefix("Dir. ") == true },
            label: "kommittedirektiv identifier")
        #expect(kind >= 0.9)
        // File names without "dir" and a number leave some directives without identifier.
        #expect(identified >= 0.85)
    }

    @Test func assignmentsReadAsAssignments() throws {
        let sample = try Self.sample("regeringsuppdrag")
        let kind = Self.share(
            sample, { [.regeringsuppdrag, .regleringsbrev].contains($0.metadata.doctype) },
            label: "regeringsuppdrag doctype")
        #expect(kind >= 0.95)
    }

    @Test func pressReleasesReadAsArticles() throws {
        let sample = try Self.sample("pressmeddelanden")
        let kind = Self.share(sample, { $0.metadata.doctype == .artikel }, label: "pressmeddelanden doctype")
        #expect(kind >= 0.95)
    }
}
