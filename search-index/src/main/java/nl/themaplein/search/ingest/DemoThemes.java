package nl.themaplein.search.ingest;

import java.util.List;

/**
 * The word material of the {@link DemoCatalogue}, written for Themaplein: per theme of the portal,
 * its subject heading, a shelf code and topics. Every name here is invented.
 */
final class DemoThemes {

    /** A topic: how a title speaks of it, and the subject heading a cataloguer would give. */
    record Topic(String phrase, String subject) {}

    /** A portal theme with the subject heading that ties records to it. */
    record Theme(String subject, String shelfCode, String audience, List<Topic> topics) {}

    static final List<Theme> THEMES =
            List.of(
                    new Theme(
                            "Digitale vaardigheden",
                            "315.3",
                            "Voor iedereen die meer wil doen met computer, tablet of telefoon.",
                            List.of(
                                    new Topic("de smartphone", "Smartphones"),
                                    new Topic("veilig internetten", "Internetveiligheid"),
                                    new Topic("online bankieren", "Internetbankieren"),
                                    new Topic("de digitale overheid", "Digitale overheid"),
                                    new Topic("videobellen", "Videobellen"),
                                    new Topic("sociale media", "Sociale media"),
                                    new Topic("sterke wachtwoorden", "Wachtwoorden"),
                                    new Topic("nepnieuws herkennen", "Desinformatie"),
                                    new Topic("foto's bewerken", "Digitale fotobewerking"),
                                    new Topic("de tablet", "Tablets"))),
                    new Theme(
                            "Gezondheid",
                            "605",
                            "Voor wie gezond wil leven of met een aandoening te maken heeft.",
                            List.of(
                                    new Topic("goed slapen", "Slaap"),
                                    new Topic("meer bewegen", "Lichaamsbeweging"),
                                    new Topic("gezond eten", "Gezonde voeding"),
                                    new Topic("stress", "Stress"),
                                    new Topic("de overgang", "Menopauze"),
                                    new Topic("diabetes", "Diabetes"),
                                    new Topic("mantelzorg", "Mantelzorg"),
                                    new Topic("een sterke rug", "Rugklachten"),
                                    new Topic("mentale veerkracht", "Geestelijke gezondheid"),
                                    new Topic("wandelen", "Wandelen"))),
                    new Theme(
                            "Geld en werk",
                            "335",
                            "Voor wie grip wil op geld, werk of een eigen onderneming.",
                            List.of(
                                    new Topic("je budget", "Budgettering"),
                                    new Topic("schulden", "Schulden"),
                                    new Topic("solliciteren", "Solliciteren"),
                                    new Topic("een eigen bedrijf", "Ondernemerschap"),
                                    new Topic("je pensioen", "Pensioenen"),
                                    new Topic("de belastingaangifte", "Belastingaangifte"),
                                    new Topic("sparen", "Sparen"),
                                    new Topic("je loopbaan", "Loopbaanplanning"),
                                    new Topic("toeslagen", "Toeslagen"))),
                    new Theme(
                            "Opvoeden",
                            "455",
                            "Voor ouders, grootouders en iedereen die voor kinderen zorgt.",
                            List.of(
                                    new Topic("peuters", "Peuters"),
                                    new Topic("pubers", "Pubers"),
                                    new Topic("voorlezen", "Voorlezen"),
                                    new Topic("schermtijd", "Mediagebruik van kinderen"),
                                    new Topic("zindelijkheid", "Zindelijkheidstraining"),
                                    new Topic("grootouders", "Grootouders"),
                                    new Topic("kinderen en scheiding", "Echtscheiding"),
                                    new Topic("taalontwikkeling", "Taalontwikkeling"))),
                    new Theme(
                            "Taal",
                            "803",
                            "Voor iedereen die beter wil lezen, schrijven of spreken.",
                            List.of(
                                    new Topic("Nederlands leren", "Nederlands als tweede taal"),
                                    new Topic("spelling", "Spelling"),
                                    new Topic("schrijven", "Schrijfvaardigheid"),
                                    new Topic("grammatica", "Grammatica"),
                                    new Topic("spreken in het openbaar", "Spreekvaardigheid"),
                                    new Topic("de Friese taal", "Fries"),
                                    new Topic("uitspraak", "Uitspraak"),
                                    new Topic("woordenschat", "Woordenschat"))),
                    new Theme(
                            "Cultuur en creativiteit",
                            "720",
                            "Voor iedereen die zelf iets wil maken of meer wil weten over kunst.",
                            List.of(
                                    new Topic("tekenen", "Tekenen"),
                                    new Topic("aquarelleren", "Aquarelschilderen"),
                                    new Topic("breien", "Breien"),
                                    new Topic("fotografie", "Fotografie"),
                                    new Topic("muziek maken", "Muziek maken"),
                                    new Topic("toneelspelen", "Toneel"),
                                    new Topic("keramiek", "Keramiek"),
                                    new Topic("dansen", "Dans"))),
                    new Theme(
                            "Duurzaamheid",
                            "614.8",
                            "Voor wie thuis en in de buurt duurzamer wil leven.",
                            List.of(
                                    new Topic("zonnepanelen", "Zonne-energie"),
                                    new Topic("afval scheiden", "Afvalscheiding"),
                                    new Topic("energie besparen", "Energiebesparing"),
                                    new Topic("tweedehands kopen", "Hergebruik"),
                                    new Topic("repareren", "Reparatie"),
                                    new Topic("een moestuin", "Moestuinen"),
                                    new Topic("het klimaat", "Klimaatverandering"),
                                    new Topic("duurzaam wonen", "Duurzaam bouwen"))),
                    new Theme(
                            "Natuur",
                            "575",
                            "Voor natuurliefhebbers, jong en oud.",
                            List.of(
                                    new Topic("vogels", "Vogels"),
                                    new Topic("bomen", "Bomen"),
                                    new Topic("paddenstoelen", "Paddenstoelen"),
                                    new Topic("insecten", "Insecten"),
                                    new Topic("de Waddenzee", "Waddengebied"),
                                    new Topic("wilde planten", "Wilde planten"),
                                    new Topic("het weer", "Weerkunde"),
                                    new Topic("de sterrenhemel", "Sterrenkunde"))),
                    new Theme(
                            "Geschiedenis",
                            "930",
                            "Voor iedereen die wil weten hoe het vroeger was.",
                            List.of(
                                    new Topic("de Gouden Eeuw", "Gouden Eeuw"),
                                    new Topic("de Tweede Wereldoorlog", "Tweede Wereldoorlog"),
                                    new Topic("de watersnood", "Watersnood 1953"),
                                    new Topic("je stamboom", "Genealogie"),
                                    new Topic("de Romeinen aan de Rijn", "Romeinen"),
                                    new Topic("het dorpsleven", "Plattelandsleven"),
                                    new Topic("de molens", "Molens"),
                                    new Topic("de trekvaart", "Binnenvaart"))),
                    new Theme(
                            "Samenleven",
                            "323",
                            "Voor wie meedoet in de buurt, de gemeente of een vereniging.",
                            List.of(
                                    new Topic("vrijwilligerswerk", "Vrijwilligerswerk"),
                                    new Topic("je buren", "Burenrelaties"),
                                    new Topic("de gemeenteraad", "Lokale politiek"),
                                    new Topic("inburgeren", "Inburgering"),
                                    new Topic("een vereniging", "Verenigingen"),
                                    new Topic("eenzaamheid", "Eenzaamheid"))));

    /** Title patterns; {@code %s} is a topic phrase. */
    static final List<String> TITLE_PATTERNS =
            List.of(
                    "Aan de slag met %s",
                    "Alles over %s",
                    "Wegwijs in %s",
                    "Zo werkt het: %s",
                    "Het grote boek over %s",
                    "Stap voor stap: %s",
                    "Een handboek voor %s",
                    "De kleine gids voor %s",
                    "Beginnen met %s",
                    "Meer weten over %s",
                    "Tien lessen over %s",
                    "Thuis in %s");

    static final List<String> SUBTITLES =
            List.of(
                    "een praktische gids",
                    "tips en ervaringen",
                    "voor iedereen die wil beginnen",
                    "wat je moet weten",
                    "van eerste stap tot meester",
                    "met oefeningen en voorbeelden",
                    "helder uitgelegd");

    static final List<String> SUMMARY_SENTENCES =
            List.of(
                    "Met veel voorbeelden uit het dagelijks leven.",
                    "Geschreven in eenvoudige, heldere taal.",
                    "Met opdrachten en een overzicht van handige adressen.",
                    "De makers delen hun eigen ervaringen en die van anderen.",
                    "Te gebruiken in een cursus, een leesgroep of thuis.",
                    "Met kleurenfoto's en duidelijke stappenplannen.",
                    "Elk hoofdstuk sluit af met een korte samenvatting.");

    static final List<String> FIRST_NAMES =
            List.of(
                    "Anne", "Mirjam", "Sanne", "Fatima", "Mehmet", "Pieter", "Joost", "Lotte",
                    "Noor", "Daan", "Ingrid", "Kees", "Yara", "Bram", "Hanneke", "Wouter", "Aylin",
                    "Sjoerd", "Marieke", "Rutger", "Karim", "Jolien", "Tjitske", "Ewa");

    /** Surnames as catalogued, with a Dutch prefix after the given name ("Vries, Anne de"). */
    static final List<String[]> SURNAMES =
            List.of(
                    new String[] {"Wildeboer", ""},
                    new String[] {"Kamphorst", ""},
                    new String[] {"Veldkamp", ""},
                    new String[] {"Zonneveld", ""},
                    new String[] {"Brink", "van den"},
                    new String[] {"Haverkamp", ""},
                    new String[] {"Lier", "van"},
                    new String[] {"Groot", "de"},
                    new String[] {"Beek", "ter"},
                    new String[] {"Oudshoorn", ""},
                    new String[] {"El Amrani", ""},
                    new String[] {"Kaya", ""},
                    new String[] {"Tuinstra", ""},
                    new String[] {"Wijngaarden", "van"},
                    new String[] {"Kowalczyk", ""},
                    new String[] {"Dijkhuis", ""},
                    new String[] {"Steen", "van der"},
                    new String[] {"Roos", "de"});

    static final List<String> PUBLISHERS =
            List.of(
                    "Uitgeverij Pluimgras",
                    "Het Leeskompas",
                    "Uitgeverij Dwarsstroom",
                    "Uitgeverij Vlierbes",
                    "De Zeefdruk Pers",
                    "Uitgeverij Kiezelhof",
                    "Uitgeverij Zilverspar");

    static final List<String> PLACES =
            List.of(
                    "Amsterdam",
                    "Utrecht",
                    "Zwolle",
                    "Leeuwarden",
                    "Rotterdam",
                    "Nijmegen",
                    "Haarlem");

    static final List<String> SERIES =
            List.of("Wegwijs-reeks", "Zo doe je dat", "Makkelijk lezen", "Dichtbij huis");

    /** A title in another language than Dutch, with its MARC language code and theme. */
    record ForeignTitle(String language, String title, String theme) {}

    static final List<ForeignTitle> FOREIGN_TITLES =
            List.of(
                    new ForeignTitle(
                            "eng", "Digital skills for newcomers", "Digitale vaardigheden"),
                    new ForeignTitle("eng", "A first guide to Dutch libraries", "Samenleven"),
                    new ForeignTitle("eng", "Cycling the Dutch countryside", "Natuur"),
                    new ForeignTitle(
                            "fry", "Fryske ferhalen foar by it fjoer", "Cultuur en creativiteit"),
                    new ForeignTitle("fry", "Wurden út it heitelân", "Taal"),
                    new ForeignTitle("ara", "دليلك إلى المكتبة العامة", "Samenleven"),
                    new ForeignTitle("ara", "تعلم اللغة الهولندية خطوة بخطوة", "Taal"),
                    new ForeignTitle("tur", "Hollandaca öğreniyorum", "Taal"),
                    new ForeignTitle("tur", "Çocuklarla birlikte kitap okumak", "Opvoeden"),
                    new ForeignTitle("pol", "Uczę się niderlandzkiego", "Taal"),
                    new ForeignTitle("pol", "Praca i finanse w Holandii", "Geld en werk"));

    private DemoThemes() {}
}
