import Documents
import Extraction
import Foundation
import TestSupport
import Testing

/// Parses the 38 documents of corpus-dev and compares with the hand labels in gold.jsonl.
@Suite(.tags(.corpus), .enabled(if: TestPaths.corpusExists, "needs ../shared/corpus-dev"))
struct CorpusTests {
    struct Gold {
        var file: String
        var doctype: String
        var identifier: String?
        var title: String?
        var issued: String?
        var ministry: String?
        var quotes: [String]
    }

    static func loadGold() throws -> [Gold] {
        let data = try Data(contentsOf: TestPaths.corpus.appendingPathComponent("gold.jsonl"))
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        return try lines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            var quotes: [String] = []
            for key in ["deadlines", "obligations"] {
                for item in object[key] as? [[String: Any]] ?? [] {
                    if let quote = item["quote"] as? String { quotes.append(quote) }
                    quotes += item["alt_quotes"] as? [String] ?? []
                }
            }
            return Gold(
                file: object["file"] as? String ?? "", doctype: object["doctype"] as? String ?? "",
                identifier: object["identifier"] as? String, title: object["title"] as? String,
                issued: object["issued"] as? String, ministry: object["ministry"] as? String, quotes: quotes)
        }
    }

    static func parse(_ file: String) throws -> ParsedDocument {
        let url = TestPaths.corpus.appendingPathComponent("docs").appendingPathComponent(file)
        return try DocumentParser().parse([UInt8](Data(contentsOf: url)), path: file)
    }

    static func normalised(_ text: String?) -> String? {
        text.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    static func withoutWhitespace(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// Every field is right in at least 95% of the documents (36 of 38).
    @Test func metadataMatchesGold() throws {
        let gold = try Self.loadGold()
        try #require(gold.count >= 38)
        var correct: [String: Int] = [:]
        var misses: [String] = []
        for entry in gold {
            let metadata = try Self.parse(entry.file).metadata
            let fields: [(String, String?, String?)] = [
                ("doctype", metadata.doctype.rawValue, entry.doctype),
                ("identifier", metadata.identifier, entry.identifier),
                ("title", Self.normalised(metadata.title), Self.normalised(entry.title)),
                ("issued", metadata.issued, entry.issued),
                ("ministry", metadata.ministry, entry.ministry),
            ]
            for (name, found, expected) in fields {
                if found == expected {
                    correct[name, default: 0] += 1
                } else {
                    misses.append("\(entry.file) \(name): \(found ?? "nil") ≠ \(expected ?? "nil")")
                }
            }
        }
        let report = ["doctype", "identifier", "title", "issued", "ministry"].map { name in
            "\(name) \(correct[name, default: 0])/\(gold.count)"
        }
        print("metadata accuracy: " + report.joined(separator: ", "))
        for miss in misses { print("  miss: \(miss)") }
        for name in ["doctype", "identifier", "title", "issued", "ministry"] {
            #expect(correct[name, default: 0] * 100 >= gold.count * 95, "\(name): \(correct[name, default: 0])")
        }
    }

    /// At least 98% of the gold quotes are in the parsed text, ignoring whitespace.
    @Test func goldQuotesAreInText() throws {
        let gold = try Self.loadGold()
        var total = 0
        var found = 0
        for entry in gold {
            let text = Self.withoutWhitespace(try Self.parse(entry.file).text)
            for quote in entry.quotes {
                total += 1
                if text.contains(Self.withoutWhitespace(quote)) {
                    found += 1
                } else {
                    print("  quote missing in \(entry.file): \(quote.prefix(100))")
                }
            }
        }
        print("quotes found: \(found)/\(total)")
        try #require(total > 100)
        #expect(found * 100 >= total * 98)
    }

    /// Site navigation of regeringen.se never reaches the text.
    @Test(arguments: ["Teckenspråk", "Lättläst", "Senast uppdaterad", "Dela", "Kontakt", "Jobba hos oss"])
    func menuWordsAreNotInText(word: String) throws {
        for file in try FileManager.default.contentsOfDirectory(
            atPath: TestPaths.corpus.appendingPathComponent("docs").path)
        where file.hasSuffix(".html") {
            let document = try Self.parse(file)
            #expect(!document.blocks.contains { $0.text == word || $0.text.hasPrefix(word + " ") }, "\(file)")
            #expect(!document.text.contains("Teckenspråk"), "\(file)")
        }
    }
}
