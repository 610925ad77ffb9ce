import Extraction
import Foundation
import Testing

/// The labelled development corpus next to the repository (`../shared/corpus-dev`), if present.
enum GoldTextCorpus {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus-dev").standardizedFileURL

    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("gold.jsonl").path)
    }

    /// One gold record, reduced to what these tests compare.
    struct Gold: Sendable, CustomTestStringConvertible {
        var file: String
        var doctype: Doctype
        var identifier: String?
        var agencies: [String]
        var references: [String]
        var testDescription: String { file }
    }

    /// Gold records of the text-only documents, whose text needs no HTML parsing.
    static func textGold() -> [Gold] {
        guard let data = try? Data(contentsOf: root.appendingPathComponent("gold.jsonl")),
            let text = String(data: data, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let file = object["file"] as? String, file.hasSuffix(".txt")
            else { return nil }
            return Gold(
                file: file, doctype: Doctype(rawValue: object["doctype"] as? String ?? "") ?? .other,
                identifier: object["identifier"] as? String, agencies: object["agencies"] as? [String] ?? [],
                references: object["references"] as? [String] ?? [])
        }
    }

    /// The paragraphs of a text-only document as blocks (blank lines separate them; whitespace collapsed).
    static func blocks(of file: String) throws -> [Block] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/\(file)"), encoding: .utf8)
        return text.components(separatedBy: "\n\n").compactMap { paragraph in
            let words = paragraph.split(whereSeparator: \.isWhitespace)
            return words.isEmpty ? nil : Block(kind: .paragraph, text: words.joined(separator: " "))
        }
    }
}

@Suite(.enabled(if: GoldTextCorpus.isPresent, "needs ../shared/corpus-dev"))
struct AgencyCorpusTests {
    @Test(arguments: GoldTextCorpus.textGold())
    func agenciesMatchGold(_ gold: GoldTextCorpus.Gold) throws {
        let blocks = try GoldTextCorpus.blocks(of: gold.file)
        let found = AgencyRegister.shared.agencies(in: blocks, doctype: gold.doctype)
        #expect(Set(found) == Set(gold.agencies))
    }

    @Test func textDocumentsAreThere() {
        #expect(GoldTextCorpus.textGold().count >= 10)
    }
}
