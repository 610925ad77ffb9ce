import Testing

@testable import Extraction

/// Sentence splitting with Swedish abbreviations, section numbers and lists, on real text.
@Suite struct SentenceSplitterTests {
    static func sentences(_ paragraphs: [String]) -> [String] {
        let analysis = TestDocuments.analysis(paragraphs)
        return analysis.sentences.map { analysis.text(of: $0) }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var paragraphs: [String]
        var sentences: [String]
        var source: String
        var testDescription: String { source }
    }

    static let cases: [Case] = [
        Case(
            paragraphs: ["Därför har regeringen gett Kungl. Tekniska högskolan i uppdrag att vidta åtgärder."],
            sentences: ["Därför har regeringen gett Kungl. Tekniska högskolan i uppdrag att vidta åtgärder."],
            source: "validation pressmeddelanden-nya-atgarder-for-att-starka-stem-omradet.md: Kungl."),
        Case(
            paragraphs: [
                """
                Utredningen ska vid utförandet av uppdraget inhämta synpunkter från bl.a. en parlamentariskt \
                sammansatt referensgrupp.
                """
            ],
            sentences: [
                """
                Utredningen ska vid utförandet av uppdraget inhämta synpunkter från bl.a. en parlamentariskt \
                sammansatt referensgrupp.
                """
            ], source: "dir-2016-26.txt: bl.a."),
        Case(
            paragraphs: [
                """
                Regeringen beslutade den 8 juli 2010 kommittédirektiv om ett antal frågor om polisens organisation \
                (Dir. 2010:75).
                """
            ],
            sentences: [
                """
                Regeringen beslutade den 8 juli 2010 kommittédirektiv om ett antal frågor om polisens organisation \
                (Dir. 2010:75).
                """
            ], source: "dir-2012-13.txt: Dir. inside parentheses"),
        Case(
            paragraphs: [
                """
                Det handlar om t.ex. kabelläggningsfartyg och mätfartyg. Med hänvisning till det svenska \
                sjöfartsstödets nuvarande inriktning (prop. 2000/01:127, bet. 2001/02:TU3) föreslås ingen ändring.
                """
            ],
            sentences: [
                "Det handlar om t.ex. kabelläggningsfartyg och mätfartyg.",
                """
                Med hänvisning till det svenska sjöfartsstödets nuvarande inriktning (prop. 2000/01:127, bet. \
                2001/02:TU3) föreslås ingen ändring.
                """,
            ], source: "prop-2012-13-144.html: t.ex., prop., bet."),
        Case(
            paragraphs: [
                """
                Ett sätt att effektivisera förhandlingsarbetet kunde vara att parterna enades om någon form av \
                plan -- s.k. körplan -- för förhandlingarna.
                """
            ],
            sentences: [
                """
                Ett sätt att effektivisera förhandlingsarbetet kunde vara att parterna enades om någon form av \
                plan -- s.k. körplan -- för förhandlingarna.
                """
            ], source: "dir-1987-42.html: s.k."),
        Case(
            paragraphs: [
                """
                Enligt utredningens direktiv ska uppdraget redovisas senast den 31 mars 2012. Utredningstiden \
                förlängs nu. En delredovisning ska fortfarande göras den 31 mars 2012.
                """
            ],
            sentences: [
                "Enligt utredningens direktiv ska uppdraget redovisas senast den 31 mars 2012.",
                "Utredningstiden förlängs nu.",
                "En delredovisning ska fortfarande göras den 31 mars 2012.",
            ], source: "dir-2012-13.txt"),
        Case(
            paragraphs: [
                """
                Uppdrag till Socialstyrelsen att ta fram nationell vägledning för socialtjänstens arbete med \
                återvändare m.fl.
                """,
                "Socialstyrelsen ska ta fram en nationell vägledning.",
            ],
            sentences: [
                """
                Uppdrag till Socialstyrelsen att ta fram nationell vägledning för socialtjänstens arbete med \
                återvändare m.fl.
                """,
                "Socialstyrelsen ska ta fram en nationell vägledning.",
            ], source: "art-hjalp-att-lamna-valdsbejakande-extremism.txt: m.fl. at a heading's end"),
        Case(
            paragraphs: [
                "15 § Regeringskansliet skall vara samordningsmyndighet för rättsinformationssystemet."
            ],
            sentences: ["Regeringskansliet skall vara samordningsmyndighet för rättsinformationssystemet."],
            source: "sfs-1999-175.html: leading section number"),
        Case(
            paragraphs: [
                """
                Årlig verksamhetsredogörelse 13 § Nämnden ska senast den 22 februari varje år till riksdagen lämna \
                en redogörelse för sin verksamhet under det senaste kalenderåret.
                """
            ],
            sentences: [
                """
                Nämnden ska senast den 22 februari varje år till riksdagen lämna en redogörelse för sin verksamhet \
                under det senaste kalenderåret.
                """
            ], source: "sfs-2013-353.html: heading glued to the section number"),
        Case(
            paragraphs: ["Övergångsbestämmelser 2013:353 1. Denna lag träder i kraft den 1 juli 2013."],
            sentences: ["Denna lag träder i kraft den 1 juli 2013."], source: "sfs-2013-353.html: register number"),
        Case(
            paragraphs: [
                "Föreskrifterna om överklagande i 20 kap. 9 § träder i kraft först den 1 oktober 1994."
            ],
            sentences: ["Föreskrifterna om överklagande i 20 kap. 9 § träder i kraft först den 1 oktober 1994."],
            source: "sfs-1994-200.html: kap. and § inside a sentence"),
    ]

    @Test(arguments: cases)
    func splitsIntoSentences(_ testCase: Case) {
        #expect(Self.sentences(testCase.paragraphs) == testCase.sentences)
    }

    @Test func sentenceRunningIntoDashListIsCutAfterFirstItem() throws {
        // sfs-1999-175.html
        let analysis = TestDocuments.analysis([
            "16 § Samordningsmyndigheten skall",
            "– samordna frågor om standardisering i rättsinformationssystemet,",
            "– ansvara för sammanlänkning av de deltagande databaserna,",
            "– anordna årliga möten med systemets användare.",
        ])
        let sentence = try #require(analysis.sentences.first)
        #expect(analysis.sentences.count == 1)
        let cut = try #require(sentence.firstItemEnd)
        #expect(
            analysis.string(sentence.start..<cut)
                == "Samordningsmyndigheten skall\n– samordna frågor om standardisering i rättsinformationssystemet,")
    }

    @Test func inlineNumberedListIsCutAfterFirstItem() throws {
        // sfs-2013-353.html
        let analysis = TestDocuments.analysis([
            """
            Arbetsordning 5 § Nämnden ska besluta om en arbetsordning och i den meddela de närmare föreskrifter \
            som behövs om 1. nämndens organisation, 2. arbetsfördelning, 3. delegering av beslutanderätt, 4. \
            handläggning av ärenden samt 5. formerna i övrigt för nämndens verksamhet.
            """
        ])
        let sentence = try #require(analysis.sentences.first)
        let cut = try #require(sentence.firstItemEnd)
        #expect(
            analysis.string(sentence.start..<cut)
                == """
                Nämnden ska besluta om en arbetsordning och i den meddela de närmare föreskrifter som behövs om 1. \
                nämndens organisation,
                """
        )
    }

    @Test func sentenceEndingInColonStopsBeforeItsList() {
        // dir-2022-24.txt
        let sentences = Self.sentences([
            "Utredaren ska bland annat göra följande:",
            """
            * Föreslå vilka insatser som bör vidtas på nationell, regional och lokal nivå för att stärka det \
            narkotikaförebyggande arbetet i Sverige.
            """,
        ])
        #expect(sentences.first == "Utredaren ska bland annat göra följande:")
    }

    @Test func headingsWithoutPunctuationAreSentencesOfTheirOwn() {
        // art-hjalp-att-lamna-valdsbejakande-extremism.txt
        let sentences = Self.sentences([
            "Uppdrag till Kriminalvården att utveckla arbetet mot våldsbejakande extremism",
            """
            Kriminalvården ska utveckla och långsiktigt förankra arbetet mot våldsbejakande extremism inom \
            myndigheten.
            """,
        ])
        #expect(sentences.count == 2)
    }
}

extension SentenceSplitterTests {
    @Test func abbreviationBeforeAListDoesNotEndTheSentence() {
        // g0vse kommittedirektiv/2011/12/dir.-2011103.md
        let sentences = Self.sentences([
            "Utredaren ska bl.a.",
            "* analysera hur den nuvarande regleringen tillämpas,",
            "* lämna nödvändiga författningsförslag.",
        ])
        #expect(sentences.count == 1)
    }
}

extension SentenceSplitterTests {
    @Test func nestedListInsideTheFirstItemEndsIt() throws {
        // sosfs-2009-12.html, 10 §, with its nested list flattened into the first item.
        let analysis = TestDocuments.analysis([
            "10 § Läkaren ska i § 7-intyget, såvitt avser intygspersonen, redovisa",
            "* en anamnes som i förekommande fall innefattar a) resultaten av tidigare genomförda undersökningar, "
                + "b) personliga förhållanden,",
            "* fysiskt och psykiskt tillstånd vid läkarundersökningen.",
        ])
        let sentence = try #require(analysis.sentences.first)
        let cut = try #require(sentence.firstItemEnd)
        #expect(
            analysis.string(sentence.start..<cut)
                == "Läkaren ska i § 7-intyget, såvitt avser intygspersonen, redovisa\n"
                + "* en anamnes som i förekommande fall innefattar")
    }
}
