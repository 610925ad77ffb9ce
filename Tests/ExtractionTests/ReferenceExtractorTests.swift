import Extraction
import Testing

/// A passage from corpus-dev, the identifier of the document it comes from, and its references.
struct ReferencePassage: Sendable, CustomTestStringConvertible {
    var file: String
    var own: String?
    var text: String
    var expected: [String]
    var testDescription: String { "\(file): \(expected)" }

    init(_ file: String, own: String?, _ text: String, _ expected: [String]) {
        self.file = file
        self.own = own
        self.text = text
        self.expected = expected
    }
}

@Suite struct ReferenceExtractorTests {
    let extractor = ReferenceExtractor()

    static let passages: [ReferencePassage] = [
        ReferencePassage(
            "dir-1987-42.html", own: "Dir. 1987:42",
            "Konfliktutredningen har avlämnat delbetänkandet (SOU 1984:18--19) Arbetskonflikter i offentlig "
                + "verksamhet.",
            ["SOU 1984:18", "SOU 1984:19"]),
        ReferencePassage(
            "dir-1987-42.html", own: "Dir. 1987:42",
            "kommittéer och särskilda utredare (dir. 1984:5). Utredaren är omfattad av kommittéförordningen "
                + "(1976:119) med uppgift att (se SOU 1975:1, s. 414). Genom konfliktutredningens (A 1981:13) arbete",
            ["Dir. 1984:5", "SFS 1976:119", "SOU 1975:1"]),
        ReferencePassage(
            "dir-1987-42.html", own: "Dir. 1987:42", "Dir 1987:42 Beslut vid regeringssammanträde 1987-10-08", []),
        ReferencePassage(
            "dir-2012-13.txt", own: "Dir. 2012:13",
            "Tilläggsdirektiv till Polisorganisationskommittén (Ju 2010:09) … en ny organisation för polisen (Dir. "
                + "2010:75).",
            ["Dir. 2010:75"]),
        ReferencePassage(
            "prop-2012-13-144.html", own: "prop. 2012/13:144",
            "Stödet infördes för en femårsperiod (prop. 1996/97:1, bet. 1996/97:TU01, rskr. 1996/97:115). "
                + "Regeringen beslutar proposition 2012/13:144 Sjöfartsstödets inriktning. Prop. 2012/13: Prop. "
                + "2012/13:144",
            ["prop. 1996/97:1", "bet. 1996/97:TU01", "rskr. 1996/97:115"]),
        ReferencePassage(
            "prop-2012-13-144.html", own: "prop. 2012/13:144",
            "att riksdagen godkänner att sjöfartsstödet utvidgas till samtliga fartygstyper som kan omfattas av EU:s "
                + "riktlinjer på området (N2013/969/RS)",
            []),
        ReferencePassage(
            "sfs-1994-200.html", own: "SFS 1994:200",
            "Omtryck: SFS 2000:500 Ändring införd: t.o.m. SFS 2016:261 Övrigt: Rättelseblad 2011:1253 har "
                + "iakttagits.",
            ["SFS 2000:500", "SFS 2016:261", "SFS 2011:1253"]),
        ReferencePassage(
            "sfs-1994-200.html", own: "SFS 1994:200",
            "Mervärdesskatt ska betalas … enligt denna lag. Lag (2013:368). 2 § Skattskyldig … enligt rådets "
                + "förordning (EEG) nr 2658/87 av den 23 juli 1987 … skatteförfarandelagen (2011:1244), i lagen "
                + "(2011:1245) om särskilda ordningar",
            ["SFS 2013:368", "SFS 2011:1244", "SFS 2011:1245"]),
        ReferencePassage(
            "sfs-1958-638.html", own: "SFS 1958:638",
            "Genom denna lag skola upphävas: lagen den 8 juni 1928 8nr 279) om arvsskatt; lagen den 25 april 1930 "
                + "(nr 104) om testamente; lagen samma dag (nr 107) om arvsavtal; 8 § lagen den 10 juni 1949 "
                + "(nr 382) om införande",
            ["SFS 1928:279", "SFS 1930:104", "SFS 1930:107", "SFS 1949:382"]),
        ReferencePassage(
            "sfs-1915-218.html", own: "SFS 1915:218",
            "Övergångsbestämmelser 1987:329 Denna lag träder i kraft den 1 juli 1987.", ["SFS 1987:329"]),
        ReferencePassage(
            "sfs-1915-218.html", own: nil, "Övergångsbestämmelser 1987:329 Denna lag träder i kraft", []),
        ReferencePassage(
            "sfs-2013-363.html", own: "SFS 2013:363",
            "Lagen kompletterar 1. rådets förordning (EG) nr 834/2007 av den 28 juni 2007 om ekologisk produktion "
                + "och märkning av ekologiska produkter och om upphävande av förordning (EEG) nr 2092/91",
            []),
        ReferencePassage(
            "riksdagen-H40314.xml", own: "prop. 2016/17:14",
            "Riksdagen antar regeringens förslag till lag om ändring i mervärdesskattelagen (1994:200).\nBifall\n"
                + "2016/17:SkU8\nmed anledning av prop. 2016/2017:14 Ny definition av fastighetsbegreppet",
            ["SFS 1994:200", "bet. 2016/17:SkU8"]),
        ReferencePassage(
            "dvfs-2000-5.xhtml", own: "DVFS 2000:5",
            "Grundförfattning: DVFS 2000:5\nÄndringar: DVFS 2002:2, DVFS 2004:2, DVFS 2005:11, DVFS 2006:1\n"
                + "uppgift enligt 45 a § förordningen (2000:308) om fastighetsregister",
            ["DVFS 2002:2", "DVFS 2004:2", "DVFS 2005:11", "DVFS 2006:1", "SFS 2000:308"]),
        ReferencePassage(
            "sosfs-2009-12.html", own: "SOSFS 2009:12",
            "Socialstyrelsens föreskrifter (SOSFS 2005:29) om utfärdande av intyg enligt 7 § lagen (1991:2041)",
            ["SOSFS 2005:29", "SFS 1991:2041"]),
        ReferencePassage(
            "sfs-2000-1335.xhtml", own: "SFS 2000:1335",
            "Förarbeten\nProp. 2003/04:100, bet. 2003/04:FiU1, rskr. 2003/04:274\nLag (2001:1273) om ändring i "
                + "lagen (2000:1335) om kreditering",
            ["prop. 2003/04:100", "bet. 2003/04:FiU1", "rskr. 2003/04:274", "SFS 2001:1273"]),
        ReferencePassage(
            "art-hjalp-att-lamna-valdsbejakande-extremism.txt", own: nil,
            "Förordning (2011:1508) om statsbidrag för verksamhet som värnar demokratin\nDir. 2015:27 "
                + "Tilläggsdirektiv till den nationella samordnaren för att värna demokratin mot våldsbejakande "
                + "extremism (Ju 2014:18)",
            ["SFS 2011:1508", "Dir. 2015:27"]),
        ReferencePassage(
            "prop-2005-06-173.html", own: "prop. 2005/06:173",
            "I propositionen görs bedömningen att förslagen är förenliga med EG-direktivet om personuppgifter "
                + "(95/46/EG). ID-nummer: Prop. 2005/06:173",
            []),
        ReferencePassage(
            "remiss-sou-2026-14.html", own: "KN2026/00741",
            "Remiss av Ädelmetallutredningen – en moderniserad reglering av handel med ädelmetallarbeten (SOU "
                + "2026:14) Diarienummer: KN2026/00741",
            ["SOU 2026:14"]),
        ReferencePassage(
            "g0vse regeringsuppdrag: a statute in the genitive, a title before the number", own: nil,
            "Uppdraget gäller diskrimineringslagens (2008:567) och arbetsmiljölagens (1977:1160) krav och "
                + "sysselsättningsverksamhet enligt lagen om valfrihetssystem (2008:962).",
            ["SFS 2008:567", "SFS 1977:1160", "SFS 2008:962"]),
        ReferencePassage(
            "g0vse departementsserien: a report's title proposing a law", own: nil,
            "I denna promemoria lämnas förslag på kompletteringar till delbetänkandet En lag om tilläggsskatt för "
                + "företag i stora koncerner (2023:6).",
            []),
    ]

    @Test(arguments: passages)
    func referencesInPassage(_ passage: ReferencePassage) {
        #expect(extractor.references(in: passage.text, ownIdentifier: passage.own) == passage.expected)
    }

    @Test func mentionSpansCoverTheNumber() {
        // sfs-2013-353.html
        let text = "finns i lagen (1972:625) om statligt stöd"
        let mentions = extractor.mentions(in: text, ownIdentifier: "SFS 2013:353")
        #expect(mentions.map(\.reference) == ["SFS 1972:625"])
        #expect(mentions.first?.span == TextSpan(offset: 15, length: 8))
    }

    @Test func repeatsAreListedOnce() {
        // sfs-1994-200.html: the same amendment note after many sections.
        let text = "1 a § Har upphävts genom lag (1997:502). 2 § Har upphävts genom lag (1997:502)."
        #expect(extractor.references(in: text, ownIdentifier: "SFS 1994:200") == ["SFS 1997:502"])
        #expect(extractor.mentions(in: text, ownIdentifier: "SFS 1994:200").count == 2)
    }

    @Test(arguments: [
        ("dir 2015:27", "Dir. 2015:27"), ("Dir. 2015:27", "Dir. 2015:27"), ("SFS 2011:1508", "SFS 2011:1508"),
        ("sfs2011:1508", "SFS 2011:1508"), ("1999:678", "SFS 1999:678"), ("lagen (1999:678)", "SFS 1999:678"),
        ("Lag (2013:368).", "SFS 2013:368"), ("Rättelseblad 2011:1253", "SFS 2011:1253"),
        ("Prop 2016/17:14", "prop. 2016/17:14"), ("prop. 2016/2017:14", "prop. 2016/17:14"),
        ("sou 2013:75", "SOU 2013:75"), ("ds 2016:46", "Ds 2016:46"), ("bet 1992/93:nu30", "bet. 1992/93:NU30"),
        ("bet. 2016/17:SkU8", "bet. 2016/17:SkU8"), ("rskr. 1992/93:123", "rskr. 1992/93:123"),
        ("sosfs 2009:12", "SOSFS 2009:12"), ("HSLF-FS 2018:43", "HSLF-FS 2018:43"), ("afs 2001:1", "AFS 2001:1"),
    ])
    func normalise(input: String, expected: String) {
        #expect(extractor.normalise(input) == expected)
    }

    @Test(arguments: ["", "hello", "Ju 2014:18", "Ju2014/1234", "2016/679", "(EU) 2016/679", "95/46/EG", "12:30"])
    func notAReference(_ input: String) {
        #expect(extractor.normalise(input) == nil)
    }

    @Test(arguments: ["(", "2015:", "2015/16:", "prop. 2015/16:", "nr 5)", "(nr 12)", "9999:1", "SFS 2015:99999999"])
    func oddInputsDoNotTrap(_ text: String) {
        #expect(extractor.references(in: text, ownIdentifier: text).isEmpty)
    }
}
