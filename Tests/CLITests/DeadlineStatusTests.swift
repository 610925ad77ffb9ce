import Foundation
import TestSupport
import Testing

/// Only reports become overdue: a past entry into force is in force, any other past date has passed.
@Suite struct DeadlineStatusTests {
    static let base = ["deadlines", "--index", corpusIndex, "--today", "2016-06-01", "--from", "1900", "--to", "2016"]

    @Test func pastEntriesIntoForceAreInForceNotOverdue() throws {
        let result = try run(Self.base + ["--format", "json"])
        #expect(result.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [[String: Any]])
        let past = entries.filter { ($0["daysLeft"] as? Int ?? 0) < 0 }
        #expect(past.contains { $0["kind"] as? String == "ikrafttradande" })
        #expect(past.contains { $0["kind"] as? String == "slutredovisning" || $0["kind"] as? String == "redovisning" })
        for entry in past {
            let expected =
                switch entry["kind"] as? String {
                case "ikrafttradande": "in-force"
                case "other": "passed"
                default: "overdue"
                }
            #expect(entry["status"] as? String == expected, "\(entry["id"] ?? "")")
        }
    }

    @Test func tableAndCSVSayInForceAndOverdueListsOnlyReports() throws {
        let table = try run(Self.base + ["--kind", "ikrafttradande"])
        #expect(table.stdout.contains("  in force  "))
        #expect(!table.stdout.contains("overdue"))
        let csv = try run(Self.base + ["--kind", "ikrafttradande", "--format", "csv"])
        #expect(csv.stdout.contains(",in-force,"))
        #expect(!csv.stdout.contains(",overdue,"))
        let overdue = try run(Self.base + ["--overdue", "--format", "csv"])
        let kinds = overdue.stdout.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[4] }
        #expect(!kinds.isEmpty)
        #expect(kinds.allSatisfy { ["slutredovisning", "delredovisning", "redovisning"].contains($0) })
    }
}
