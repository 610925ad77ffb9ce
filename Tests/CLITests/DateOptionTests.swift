import Foundation
import TestSupport
import Testing

/// Date options are checked strictly and understand `today` and spans ahead (`--within 30d`).
@Suite struct DateOptionTests {
    @Test(arguments: [
        ["deadlines", "--from", "2016-13-01"], ["deadlines", "--to", "2016-02-30"],
        ["deadlines", "--from", "2015-02-29"],
        ["deadlines", "--from", "2016-00"], ["deadlines", "--from", "16"], ["search", "--from", "2016-02-30"],
        ["search", "--deadline-to", "2016-04-31"],
    ])
    func impossibleDatesAreUsageErrors(arguments: [String]) throws {
        let result = try run(Array(arguments.prefix(1)) + ["--index", corpusIndex] + arguments.dropFirst())
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("uppdrag: error: not a date: \(arguments.last ?? "")"))
        #expect(result.stdout.isEmpty)
    }

    @Test func leapDayAndMonthBoundsAreAccepted() throws {
        let leap = try run(["deadlines", "--index", corpusIndex, "--from", "2016-02-29", "--to", "2016-02-29"])
        #expect(leap.status == 0, "\(leap.stderr)")
        // A month as the upper bound ends on its last day (the 22nd of February is a yearly deadline's date).
        let month = try run([
            "deadlines", "--index", corpusIndex, "--format", "csv", "--from", "2016-02", "--to", "2016-02",
        ])
        #expect(month.status == 0)
        #expect(month.stdout.contains(",2016-02-22,"))
    }

    @Test func fromAfterToIsAnError() throws {
        for arguments in [
            ["deadlines", "--from", "2017", "--to", "2016"], ["search", "--from", "2016-06-02", "--to", "2016-06-01"],
        ] {
            let result = try run(Array(arguments.prefix(1)) + ["--index", corpusIndex] + arguments.dropFirst())
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains("--from \(arguments[2]) is after --to \(arguments[4])"))
        }
    }

    @Test func todayAndWithinAreDatesRelativeToToday() throws {
        let base = ["deadlines", "--index", corpusIndex, "--format", "csv", "--today", "2016-06-01"]
        let explicit = try run(base + ["--from", "2016-06-01", "--to", "2017-06-01"])
        #expect(explicit.status == 0)
        #expect(explicit.stdout.split(separator: "\r\n").count > 1, "the window should hold deadlines")
        let today = try run(base + ["--from", "today", "--to", "2017-06-01"])
        #expect(today.stdout == explicit.stdout)
        let year = try run(base + ["--within", "1y"])
        #expect(year.stdout == explicit.stdout)
        let months = try run(base + ["--within", "12m"])
        #expect(months.stdout == explicit.stdout)
        let days = try run(base + ["--within", "365d"])
        #expect(days.stdout == explicit.stdout)
        let shorter = try run(base + ["--within", "2w"])
        let dates = shorter.stdout.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[1] }
        #expect(dates.allSatisfy { $0 >= "2016-06-01" && $0 <= "2016-06-15" })
        let bad = try run(base + ["--within", "soon"])
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("uppdrag: error: --within expects"))
    }
}
