import Testing

@testable import Extraction

/// Deadlines and their kinds on real sentences (source in each case), and CONVENTIONS' non-deadlines.
@Suite struct DeadlineExtractorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var paragraphs: [String]
        var doctype: Doctype
        /// "date kind" per deadline, in order.
        var expected: [String]
        var source: String
        var testDescription: String { source }
    }

    static let cases: [Case] = [
        Case(
            paragraphs: [
                """
                Den senaste förlängningen gäller till utgången av juni 2019. I promemorian föreslås att \
                övergångsperioden för understödsföreningar som är tjänstepensionskassor förlängs ytterligare till \
                utgången av november 2019 och för övriga understödsföreningar till utgången av år 2020.
                """
            ], doctype: .other, expected: ["2019-06-30 other", "2019-11-30 other", "2020-12-31 other"],
            source: "validation departementsserien-och-promemorior-ytterligare-forlangd-…: ends of periods"),
        Case(
            paragraphs: [
                """
                Rekvisition ska lämnas senast den 15 september 2022. Medel som inte har använts för avsett ändamål \
                ska betalas tillbaka till Kammarkollegiet senast den 31 januari 2023. Senast samma datum ska \
                Statens skolverk lämna en ekonomisk redovisning till Kammarkollegiet.
                """
            ], doctype: .regeringsuppdrag,
            expected: ["2022-09-15 other", "2023-01-31 other", "2023-01-31 redovisning"],
            source: "validation regeringsuppdrag-uppdrag-till-statens-skolverk-om-…: money, samma datum"),
        Case(
            paragraphs: [
                """
                Jordbruksverket och SVA ska senast den 28 november 2025 lämna en gemensam redovisning av analysen \
                av möjliga åtgärder som rör blåtunga samt senast den 30 juni 2026 lämna en gemensam redovisning av \
                den del av uppdraget som rör övriga förebyggande åtgärder till Regeringskansliet.
                """,
                """
                Jordbruksverket och SVA ska senast den 30 april 2027 lämna en gemensam redovisning av uppdraget om \
                förebyggande åtgärder och hantering av salmonella till Regeringskansliet.
                """,
            ], doctype: .regeringsuppdrag,
            expected: ["2025-11-28 delredovisning", "2026-06-30 delredovisning", "2027-04-30 slutredovisning"],
            source: "validation regeringsuppdrag-uppdrag-till-statens-jordbruksverk-…: staggered reports"),
        Case(
            paragraphs: ["Uppdraget ska redovisas senast den 12 maj 2017."], doctype: .kommittedirektiv,
            expected: ["2017-05-12 slutredovisning"], source: "dir-2016-15.html"),
        Case(
            paragraphs: ["En delredovisning ska lämnas senast den 14 oktober 2022 avseende följande deluppdrag:"],
            doctype: .kommittedirektiv, expected: ["2022-10-14 delredovisning"], source: "dir-2022-24.txt"),
        Case(
            paragraphs: ["Uppdraget i övrigt ska redovisas senast den 31 oktober 2023."], doctype: .kommittedirektiv,
            expected: ["2023-10-31 slutredovisning"], source: "dir-2022-24.txt"),
        Case(
            paragraphs: [
                "Utredaren skall senast före utgången av januari 1988 redovisa sina bedömningar till regeringen."
            ],
            doctype: .kommittedirektiv, expected: ["1988-01-31 redovisning"], source: "dir-1987-42.html"),
        Case(
            paragraphs: [
                """
                ISF ska enligt sitt regleringsbrev för 2017 utvärdera steglös avräkning för vissa försäkrade \
                kvinnor och män som uppbär sjukersättning. En plan för genomförande av uppdraget ska utarbetas i \
                samråd med Socialdepartementet och redovisas till Socialdepartementet senast den 1 juni 2017.
                """
            ], doctype: .regeringsuppdrag, expected: ["2017-06-01 redovisning"],
            source: "ru-2017-isf-slutredovisning.txt"),
        Case(
            paragraphs: [
                """
                Statskontoret ska senast den 15 maj 2026 lämna en muntlig delredovisning av uppdraget till \
                Regeringskansliet (Finansdepartementet). Uppdraget ska slutredovisas senast den 15 april 2027.
                """
            ], doctype: .regeringsuppdrag, expected: ["2026-05-15 delredovisning", "2027-04-15 slutredovisning"],
            source: "ru-2025-statskontoret-konsekvensutredningar.txt"),
        Case(
            paragraphs: [
                """
                När det gäller den fristående granskningen ska delen om polisens verksamhet redovisas senast den 1 \
                juli 2013 och delen om Kriminalvårdens verksamhet redovisas senast den 16 december 2013.
                """
            ], doctype: .tillaggsdirektiv, expected: ["2013-07-01 delredovisning", "2013-12-16 slutredovisning"],
            source: "dir-2012-13.txt: the last part is the final report"),
        Case(
            paragraphs: ["Denna förordning träder i kraft den 1 maj 1999."], doctype: .forordning,
            expected: ["1999-05-01 ikrafttradande"], source: "sfs-1999-175.html"),
        Case(
            paragraphs: ["Lagändringarna föreslås träda i kraft den 1 juli 2018."], doctype: .proposition,
            expected: ["2018-07-01 ikrafttradande"], source: "prop-2017-18-86.html"),
        Case(
            paragraphs: ["Ikraft: 2004-01-01"], doctype: .lag, expected: ["2004-01-01 ikrafttradande"],
            source: "sfs-2003-1067.html"),
        Case(
            paragraphs: ["SFS-nummer", "2001:1273", "Ikraft", "2002-01-01"], doctype: .lag,
            expected: ["2002-01-01 ikrafttradande"], source: "sfs-2000-1335.xhtml: register table"),
        Case(
            paragraphs: ["/Upphör att gälla U:2019-01-01/ Innehållet i denna lag är uppdelat enligt följande:"],
            doctype: .lag, expected: ["2019-01-01 other"], source: "sfs-2016-1145.html"),
        Case(
            paragraphs: ["För länsstyrelser inträder dock skyldigheten den 1 januari 2001."], doctype: .forordning,
            expected: ["2001-01-01 other"], source: "sfs-1999-175.html"),
        Case(
            paragraphs: ["Sista dag att svara på remissen är den 30 juni 2026."], doctype: .other,
            expected: ["2026-06-30 other"], source: "remiss-sou-2026-14.html"),
        Case(
            paragraphs: ["Motionstid slutar", "2016-10-12 00:00:00"], doctype: .proposition,
            expected: ["2016-10-12 other"], source: "riksdagen-H40314.xml"),
        Case(
            paragraphs: [
                """
                Nämnden ska senast den 22 februari varje år till riksdagen lämna en redogörelse för sin verksamhet \
                under det senaste kalenderåret.
                """,
                "Bestämmelsen i 13 § ska tillämpas första gången för verksamhetsåret 2013.",
            ], doctype: .lag, expected: ["2014-02-22 redovisning"], source: "sfs-2013-353.html: first report year"),
        Case(
            paragraphs: [
                """
                Regelrådet ska även senast den 31 januari varje år skriftligen redovisa till regeringen hur \
                arbetet fortgår.
                """
            ],
            doctype: .kommittedirektiv, expected: ["--01-31 redovisning"],
            source: "g0vse kommittedirektiv/2010/09/dir.-201096.md: recurring without a first year"),
        Case(
            paragraphs: ["Gäller från", "2009-09-01"], doctype: .other, expected: ["2009-09-01 ikrafttradande"],
            source: "CONVENTIONS: tables of Gäller från"),
        Case(
            paragraphs: [
                """
                Folkhälsomyndigheten och Statens jordbruksverk ska – efter samråd med övriga medverkande – till \
                Socialdepartementet redovisa uppdraget varje år senast den 31 december.
                """
            ], doctype: .regeringsuppdrag, expected: ["--12-31 redovisning"],
            source: "g0vse regeringsuppdrag/2020/12/uppdrag-angaende-samverkansfunktion-….md: recurring"),
        Case(
            paragraphs: [
                "Delredovisningar ska lämnas till Regeringskansliet (Socialdepartementet) "
                    + "årligen senast den 31 december."
            ],
            doctype: .regeringsuppdrag, expected: ["--12-31 redovisning"],
            source: "g0vse regeringsuppdrag/2018/07/uppdrag-att-genomfora-en-pilotstudie-….md: årligen first"),
        Case(
            paragraphs: [
                """
                Från och med 2022 ska bedömningen årligen redovisas till Regeringskansliet (Justitiedepartementet) \
                senast den 22 februari.
                """
            ],
            doctype: .regeringsuppdrag, expected: ["2022-02-22 redovisning"],
            source: "g0vse regeringsuppdrag/2020/12/uppdrag-till-myndigheten-for-samhallsskydd-….md: årligen apart"),
        Case(
            paragraphs: [
                """
                Åklagarmyndigheten ska en gång per år, med början år 2016, senast den 31 maj till regeringen lämna \
                en gemensam redogörelse.
                """
            ],
            doctype: .regeringsuppdrag, expected: ["2016-05-31 redovisning"],
            source: "g0vse regeringsuppdrag/2016/01/uppdrag-till-aklagarmyndigheten-….md: once a year, first year"),
        Case(
            paragraphs: [
                """
                Uppdraget ska, med ändring av tidigare beslut, redovisas senast den 31 mars 2016. Regeringen fattade \
                den 25 april 2024 beslut om att förlänga tiden. Den 23 maj 2024 tog regeringen beslut om saken.
                """
            ],
            doctype: .tillaggsdirektiv, expected: ["2016-03-31 slutredovisning"],
            source: "g0vse kommittedirektiv/2015/07/tillaggsdirektiv-till-delegationen-for-unga-….md: beslut, fattade"),
        Case(
            paragraphs: [
                """
                Myndigheten ska senast den 31 januari 2018, den 31 januari 2019 och den 31 januari 2020 redovisa \
                hur arbetet med sektorsstrategierna framskrider till Regeringskansliet.
                """
            ],
            doctype: .regeringsuppdrag,
            expected: ["2018-01-31 delredovisning", "2019-01-31 delredovisning", "2020-01-31 slutredovisning"],
            source: "g0vse regeringsuppdrag: a list of report dates shares the verb after the last"),
        Case(
            paragraphs: [
                """
                Konsumentverket ska senast den 1 mars år 2018 och 1 mars 2019 redovisa hur arbetet har utförts och \
                senast den 1 mars 2020 samlat redovisa resultaten. Statistiken ska lämnas senast den 10 september \
                2021 och avse perioden 1 januari till och med 30 juni 2021.
                """
            ],
            doctype: .regeringsuppdrag,
            expected: [
                "2018-03-01 delredovisning", "2019-03-01 delredovisning", "2020-03-01 slutredovisning",
                "2021-09-10 slutredovisning",
            ],
            source: "g0vse regeringsuppdrag: \"år 2018\", a period covered"),
        Case(
            paragraphs: [
                """
                Detta tilläggsuppdrag ska i likhet med det tidigare beslutade uppdraget redovisas senast den 1 oktober \
                2013. Detta uppdrag ersätter det av regeringen den 10 december 2015 beslutade uppdraget.
                """
            ],
            doctype: .tillaggsdirektiv, expected: ["2013-10-01 slutredovisning"],
            source: "g0vse kommittedirektiv/2013/05/dir.-201348.md: a decision's participle describes its noun"),
        Case(
            paragraphs: ["Remissvaren ska ha inkommit till Finansdepartementet senast den 26 november 2021."],
            doctype: .other, expected: ["2021-11-26 other"],
            source: "g0vse departementsserien-och-promemorior.json: consultation answers"),
        Case(
            paragraphs: [
                """
                Arbetsförmedlingen ska lämna en muntlig lägesbeskrivning till regeringen senast den 28 april 2026 \
                och slutredovisa uppdraget senast den 28 april 2027.
                """
            ], doctype: .artikel, expected: ["2026-04-28 redovisning", "2027-04-28 slutredovisning"],
            source: "g0vse pressmeddelanden/2025/12/arbetsformedlingen-ska-oka-kannedomen-om-etableringsjobb.md"),
        Case(
            paragraphs: ["Tidpunkten för utredarens slutliga redovisning ändras till den 21 november 2008."],
            doctype: .tillaggsdirektiv, expected: ["2008-11-21 slutredovisning"],
            source: "g0vse kommittedirektiv/2008/06/dir.-200879.md"),
        Case(
            paragraphs: ["Utredningen om klimatfärdplan 2050 (M2014:03) avslutas den 31 december 2014."],
            doctype: .tillaggsdirektiv, expected: ["2014-12-31 slutredovisning"],
            source: "g0vse kommittedirektiv/2015/01/dir.-2014166.md"),
        // Never deadlines: decision dates, page stamps, past events.
        Case(
            paragraphs: ["Senast uppdaterad 2016-03-01"], doctype: .kommittedirektiv, expected: [],
            source: "CONVENTIONS: page stamp"),
        Case(
            paragraphs: ["Utredaren ska redovisa uppdraget den 1 mars."], doctype: .kommittedirektiv, expected: [],
            source: "a date without a year and nothing to take it from"),
        Case(
            paragraphs: ["Beslut vid regeringssammanträde den 24 mars 2016."], doctype: .kommittedirektiv,
            expected: [], source: "CONVENTIONS: decision date"),
        Case(
            paragraphs: ["Publicerad 29 februari 2016 · Uppdaterad 29 februari 2016"], doctype: .kommittedirektiv,
            expected: [], source: "dir-2016-15.html: page stamp"),
        Case(
            paragraphs: [
                """
                Regeringen beslutade den 8 juli 2010 kommittédirektiv om ett antal frågor om polisens organisation \
                (Dir. 2010:75).
                """
            ], doctype: .tillaggsdirektiv, expected: [], source: "dir-2012-13.txt: past decision"),
        Case(
            paragraphs: ["Lagen trädde i kraft den 1 december 2001."], doctype: .proposition, expected: [],
            source: "prop-2012-13-144.html: past entry into force"),
        Case(
            paragraphs: [
                "Varje år avsätter staten miljardbelopp i form av statsbidrag till skolväsendet."
            ], doctype: .artikel, expected: [], source: "art-2024-tre-skolmyndigheter.txt"),
        Case(
            paragraphs: [
                """
                Rådets direktiv 2006/112/EG av den 28 november 2006 om ett gemensamt system för mervärdesskatt ska \
                redovisas.
                """
            ], doctype: .lag, expected: [], source: "sfs-1994-200.html: the date of an act"),
    ]

    @Test func entryIntoForceOfAnUnnumberedReferralNamesTheStatutes() throws {
        // validation lagradsremiss-ett-nytt-regelverk-for-nyanlanda-invandrares-etablering-….md
        let analysis = TestDocuments.analysis(
            ["Den nya lagen och övriga lagändringar föreslås träda i kraft 1 januari 2018."], doctype: .other)
        let deadline = try #require(DeadlineExtractor().deadlines(in: analysis).first)
        #expect(deadline.kind == .ikrafttradande)
        #expect(deadline.actor == "den nya lagen och övriga lagändringar")
    }

    @Test func oldDateReplacedInItsOwnSentenceIsSuperseded() {
        // validation kommittedirektiv-tillaggsdirektiv-till-utredningen-samordnad-utveckling-…
        let analysis = TestDocuments.analysis(
            [
                """
                De delar som utredningen enligt tidigare beslutade direktiv skulle slutredovisa den 31 mars 2020 \
                ska i stället redovisas i form av ett delbetänkande samma datum.
                """
            ], doctype: .tillaggsdirektiv)
        let found = DeadlineExtractor().deadlines(in: analysis)
        #expect(
            found.map { "\($0.date) \($0.kind.rawValue) \($0.superseded == true)" } == [
                "2020-03-31 slutredovisning true", "2020-03-31 delredovisning false",
            ])
    }

    @Test(arguments: cases)
    func deadlinesAndKinds(_ testCase: Case) {
        let analysis = TestDocuments.analysis(testCase.paragraphs, doctype: testCase.doctype)
        let found = DeadlineExtractor().deadlines(in: analysis).map { $0.date + " " + $0.kind.rawValue }
        #expect(found == testCase.expected)
    }

    @Test func extendedDirectiveSupersedesTheOldDate() throws {
        // dir-2016-26.txt
        let analysis = TestDocuments.analysis(
            [
                "Enligt de ursprungliga direktiven skulle utredningens uppdrag slutföras senast den 31 maj 2016.",
                """
                Utredningstiden förlängs. Uppdraget enligt tilläggsdirektivet ska redovisas senast den 31 december \
                2016.
                """,
            ], doctype: .tillaggsdirektiv)
        let deadlines = DeadlineExtractor().deadlines(in: analysis)
        let old = try #require(deadlines.first { $0.date == "2016-05-31" })
        let new = try #require(deadlines.first { $0.date == "2016-12-31" })
        #expect(old.superseded == true)
        #expect(new.replaces == "2016-05-31")
        #expect(new.superseded == nil)
        #expect(new.actor == "utredaren")
    }

    @Test func extensionFromOneDateToAnother() throws {
        // g0vse kommittedirektiv/2010/03/dir.-201027.md
        let analysis = TestDocuments.analysis(
            [
                """
                Regeringen utvidgar nu utredarens uppdrag och förlänger dessutom utredningstiden från den 30 juni 2010 \
                till den 15 januari 2011.
                """
            ], doctype: .tillaggsdirektiv)
        let deadlines = DeadlineExtractor().deadlines(in: analysis)
        #expect(deadlines.map(\.date) == ["2010-06-30", "2011-01-15"])
        #expect(deadlines.map(\.kind) == [.slutredovisning, .slutredovisning])
        #expect(deadlines.first?.superseded == true)
        #expect(deadlines.last?.replaces == "2010-06-30")
    }

    /// The date after "i stället för" is the one replaced; a decision's own date is no deadline.
    @Test(arguments: [
        (
            """
            Regeringen föreskriver med ändring av beslutet den 19 september 2007 att ESV ska lämna rapporten till \
            Regeringskansliet senast den 30 april 2008 istället för den 31 januari 2008.
            """, "g0vse regeringsuppdrag/2008/01/a2008196a.md"
        ),
        (
            "Uppdraget ska i stället för den 31 januari 2008 redovisas senast den 30 april 2008.",
            "g0vse kommittedirektiv/2009/05/dir.-200943.md: the old date first"
        ),
    ])
    func dateAfterInsteadOfIsReplaced(_ text: String, _ source: String) throws {
        let deadlines = DeadlineExtractor().deadlines(in: TestDocuments.analysis([text], doctype: .regeringsuppdrag))
        #expect(deadlines.map(\.date).sorted() == ["2008-01-31", "2008-04-30"], "\(source)")
        let old = try #require(deadlines.first { $0.date == "2008-01-31" })
        let new = try #require(deadlines.first { $0.date == "2008-04-30" })
        #expect(old.superseded == true)
        #expect(new.replaces == "2008-01-31")
        #expect(new.kind == .slutredovisning)
    }

    /// "ska enligt direktiven" cites the old date; "uppdraget enligt de ursprungliga direktiven ska i stället" and
    /// "ska fortfarande" state the current one.
    @Test(arguments: [
        (
            [
                "Utredaren ska enligt direktiven redovisa uppdraget senast den 17 november 2007.",
                "Utredningstiden förlängs. Uppdraget ska i stället redovisas senast den 14 december 2007.",
            ], ["2007-11-17 true", "2007-12-14 false"], "g0vse kommittedirektiv/2007/06/dir.-200782.md"
        ),
        (
            ["Uppdraget enligt de ursprungliga direktiven ska i stället redovisas den 21 januari 2025."],
            ["2025-01-21 false"], "g0vse kommittedirektiv/2025/01/dir.-20252.md"
        ),
        (
            ["Uppdraget ska enligt direktiven fortfarande redovisas senast den 30 augusti 2010."],
            ["2010-08-30 false"], "the date stands"
        ),
    ])
    func directivesCitedAfterTheModalGiveTheOldDate(_ paragraphs: [String], _ expected: [String], _ source: String) {
        let analysis = TestDocuments.analysis(paragraphs, doctype: .tillaggsdirektiv)
        let found = DeadlineExtractor().deadlines(in: analysis).map { "\($0.date) \($0.superseded == true)" }
        #expect(found == expected, "\(source)")
    }

    @Test func directiveActorFollowsTheDirectivesOwnWording() throws {
        // dir-2012-13.txt speaks of "Kommittén".
        let analysis = TestDocuments.analysis(
            [
                "Kommittén ska också analysera konsekvenserna av en eventuell ombildning av Säkerhetspolisen.",
                "En delredovisning ska fortfarande göras den 31 mars 2012.",
            ], doctype: .tillaggsdirektiv)
        let deadline = try #require(DeadlineExtractor().deadlines(in: analysis).first)
        #expect(deadline.actor == "kommittén")
    }

    @Test func quoteAndSpanCarryTheDate() throws {
        // art-2022-arbetsformedlingen-kompetensforsorjning.txt
        let text =
            """
            Uppdraget ges till Arbetsförmedlingen genom myndighetens regleringsbrev för 2023 och ska redovisas \
            till Regeringskansliet (Arbetsmarknadsdepartementet) senast den 13 oktober 2023.
            """
        let analysis = TestDocuments.analysis([text], doctype: .artikel)
        let deadline = try #require(DeadlineExtractor().deadlines(in: analysis).first)
        #expect(deadline.quote.hasPrefix("ska redovisas till Regeringskansliet"))
        #expect(deadline.actor == "Arbetsförmedlingen")
        let span = try #require(deadline.span)
        #expect(analysis.string(span.offset..<(span.offset + span.length)) == deadline.quote)
    }
}

extension DeadlineExtractorTests {
    @Test func proposedEntryIntoForceNamesTheProposal() throws {
        // prop-2017-18-86.html
        let document = ParsedDocument(
            file: "prop.html", format: .html, encoding: "utf-8",
            metadata: DocumentMetadata(doctype: .proposition, identifier: "prop. 2017/18:86"),
            blocks: [Block(kind: .paragraph, text: "Lagändringarna föreslås träda i kraft den 1 juli 2018.")])
        let deadline = try #require(DeadlineExtractor().deadlines(in: document).first)
        #expect(deadline.actor == "lagändringarna i prop. 2017/18:86")
    }
}

extension DeadlineExtractorTests {
    @Test(arguments: [
        // (paragraphs, gold quote), each from corpus-dev's gold records.
        (
            [
                "Denna författning träder i kraft den 1 september 2009, då Rättsmedicinalverkets föreskrifter upphör att gälla."
            ],
            "Denna författning träder i kraft den 1 september 2009"
        ),  // sosfs-2009-12.html
        (
            ["En delredovisning ska lämnas senast den 14 oktober 2022 avseende följande deluppdrag:"],
            "En delredovisning ska lämnas senast den 14 oktober 2022"
        ),  // dir-2022-24.txt
        (["Ikraft: 1995-07-01 överg.best."], "Ikraft: 1995-07-01"),  // sfs-1994-1809.html
        (
            ["1 § /Upphör att gälla U:2019-01-01/ Innehållet i denna lag är uppdelat enligt följande:"],
            "/Upphör att gälla U:2019-01-01/"
        ),  // sfs-2016-1145.html
        // riksdagen-H40314.xml
        (["Motionstid slutar", "2016-10-12 00:00:00"], "Motionstid slutar\n2016-10-12 00:00:00"),
        (
            ["Alla uppdragen ska redovisas senast den 1 oktober 2024."],
            "Alla uppdragen ska redovisas senast den 1 oktober 2024."
        ),  // art-2024-tre-skolmyndigheter.txt
        (
            [
                """
                Uppdraget ges till Arbetsförmedlingen genom myndighetens regleringsbrev för 2023 och ska redovisas \
                till Regeringskansliet (Arbetsmarknadsdepartementet) senast den 13 oktober 2023.
                """
            ], "ska redovisas till Regeringskansliet (Arbetsmarknadsdepartementet) senast den 13 oktober 2023"
        ),  // art-2022-arbetsformedlingen-kompetensforsorjning.txt
    ])
    func quoteIsTheShortestFragmentCarryingTheDate(_ paragraphs: [String], _ quote: String) throws {
        let analysis = TestDocuments.analysis(paragraphs, doctype: .artikel)
        let deadline = try #require(DeadlineExtractor().deadlines(in: analysis).first)
        #expect(deadline.quote == quote)
    }
}

extension DeadlineExtractorTests {
    /// Transitional provisions list each amendment under its own number; its entry into force is that amendment's.
    @Test(arguments: [
        // sfs-1915-218.html: a bare SFS number as the label.
        (
            "Lag (1915:218) om avtal", "SFS 1915:218", Doctype.lag, ["Övergångsbestämmelser", "1987:329"],
            "Lag (1987:329)"
        ),
        (
            "Lag (1915:218) om avtal", "SFS 1915:218", Doctype.lag, ["Övergångsbestämmelser", "Lag (1994:1513)"],
            "Lag (1994:1513)"
        ),
        // dvfs-2000-5.xhtml: a regulation series keeps its name.
        ("Föreskrifter (DVFS 2000:5)", "DVFS 2000:5", Doctype.other, ["DVFS 2002:2"], "DVFS 2002:2"),
        // The statute's own number above its provisions, or a long block, names no amendment.
        ("Mervärdesskattelag (1994:200)", "SFS 1994:200", Doctype.lag, ["1994:200"], "Mervärdesskattelag (1994:200)"),
        (
            "Lag (1915:218) om avtal", "SFS 1915:218", Doctype.lag,
            ["Ändringen i lagen (1987:329) gäller avtal som ingåtts efter 1987:329"], "Lag (1915:218)"
        ),
    ])
    func amendmentLabelNamesTheEntryIntoForce(
        title: String, identifier: String, doctype: Doctype, before: [String], actor: String
    ) throws {
        let blocks =
            before.map { Block(kind: .paragraph, text: $0) }
            + [Block(kind: .paragraph, text: "Denna lag träder i kraft den 1 juli 1987.")]
        let document = ParsedDocument(
            file: "statute.html", format: .html, encoding: "utf-8",
            metadata: DocumentMetadata(doctype: doctype, identifier: identifier, title: title), blocks: blocks)
        let deadline = try #require(DeadlineExtractor().deadlines(in: document).first)
        #expect(deadline.kind == .ikrafttradande)
        #expect(deadline.actor == actor)
    }
}

extension DeadlineExtractorTests {
    /// A role the text implies: referral answers belong to the referral bodies, the motion period to the members.
    @Test(arguments: [
        ("Sista dag att svara på remissen är den 30 juni 2026.", "remissinstanserna"),  // remiss-sou-2026-14.html
        ("Remissvaren ska ha kommit in till Finansdepartementet senast den 8 maj 2020.", "remissinstanserna"),
        ("Motionstid slutar 2016-10-12", "riksdagens ledamöter (motionstid)"),  // riksdagen-H40314.xml
    ])
    func impliedRoleIsTheActor(sentence: String, actor: String) throws {
        let document = ParsedDocument(
            file: "page.html", format: .html, encoding: "utf-8",
            metadata: DocumentMetadata(doctype: .other, title: "Remiss"),
            blocks: [
                Block(kind: .paragraph, text: "Remissinstanser: Förvaltningsrätten i Jönköping, Statskontoret"),
                Block(kind: .paragraph, text: sentence),
            ])
        let deadline = try #require(DeadlineExtractor().deadlines(in: document).first)
        #expect(deadline.actor == actor)
    }
}
