import Foundation
import Testing

extension Tag {
    /// Tests that read the development corpus in ../shared/corpus-dev.
    @Tag static var corpus: Self
}

/// Paths reached from this file: the repository root, fixtures and the development corpus.
enum TestPaths {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = repositoryRoot.appendingPathComponent("Tests/DocumentsTests/Fixtures")

    /// corpus-dev next to the repository (the shared checkout layout: <root>/../shared/corpus-dev).
    static let corpus = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus-dev")

    static var corpusExists: Bool {
        FileManager.default.fileExists(atPath: corpus.appendingPathComponent("gold.jsonl").path)
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: fixtures.appendingPathComponent(name)))
    }
}

extension TestPaths {
    /// The unpacked g0vse Markdown corpus next to the repository (<root>/../data/g0vse-corpus).
    static let g0vse = repositoryRoot.deletingLastPathComponent().appendingPathComponent("data/g0vse-corpus")

    static var g0vseExists: Bool { FileManager.default.fileExists(atPath: g0vse.path) }
}
