import Documents
import Extraction
import Foundation
import Testing

@Suite struct CorpusDumpTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["UPPDRAG_DUMP"] != nil))
    func dump() throws {
        let parser = DocumentParser()
        let docs = TestPaths.corpus.appendingPathComponent("docs")
        for name in try FileManager.default.contentsOfDirectory(atPath: docs.path).sorted() {
            let bytes = try [UInt8](Data(contentsOf: docs.appendingPathComponent(name)))
            do {
                let document = try parser.parse(bytes, path: name)
                let m = document.metadata
                print("\(name) | \(m.doctype) | \(m.identifier ?? "-") | \(m.title ?? "-") | \(m.issued ?? "-") | \(m.ministry ?? "-") | blocks \(document.blocks.count) \(document.encoding)")
                if let only = ProcessInfo.processInfo.environment["UPPDRAG_DUMP_TEXT"], name.contains(only) {
                    for block in document.blocks { print("  [\(block.kind)\(block.level)] \(block.text)") }
                }
            } catch {
                print("\(name) | ERROR \(error)")
            }
        }
    }
}
