import Testing

@testable import Extraction

/// The Swedish date grammar on real sentences (source file in each case's comment).
@Suite struct DateGrammarTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var dates: [String]
        var source: String
        var testDescription: String { source }
    }

    static let cases: [Case] = [
        Case(
            text: "Uppdraget ska redovisas senast den 12 maj 2017.", dates: ["2017-05-12"], source: "dir-2016-15.html"),
        Case(
            text: "Författningsförslagen föreslås träda i kraft den 1 juli 2018.", dates: ["2018-07-01"],
            source: "ds-2016-46.html"),
        Case(
            text: "Utredaren skall senast före utgången av januari 1988 redovisa sina bedömningar till regeringen.",
            dates: ["1988-01-31"], source: "dir-1987-42.html"),
        Case(
            text: "skall upphöra att gälla vid utgången av juni 1971", dates: ["1971-06-30"],
            source: "sfs-1958-638.html"),
        Case(text: "Ikraft: 2004-01-01", dates: ["2004-01-01"], source: "sfs-2003-1067.html"),
        Case(text: "/Träder i kraft I:2014-01-01/", dates: ["2014-01-01"], source: "sfs-2013-363.html"),
        Case(text: "Gäller från den 01 september 2009", dates: ["2009-09-01"], source: "sosfs-2009-12.html"),
        Case(text: "Motionstid slutar 2016-10-12 00:00:00", dates: ["2016-10-12"], source: "riksdagen-H40314.xml"),
        Case(
            text: "Nämnden ska senast den 22 februari varje år till riksdagen lämna en redogörelse",
            dates: ["--02-22"], source: "sfs-2013-353.html"),
        Case(
            text: "De delar som avser följdändringar redovisas senast den 30 november 2012", dates: ["2012-11-30"],
            source: "dir-2012-13.txt"),
        Case(
            text: "Uppdraget ska redovisas senast den 26 april och slutredovisas senast den 31 oktober 2024.",
            dates: ["2024-04-26", "2024-10-31"], source: "CONVENTIONS: implied years"),
        Case(
            text: "Rapporten ska lämnas före utgången av 2022.", dates: ["2022-12-31"],
            source: "CONVENTIONS: före utgången av 2022"),
        Case(
            text: "Senast i december 2007 ska uppdraget redovisas till Finansdepartementet.", dates: ["2007-12-31"],
            source: "g0vse kommittedirektiv/2005/12/dir.-2005129.md"),
        Case(
            text: "Uppdraget ska redo\u{AD}visas senast den 15 december 2022.", dates: ["2022-12-15"],
            source: "g0vse kommittedirektiv/2022/06/dir.-202266.md (soft hyphen)"),
        Case(text: "75200000-8 Telekommunikationstjänster", dates: [], source: "sfs-2016-1145.html (CPV code)"),
        Case(text: "den 31 februari 2016", dates: [], source: "no such day"),
    ]

    @Test(arguments: cases)
    func datesAreReadAsISO(_ testCase: Case) {
        #expect(SwedishDateParser().dates(in: testCase.text).map(\.iso) == testCase.dates)
    }

    @Test func recurringDateIsMarked() throws {
        // sfs-2013-353.html
        let date = try #require(
            SwedishDateParser().dates(in: "Nämnden ska senast den 22 februari varje år till riksdagen lämna").first)
        #expect(date.recurring)
        #expect(date.year == nil)
    }

    /// A recurrence word anywhere in the clause makes its year-less dates recur, and only that clause's.
    @Test(arguments: [
        ("Från och med 2022 ska bedömningen årligen redovisas till Regeringskansliet senast den 22 februari.", [true]),
        ("Rekvisitionen ska inkomma till Kammarkollegiet senast den 31 mars respektive år.", [true]),
        ("Myndigheten ska en gång per år, med början år 2016, senast den 31 maj lämna en redogörelse.", [true]),
        ("Skolverket ska senast den 1 mars och den 1 september varje år återrapportera utvecklingen.", [true, true]),
        ("Rekvisition ska ske till Kammarkollegiet senast den 31 oktober.", [false]),
        ("Polismyndigheten ska under åren 2026–2028 senast den 15 februari delredovisa uppdraget.", [true]),
        ("Kostnaden är 100 kronor per år och ska betalas senast den 1 mars.", [false]),
        (
            "Myndigheten ska * årligen senast den 1 september delredovisa uppdraget, * senast den 1 september 2026 "
                + "slutredovisa uppdraget.", [true, false]
        ),
    ])
    func recurrenceWordsMarkTheirClause(_ text: String, _ recurring: [Bool]) {
        #expect(SwedishDateParser().dates(in: text).map(\.recurring) == recurring)
    }

    @Test func impliedYearIsMarked() {
        let dates = SwedishDateParser().dates(in: "senast den 26 april och senast den 31 oktober 2024")
        #expect(dates.map(\.yearImplied) == [true, false])
    }

    @Test(arguments: [
        ("Bestämmelsen i 13 § ska tillämpas första gången för verksamhetsåret 2013.", 2013),  // sfs-2013-353.html
        ("Myndigheten ska från och med 2021 redovisa senast den 1 mars varje år.", 2021),  // CONVENTIONS
        ("Uppdraget ska redovisas senast den 31 mars varje år, med början 2020.", 2020),
        ("Myndigheten ska en gång per år, med början år 2016, senast den 31 maj lämna en redogörelse.", 2016),
        ("Delredovisningar ska lämnas årligen senast den 15 april med start 2019.", 2019),
        ("Tillväxtverket ska senast den 26 mars respektive år 2021–2025 lämna en redovisning.", 2021),
        ("Polismyndigheten ska under åren 2026–2028 senast den 15 februari delredovisa uppdraget.", 2026),
    ])
    func firstYearIsFound(_ text: String, _ year: Int) {
        #expect(SwedishDateParser().firstYear(in: text) == year)
    }

    @Test func spanCoversTheDatePhrase() throws {
        let text = "Uppdraget ska redovisas senast den 12 maj 2017."
        let date = try #require(SwedishDateParser().dates(in: text).first)
        let scalars = Array(text.unicodeScalars)[date.span.offset..<(date.span.offset + date.span.length)]
        #expect(String(String.UnicodeScalarView(scalars)) == "12 maj 2017")
    }
}
