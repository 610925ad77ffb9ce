import Foundation
import TestSupport
import Testing
import Uppdrag

let movedDeadlineFixtures = repositoryRoot.appendingPathComponent("Tests/UppdragTests/Fixtures/moved-deadline").path

@Suite struct ReportTests {
    /// Ingests the base directive and its tilläggsdirektiv in the given order, one ingest each.
    func catalog(ingesting names: [String]) async throws -> (Catalog, TemporaryFolder) {
        let index = try TemporaryFolder()
        for name in names {
            let (summary, observer) = try await ingest([movedDeadlineFixtures + "/" + name], into: index.path)
            #expect(summary.added == 1, "\(observer.diagnostics)")
        }
        return (try Catalog(indexPath: index.path), index)
    }

    @Test(arguments: [["dir-2015-99.txt", "dir-2016-40.txt"], ["dir-2016-40.txt", "dir-2015-99.txt"]])
    func tillaggsdirektivMovesTheDeadlineWhateverTheIngestOrder(order: [String]) async throws {
        let (catalog, index) = try await catalog(ingesting: order)
        _ = index
        let effective = try catalog.deadlines(DeadlineQuery(today: "2016-06-01"))
        #expect(effective.map(\.date) == ["2016-11-30"])
        #expect(effective.first?.movedFrom == "2016-05-31")
        #expect(effective.first?.identifier == "Dir. 2016:40")

        let all = try catalog.deadlines(DeadlineQuery(includeSuperseded: true, today: "2016-06-01"))
        let superseded = all.filter(\.superseded)
        #expect(superseded.map(\.date) == ["2016-05-31", "2016-05-31"])
        // The base directive's own date is marked as moved by the tilläggsdirektiv.
        #expect(superseded.contains { $0.identifier == "Dir. 2015:99" && $0.supersededBy == "Dir. 2016:40" })
    }

    /// Two tilläggsdirektiv move the same date: the one issued last decides, whatever the ingest order.
    @Test(arguments: [false, true])
    func laterTillaggsdirektivWinsWhenTwoMoveTheSameDate(laterFirst: Bool) async throws {
        let sources = try TemporaryFolder()
        let base = try String(contentsOfFile: movedDeadlineFixtures + "/dir-2015-99.txt", encoding: .utf8)
        let first = try String(contentsOfFile: movedDeadlineFixtures + "/dir-2016-40.txt", encoding: .utf8)
        let second = first.replacingOccurrences(of: "Dir. 2016:40", with: "Dir. 2016:71")
            .replacingOccurrences(of: "den 28 april 2016", with: "den 15 september 2016")
            .replacingOccurrences(of: "den 30 november 2016", with: "den 31 januari 2017")
        try sources.write("dir-2015-99.txt", Array(base.utf8))
        try sources.write("dir-2016-40.txt", Array(first.utf8))
        try sources.write("dir-2016-71.txt", Array(second.utf8))
        let index = try TemporaryFolder()
        let order = laterFirst ? ["dir-2016-71.txt", "dir-2016-40.txt"] : ["dir-2016-40.txt", "dir-2016-71.txt"]
        for name in ["dir-2015-99.txt"] + order {
            _ = try await ingest([sources.file(name)], into: index.path)
        }
        let all = try Catalog(indexPath: index.path).deadlines(
            DeadlineQuery(includeSuperseded: true, today: "2016-06-01"))
        let baseDeadline = try #require(all.first { $0.identifier == "Dir. 2015:99" })
        #expect(baseDeadline.superseded)
        #expect(baseDeadline.supersededBy == "Dir. 2016:71")
    }

    @Test func outputEscapingReplacesEveryOccurrenceAndKeepsOtherText() {
        #expect(TextOutput.replacing("<", with: "&lt;", in: "a<b<<ö") == "a&lt;b&lt;&lt;ö")
        #expect(TextOutput.replacing("<", with: "&lt;", in: "inga tecken") == "inga tecken")
        #expect(TextOutput.csvField("säger \"ja\", sen") == "\"säger \"\"ja\"\", sen\"")
    }

    @Test func statusesCountDaysFromToday() async throws {
        let (catalog, index) = try await catalog(ingesting: ["dir-2015-99.txt"])
        _ = index
        let before = try catalog.deadlines(DeadlineQuery(today: "2016-05-30"))
        #expect(before.map(\.status) == [.upcoming])
        #expect(before.first?.daysLeft == 1)
        let on = try catalog.deadlines(DeadlineQuery(today: "2016-05-31"))
        #expect(on.map(\.status) == [.today])
        let after = try catalog.deadlines(DeadlineQuery(onlyOverdue: true, today: "2017-05-31"))
        #expect(after.first?.daysLeft == -365)
        #expect(try catalog.deadlines(DeadlineQuery(onlyUpcoming: true, today: "2017-05-31")).isEmpty)
    }

    @Test func recurringDeadlinesExpandWithinTheWindow() async throws {
        let index = try TemporaryFolder()
        _ = try await ingest([corpusPath + "/sfs-2013-353.html"], into: index.path)
        let catalog = try Catalog(indexPath: index.path)
        let entries = try catalog.deadlines(DeadlineQuery(from: "2020", to: "2022", today: "2021-01-01"))
        let yearly = entries.filter(\.recurring)
        #expect(yearly.map(\.date) == ["2020-02-22", "2021-02-22", "2022-02-22"])
        #expect(Set(yearly.map(\.id)).count == 3, "each occurrence has its own id")
        let calendar = ICalendar.render(entries)
        #expect(calendar.components(separatedBy: "RRULE:FREQ=YEARLY").count == 2, "one event with a rule, not three")
    }

    @Test func windowFindsRecurringDeadlinesWhoseFirstYearIsBeforeIt() async throws {
        let source = try TemporaryFolder()
        try source.write(
            "rb-2017.txt",
            """
            Regleringsbrev för budgetåret 2017 avseende Kriminalvården

            Kriminalvården ska senast den 1 mars varje år, första gången 2017, redovisa antalet intagna.

            Kriminalvården ska senast den 15 maj 2017 redovisa lokalförsörjningen.
            """)
        let index = try TemporaryFolder()
        _ = try await ingest([source.path], into: index.path)
        let catalog = try Catalog(indexPath: index.path)
        let window = try catalog.deadlines(
            DeadlineQuery(agency: "Kriminalvården", from: "2020", to: "2021", today: "2020-01-01"))
        #expect(window.map(\.date) == ["2020-03-01", "2021-03-01"])
        let first = try catalog.deadlines(DeadlineQuery(from: "2017-05", to: "2017-05", today: "2017-01-01"))
        #expect(first.map(\.date) == ["2017-05-15"])
        let all = try catalog.deadlines(DeadlineQuery(from: "2017", to: "2017", today: "2017-01-01"))
        #expect(all.map(\.date) == ["2017-03-01", "2017-05-15"])
    }

    @Test func unknownAgencyIsAnErrorWithSuggestions() async throws {
        let (catalog, index) = try await catalog(ingesting: ["dir-2015-99.txt"])
        _ = index
        #expect {
            _ = try catalog.deadlines(DeadlineQuery(agency: "Kriminalvårdn", today: "2016-01-01"))
        } throws: { error in
            "\(error)".contains("did you mean \"Kriminalvården\"")
        }
    }
}
