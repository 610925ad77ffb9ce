extension AgencyRegister {
    /// The register's data as TSV; columns are documented in its first lines.
    ///
    /// Kept as a string literal so the register needs no resource bundle at run time.
    static let registerTSV = #"""
        # uppdrag agency register: Swedish state agencies and courts, one per line, tab-separated.
        # Column 1 canonical: the full official name that records carry ("Statens institutionsstyrelse").
        # Column 2 kind: agency, court, former (abolished; keeps the name used), collective ("Länsstyrelserna"),
        #   or ignore: a longer name that holds an agency's name but is none ("Regeringskansliets rättsdatabaser").
        # Column 3 abbreviations, "|"-separated: matched in exact case, also with genitive "s" or ":s" ("SiS:s").
        # Column 4 names, "|"-separated: short or other names, matched when the first letter is upper case
        #   ("Skolverket"); the canonical name is always a name too. Genitive "-s" is accepted on the last word.
        # Column 5 lowercase forms, "|"-separated: forms that count even in lower case ("länsstyrelserna").
        # Source: SCB's list of state agencies (names restored where it truncates or lower-cases them), plus courts,
        # Regeringskansliet, collective forms and abolished agencies. Lines starting with "#" are comments.
        Första AP-fonden	agency
        Andra AP-fonden	agency
        Tredje AP-fonden	agency
        Fjärde AP-fonden	agency
        Sjätte AP-fonden	agency
        Sjunde AP-fonden	agency
        Riksdagens ombudsmän	agency	JO	Justitieombudsmannen
        Riksdagsförvaltningen	agency
        Partibidragsnämnden	agency
        Valprövningsnämnden	agency
        Statsrådsarvodesnämnden	agency
        Nämnden för prövning av statsråds och vissa andra befattningshavares övergångsrestriktioner	agency
        Riksrevisionen	agency
        Sveriges riksbank	agency		Riksbanken
        Luftfartsverket	agency
        Sjöfartsverket	agency
        Svenska kraftnät	agency		Affärsverket svenska kraftnät
        Alkoholsortimentsnämnden	agency
        Allmänna reklamationsnämnden	agency
        Ansvarsnämnden för djurens hälso- och sjukvård	agency
        Arbetsförmedlingen	agency
        Arbetsgivarverket	agency
        Arbetsmiljöverket	agency
        Arvsfondsdelegationen	agency
        Barnombudsmannen	agency
        Blekinge tekniska högskola	agency
        Bokföringsnämnden	agency
        Bolagsverket	agency
        Boverket	agency
        Brottsförebyggande rådet	agency	Brå|BRÅ
        Brottsoffermyndigheten	agency
        Centrala djurförsöksetiska nämnden	agency
        Centrala etikprövningsnämnden	agency
        Centrala studiestödsnämnden	agency	CSN
        Datainspektionen	former
        Delegationen för folkrättslig granskning av vapenprojekt	agency
        Delegationen mot segregation	agency
        Diskrimineringsombudsmannen	agency	DO
        Domarnämnden	agency
        E-hälsomyndigheten	agency
        Ekobrottsmyndigheten	agency	EBM
        Ekonomistyrningsverket	agency	ESV
        E-legitimationsnämnden	agency
        Elsäkerhetsverket	agency
        Energimarknadsinspektionen	agency	Ei
        Exportkreditnämnden	agency
        Fastighetsmäklarinspektionen	agency
        Fideikommissnämnden	agency
        Finansinspektionen	agency
        Finanspolitiska rådet	agency
        Folke Bernadotteakademin	agency
        Folkhälsomyndigheten	agency	FHM
        Forskarskattenämnden	agency
        Forskningsrådet för miljö, areella näringar och samhällsbyggande	agency		Formas
        Forskningsrådet för hälsa, arbetsliv och välfärd	agency		Forte
        Fortifikationsverket	agency
        Forum för levande historia	agency
        Försvarets materielverk	agency	FMV
        Försvarets radioanstalt	agency	FRA
        Försvarshögskolan	agency
        Försvarsmakten	agency
        Försäkringskassan	agency
        Gentekniknämnden	agency
        Granskningsnämnden för försvarsuppfinningar	agency
        Gymnastik- och idrottshögskolan	agency	GIH
        Göteborgs universitet	agency
        Harpsundsnämnden	agency
        Havs- och vattenmyndigheten	agency	HaV
        Hälso- och sjukvårdens ansvarsnämnd	agency
        Högskolan Dalarna	agency
        Högskolan i Borås	agency
        Högskolan i Gävle	agency
        Högskolan i Halmstad	agency
        Högskolan Kristianstad	agency		Högskolan i Kristianstad
        Högskolan i Skövde	agency
        Högskolan Väst	agency
        Högskolans avskiljandenämnd	agency
        ILO-kommittén	agency
        Inspektionen för arbetslöshetsförsäkringen	agency	IAF
        Inspektionen för socialförsäkringen	agency	ISF
        Inspektionen för strategiska produkter	agency
        Inspektionen för vård och omsorg	agency	IVO
        Institutet för arbetsmarknads- och utbildningspolitisk utvärdering	agency	IFAU	Institutet för arbetsmarknadspolitisk utvärdering
        Institutet för rymdfysik	agency
        Institutet för språk och folkminnen	agency
        Justitiekanslern	agency	JK
        Jämställdhetsmyndigheten	agency
        Kammarkollegiet	agency
        Karlstads universitet	agency
        Karolinska institutet	agency
        Kemikalieinspektionen	agency
        Klimatpolitiska rådet	agency
        Kommerskollegium	agency
        Konjunkturinstitutet	agency
        Konkurrensverket	agency
        Konstfack	agency
        Konstnärsnämnden	agency
        Konsumentverket	agency
        Krigsförsäkringsnämnden	agency
        Kriminalvården	agency
        Kronofogdemyndigheten	agency		Kronofogden
        Kungliga biblioteket	agency		Kungl. biblioteket
        Kungliga konsthögskolan	agency		Kungl. konsthögskolan
        Kungliga musikhögskolan	agency		Kungl. musikhögskolan
        Kungliga tekniska högskolan	agency	KTH	Kungl. tekniska högskolan
        Kustbevakningen	agency
        Kärnavfallsfonden	agency
        Lagrådet	agency
        Lantmäteriet	agency
        Linköpings universitet	agency
        Linnéuniversitetet	agency
        Livrustkammaren och Skoklosters slott med Stiftelsen Hallwylska museet	agency
        Livsmedelsverket	agency
        Lokala säkerhetsnämnden vid Barsebäck	agency
        Lokala säkerhetsnämnden vid Forsmark	agency
        Lokala säkerhetsnämnden vid Oskarshamn	agency
        Lokala säkerhetsnämnden vid Ringhals	agency
        Lokala säkerhetsnämnden vid Studsvik	agency
        Lotteriinspektionen	former
        Luleå tekniska universitet	agency
        Lunds universitet	agency
        Läkemedelsverket	agency
        Länsstyrelsen i Blekinge län	agency
        Länsstyrelsen i Dalarnas län	agency
        Länsstyrelsen i Gotlands län	agency
        Länsstyrelsen i Gävleborgs län	agency
        Länsstyrelsen i Hallands län	agency
        Länsstyrelsen i Jämtlands län	agency
        Länsstyrelsen i Jönköpings län	agency
        Länsstyrelsen i Kalmar län	agency
        Länsstyrelsen i Kronobergs län	agency
        Länsstyrelsen i Norrbottens län	agency
        Länsstyrelsen i Skåne län	agency
        Länsstyrelsen i Stockholms län	agency
        Länsstyrelsen i Södermanlands län	agency
        Länsstyrelsen i Uppsala län	agency
        Länsstyrelsen i Värmlands län	agency
        Länsstyrelsen i Västerbottens län	agency
        Länsstyrelsen i Västernorrlands län	agency
        Länsstyrelsen i Västmanlands län	agency
        Länsstyrelsen i Västra Götalands län	agency
        Länsstyrelsen i Örebro län	agency
        Länsstyrelsen i Östergötlands län	agency
        Malmö universitet	agency
        Medlingsinstitutet	agency
        Migrationsverket	agency
        Mittuniversitetet	agency
        Moderna museet	agency
        Myndigheten för arbetsmiljökunskap	agency
        Myndigheten för delaktighet	agency	MFD
        Myndigheten för digital förvaltning	agency	DIGG|Digg
        Myndigheten för familjerätt och föräldraskapsstöd	agency
        Myndigheten för kulturanalys	agency
        Myndigheten för press, radio och tv	former
        Mediemyndigheten	agency
        Myndigheten för samhällsskydd och beredskap	agency	MSB
        Myndigheten för stöd till trossamfund	agency	SST	Nämnden för statligt stöd till trossamfund
        Myndigheten för tillgängliga medier	agency
        Myndigheten för tillväxtpolitiska utvärderingar och analyser	agency		Tillväxtanalys
        Myndigheten för ungdoms- och civilsamhällesfrågor	agency	MUCF
        Myndigheten för vård- och omsorgsanalys	agency		Vårdanalys|Myndigheten för vårdanalys
        Myndigheten för yrkeshögskolan	agency	MYH
        Mälardalens universitet	agency
        Mälardalens högskola	former
        Nationalmuseum	agency
        Naturhistoriska riksmuseet	agency
        Naturvårdsverket	agency
        Nordiska afrikainstitutet	agency
        Notarienämnden	agency
        Nämnden för hemslöjdsfrågor	agency
        Nämnden för styrelserepresentationsfrågor	agency
        Nämnden mot diskriminering	agency
        Oljekrisnämnden	agency
        Patent- och registreringsverket	agency	PRV
        Patentombudsnämnden	agency
        Pensionsmyndigheten	agency
        Polarforskningssekretariatet	agency
        Polismyndigheten	agency
        Post- och telestyrelsen	agency	PTS
        Regeringskansliet	agency
        Regionala etikprövningsnämnden i Göteborg	agency
        Regionala etikprövningsnämnden i Linköping	agency
        Regionala etikprövningsnämnden i Lund	agency
        Regionala etikprövningsnämnden i Stockholm	agency
        Regionala etikprövningsnämnden i Umeå	agency
        Regionala etikprövningsnämnden i Uppsala	agency
        Resegarantinämnden	agency
        Revisorsinspektionen	agency
        Riksantikvarieämbetet	agency
        Riksarkivet	agency
        Riksdagens arvodesnämnd	agency
        Riksgäldskontoret	agency		Riksgälden
        Riksvärderingsnämnden	agency
        Rymdstyrelsen	agency
        Rättshjälpnämnden	agency
        Rättshjälpsmyndigheten	agency
        Rättsmedicinalverket	agency
        Sameskolstyrelsen	agency
        Sametinget	agency
        Styrelsen för internationellt utvecklingssamarbete	agency	Sida
        Skatterättsnämnden	agency
        Skatteverket	agency
        Skiljenämnden i vissa trygghetsfrågor	agency
        Skogsstyrelsen	agency
        Skolforskningsinstitutet	agency
        Skolväsendets överklagandenämnd	agency
        Socialstyrelsen	agency
        Specialpedagogiska skolmyndigheten	agency	SPSM
        Statens ansvarsnämnd	agency
        Statens beredning för medicinsk och social utvärdering	agency	SBU	Statens beredning för medicinsk utvärdering
        Statens centrum för arkitektur och design	agency
        Statens energimyndighet	agency		Energimyndigheten
        Statens fastighetsverk	agency	SFV
        Statens försvarshistoriska museer	agency
        Statens geotekniska institut	agency	SGI
        Statens haverikommission	agency	SHK	Haverikommissionen
        Statens historiska museer	agency
        Statens inspektion för försvarsunderrättelseverksamheten	agency	SIUN
        Statens institutionsstyrelse	agency	SiS
        Statens jordbruksverk	agency		Jordbruksverket
        Statens konstråd	agency
        Statens kulturråd	agency		Kulturrådet
        Statens maritima museer	agency		Statens maritima och transporthistoriska museer
        Statens medieråd	agency
        Statens museer för världskultur	agency
        Statens musikverk	agency
        Statens nämnd för arbetstagares uppfinningar	agency
        Statens servicecenter	agency
        Statens skaderegleringsnämnd	agency
        Statens skolinspektion	agency		Skolinspektionen
        Statens skolverk	agency		Skolverket
        Statens tjänstepensions- och grupplivnämnd	agency
        Statens tjänstepensionsverk	agency	SPV
        Statens veterinärmedicinska anstalt	agency	SVA
        Statens väg- och transportforskningsinstitut	agency	VTI
        Statens överklagandenämnd	agency
        Statistiska centralbyrån	agency	SCB
        Statskontoret	agency
        Stockholms konstnärliga högskola	agency
        Stockholms universitet	agency
        Strålsäkerhetsmyndigheten	agency	SSM
        Styrelsen för ackreditering och teknisk kontroll	agency	Swedac|SWEDAC
        Styrelsen för samefonden	agency
        Rådet för Europeiska socialfonden i Sverige	agency		Svenska ESF-rådet|ESF-rådet
        Svenska FAO-kommittén	agency
        Svenska institutet	agency
        Svenska institutet för europapolitiska studier	agency
        Sveriges författarfond	agency
        Sveriges geologiska undersökning	agency	SGU
        Sveriges lantbruksuniversitet	agency	SLU
        Sveriges meteorologiska och hydrologiska institut	agency	SMHI
        Säkerhets- och integritetsskyddsnämnden	agency
        Säkerhetspolisen	agency	Säpo
        Södertörns högskola	agency
        Tandvårds- och läkemedelsförmånsverket	agency	TLV
        Tillväxtverket	agency
        Totalförsvarets forskningsinstitut	agency	FOI
        Totalförsvarets rekryteringsmyndighet	agency		Rekryteringsmyndigheten
        Trafikanalys	agency
        Trafikverket	agency
        Transportstyrelsen	agency
        Tullverket	agency
        Umeå universitet	agency
        Universitets- och högskolerådet	agency	UHR
        Universitetskanslersämbetet	agency	UKÄ
        Upphandlingsmyndigheten	agency
        Uppsala universitet	agency
        Utrikesförvaltningens antagningsnämnd	agency
        Valmyndigheten	agency
        Verket för innovationssystem	agency		Vinnova|VINNOVA
        Vetenskapsrådet	agency
        Åklagarmyndigheten	agency
        Örebro universitet	agency
        Överklagandenämnden för högskolan	agency
        Överklagandenämnden för nämndemannauppdrag	agency
        Överklagandenämnden för studiestöd	agency
        Arbetsdomstolen	court
        Domstolsverket	court
        Försvarsunderrättelsedomstolen	court
        Alingsås tingsrätt	court
        Attunda tingsrätt	court
        Blekinge tingsrätt	court
        Borås tingsrätt	court
        Eksjö tingsrätt	court
        Eskilstuna tingsrätt	court
        Falu tingsrätt	court
        Förvaltningsrätten i Falun	court
        Förvaltningsrätten i Göteborg	court
        Förvaltningsrätten i Härnösand	court
        Förvaltningsrätten i Jönköping	court
        Förvaltningsrätten i Karlstad	court
        Förvaltningsrätten i Linköping	court
        Förvaltningsrätten i Luleå	court
        Förvaltningsrätten i Malmö	court
        Förvaltningsrätten i Stockholm	court
        Förvaltningsrätten i Umeå	court
        Förvaltningsrätten i Uppsala	court
        Förvaltningsrätten i Växjö	court
        Gotlands tingsrätt	court
        Gällivare tingsrätt	court
        Gävle tingsrätt	court
        Göta hovrätt	court
        Göteborgs tingsrätt	court
        Halmstads tingsrätt	court
        Haparanda tingsrätt	court
        Helsingborgs tingsrätt	court
        Hovrätten för Nedre Norrland	court
        Hovrätten för Västra Sverige	court
        Hovrätten för Övre Norrland	court
        Hovrätten över Skåne och Blekinge	court
        Hudiksvalls tingsrätt	court
        Hyres- och arrendenämnden i Göteborg	court
        Hyres- och arrendenämnden i Jönköping	court
        Hyres- och arrendenämnden i Linköping	court
        Hyres- och arrendenämnden i Stockholm	court
        Hyres- och arrendenämnden i Sundsvall	court
        Hyres- och arrendenämnden i Umeå	court
        Hyres- och arrendenämnden i Västerås	court
        Hyres- och arrendenämnden i Malmö	court
        Hässleholms tingsrätt	court
        Högsta domstolen	court
        Högsta förvaltningsdomstolen	court	HFD
        Jönköpings tingsrätt	court
        Kalmar tingsrätt	court
        Kammarrätten i Göteborg	court
        Kammarrätten i Jönköping	court
        Kammarrätten i Stockholm	court
        Kammarrätten i Sundsvall	court
        Kristianstads tingsrätt	court
        Linköpings tingsrätt	court
        Luleå tingsrätt	court
        Lunds tingsrätt	court
        Lycksele tingsrätt	court
        Malmö tingsrätt	court
        Mora tingsrätt	court
        Nacka tingsrätt	court
        Norrköpings tingsrätt	court
        Norrtälje tingsrätt	court
        Nyköpings tingsrätt	court
        Skaraborgs tingsrätt	court
        Skellefteå tingsrätt	court
        Solna tingsrätt	court
        Stockholms tingsrätt	court
        Sundsvalls tingsrätt	court
        Svea hovrätt	court
        Södertälje tingsrätt	court
        Södertörns tingsrätt	court
        Uddevalla tingsrätt	court
        Umeå tingsrätt	court
        Uppsala tingsrätt	court
        Varbergs tingsrätt	court
        Vänersborgs tingsrätt	court
        Värmlands tingsrätt	court
        Västmanlands tingsrätt	court
        Växjö tingsrätt	court
        Ystads tingsrätt	court
        Ångermanlands tingsrätt	court
        Örebro tingsrätt	court
        Östersunds tingsrätt	court
        Etikprövningsmyndigheten	agency
        Överklagandenämnden för etikprövning	agency
        Integritetsskyddsmyndigheten	agency	IMY
        Spelinspektionen	agency
        Myndigheten för psykologiskt försvar	agency
        Institutet för mänskliga rättigheter	agency
        Myndigheten för totalförsvarsanalys	agency
        Myndigheten för civilt försvar	agency
        Totalförsvarets plikt- och prövningsverk	agency
        Regelrådet	agency
        Utbetalningsmyndigheten	agency
        Fondtorgsnämnden	agency
        Kärnavfallsrådet	agency
        Patent- och marknadsdomstolen	court
        Patent- och marknadsöverdomstolen	court
        Migrationsöverdomstolen	court
        Mark- och miljööverdomstolen	court
        Länsstyrelserna	collective			länsstyrelserna|länsstyrelser
        Regionala etikprövningsnämnderna	collective			regionala etikprövningsnämnderna|regionala etikprövningsnämnder
        Regeringsrätten	former
        Marknadsdomstolen	former
        Patentbesvärsrätten	former
        Rikspolisstyrelsen	former	RPS
        Telestyrelsen	former
        Statens järnvägar	former
        Statens förlikningsmannaexpedition	former		Förlikningsmannaexpeditionen	förlikningsmannaexpeditionen
        Delegationen för sjöfartsstöd	former
        Skolöverstyrelsen	former
        Myndigheten för skolutveckling	former
        Högskoleverket	former	HSV
        Verket för högskoleservice	former	VHS
        Ungdomsstyrelsen	former
        Statens folkhälsoinstitut	former		Folkhälsoinstitutet
        Smittskyddsinstitutet	former
        Malmö högskola	former
        Revisorsnämnden	former
        Lantmäteriverket	former
        Statens bostadskreditnämnd	former
        Arbetsmarknadsverket	former
        Myndigheten för internationella adoptionsfrågor	former
        Myndigheten för handikappolitisk samordning	former		Handisam
        Statens livsmedelsverk	former
        Statens naturvårdsverk	former
        Statens strålskyddsinstitut	former		Strålskyddsinstitutet
        Statens kärnkraftinspektion	former	SKI	Kärnkraftinspektionen
        Fiskeriverket	former
        Statens kriminaltekniska laboratorium	former
        Riksrevisionsverket	former	RRV
        Riksdagens revisorer	former
        Yrkesinspektionen	former
        Internationella programkontoret	former
        Myndigheten för nätverk och samarbete inom högre utbildning	former
        Statens kärnbränslenämnd	former
        Rikstrafiken	former
        Vägtrafikinspektionen	former
        Statens energiverk	former
        Sjukvårdens och socialvårdens planerings- och rationaliseringsinstitut	former	Spri
        Premiepensionsmyndigheten	former	PPM
        Krisberedskapsmyndigheten	former
        Statens räddningsverk	former		Räddningsverket
        Styrelsen för psykologiskt försvar	former
        Riksskatteverket	former	RSV
        Riksförsäkringsverket	former	RFV
        Arbetsmarknadsstyrelsen	former	AMS
        Arbetslivsinstitutet	former
        Vägverket	former
        Banverket	former
        Luftfartsstyrelsen	former
        Järnvägsstyrelsen	former
        Sjöfartsinspektionen	former
        Statens invandrarverk	former		Invandrarverket
        Glesbygdsverket	former
        Verket för näringslivsutveckling	former		Nutek|NUTEK
        Verket för förvaltningsutveckling	former		Verva
        Institutet för tillväxtpolitiska studier	former	ITPS
        Statens institut för kommunikationsanalys	former	SIKA
        Ombudsmannen mot etnisk diskriminering	former
        Jämställdhetsombudsmannen	former
        Handikappombudsmannen	former
        Statens pris- och konkurrensverk	former
        Överstyrelsen för civil beredskap	former	ÖCB
        Statens personalnämnd	former
        Statens arbetsgivarverk	former
        Statens löne- och pensionsverk	former
        Byggnadsstyrelsen	former
        Statens industriverk	former
        Arbetarskyddsstyrelsen	former
        Statens arbetsmarknadsnämnd	former
        Försvarets sjukvårdsstyrelse	former
        Medicinalstyrelsen	former
        Presstödsnämnden	former
        Mediestödsnämnden	former
        Myndigheten för radio och tv	former
        Radio- och TV-verket	former	RTVV	Radio- och tv-verket
        Taltidningsnämnden	former
        Talboks- och punktskriftsbiblioteket	former	TPB
        Statens musiksamlingar	former
        Riksutställningar	former
        Rikskonserter	former		Svenska rikskonserter
        Statens biografbyrå	former		Biografbyrån
        Statens ljud- och bildarkiv	former
        Ersättningsnämnden	former
        Integrationsverket	former
        Utlänningsnämnden	former
        Kriminalvårdsverket	former
        Kriminalvårdsstyrelsen	former
        Alkoholinspektionen	former
        Läkemedelsförmånsnämnden	former	LFN
        Djurskyddsmyndigheten	former
        Livsmedelsekonomiska institutet	former
        Statens jordbruksnämnd	former
        Lantbruksstyrelsen	former
        Statens planverk	former		Planverket
        Bostadsstyrelsen	former
        Statens va-nämnd	former
        Koncessionsnämnden för miljöskydd	former
        Bostadsdomstolen	former
        Försäkringsöverdomstolen	former
        Sprängämnesinspektionen	former
        Produktkontrollnämnden	former
        Centralnämnden för fastighetsdata	former
        Nämnden för offentlig upphandling	former	NOU
        Totalförsvarets pliktverk	former		Pliktverket
        Specialpedagogiska institutet	former
        Specialskolemyndigheten	former
        Statens institut för handikappfrågor i skolan	former	SIH
        Myndigheten för kvalificerad yrkesutbildning	former
        Nationellt centrum för flexibelt lärande	former	CFL
        Statens skolor för vuxna	former
        Myndigheten för Sveriges nätuniversitet	former
        Statens institut för särskilt utbildningsstöd	former	Sisus
        Ombudsmannen mot diskriminering på grund av sexuell läggning	former	HomO
        Institutet för psykosocial medicin	former
        Arkitekturmuseet	former
        Försvarsexportmyndigheten	former	FXM
        Granskningsnämnden för radio och tv	former
        Nämnden för prövning av oredlighet i forskning	agency
        Regeringskansliets rättsdatabaser	ignore
        Svenska institutet för standarder	ignore
        Sveriges Kommuner och Regioner	ignore
        Sveriges Kommuner och Landsting	ignore
        """#
}
