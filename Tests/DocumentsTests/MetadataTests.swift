import Documents
import Extraction
import Testing

/// Identifier, date, ministry and page-kind rules on small inputs.
@Suite struct MetadataTests {
    @Test(arguments: [
        ("ID-nummer: Dir. 2014:158", "Dir. 2014:158"), ("Dir 1987:42", "Dir. 1987:42"),
        ("(dir. 2015:93)", "Dir. 2015:93"),
        ("Prop. 2005/06:173", "prop. 2005/06:173"),
        ("Sjöfartsstödets inriktning Prop. 2012/13:144", "prop. 2012/13:144"),
        ("SOU 2013:75", "SOU 2013:75"), ("Ds 2016:46", "Ds 2016:46"), ("SFS 1999:175", "SFS 1999:175"),
        ("DVFS 2000:5 i lydelse enligt DVFS 2006:1", "DVFS 2000:5"), ("SOSFS 2009:12", "SOSFS 2009:12"),
        ("HSLF-FS 2016:40", "HSLF-FS 2016:40"),
    ])
    func identifiersAreNormalised(text: String, identifier: String) {
        #expect(Identifiers.first(in: text)?.identifier == identifier)
    }

    @Test(arguments: ["Lag (2008:344) om hälso- och sjukvård", "Ju 2010:09", "2013-05-23", "inget här"])
    func textWithoutIdentifier(text: String) {
        #expect(Identifiers.first(in: text) == nil)
    }

    @Test(
        arguments: [
            ("2016-09-27 00:00:00", "2016-09-27"), ("den 26 juni 2009", "2009-06-26"), ("09 april 2026", "2026-04-09"),
            ("1 mars 2022", "2022-03-01"), ("30 Februari", nil), ("13 brumaire 2020", nil),
            ("30 februari 2020", nil), ("2021-02-29", nil),
        ] as [(String, String?)])
    func swedishDates(text: String, iso: String?) {
        #expect(MetadataDate.iso(in: text) == iso)
    }

    @Test(
        arguments: [
            ("Fi2025/02181", "Finansdepartementet"), ("KN2026/00741", "Klimat- och näringslivsdepartementet"),
            ("S2024/02034", "Socialdepartementet"), ("M2016/01234", "Miljö- och energidepartementet"),
            ("M2022/00001", "Miljödepartementet"), ("XY2020/1", nil),
        ] as [(String, String?)])
    func ministryOfDiarienummer(number: String, ministry: String?) {
        #expect(Ministries.fromDiarienummer(number) == ministry)
    }

    @Test(
        arguments: [
            ("Birgitta Eilemar (Justitiedepartementet)", "Justitiedepartementet"),
            ("(Arbetsmarknadsdepartementet)", "Arbetsmarknadsdepartementet"),
            ("Frågan bereds inom Justitiedepartementet (se nedan) och i en lång mening som slutar här.", nil),
        ] as [(String, String?)])
    func signatureLines(text: String, ministry: String?) {
        #expect(Ministries.signature(in: text) == ministry)
    }

    @Test(
        arguments: [
            (
                "Uppdrag till Statskontoret att följa upp regelverket för konsekvensutredningar"
                    + "Diarienummer: Fi2025/02181",
                "Uppdrag till Statskontoret att följa upp regelverket för konsekvensutredningar", nil, "Fi2025/02181"
            ),
            (
                "Nationell strategi för att förebygga och bekämpa våld mot barn, Dir. 2021:29",
                "Nationell strategi för att förebygga och bekämpa våld mot barn", "Dir. 2021:29", nil
            ),
            ("Tilläggsdirektiv till UtredningenDir. 2026:4", "Tilläggsdirektiv till Utredningen", "Dir. 2026:4", nil),
            // g0vse proposition and SOU titles.
            (
                "Fortsatt giltighet av en tidsbegränsad bestämmelse i inhämtningslagenProp. 2016/17:186",
                "Fortsatt giltighet av en tidsbegränsad bestämmelse i inhämtningslagen", "prop. 2016/17:186", nil
            ),
            ("Sveriges medlemskap i Nato, prop. 2022/23:74", "Sveriges medlemskap i Nato", "prop. 2022/23:74", nil),
            ("Informationsutbyte vid samverkan, SOU 2018:65", "Informationsutbyte vid samverkan", "SOU 2018:65", nil),
            (
                "Tilläggsdirektiv till Polisorganisationskommittén (Ju 2010:09)",
                "Tilläggsdirektiv till Polisorganisationskommittén (Ju 2010:09)", nil, nil
            ),
        ] as [(String, String, String?, String?)])
    func gluedIdentifiersAreSplitFromTitles(line: String, title: String, identifier: String?, diarienummer: String?) {
        let split = TextMetadataInference.splitTitle(line)
        #expect(split.title == title)
        #expect(split.identifier == identifier)
        #expect(split.diarienummer == diarienummer)
    }

    @Test(
        arguments: [
            ("dir-2012-13.txt", "Dir. 2012:13"), ("kommittedirektiv/2019/03/dir.-20196.md", "Dir. 2019:6"),
            ("dir.-200796-.md", "Dir. 2007:96"), ("dir.201665.md", "Dir. 2016:65"), ("uppdrag-om-nagot.md", nil),
            ("kommittedirektiv-dir.-2014155.md", "Dir. 2014:155"),
            ("kommittedirektiv-tillaggsdirektiv-till-utredningen-s-201701.md", nil),
        ] as [(String, String?)])
    func directiveIdentifierFromPath(path: String, identifier: String?) {
        #expect(TextMetadataInference.directiveIdentifier(fromPath: path) == identifier)
    }

    // g0vse slugs of Tests/ExtractionTests/Fixtures/validation/docs and rattsliga-dokument.
    @Test(
        arguments: [
            ("proposition-prop.-20111233.md", Doctype.proposition, "prop. 2011/12:33"),
            ("prop.-201314228.md", .proposition, "prop. 2013/14:228"),
            ("prop.20111259.md", .proposition, "prop. 2011/12:59"),
            ("prop-2005-06-173.html", .proposition, "prop. 2005/06:173"),
            ("prop.-20111233.md", .artikel, nil),
            ("statens-offentliga-utredningar-sou-201865.md", .other, "SOU 2018:65"),
            ("skrivelse-skr.-202021102.md", .other, "skr. 2020/21:102"),
            ("skr.-20202176.md", .other, "skr. 2020/21:76"),
            ("ds-2016-46.html", .other, "Ds 2016:46"),
            ("departementsserien-och-promemorior-overgangsperiod.md", .other, nil),
        ] as [(String, Doctype, String?)])
    func identifierFromPath(path: String, doctype: Doctype, identifier: String?) {
        #expect(TextMetadataInference.identifier(fromPath: path, doctype: doctype) == identifier)
    }

    @Test(
        arguments: [
            ("Tilläggsdirektiv till Utredningen om X", ["Utredningstiden förlängs."], Doctype.tillaggsdirektiv),
            ("En ny lag", ["En särskild utredare ska föreslå en ny lag."], .kommittedirektiv),
            ("Ändring av regleringsbrev för budgetåret 2020", ["Myndigheten ska redovisa."], .regleringsbrev),
            (
                "Uppdrag om säkerhet", ["Regeringen uppdrar åt Statens institutionsstyrelse att förstärka arbetet."],
                .regeringsuppdrag
            ),
            (
                "Tidpunkt för slutredovisning", ["Regeringen beslutar att ISF ska redovisa senast den 25 maj 2018."],
                .regeringsuppdrag
            ),
            (
                "Uppdrag för bättre matchning", ["I uppdraget ingår åtgärder.", "– Det är viktigt, säger ministern."],
                .artikel
            ),
            ("Nya satsningar", ["Regeringen har i dag gett en utredare i uppdrag att se över reglerna."], .artikel),
            ("Hjälp att lämna", ["Insatser behövs.", "Foto: Någon"], .artikel),
            ("Uppdrag att stödja", ["– ge förslag på fallstudier,", "– kartlägga metodfrågor."], .regeringsuppdrag),
            // Openings of the validation pages (proposition-, statens-offentliga-utredningar-, lagradsremiss-,
            // skrivelse-, pressmeddelanden-nya-regeringsbeslut-…).
            ("Ny tullbefogenhetslag", ["I propositionen föreslås att Tullverkets befogenheter samlas."], .proposition),
            ("Informationsutbyte", ["Betänkande av Utredningen om informationsutbyte."], .other),
            ("Föräldraledighet", ["Utredningen har överlämnat sitt betänkande till regeringen."], .other),
            ("Ett nytt regelverk", ["I lagrådsremissen görs bedömningen att regelverket bör harmoniseras."], .other),
            ("Lag om X", ["Regeringen föreslår en ny lag.", "Regeringen beslutade en lagrådsremiss."], .other),
            ("Lag om Y", ["Regeringen föreslår en ny lag.", "Lagen ska träda i kraft."], .proposition),
            ("Rapport", ["Riksrevisionen har granskat.", "I och med denna skrivelse anser regeringen."], .other),
            // Openings of g0vse rattsliga-dokument pages: cover images and heading marks come first.
            (
                "Skatteincitament", ["![](/contentassets/x/sou20261.jpg?width=150)", "Utredningen föreslår att X."],
                .other
            ),
            ("En promemoria", ["I denna promemoria föreslås ändringar i lagen."], .other),
            ("Konkurrenskraft", ["Utredningen överlämnar här sitt betänkande Konkurrenskraft."], .other),
            (
                "Uppdrag om lärlingsutbildning",
                ["Statens skolverk får i uppdrag att följa upp förslagen i betänkandet om lärlingar."],
                .regeringsuppdrag
            ),
            ("En proposition", ["Propositionen innehåller förslag till en ny lag."], .proposition),
            ("En remiss", ["## Lagrådsremissens huvudsakliga innehåll", "Regeringen föreslår en ny lag."], .other),
            (
                "Nya regeringsbeslut",
                ["Regeringen har fått in ansökningar. Nu får länsstyrelserna i uppdrag att bereda ärendena."], .artikel
            ),
        ] as [(String, [String], Doctype)])
    func pageKindFromText(title: String, paragraphs: [String], doctype: Doctype) {
        #expect(TextMetadataInference.doctype(title: title, paragraphs: paragraphs, identifier: nil) == doctype)
    }
}
