import Documents
import Extraction
import Foundation
import TestSupport
import Testing

/// The parser is used from a task group; libxml2 state must not leak between concurrent parses.
@Suite(.tags(.corpus), .enabled(if: TestPaths.corpusExists, "needs ../shared/corpus-dev"))
struct ConcurrencyTests {
    @Test func concurrentParsesEqualSerialParses() async throws {
        let docs = TestPaths.corpus.appendingPathComponent("docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).sorted()
        let inputs = try names.map { ($0, try [UInt8](Data(contentsOf: docs.appendingPathComponent($0)))) }
        let parser = DocumentParser()
        var serial: [String: ParsedDocument] = [:]
        for (name, bytes) in inputs { serial[name] = try parser.parse(bytes, path: name) }
        let concurrent = try await withThrowingTaskGroup(of: (String, ParsedDocument).self) { group in
            for round in 0..<4 {
                for (name, bytes) in inputs {
                    group.addTask { (name + "#\(round)", try parser.parse(bytes, path: name)) }
                }
            }
            var results: [(String, ParsedDocument)] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(concurrent.count == inputs.count * 4)
        for (key, document) in concurrent {
            let name = String(key.prefix { $0 != "#" })
            #expect(document == serial[name], "\(name)")
        }
    }
}
