import Foundation
import TestSupport
import Testing

/// Paths reached from this file: the repository root, fixtures and the development corpus.
enum TestPaths {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/DocumentsTests/Fixtures")

    /// corpus-dev next to the repository (the shared checkout layout: <root>/../shared/corpus-dev).
    static let corpus = URL(fileURLWithPath: devCorpusPath)

    static var corpusExists: Bool { hasDevCorpus }

    static func fixture(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: fixtures.appendingPathComponent(name)))
    }
}
