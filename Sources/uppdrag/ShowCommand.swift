import ArgumentParser
import Extraction
import Foundation
import Uppdrag

enum RecordFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the stored record of one document, without reading its source file again.",
        discussion: """
            Examples:
              uppdrag show Corpus/dir-2016-15.html
              uppdrag show 3f2a9c0d1e2b4a5c --format json
            """
    )

    @OptionGroup var indexOptions: IndexOptions
    @Option(help: "Output format: text or json.") var format: RecordFormat = .text
    @Argument(help: "A document id (16 hex digits, as search prints) or the path of an ingested file.")
    var document: String

    func run() async throws {
        let stored: StoredDocument
        do {
            stored = try indexOptions.catalog().show(document)
        } catch {
            throw fail(error)
        }
        switch format {
        case .json: printOut(try JSONOutput.encode(stored, pretty: true))
        case .text: printOut(RecordFormats.text(stored), terminator: "")
        }
    }
}
