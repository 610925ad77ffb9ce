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

    @Test func newsPageAssignmentsInInvertedAndObligationForm() {
        // validation pressmeddelanden-nya-regeringsbeslut-om-beredning-av-flera-havsbaserade-vindkraftparker.md
        let document = TestDocuments.make(
            [
                "# Nya regeringsbeslut om beredning av flera havsbaserade vindkraftparker",
                """
                Länsstyrelsen i Uppsala län ska undersöka förutsättningarna för de havsbaserade vindkraftparkerna \
                Najaderna och Olof Skötkonung. Samtidigt får Länsstyrelsen i Gävleborgs län motsvarande uppdrag för \
                Sylen. SGU får i uppdrag att utreda möjligheterna för undervattenskablar inom de planerade parkerna.
                """,
            ], doctype: .artikel)
        let assignments = AssignmentExtractor().assignments(
            in: document, mentions: TestAgencies.mentions(in: document.text))
        #expect(
            assignments.map(\.recipient) == [
                "Länsstyrelsen i Uppsala län", "Länsstyrelsen i Gävleborgs län", "Sveriges geologiska undersökning",
            ])
    }

    @Test func deadlineOfAllAssignmentsNamesEveryRecipient() {
        // validation pressmeddelanden-nya-regeringsbeslut-om-beredning-av-flera-havsbaserade-vindkraftparker.md,
        // with the closing sentence of art-2024-tre-skolmyndigheter.txt.
        let paragraphs = [
            "# Nya regeringsbeslut om beredning av flera havsbaserade vindkraftparker",
            """
            Länsstyrelsen i Uppsala län ska undersöka förutsättningarna för de havsbaserade vindkraftparkerna \
            Najaderna och Olof Skötkonung. SGU får i uppdrag att utreda möjligheterna för undervattenskablar inom \
            de planerade parkerna.
            """,
        ]
        let all = Extractor().extract(
            TestDocuments.make(
                paragraphs + ["Alla uppdragen ska redovisas senast den 1 oktober 2024."], doctype: .artikel))
        #expect(all.deadlines.map(\.actor) == ["Länsstyrelsen i Uppsala län och Sveriges geologiska undersökning"])
        let one = Extractor().extract(
            TestDocuments.make(
                paragraphs + ["Uppdraget till SGU ska redovisas senast den 1 oktober 2024."], doctype: .artikel))
        #expect(one.deadlines.map(\.actor) == ["Sveriges geologiska undersökning"])
    }

    @Test func secondAnnouncedTaskForTheSameAgencyIsASecondAssignment() {
        // validation pressmeddelanden-okad-kunskap-om-postcovid-och-battre-behandling-av-barn.md
        let document = TestDocuments.make(
            [
                "Socialstyrelsen får i uppdrag att kartlägga och analysera behandlingen av barn med postcovid.",
                "SBU får i uppdrag att sammanställa det vetenskapliga kunskapsläget om postcovid hos barn.",
                "Socialstyrelsen får även i uppdrag att ta fram ett nationellt kunskapsstöd om postcovid hos barn.",
            ], doctype: .artikel)
        let assignments = AssignmentExtractor().assignments(
            in: document, mentions: TestAgencies.mentions(in: document.text))
        #expect(
            assignments.map(\.recipient) == [
                "Socialstyrelsen", "Statens beredning för medicinsk och social utvärdering", "Socialstyrelsen",
            ])
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

    @Test func linksSetAsTheirOwnBlocksUnderALabel() throws {
        // The seed page as HTML might set "Regeringsuppdrag" as a heading over the linked title: the same assignments.
        let gold = try #require(Self.seedGold())
        let document = try #require(CorpusDev.document(gold))
        var blocks: [Block] = []
        for block in document.blocks {
            if block.text.hasPrefix("Regeringsuppdrag: ") {
                blocks.append(Block(kind: .heading, text: "Regeringsuppdrag", level: 3))
                blocks.append(Block(kind: .paragraph, text: String(block.text.dropFirst("Regeringsuppdrag: ".count))))
            } else {
                blocks.append(block)
            }
        }
        var split = document
        split.blocks = blocks
        let record = Extractor().extract(split, mentions: TestAgencies.mentions(in: split.text))
        let expected = try #require(gold["assignments"] as? [[String: Any]])
        #expect(record.assignments.map(\.recipient) == expected.map { $0["recipient"] as? String ?? "" })
        #expect(record.assignments.map(\.linked) == expected.map { $0["linked"] as? String })
        #expect(record.assignments.map(\.task) == expected.map { $0["task"] as? String })
    }

    @Test func markedHeadingsGiveTheSameAssignments() throws {
        // The seed page as HTML marks its title and section headings; the sections stay the same.
        let gold = try #require(Self.seedGold())
        let document = try #require(CorpusDev.document(gold))
        let sections = Set((gold["assignments"] as? [[String: Any]] ?? []).compactMap { $0["section"] as? String })
        var marked = document
        marked.blocks = document.blocks.enumerated().map { index, block in
            index == 0 || sections.contains(block.text) ? Block(kind: .heading, text: block.text, level: 2) : block
        }
        let record = Extractor().extract(marked, mentions: TestAgencies.mentions(in: marked.text))
        let expected = try #require(gold["assignments"] as? [[String: Any]])
        #expect(record.assignments.map(\.section) == expected.map { $0["section"] as? String })
        #expect(record.assignments.map(\.task) == expected.map { $0["task"] as? String })
    }

    @Test func regeringsuppdragPageIsOneAssignmentToItsRecipients() throws {
        // ru-2017-kriminalvarden-barn-frihetsberovas.txt: "Regeringen ger Kriminalvården i uppdrag att, tillsammans
        // med Åklagarmyndigheten och Statens institutionsstyrelse, analysera …".
        let gold = try #require(
            CorpusDev.gold().first { $0["file"] as? String == "ru-2017-kriminalvarden-barn-frihetsberovas.txt" })
        let document = try #require(CorpusDev.document(gold))
        let record = Extractor().extract(document, mentions: TestAgencies.mentions(in: document.text))
        let assignment = try #require(record.assignments.first)
        #expect(record.assignments.count == 1)
        #expect(assignment.recipient == "Kriminalvården, Åklagarmyndigheten och Statens institutionsstyrelse")
        #expect(assignment.task?.hasPrefix("analysera hur situationen för barn som frihetsberövas") == true)
        #expect(assignment.section == nil)
    }

    @Test func directivesAnnounceNoAssignments() throws {
        let gold = try #require(CorpusDev.gold().first { $0["file"] as? String == "dir-2022-24.txt" })
        let document = try #require(CorpusDev.document(gold))
        #expect(Extractor().extract(document, mentions: TestAgencies.mentions(in: document.text)).assignments.isEmpty)
    }
}
