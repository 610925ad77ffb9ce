import Testing

@testable import Extraction

/// A sentence from corpus-dev and the agencies a careful reader lists for it.
struct AgencySentence: Sendable, CustomTestStringConvertible {
    var file: String
    var text: String
    var expected: [String]
    var testDescription: String { "\(file): \(expected)" }

    init(_ file: String, _ text: String, _ expected: [String]) {
        self.file = file
        self.text = text
        self.expected = expected
    }
}

@Suite struct AgencyRegisterTests {
    let register = AgencyRegister.shared

    static let sentences: [AgencySentence] = [
        AgencySentence(
            "dir-2022-24.txt",
            "Utredaren ska också föreslå hur samverkan kan stärkas så att vårdkedjorna håller ihop när Statens "
                + "institutionsstyrelses (SiS) eller Kriminalvårdens ansvar upphör.",
            ["Statens institutionsstyrelse", "Kriminalvården"]),
        AgencySentence(
            "ru-2019-mucf-motesplatser.txt",
            "MUCF:s ungdomsenkät 2018 visade till exempel att 24 procent av unga hbtq-personer hade avstått från att "
                + "delta i fritidsverksamheter på grund av rädsla för att bli dåligt bemötta.",
            ["Myndigheten för ungdoms- och civilsamhällesfrågor"]),
        AgencySentence(
            "art-2024-tre-skolmyndigheter.txt",
            "De flesta av statsbidragen administreras av Skolverket, som under förra året betalade ut cirka 25 "
                + "miljarder kronor.",
            ["Statens skolverk"]),
        AgencySentence(
            "ru-2014-socialstyrelsen-psykofarmaka.txt",
            "I genomförandet av uppdraget ska Socialstyrelsen samråda med Folkhälsomyndigheten, Inspektionen för "
                + "vård och omsorg, Läkemedelsverket, Statens institutionsstyrelse (SiS) och Sveriges Kommuner och "
                + "Landsting samt andra relevanta aktörer.",
            [
                "Socialstyrelsen", "Folkhälsomyndigheten", "Inspektionen för vård och omsorg", "Läkemedelsverket",
                "Statens institutionsstyrelse",
            ]),
        AgencySentence(
            "ru-2017-isf-slutredovisning.txt",
            "Regeringen beslutar att Inspektionen för socialförsäkringen (ISF) ska redovisa utvärderingen av steglös "
                + "avräkning vid sjukersättning senast den 25 maj 2018.",
            ["Inspektionen för socialförsäkringen"]),
        AgencySentence(
            "rb-2020-tillvaxtanalys-andring.txt",
            "Tillväxtanalys ska utreda och föreslå en metod för att följa utvecklingen av företagspopulationen inom "
                + "life-science-sektorn.",
            ["Myndigheten för tillväxtpolitiska utvärderingar och analyser"]),
        AgencySentence(
            "remiss-sou-2026-14.html", "Patent och registreringsverket (pdf 320 kB)",
            ["Patent- och registreringsverket"]),
        AgencySentence(
            "dir-1987-42.html",
            "Utredaren bör överväga hur förlikningsmannaexpeditionens organisation kan anpassas till minskande "
                + "arbetsuppgifter men samtidigt få en om möjligt stärkt position.",
            ["Statens förlikningsmannaexpedition"]),
        AgencySentence(
            "dir-2017-72.txt",
            "Kommittén ska inte heller utreda länsstyrelsernas organisation eller lämna förslag till hur det "
                + "regionala utvecklingsansvaret ska tilldelas",
            ["Länsstyrelserna"]),
        AgencySentence(
            "ds-2016-46.html",
            "Tre alternativa organisationsformer har övervägts: central samordning mellan dagens sex självständiga "
                + "regionala etikprövningsnämnder, en sammanhållen självständig myndighet med regional organisation "
                + "samt självständiga beslutsorgan inom en värdmyndighet.",
            ["Regionala etikprövningsnämnderna"]),
        AgencySentence(
            "sfs-1999-175.html",
            "6 § Rättsinformationssystemet skall innehålla uppgifter om vägledande avgöranden från Högsta domstolen, "
                + "Regeringsrätten, hovrätterna, kammarrätterna, Arbetsdomstolen, Marknadsdomstolen och "
                + "Patentbesvärsrätten.",
            ["Högsta domstolen", "Regeringsrätten", "Arbetsdomstolen", "Marknadsdomstolen", "Patentbesvärsrätten"]),
        AgencySentence(
            "dir-2012-13.txt",
            "Kommittén ska också analysera konsekvenserna av en eventuell ombildning av Säkerhetspolisen till en "
                + "fristående polismyndighet inom polisväsendet och lämna de förslag som en sådan ombildning i så "
                + "fall kräver.",
            ["Säkerhetspolisen"]),
        AgencySentence(
            "sfs-2013-353.html",
            "1 § Bestämmelser om Partibidragsnämndens uppgifter finns i lagen (1972:625) om statligt stöd till "
                + "politiska partier och lagen (2010:473) om statligt stöd till riksdagspartiernas "
                + "kvinnoorganisationer.",
            ["Partibidragsnämnden"]),
        // Generic nouns, statute titles, associations, companies, Regeringen and site names are not agencies.
        AgencySentence(
            "sfs-2000-1335.xhtml",
            "1 § Stöd till kommuner för anläggande av allmänt tillgängliga telenät med hög överföringskapacitet som "
                + "har beslutats av länsstyrelsen, ett regionalt självstyrelseorgan enligt lagen (1996:1414) om "
                + "försöksverksamhet med ändrad regional ansvarsfördelning",
            []),
        AgencySentence(
            "sfs-1994-200.html",
            "Beslut som meddelats av skattemyndigheten före ikraftträdandet överklagas enligt äldre föreskrifter.", []),
        AgencySentence(
            "sfs-2016-1145.html",
            "en produkt eller en vara för att det eller den ska lämpa sig för den av den upphandlande myndigheten "
                + "planerade användningen.",
            []),
        AgencySentence("dvfs-2000-5.xhtml", "Kommanditbolag KB Ekonomisk förening", []),
        AgencySentence(
            "sfs-2013-353.html", "Rubrik: Lag (2013:353) med instruktion för Partibidragsnämnden Utfärdad: 2013-05-23",
            []),
        AgencySentence(
            "remiss-sou-2026-14.html",
            "RISE Research Institutes of Sweden AB (pdf 649 kB) Sveriges advokatsamfund (pdf 163 kB)", []),
        AgencySentence(
            "sfs-1915-218.html",
            "Regeringskansliets rättsdatabaser innehåller lagar, förordningar, kommittédirektiv och "
                + "kommittéregistret.",
            []),
        AgencySentence(
            "ru-2017-isf-slutredovisning.txt",
            "När planen är framtagen beslutar regeringen om tidpunkt för slutredovisningen.", []),
        AgencySentence(
            "validation pressmeddelanden-nya-atgarder-for-att-starka-stem-omradet.md",
            "har regeringen gett Kungl. Tekniska högskolan, Lunds universitet, Högskolan i Borås och Högskolan Väst",
            ["Kungliga tekniska högskolan", "Lunds universitet", "Högskolan i Borås", "Högskolan Väst"]),
        AgencySentence(
            "validation kommittedirektiv-dir.-201036.md",
            "kvarvarande frågor när det gäller avvecklingen av Verva förlängs utredningstiden.",
            ["Verket för förvaltningsutveckling"]),
        AgencySentence(
            "validation pressmeddelanden-nya-regeringsbeslut-om-beredning-av-flera-havsbaserade-vindkraftparker.md",
            "Nu får länsstyrelserna i Uppsala och Gävleborgs län samt SGU i uppdrag att bereda ärendena.",
            ["Sveriges geologiska undersökning"]),
        AgencySentence(
            "g0vse regeringsuppdrag/2015/02/ku2015395mfi.md: abolished in 2016, keeps its name",
            "Regeringen uppdrar åt Presstödsnämnden att föreslå ett innovationsstöd för den tryckta dagspressen.",
            ["Presstödsnämnden"]),
        AgencySentence(
            "g0vse regeringsuppdrag/2010/06/ku20101124mfi.md: abolished agencies by their names then",
            "Uppdrag till Talboks- och punktskriftsbiblioteket, Taltidningsnämnden och Post- och telestyrelsen",
            ["Talboks- och punktskriftsbiblioteket", "Taltidningsnämnden", "Post- och telestyrelsen"]),
        AgencySentence(
            "g0vse regeringsuppdrag/…-tillgangliggorande-av-vardefulla-datamangder.md: after an instruction's agency",
            "Lantmäteriet ska i samverkan med Geodatarådet i enlighet med 19-20 §§ förordningen (2009:946) med "
                + "instruktion för Lantmäteriet, samt med Transportstyrelsen, Bolagsverket, Statens geotekniska "
                + "institut och Rymdstyrelsen, identifiera vilka datamängder som kan komma i fråga.",
            ["Lantmäteriet", "Transportstyrelsen", "Bolagsverket", "Statens geotekniska institut", "Rymdstyrelsen"]),
        AgencySentence(
            "g0vse: former and short names of agencies that go on",
            "Myndigheten för vårdanalys, Nämnden för statligt stöd till trossamfund och Statens maritima och "
                + "transporthistoriska museer ska samråda med Statens beredning för medicinsk utvärdering.",
            [
                "Myndigheten för vård- och omsorgsanalys", "Myndigheten för stöd till trossamfund",
                "Statens maritima museer", "Statens beredning för medicinsk och social utvärdering",
            ]),
        AgencySentence(
            "g0vse: an agency's formal name with a lower-case rest",
            "Regeringen ger Affärsverket svenska kraftnät i uppdrag att samråda med Försvarsexportmyndigheten.",
            ["Svenska kraftnät", "Försvarsexportmyndigheten"]),
    ]

    @Test(arguments: sentences)
    func agenciesInSentence(_ sentence: AgencySentence) {
        let blocks = [Block(kind: .paragraph, text: sentence.text)]
        #expect(register.agencies(in: blocks, doctype: .other) == sentence.expected)
    }

    @Test func mentionSpansPointAtTheSurface() throws {
        // dir-2022-24.txt: the genitive and the abbreviation are separate mentions of one agency.
        let text = "när Statens institutionsstyrelses (SiS) eller Kriminalvårdens ansvar"
        let mentions = register.mentions(in: text)
        #expect(mentions.map(\.surface) == ["Statens institutionsstyrelses", "SiS", "Kriminalvårdens"])
        let scalars = Array(text.unicodeScalars)
        for mention in mentions {
            let slice = scalars[mention.span.offset..<(mention.span.offset + mention.span.length)]
            var view = String.UnicodeScalarView()
            view.append(contentsOf: slice)
            #expect(String(view) == mention.surface)
        }
    }

    @Test func abbreviationsKeepTheirCase() {
        // "sis" is not SiS, "skolverket" in lower case is not a name, "Brå" needs its capital.
        #expect(register.mentions(in: "en sis och en bror, brå tider, skolverket").isEmpty)
        #expect(register.mentions(in: "Brås rapport").map(\.canonical) == ["Brottsförebyggande rådet"])
    }

    @Test func spellingVariantsOfHyphenatedNames() {
        // SCB's own list writes "ungdoms-och"; HTML may carry soft hyphens.
        for text in [
            "Myndigheten för ungdoms-och civilsamhällesfrågor", "Myndigheten för ungdoms- och civilsamhällesfrågor",
            "Myndigheten för ungdoms- & civilsamhällesfrågor",
            "Myndigheten för ungdoms\u{AD}- och civil\u{AD}samhällesfrågor",
        ] {
            #expect(
                register.mentions(in: text).map(\.canonical) == ["Myndigheten för ungdoms- och civilsamhällesfrågor"],
                "\(text)")
        }
    }

    @Test func longestMatchWins() {
        // "Svenska institutet för europapolitiska studier" is not "Svenska institutet".
        let mentions = register.mentions(
            in: "Svenska institutet för europapolitiska studier (Sieps) och Svenska institutet")
        #expect(
            mentions.map(\.canonical) == ["Svenska institutet för europapolitiska studier", "Svenska institutet"])
    }

    @Test func navigationBlockWithRegeringskansliet() {
        let blocks = [
            Block(kind: .paragraph, text: "Om Regeringskansliet"),
            Block(kind: .listItem, text: "Regeringskansliet"),
        ]
        #expect(register.agencies(in: blocks, doctype: .artikel).isEmpty)
        // art-2022-arbetsformedlingen-kompetensforsorjning.txt: Regeringskansliet as recipient.
        let text =
            "Uppdraget ska redovisas till Regeringskansliet (Arbetsmarknadsdepartementet) senast den 13 oktober 2023."
        #expect(
            register.agencies(in: [Block(kind: .paragraph, text: text)], doctype: .artikel) == ["Regeringskansliet"])
    }

    @Test(arguments: [
        ("SiS", "Statens institutionsstyrelse"), ("SiS:s", "Statens institutionsstyrelse"),
        ("sis", "Statens institutionsstyrelse"), ("statens institutionsstyrelse", "Statens institutionsstyrelse"),
        ("  Statens   institutionsstyrelses ", "Statens institutionsstyrelse"), ("Skolverket", "Statens skolverk"),
        ("skolverkets", "Statens skolverk"), ("MUCF:s", "Myndigheten för ungdoms- och civilsamhällesfrågor"),
        ("myndigheten för ungdoms- och civilsamhällesfrågor", "Myndigheten för ungdoms- och civilsamhällesfrågor"),
        ("Kriminalvårdens", "Kriminalvården"), ("brå", "Brottsförebyggande rådet"),
        ("Tillväxtanalys", "Myndigheten för tillväxtpolitiska utvärderingar och analyser"),
        ("patent och registreringsverket", "Patent- och registreringsverket"), ("Regeringsrätten", "Regeringsrätten"),
        ("länsstyrelserna", "Länsstyrelserna"),
    ])
    func canonicalName(input: String, expected: String) {
        #expect(register.canonicalName(for: input) == expected)
    }

    @Test(arguments: ["Regeringen", "Riksdagen", "Sveriges Kommuner och Regioner", "Justitiedepartementet", "", "  "])
    func notAnAgency(_ input: String) {
        #expect(register.canonicalName(for: input) == nil)
    }

    @Test func suggestionsForMisspelledNames() {
        #expect(register.suggestions(for: "Kriminalvarden").first == "Kriminalvården")
        #expect(register.suggestions(for: "Skolverkt").first == "Statens skolverk")
        #expect(register.suggestions(for: "Socialstyrelsn", limit: 1) == ["Socialstyrelsen"])
        #expect(register.suggestions(for: "xyzzy quux").isEmpty)
        #expect(register.suggestions(for: "Kriminalvården", limit: 0).isEmpty)
    }

    @Test func everyCanonicalNameResolvesToItself() {
        let agencies = register.agencies
        #expect(agencies.count > 350)
        for agency in agencies {
            #expect(register.canonicalName(for: agency.canonical) == agency.canonical)
            #expect(register.kind(of: agency.canonical) != nil)
        }
        #expect(Set(agencies.map(\.canonical)).count == agencies.count)
    }

    @Test func everyAliasFindsItsAgencyInText() {
        for agency in register.agencies {
            for alias in [agency.canonical] + agency.aliases {
                let found = register.mentions(in: "Enligt \(alias) gäller detta.").map(\.canonical)
                #expect(found == [agency.canonical], "\(alias)")
            }
        }
    }

    @Test(arguments: ["", " ", "::", "sis:", ":s", "-", "Statens", "a-", "\u{FEFF}", "(2013:353)", "0:s"])
    func oddInputsDoNotTrap(_ text: String) {
        _ = register.mentions(in: text)
        _ = register.canonicalName(for: text)
        _ = register.suggestions(for: text)
        #expect(register.agencies(in: [Block(kind: .paragraph, text: text)], doctype: .other).isEmpty)
    }

    @Test func parsesRegisterLinesLeniently() {
        let tsv = "# comment\n\nExempelverket\tagency\tEV\tExemplet\texemplen\nTrasig\n\tagency\n"
        let small = AgencyRegister(tsv: tsv)
        #expect(small.agencies.map(\.canonical) == ["Exempelverket", "Trasig"])
        #expect(small.mentions(in: "EV:s och Exemplets och exemplen, ev").count == 3)
    }
}
