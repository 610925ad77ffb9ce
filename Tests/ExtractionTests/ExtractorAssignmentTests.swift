import Foundation
import Testing

@testable import Extraction

/// The seed page (art-hjalp-att-lamna-valdsbejakande-extremism.txt): six assignments under four headings.
@Suite(.enabled(if: CorpusDev.available, "needs ../shared/corpus-dev"))
struct ExtractorAssignmentTests {
    static let seed = "art-hjalp-att-lamna-valdsbejakande-extremism.txt"

    static func seedGold() -> [String: Any]? {
        CorpusDev.gold().first { $0["file"] as? String == seed }
    }

    static func seedRecord() -> Record? {
        guard let gold = seedGold(), let document = CorpusDev.document(gold) else { return nil }
        return Extractor().extract(document, mentions: TestAgencies.mentions(in: document.text))
    }

    static var referencesAvailable: Bool {
        !ReferenceExtractor().references(in: "Dir. 2015:27", ownIdentifier: nil).isEmpty
    }

    @Test func seedPageYieldsTheSixAssignmentsOfItsGoldRecord() throws {
        let gold = try #require(Self.seedGold())
        let record = try #require(Self.seedRecord())
        let expected = try #require(gold["assignments"] as? [[String: Any]])
        #expect(record.assignments.count == expected.count)
        for (assignment, wanted) in zip(record.assignments, expected) {
            #expect(assignment.recipient == wanted["recipient"] as? String)
            #expect(assignment.section == wanted["section"] as? String)
            #expect(assignment.task == wanted["task"] as? String)
            #expect(assignment.linked == wanted["linked"] as? String)
        }
    }

    @Test(.enabled(if: referencesAvailable, "needs the reference extractor"))
    func seedPageAssignmentsCarryTheirOwnReferences() throws {
        let gold = try #require(Self.seedGold())
        let record = try #require(Self.seedRecord())
        let expected = try #require(gold["assignments"] as? [[String: Any]])
        #expect(record.assignments.map(\.references) == expected.map { $0["references"] as? [String] ?? [] })
    }

    @Test func seedPageAssignmentReferencesComeFromTheirOwnPassage() throws {
        // References are looked up in each assignment's passage only: the ordinance belongs to MUCF's
        // assignment and the directive to the national coordinator's.
        let gold = try #require(Self.seedGold())
        let document = try #require(CorpusDev.document(gold))
        let extractor = AssignmentExtractor(references: { text in
            ["(2011:1508)": "SFS 2011:1508", "Dir. 2015:27": "Dir. 2015:27"].compactMap {
                text.contains($0.key) ? $0.value : nil
            }.sorted()
        })
        let assignments = extractor.assignments(
            in: document, mentions: TestAgencies.mentions(in: document.text))
        #expect(
            assignments.map(\.references) == [["SFS 2011:1508"], ["Dir. 2015:27"], [], [], [], []])
    }

    @Test func directivesAnnounceNoAssignments() throws {
        let gold = try #require(CorpusDev.gold().first { $0["file"] as? String == "dir-2022-24.txt" })
        let document = try #require(CorpusDev.document(gold))
        #expect(Extractor().extract(document, mentions: TestAgencies.mentions(in: document.text)).assignments.isEmpty)
    }
}
