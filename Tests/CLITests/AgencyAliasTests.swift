import Foundation
import TestSupport
import Testing

@Suite struct AgencyAliasTests {
    func ids(agency: String) throws -> [String] {
        let result = try run([
            "search", "--index", corpusIndex, "--agency", agency, "--format", "jsonl", "--limit", "1000",
        ])
        #expect(result.status == 0, "--agency \(agency): \(result.stderr)")
        return result.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }.sorted()
    }

    /// Abbreviations, genitives, short names and lower-case spellings find what the official name finds.
    @Test(arguments: [
        ("SiS", "Statens institutionsstyrelse"),
        ("SiS:s", "Statens institutionsstyrelse"),
        ("statens institutionsstyrelse", "Statens institutionsstyrelse"),
        ("MUCF", "Myndigheten för ungdoms- och civilsamhällesfrågor"),
        ("MUCF:s", "Myndigheten för ungdoms- och civilsamhällesfrågor"),
        ("ISF", "Inspektionen för socialförsäkringen"),
        ("IVO", "Inspektionen för vård och omsorg"),
        ("FHM", "Folkhälsomyndigheten"),
        ("Tillväxtanalys", "Myndigheten för tillväxtpolitiska utvärderingar och analyser"),
        ("PRV", "Patent- och registreringsverket"),
        ("Kriminalvårdens", "Kriminalvården"),
        ("socialstyrelsen", "Socialstyrelsen"),
        ("Skolverket", "Statens skolverk"),
        ("Skolinspektionen", "Statens skolinspektion"),
        ("Statskontorets", "Statskontoret"),
    ])
    func aliasFindsTheSameDocuments(alias: String, official: String) throws {
        let expected = try ids(agency: official)
        #expect(!expected.isEmpty, "no document names \(official)")
        #expect(try ids(agency: alias) == expected)
    }

    @Test func freeTextAbbreviationFindsPagesWithOnlyTheFullName() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "uppdrag.txt",
            "Uppdrag om mötesplatser\n\nMyndigheten för ungdoms- och civilsamhällesfrågor ska fördela bidrag.\n")
        let index = folder.file("index")
        #expect(try run(["ingest", "--index", index, folder.file("uppdrag.txt")]).status == 0)
        for query in ["MUCF", "mucf"] {
            let result = try run(["search", "--index", index, "--format", "jsonl", query])
            #expect(result.stdout.contains("uppdrag.txt"), "\(query) did not find the full name")
        }
    }
}

@Suite struct CompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsNameEveryCommand(shell: String) throws {
        let result = try run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for command in ["ingest", "search", "deadlines", "checklist", "show", "agencies", "refs", "stats", "extract"] {
            #expect(result.stdout.contains(command), "\(shell) completion lacks \(command)")
        }
    }

    @Test(arguments: ["ingest", "search", "deadlines", "checklist", "show", "agencies", "refs", "stats", "extract"])
    func everyCommandHasHelpWithExamples(command: String) throws {
        let result = try run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("uppdrag \(command)"))
    }
}
