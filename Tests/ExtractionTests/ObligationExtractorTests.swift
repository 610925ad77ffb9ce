import Testing

@testable import Extraction

/// Obligations on real sentences (source in each case), and CONVENTIONS' non-obligations.
@Suite struct ObligationExtractorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var paragraphs: [String]
        var doctype: Doctype
        /// The actor of the one obligation expected, or nil for none.
        var actor: String?
        var source: String
        var testDescription: String { source }
    }

    static let cases: [Case] = [
        Case(
            paragraphs: [
                """
                En särskild utredare, Sigurd Heuman, f.d. lagman, ska se över den lagstiftning som medför en \
                skyldighet för tillhandahållare av elektroniska kommunikationstjänster att lagra uppgifter.
                """
            ], doctype: .kommittedirektiv, actor: "utredaren",
            source: "validation kommittedirektiv-dir.-202158.md: appositions before ska"),
        Case(
            paragraphs: [
                """
                Med ändring av regeringens beslut den 1 april 2021 om uppdrag att analysera och kvalitetssäkra \
                införandet av signalsystemet ERTMS i det svenska järnvägssystemet (I2021/01105) ska Trafikverket \
                till Regeringskansliet (Infrastrukturdepartementet) delredovisa uppdraget senast den 30 september 2021.
                """
            ], doctype: .regeringsuppdrag, actor: "Trafikverket",
            source: "validation regeringsuppdrag-framstallning-om-forlangd-tid-…: 'uppdrag att' is an infinitive"),
        Case(
            paragraphs: [
                """
                I uppdraget ingår även en internationell utblick där Socialstyrelsen ska samråda med \
                professionsföreningar och internationella organ som WHO.
                """
            ], doctype: .artikel, actor: "Socialstyrelsen",
            source: "validation pressmeddelanden-okad-kunskap-om-postcovid-…: där-clause"),
        Case(
            paragraphs: [
                """
                Regeringen ger Statens jordbruksverk (Jordbruksverket) och Statens veterinärmedicinska anstalt \
                (SVA) i uppdrag att analysera behovet av förebyggande åtgärder.
                """,
                "I uppdraget ingår att myndigheterna ska lämna förslag på prioriterade åtgärder.",
            ], doctype: .regeringsuppdrag, actor: "Statens jordbruksverk och Statens veterinärmedicinska anstalt",
            source: "validation regeringsuppdrag-uppdrag-till-statens-jordbruksverk-…: 'ingår att', plural anaphor"),
        Case(
            paragraphs: [
                "Till redovisningen ska SLU:s vetenskapliga studie och Formas sammanställning bifogas som bilagor."
            ], doctype: .regeringsuppdrag, actor: nil,
            source: "validation regeringsuppdrag-uppdrag-till-naturvardsverket-…: possessor, passive"),
        Case(
            paragraphs: [
                """
                Läkemedelsverket, Folkhälsomyndigheten och länsstyrelserna ska senast den 1 mars 2024 lämna en \
                gemensam redovisning av uppdraget till Regeringskansliet.
                """
            ], doctype: .artikel, actor: "Läkemedelsverket, Folkhälsomyndigheten och Länsstyrelserna",
            source: "validation pressmeddelanden-regeringen-ger-myndigheter-…: agencies named together"),
        Case(
            paragraphs: ["Jordbruksverket och SVA ska löpande stämma av arbetet med Regeringskansliet."],
            doctype: .regeringsuppdrag, actor: "Statens jordbruksverk och Statens veterinärmedicinska anstalt",
            source: "validation regeringsuppdrag-uppdrag-till-statens-jordbruksverk-…: short forms normalised"),
        Case(
            paragraphs: ["Kriminalvården ska leda och administrera uppdraget."], doctype: .regeringsuppdrag,
            actor: "Kriminalvården", source: "ru-2017-kriminalvarden-barn-frihetsberovas.txt"),
        Case(
            paragraphs: [
                """
                Regeringen beslutar att Inspektionen för socialförsäkringen (ISF) ska redovisa utvärderingen av \
                steglös avräkning vid sjukersättning senast den 25 maj 2018.
                """
            ], doctype: .regeringsuppdrag, actor: "Inspektionen för socialförsäkringen",
            source: "ru-2017-isf-slutredovisning.txt: subject in an att-clause"),
        Case(
            paragraphs: [
                """
                I genomförandet av uppdraget ska Socialstyrelsen samråda med Folkhälsomyndigheten och andra \
                relevanta aktörer.
                """
            ], doctype: .regeringsuppdrag, actor: "Socialstyrelsen",
            source: "ru-2014-socialstyrelsen-psykofarmaka.txt: inverted order"),
        Case(
            paragraphs: [
                """
                En särskild utredare ska föreslå hur en fortsatt restriktiv narkotikapolitik kan kombineras med \
                ett effektivt narkotikaförebyggande arbete.
                """
            ], doctype: .kommittedirektiv, actor: "utredaren", source: "dir-2022-24.txt"),
        Case(
            paragraphs: [
                """
                Om utredningen bedömer att det finns behov av förändringar, ska den lämna nödvändiga \
                författningsförslag eller förslag till andra åtgärder.
                """
            ], doctype: .tillaggsdirektiv, actor: "utredaren", source: "dir-2016-26.txt: pronoun"),
        Case(
            paragraphs: ["Läkaren ska se till att de uppgifter som behövs för ett § 7-intyg hämtas in."],
            doctype: .other,
            actor: "läkaren", source: "sosfs-2009-12.html: role"),
        Case(
            paragraphs: [
                """
                Om en ledamot av sjukdom eller annan orsak är förhindrad att utföra sitt uppdrag, ska \
                riksdagsstyrelsen utse en ersättare för den tid som hindret varar.
                """
            ], doctype: .lag, actor: "riksdagsstyrelsen", source: "sfs-2013-353.html: body"),
        Case(
            paragraphs: [
                "Samordningsmyndigheten skall meddela närmare bestämmelser om formerna för rådets beslutsfattande."
            ], doctype: .forordning, actor: "Samordningsmyndigheten", source: "sfs-1999-175.html"),
        // Not obligations.
        Case(
            paragraphs: ["Uppdraget ska redovisas senast den 12 maj 2017."], doctype: .kommittedirektiv, actor: nil,
            source: "dir-2016-15.html: passive"),
        Case(
            paragraphs: ["En anmälan ska innehålla uppgifter om sökanden."], doctype: .lag, actor: nil,
            source: "CONVENTIONS: rule about a document"),
        Case(paragraphs: ["Brottsligheten ska minska."], doctype: .artikel, actor: nil, source: "CONVENTIONS: goal"),
        Case(
            paragraphs: ["Regeringskansliet, Domstolsverket och Statskontoret skall vara representerade i rådet."],
            doctype: .forordning, actor: nil, source: "sfs-1999-175.html: composition"),
        Case(
            paragraphs: ["Ledamöterna ska vara eller ha varit ordinarie domare."], doctype: .lag, actor: nil,
            source: "sfs-2013-353.html: qualification"),
        Case(
            paragraphs: [
                """
                Kommittén ska inte heller utreda länsstyrelsernas organisation eller lämna förslag till hur det \
                regionala utvecklingsansvaret ska tilldelas.
                """
            ], doctype: .tillaggsdirektiv, actor: nil, source: "dir-2017-72.txt: negated task"),
        Case(
            paragraphs: [
                """
                Kommittén får nu i uppdrag att även utreda behovet av ett fristående organ som ska granska \
                polisens verksamhet.
                """
            ], doctype: .tillaggsdirektiv, actor: nil, source: "dir-2012-13.txt: får i uppdrag"),
        Case(
            paragraphs: [
                """
                I promemorian föreslås bl.a. att regeringen skall utse en nationell kontaktpunkt för kommunikation med \
                WHO.
                """
            ],
            doctype: .other, actor: nil,
            source: """
                g0vse departementsserien-och-promemorior/2006/02/ds-20063.md: proposal
                """),
        Case(
            paragraphs: [
                """
                Ramverket ska också medverka till att säkerställa tillgång på sådana yrkeskvalifikationer som \
                efterfrågas av arbetslivet.
                """
            ],
            doctype: .other, actor: nil, source: "g0vse statens-offentliga-utredningar/2008/03/sou-200829.md: a thing"),
        Case(
            paragraphs: ["Energimarknadsinspektionen ska få besluta om tillträde till mark för undersökningsarbeten."],
            doctype: .other, actor: nil,
            source: "g0vse lagradsremiss/2021/04/lagradsremiss-moderna-tillstandsprocesser-for-elnat.md: a power"),
        Case(
            paragraphs: ["Utredningen skall ske minst vart tredje år såvida inte den försäkrade har fyllt 60 år."],
            doctype: .other, actor: nil, source: "g0vse departementsserien-och-promemorior/2004/04/ds-200416.md: ske"),
        Case(
            paragraphs: ["Den som är intagen i häkte skall ha en generell rätt att rösta genom bud."],
            doctype: .proposition,
            actor: nil, source: "g0vse proposition/2001/11/prop-20010253.md: a right"),
        Case(
            paragraphs: [
                """
                Enligt promemorians förslag ska Kriminalvården ges rätt att besluta om förbud mot att vistas inom ett \
                område närmast utanför anstalten.
                """
            ], doctype: .other, actor: nil, source: "g0vse departementsserien-och-promemorior/2007/08/ds-200724.md: ges"
        ),
        Case(
            paragraphs: ["Arbetsgivaren ska därmed inte heller betala arbetsgivaravgifter."], doctype: .proposition,
            actor: nil, source: "g0vse proposition/2021/10/prop.-20212225.md: negation after an adverb"),
        Case(
            paragraphs: ["Uppdraget bör genomföras i nära samverkan med arbetsmarknadens parter."],
            doctype: .kommittedirektiv, actor: nil, source: "dir-1987-42.html: bör"),
        Case(
            paragraphs: [
                """
                Arbetet ska bygga vidare på de behov som myndigheten identifierade i sin kartläggning av metoder \
                och arbetssätt.
                """
            ], doctype: .artikel, actor: nil, source: "art-hjalp-att-lamna-valdsbejakande-extremism.txt: work"),
        Case(
            paragraphs: ["Vid behov ska även författningsförslag lämnas."], doctype: .regeringsuppdrag, actor: nil,
            source: "ru-2017-kriminalvarden-barn-frihetsberovas.txt: inverted passive"),
        Case(
            paragraphs: [
                """
                – Regeringen lägger nu om arbetsmarknadspolitiken för att fler ska komma i arbete och känna att de \
                bidrar till det gemensamma.
                """
            ], doctype: .artikel, actor: nil, source: "art-2022-arbetsformedlingen-kompetensforsorjning.txt: purpose"),
        Case(
            paragraphs: [
                """
                Nämnden får anlita experter eller annan särskild hjälp som behövs för att nämnden ska kunna \
                fullgöra sina uppgifter.
                """
            ], doctype: .lag, actor: nil, source: "sfs-2013-353.html: får, purpose clause"),
        Case(
            paragraphs: [
                "Ändras förvaltande myndighet och/eller dess organisationsnummer skall den nya uppgiften föras in."
            ], doctype: .other, actor: nil, source: "dvfs-2000-5.xhtml: conditional clause, passive"),
    ]

    @Test(arguments: cases)
    func obligationActor(_ testCase: Case) {
        let analysis = TestDocuments.analysis(testCase.paragraphs, doctype: testCase.doctype)
        let found = ObligationExtractor().obligations(in: analysis)
        #expect(found.map(\.actor) == (testCase.actor.map { [$0] } ?? []))
    }

    @Test func passiveReportDateInAnAssignmentFallsToItsRecipients() throws {
        // ru-2017-kriminalvarden-barn-frihetsberovas.txt
        let analysis = TestDocuments.analysis(
            [
                """
                Regeringen ger Kriminalvården i uppdrag att, tillsammans med Åklagarmyndigheten och Statens \
                institutionsstyrelse, analysera hur situationen för barn som frihetsberövas kan förbättras.
                """,
                """
                En gemensam redovisning av uppdraget ska lämnas till Regeringskansliet (Justitiedepartementet) \
                senast den 31 augusti 2018. Kriminalvården ska leda och administrera uppdraget.
                """,
            ], doctype: .regeringsuppdrag)
        let deadline = try #require(DeadlineExtractor().deadlines(in: analysis).first)
        #expect(deadline.actor == "Kriminalvården, Åklagarmyndigheten och Statens institutionsstyrelse")
    }

    @Test func anaphorIsResolvedToThePreviousAgency() throws {
        // art-2024-tre-skolmyndigheter.txt
        let analysis = TestDocuments.analysis(
            [
                """
                Skolinspektionen får i sitt regleringsbrev för 2024 i uppdrag att stärka tillsynen. Myndigheten \
                ska bland annat också göra en bedömning av vilka typer av verksamheter som löper störst risk att \
                utsättas för välfärdsbrott.
                """
            ], doctype: .artikel)
        let obligation = try #require(ObligationExtractor().obligations(in: analysis).first)
        #expect(obligation.actor == "Statens skolinspektion")
        #expect(obligation.quote.hasPrefix("Myndigheten ska bland annat"))
    }

    @Test func quoteLeavesOutTheSectionNumberAndIsCutAfterTheFirstItem() throws {
        // sfs-1999-175.html
        let analysis = TestDocuments.analysis(
            [
                "16 § Samordningsmyndigheten skall",
                "– samordna frågor om standardisering i rättsinformationssystemet,",
                "– ansvara för sammanlänkning av de deltagande databaserna,",
            ], doctype: .forordning)
        let obligation = try #require(ObligationExtractor().obligations(in: analysis).first)
        #expect(
            obligation.quote.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                == "Samordningsmyndigheten skall – samordna frågor om standardisering i rättsinformationssystemet,")
        let span = try #require(obligation.span)
        #expect(analysis.string(span.offset..<(span.offset + span.length)) == obligation.quote)
    }

    @Test func atMostTwentyFivePerDocument() {
        // Numbered variants of a real sentence (sosfs-2009-12.html, 9 §), so that none repeats.
        let sentences = (1...30).map { "\($0) § Läkaren ska i § 7-intyget ange uppgift nummer \($0)." }
        let analysis = TestDocuments.analysis(sentences, doctype: .other)
        #expect(ObligationExtractor().obligations(in: analysis).count == ObligationExtractor.limit)
    }

    @Test func repeatedSentencesAreListedOnce() {
        // dir-2016-15.html repeats its summary in a "Lagstiftningskedjan" box.
        let sentence =
            """
            En särskild utredare ska föreslå de anpassningar och kompletterande författningsbestämmelser på \
            generell nivå som denna förordning ger anledning till.
            """
        let analysis = TestDocuments.analysis([sentence, "Lagstiftningskedjan", sentence], doctype: .kommittedirektiv)
        #expect(ObligationExtractor().obligations(in: analysis).count == 1)
    }
}
