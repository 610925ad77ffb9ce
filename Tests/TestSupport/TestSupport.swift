public import Foundation
public import Testing

/// The repository root, found from this file's path (Tests/TestSupport/TestSupport.swift).
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
/// The real documents that ship with the project.
public let corpusPath = repositoryRoot.appendingPathComponent("Corpus").path
/// The labelled development corpus beside the repository (<root>/../shared/corpus-dev).
public let devCorpusPath = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus-dev").path
public let hasDevCorpus = FileManager.default.fileExists(atPath: devCorpusPath + "/gold.jsonl")
/// Real g0vse pages of the second labelled set, in their g0vse folders.
public let g0vseSamplePath = repositoryRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures/g0vse-sample/docs")
    .path

extension Tag {
    /// Tests that read the development corpus in ../shared/corpus-dev.
    @Tag public static var corpus: Self
}

/// A temporary folder removed when the value goes away.
public final class TemporaryFolder: Sendable {
    public let path: String

    public init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("uppdrag-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public func file(_ name: String) -> String { path + "/" + name }

    public func write(_ name: String, _ bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: file(name))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    public func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }

    /// Copies every file of `source` into this folder.
    public func copyContents(of source: String) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: source) {
            try FileManager.default.copyItem(atPath: source + "/" + name, toPath: file(name))
        }
    }

    deinit {
        _ = try? FileManager.default.removeItem(atPath: path)
    }
}
