import Documents
import Extraction
import Foundation
import TestSupport
import Testing

/// Damaged copies of the corpus documents (truncated, bytes flipped, NULs and stray markup inserted) parse or
/// fail with a `DocumentError`; nothing traps. The damage comes from a fixed-seed generator.
@Suite(.tags(.corpus), .enabled(if: TestPaths.corpusExists, "needs ../shared/corpus-dev"))
struct MutationTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    static func mutations(of bytes: [UInt8], generator: inout Generator) -> [[UInt8]] {
        var flipped = bytes
        for _ in 0..<max(1, bytes.count / 200) {
            flipped[generator.next(bytes.count)] ^= UInt8(1 + generator.next(255))
        }
        var inserted = bytes
        for chunk in [[0x00, 0x00], Array("<div><p><![CDATA[".utf8), Array("&#x0;&#xD800;&bogus;".utf8), [0xC3]] {
            inserted.insert(contentsOf: chunk, at: generator.next(inserted.count))
        }
        return [Array(bytes.prefix(generator.next(bytes.count))), flipped, inserted, bytes + bytes.prefix(512)]
    }

    @Test func damagedDocumentsNeverTrap() throws {
        let docs = TestPaths.corpus.appendingPathComponent("docs")
        let parser = DocumentParser()
        var generator = Generator(state: 0x5EED)
        var parsed = 0
        var refused = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: docs.path).sorted() {
            let bytes = try [UInt8](Data(contentsOf: docs.appendingPathComponent(name)))
            for damaged in Self.mutations(of: bytes, generator: &generator) {
                do {
                    let document = try parser.parse(damaged, path: name)
                    #expect(!document.blocks.isEmpty)
                    #expect(!document.blocks.contains { $0.text.isEmpty })
                    // Collapsed whitespace: no leading, trailing or doubled spaces, no newlines inside a block.
                    #expect(
                        !document.blocks.contains {
                            $0.text.hasPrefix(" ") || $0.text.hasSuffix(" ") || $0.text.contains("  ")
                                || $0.text.contains("\n")
                        })
                    parsed += 1
                } catch {
                    refused += 1
                }
            }
        }
        // Most damage leaves readable text; the run is deterministic.
        #expect(parsed > refused)
    }
}
