import Foundation

@testable import Extraction

/// Access to corpus-dev (documents and gold records) for tests.
enum CorpusDev {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.deletingLastPathComponent().appendingPathComponent("shared/corpus-dev").path
    }()
    static var available: Bool { FileManager.default.fileExists(atPath: root + "/gold.jsonl") }
    /// Block dumps of the HTML/XML documents ("kind\ttext" per line), when a developer provides them.
    static var blocksDirectory: String? { ProcessInfo.processInfo.environment["UPPDRAG_DEV_BLOCKS"] }

    static func gold() -> [[String: Any]] {
        guard let data = FileManager.default.contents(atPath: root + "/gold.jsonl"),
            let text = String(data: data, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
    }

    static func metadata(_ gold: [String: Any]) -> DocumentMetadata {
        DocumentMetadata(
            doctype: Doctype(rawValue: gold["doctype"] as? String ?? "") ?? .other,
            identifier: gold["identifier"] as? String, title: gold["title"] as? String,
            issued: gold["issued"] as? String, ministry: gold["ministry"] as? String)
    }

    /// A `.txt` document as paragraphs split on blank lines, whitespace collapsed.
    static func textDocument(_ file: String, metadata: DocumentMetadata) -> ParsedDocument? {
        guard let data = FileManager.default.contents(atPath: root + "/docs/" + file),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        let paragraphs = normalised.components(separatedBy: "\n\n")
        let blocks = paragraphs.compactMap { paragraph -> Block? in
            let collapsed = paragraph.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            guard !collapsed.isEmpty else { return nil }
            return Block(kind: collapsed.hasPrefix("#") ? .heading : .paragraph, text: collapsed)
        }
        return ParsedDocument(file: file, format: .text, encoding: "utf-8", metadata: metadata, blocks: blocks)
    }

    /// An HTML/XML document from a developer's block dump.
    static func dumpedDocument(_ file: String, metadata: DocumentMetadata) -> ParsedDocument? {
        guard let directory = blocksDirectory,
            let data = FileManager.default.contents(atPath: directory + "/" + file + ".blocks"),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        let blocks = text.split(separator: "\n").compactMap { line -> Block? in
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            return Block(kind: Block.Kind(rawValue: String(parts[0])) ?? .paragraph, text: String(parts[1]))
        }
        return ParsedDocument(file: file, format: .html, encoding: "utf-8", metadata: metadata, blocks: blocks)
    }

    static func document(_ gold: [String: Any]) -> ParsedDocument? {
        guard let file = gold["file"] as? String else { return nil }
        let metadata = metadata(gold)
        return file.hasSuffix(".txt")
            ? textDocument(file, metadata: metadata) : dumpedDocument(file, metadata: metadata)
    }
}

/// Agency names of corpus-dev, for tests only, until the register is filled: surface → canonical.
enum TestAgencies {
    static let names: [(String, String)] = [
        ("Myndigheten för ungdoms- och civilsamhällesfrågor", "Myndigheten för ungdoms- och civilsamhällesfrågor"),
        ("MUCF", "Myndigheten för ungdoms- och civilsamhällesfrågor"),
        ("Statens institutionsstyrelse", "Statens institutionsstyrelse"), ("SiS", "Statens institutionsstyrelse"),
        ("Kriminalvården", "Kriminalvården"), ("Socialstyrelsen", "Socialstyrelsen"),
        ("Arbetsförmedlingen", "Arbetsförmedlingen"), ("Regeringskansliet", "Regeringskansliet"),
        ("Skolinspektionen", "Statens skolinspektion"), ("Skolverket", "Statens skolverk"),
        ("Specialpedagogiska skolmyndigheten", "Specialpedagogiska skolmyndigheten"),
        ("Säkerhetspolisen", "Säkerhetspolisen"), ("Polismyndigheten", "Polismyndigheten"),
        ("Tillväxtanalys", "Myndigheten för tillväxtpolitiska utvärderingar och analyser"),
        ("Inspektionen för socialförsäkringen", "Inspektionen för socialförsäkringen"),
        ("ISF", "Inspektionen för socialförsäkringen"), ("Åklagarmyndigheten", "Åklagarmyndigheten"),
        ("Statskontoret", "Statskontoret"), ("Folkhälsomyndigheten", "Folkhälsomyndigheten"),
        ("Läkemedelsverket", "Läkemedelsverket"), ("länsstyrelserna", "Länsstyrelserna"),
        ("Jordbruksverket", "Statens jordbruksverk"), ("SVA", "Statens veterinärmedicinska anstalt"),
        ("Trafikverket", "Trafikverket"), ("SLU", "Sveriges lantbruksuniversitet"),
        ("Statens jordbruksverk", "Statens jordbruksverk"),
        ("Länsstyrelsen i Uppsala län", "Länsstyrelsen i Uppsala län"),
        ("Länsstyrelsen i Gävleborgs län", "Länsstyrelsen i Gävleborgs län"),
        ("SGU", "Sveriges geologiska undersökning"),
        ("SBU", "Statens beredning för medicinsk och social utvärdering"),
        ("Statens veterinärmedicinska anstalt", "Statens veterinärmedicinska anstalt"),
        ("Formas", "Forskningsrådet för miljö, areella näringar och samhällsbyggande"),
        ("Totalförsvarets rekryteringsmyndighet", "Totalförsvarets rekryteringsmyndighet"),
        ("Partibidragsnämnden", "Partibidragsnämnden"), ("Riksdagsförvaltningen", "Riksdagsförvaltningen"),
        ("Domstolsverket", "Domstolsverket"), ("Skatteverket", "Skatteverket"),
        ("Rättsmedicinalverket", "Rättsmedicinalverket"), ("Högsta domstolen", "Högsta domstolen"),
    ]

    static func mentions(in text: String) -> [AgencyMention] {
        let scalars = Array(text.unicodeScalars)
        var taken = [Bool](repeating: false, count: scalars.count)
        var found: [AgencyMention] = []
        for (surface, canonical) in names.sorted(by: { $0.0.count > $1.0.count }) {
            let pattern = Array(surface.unicodeScalars)
            guard !pattern.isEmpty, pattern.count <= scalars.count else { continue }
            var index = 0
            while index + pattern.count <= scalars.count {
                if scalars[index] == pattern[0], !taken[index],
                    index == 0 || !Tokenizer.isAlphanumeric(scalars[index - 1]),
                    Array(scalars[index..<(index + pattern.count)]) == pattern
                {
                    var end = index + pattern.count
                    if end < scalars.count, scalars[end] == "s" { end += 1 }
                    if end + 1 < scalars.count, scalars[end] == ":", scalars[end + 1] == "s" { end += 2 }
                    if end >= scalars.count || !Tokenizer.isAlphanumeric(scalars[end]) {
                        var view = String.UnicodeScalarView()
                        view.append(contentsOf: scalars[index..<end])
                        found.append(
                            AgencyMention(
                                canonical: canonical, surface: String(view),
                                span: TextSpan(offset: index, length: end - index)))
                        for position in index..<end { taken[position] = true }
                        index = end
                        continue
                    }
                }
                index += 1
            }
        }
        return found.sorted { $0.span.offset < $1.span.offset }
    }
}

/// Precision, recall and F1 counts.
struct Score: CustomStringConvertible {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var description: String {
        "P \(rounded(precision)) R \(rounded(recall)) F1 \(rounded(f1)) "
            + "(tp \(truePositives) fp \(falsePositives) fn \(falseNegatives))"
    }
    private func rounded(_ value: Double) -> String { String(Double(Int(value * 1000)) / 1000) }
}

/// Whitespace-insensitive quote comparison: one quote is a prefix of, or contained in, the other.
func quotesOverlap(_ first: String, _ second: String) -> Bool {
    let a = first.filter { !$0.isWhitespace }
    let b = second.filter { !$0.isWhitespace }
    guard !a.isEmpty, !b.isEmpty else { return false }
    return a.contains(b) || b.contains(a)
}

/// Small documents built from real paragraphs for unit tests.
enum TestDocuments {
    static func make(_ paragraphs: [String], doctype: Doctype = .other, title: String? = nil) -> ParsedDocument {
        let blocks = paragraphs.map { text -> Block in
            if text.hasPrefix("– ") || text.hasPrefix("* ") { return Block(kind: .listItem, text: text) }
            return Block(kind: text.hasPrefix("#") ? .heading : .paragraph, text: text)
        }
        return ParsedDocument(
            file: "test.txt", format: .text, encoding: "utf-8",
            metadata: DocumentMetadata(doctype: doctype, title: title),
            blocks: blocks)
    }

    static func analysis(_ paragraphs: [String], doctype: Doctype = .other) -> TextAnalysis {
        let document = make(paragraphs, doctype: doctype)
        return TextAnalysis(document: document, mentions: TestAgencies.mentions(in: document.text))
    }
}
