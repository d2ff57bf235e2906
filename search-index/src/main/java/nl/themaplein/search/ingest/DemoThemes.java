package nl.themaplein.search.ingest;

import java.util.List;

/**
 * The word material of the {@link DemoCatalogue}, written for Themaplein: per theme of the portal,
 * its subject heading, a shelf code and topics. Every name here is invented.
 */
final class DemoThemes {

    /**
     * What kind of thing a topic is. Each kind has its own title patterns and subtitles, so a
     * pattern only meets topics it reads well with: "Leven met diabetes", never "Leven met breien".
     */
    enum Kind {
        /** A hobby or craft one takes up: breien, fotografie. */
        ACTIVITY(
                List.of(
                        "Beginnen met %s",
                        "Aan de slag met %s",
                        "%s voor beginners",
                        "Plezier in %s",
                        "Het grote boek over %s"),
                List.of(
                        "tips en technieken",
                        "met oefeningen en voorbeelden",
                        "voor wie het zelf wil proberen",
                        "stap voor stap uitgelegd")),
        /** A practical task one has to get done: online bankieren, afval scheiden. */
        TASK(
                List.of("Aan de slag met %s", "Alles over %s", "Eenvoudig %s", "Beter %s"),
                List.of(
                        "een praktische gids",
                        "helder uitgelegd",
                        "tips en ervaringen",
                        "met voorbeelden uit het dagelijks leven")),
        /** A healthy habit: goed slapen, gezond eten. */
        HABIT(
                List.of("Aan de slag met %s", "Eenvoudig %s", "Elke dag %s", "Tijd voor %s"),
                List.of(
                        "tips voor elke dag",
                        "zo houd je het vol",
                        "een praktische gids",
                        "helder uitgelegd")),
        /** A device or medium one uses: de smartphone, sociale media. */
        DEVICE(
                List.of(
                        "Aan de slag met %s",
                        "Handig met %s",
                        "Meer doen met %s",
                        "Alles over %s",
                        "Veilig op weg met %s"),
                List.of(
                        "een praktische gids",
                        "helder uitgelegd",
                        "tips en ervaringen",
                        "voor wie net begint")),
        /** A subject to know about or get a grip on: je pensioen, toeslagen. */
        SUBJECT(
                List.of(
                        "Alles over %s",
                        "Het grote boek over %s",
                        "Meer weten over %s",
                        "Wat je moet weten over %s",
                        "Vragen over %s"),
                List.of(
                        "een praktische gids",
                        "helder uitgelegd",
                        "tips en ervaringen",
                        "wat je moet weten")),
        /** A condition or hard situation one lives with: diabetes, eenzaamheid. */
        CONDITION(
                List.of(
                        "Leven met %s",
                        "Omgaan met %s", "Hulp bij %s", "Wat te doen bij %s", "Meer weten over %s"),
                List.of(
                        "ervaringen en adviezen",
                        "tips voor elke dag",
                        "wat helpt en wat niet",
                        "een gids voor jezelf en je naasten")),
        /** A period or event of history: de Gouden Eeuw, de watersnood van 1953. */
        PERIOD(
                List.of(
                        "Het verhaal van %s",
                        "Sporen van %s",
                        "Kroniek van %s",
                        "Een geschiedenis van %s",
                        "Alles over %s"),
                List.of(
                        "verhalen en beelden",
                        "bronnen, plekken en verhalen",
                        "met kaarten en foto's",
                        "hoe het werkelijk was")),
        /** A group of people one lives or deals with: pubers, je buren. */
        GROUP(
                List.of("Praten met %s", "Omgaan met %s", "Een hart voor %s", "Tijd voor %s"),
                List.of(
                        "tips en ervaringen",
                        "uit het dagelijks leven",
                        "een praktische gids",
                        "helder uitgelegd")),
        /** Something of nature to look at and know: vogels, de sterrenhemel. */
        NATURE(
                List.of(
                        "Kijken naar %s",
                        "De wereld van %s",
                        "Het grote boek over %s",
                        "Meer weten over %s",
                        "Alles over %s"),
                List.of(
                        "een gids voor buiten",
                        "kijken, herkennen en genieten",
                        "met foto's en tekeningen",
                        "door het jaar heen"));

        private final List<String> titlePatterns;
        private final List<String> subtitles;

        Kind(List<String> titlePatterns, List<String> subtitles) {
            this.titlePatterns = titlePatterns;
            this.subtitles = subtitles;
        }

        /** Title patterns; {@code %s} is the topic's phrase. */
        List<String> titlePatterns() {
            return titlePatterns;
        }

        /** Subtitles (245 $b) that read well after this kind's titles. */
        List<String> subtitles() {
            return subtitles;
        }
    }

    /**
     * A topic: what kind of thing it is, how a title speaks of it, and the subject heading a
     * cataloguer would give.
     */
    record Topic(Kind kind, String phrase, String subject) {}

    /** A portal theme with the subject heading that ties records to it. */
    record Theme(String subject, String shelfCode, String audience, List<Topic> topics) {}

    static final List<Theme> THEMES =
            List.of(
                    new Theme(
                            "Digitale vaardigheden",
                            "315.3",
                            "Voor iedereen die meer wil doen met computer, tablet of telefoon.",
                            List.of(
                                    new Topic(Kind.DEVICE, "de smartphone", "Smartphones"),
                                    new Topic(Kind.DEVICE, "het internet", "Internetveiligheid"),
                                    new Topic(Kind.TASK, "online bankieren", "Internetbankieren"),
                                    new Topic(
                                            Kind.SUBJECT,
                                            "de digitale overheid",
                                            "Digitale overheid"),
                                    new Topic(Kind.TASK, "videobellen", "Videobellen"),
                                    new Topic(Kind.DEVICE, "sociale media", "Sociale media"),
                                    new Topic(Kind.SUBJECT, "sterke wachtwoorden", "Wachtwoorden"),
                                    new Topic(Kind.SUBJECT, "nepnieuws", "Desinformatie"),
                                    new Topic(
                                            Kind.TASK, "foto's bewerken", "Digitale fotobewerking"),
                                    new Topic(Kind.DEVICE, "de tablet", "Tablets"))),
                    new Theme(
                            "Gezondheid",
                            "605",
                            "Voor wie gezond wil leven of met een aandoening te maken heeft.",
                            List.of(
                                    new Topic(Kind.HABIT, "goed slapen", "Slaap"),
                                    new Topic(Kind.HABIT, "meer bewegen", "Lichaamsbeweging"),
                                    new Topic(Kind.HABIT, "gezond eten", "Gezonde voeding"),
                                    new Topic(Kind.CONDITION, "stress", "Stress"),
                                    new Topic(Kind.CONDITION, "de overgang", "Menopauze"),
                                    new Topic(Kind.CONDITION, "diabetes", "Diabetes"),
                                    new Topic(Kind.SUBJECT, "mantelzorg", "Mantelzorg"),
                                    new Topic(Kind.CONDITION, "rugklachten", "Rugklachten"),
                                    new Topic(
                                            Kind.SUBJECT,
                                            "mentale veerkracht",
                                            "Geestelijke gezondheid"),
                                    new Topic(Kind.ACTIVITY, "wandelen", "Wandelen"))),
                    new Theme(
                            "Geld en werk",
                            "335",
                            "Voor wie grip wil op geld, werk of een eigen onderneming.",
                            List.of(
                                    new Topic(Kind.SUBJECT, "je budget", "Budgettering"),
                                    new Topic(Kind.CONDITION, "schulden", "Schulden"),
                                    new Topic(Kind.TASK, "solliciteren", "Solliciteren"),
                                    new Topic(Kind.SUBJECT, "een eigen bedrijf", "Ondernemerschap"),
                                    new Topic(Kind.SUBJECT, "je pensioen", "Pensioenen"),
                                    new Topic(
                                            Kind.SUBJECT,
                                            "de belastingaangifte",
                                            "Belastingaangifte"),
                                    new Topic(Kind.TASK, "sparen", "Sparen"),
                                    new Topic(Kind.SUBJECT, "je loopbaan", "Loopbaanplanning"),
                                    new Topic(Kind.SUBJECT, "toeslagen", "Toeslagen"))),
                    new Theme(
                            "Opvoeden",
                            "455",
                            "Voor ouders, grootouders en iedereen die voor kinderen zorgt.",
                            List.of(
                                    new Topic(Kind.GROUP, "peuters", "Peuters"),
                                    new Topic(Kind.GROUP, "pubers", "Pubers"),
                                    new Topic(Kind.ACTIVITY, "voorlezen", "Voorlezen"),
                                    new Topic(
                                            Kind.SUBJECT,
                                            "schermtijd",
                                            "Mediagebruik van kinderen"),
                                    new Topic(
                                            Kind.SUBJECT,
                                            "zindelijkheid",
                                            "Zindelijkheidstraining"),
                                    new Topic(Kind.GROUP, "je kleinkinderen", "Grootouders"),
                                    new Topic(
                                            Kind.CONDITION,
                                            "een scheiding met kinderen",
                                            "Echtscheiding"),
                                    new Topic(
                                            Kind.SUBJECT, "taalontwikkeling", "Taalontwikkeling"))),
                    new Theme(
                            "Taal",
                            "803",
                            "Voor iedereen die beter wil lezen, schrijven of spreken.",
                            List.of(
                                    new Topic(
                                            Kind.ACTIVITY,
                                            "Nederlands spreken",
                                            "Nederlands als tweede taal"),
                                    new Topic(Kind.SUBJECT, "spelling", "Spelling"),
                                    new Topic(Kind.ACTIVITY, "schrijven", "Schrijfvaardigheid"),
                                    new Topic(Kind.SUBJECT, "grammatica", "Grammatica"),
                                    new Topic(Kind.TASK, "presenteren", "Spreekvaardigheid"),
                                    new Topic(Kind.SUBJECT, "de Friese taal", "Fries"),
                                    new Topic(Kind.SUBJECT, "uitspraak", "Uitspraak"),
                                    new Topic(Kind.SUBJECT, "woordenschat", "Woordenschat"))),
                    new Theme(
                            "Cultuur en creativiteit",
                            "720",
                            "Voor iedereen die zelf iets wil maken of meer wil weten over kunst.",
                            List.of(
                                    new Topic(Kind.ACTIVITY, "tekenen", "Tekenen"),
                                    new Topic(Kind.ACTIVITY, "aquarelleren", "Aquarelschilderen"),
                                    new Topic(Kind.ACTIVITY, "breien", "Breien"),
                                    new Topic(Kind.ACTIVITY, "fotografie", "Fotografie"),
                                    new Topic(Kind.ACTIVITY, "muziek maken", "Muziek maken"),
                                    new Topic(Kind.ACTIVITY, "toneelspelen", "Toneel"),
                                    new Topic(Kind.ACTIVITY, "keramiek", "Keramiek"),
                                    new Topic(Kind.ACTIVITY, "dansen", "Dans"))),
                    new Theme(
                            "Duurzaamheid",
                            "614.8",
                            "Voor wie thuis en in de buurt duurzamer wil leven.",
                            List.of(
                                    new Topic(Kind.SUBJECT, "zonnepanelen", "Zonne-energie"),
                                    new Topic(Kind.TASK, "afval scheiden", "Afvalscheiding"),
                                    new Topic(Kind.TASK, "energie besparen", "Energiebesparing"),
                                    new Topic(Kind.TASK, "tweedehands kopen", "Hergebruik"),
                                    new Topic(Kind.TASK, "repareren", "Reparatie"),
                                    new Topic(Kind.ACTIVITY, "moestuinieren", "Moestuinen"),
                                    new Topic(Kind.SUBJECT, "het klimaat", "Klimaatverandering"),
                                    new Topic(Kind.SUBJECT, "duurzaam wonen", "Duurzaam bouwen"))),
                    new Theme(
                            "Natuur",
                            "575",
                            "Voor natuurliefhebbers, jong en oud.",
                            List.of(
                                    new Topic(Kind.NATURE, "vogels", "Vogels"),
                                    new Topic(Kind.NATURE, "bomen", "Bomen"),
                                    new Topic(Kind.NATURE, "paddenstoelen", "Paddenstoelen"),
                                    new Topic(Kind.NATURE, "insecten", "Insecten"),
                                    new Topic(Kind.NATURE, "de Waddenzee", "Waddengebied"),
                                    new Topic(Kind.NATURE, "wilde planten", "Wilde planten"),
                                    new Topic(Kind.NATURE, "het weer", "Weerkunde"),
                                    new Topic(Kind.NATURE, "de sterrenhemel", "Sterrenkunde"))),
                    new Theme(
                            "Geschiedenis",
                            "930",
                            "Voor iedereen die wil weten hoe het vroeger was.",
                            List.of(
                                    new Topic(Kind.PERIOD, "de Gouden Eeuw", "Gouden Eeuw"),
                                    new Topic(
                                            Kind.PERIOD,
                                            "de Tweede Wereldoorlog",
                                            "Tweede Wereldoorlog"),
                                    new Topic(
                                            Kind.PERIOD,
                                            "de watersnood van 1953",
                                            "Watersnood 1953"),
                                    new Topic(Kind.SUBJECT, "stamboomonderzoek", "Genealogie"),
                                    new Topic(Kind.PERIOD, "de Romeinen aan de Rijn", "Romeinen"),
                                    new Topic(
                                            Kind.PERIOD,
                                            "het vroegere dorpsleven",
                                            "Plattelandsleven"),
                                    new Topic(Kind.PERIOD, "de Hollandse molens", "Molens"),
                                    new Topic(Kind.PERIOD, "de trekvaart", "Binnenvaart"))),
                    new Theme(
                            "Samenleving",
                            "323",
                            "Voor wie meedoet in de buurt, de gemeente of een vereniging.",
                            List.of(
                                    new Topic(
                                            Kind.SUBJECT, "vrijwilligerswerk", "Vrijwilligerswerk"),
                                    new Topic(Kind.GROUP, "je buren", "Burenrelaties"),
                                    new Topic(Kind.SUBJECT, "de gemeenteraad", "Lokale politiek"),
                                    new Topic(Kind.SUBJECT, "inburgeren", "Inburgering"),
                                    new Topic(Kind.SUBJECT, "het verenigingsleven", "Verenigingen"),
                                    new Topic(Kind.CONDITION, "eenzaamheid", "Eenzaamheid"),
                                    new Topic(Kind.SUBJECT, "verkiezingen", "Verkiezingen"),
                                    new Topic(Kind.SUBJECT, "het nieuws", "Nieuwsvoorziening"),
                                    new Topic(Kind.SUBJECT, "de wijkraad", "Buurtparticipatie"),
                                    new Topic(Kind.CONDITION, "armoede", "Armoede"))));

    static final List<String> SUMMARY_SENTENCES =
            List.of(
                    "Met veel voorbeelden uit het dagelijks leven.",
                    "Geschreven in eenvoudige, heldere taal.",
                    "Met opdrachten en een overzicht van handige adressen.",
                    "De makers delen hun eigen ervaringen en die van anderen.",
                    "Te gebruiken in een leesgroep, een taalcafé of thuis.",
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
                    new ForeignTitle("eng", "A first guide to Dutch libraries", "Samenleving"),
                    new ForeignTitle("eng", "Cycling the Dutch countryside", "Natuur"),
                    new ForeignTitle(
                            "fry", "Fryske ferhalen foar by it fjoer", "Cultuur en creativiteit"),
                    new ForeignTitle("fry", "Wurden út it heitelân", "Taal"),
                    new ForeignTitle("ara", "دليلك إلى المكتبة العامة", "Samenleving"),
                    new ForeignTitle("ara", "اللغة الهولندية خطوة بخطوة", "Taal"),
                    new ForeignTitle("tur", "Hollandaca konuşalım", "Taal"),
                    new ForeignTitle("tur", "Çocuklarla birlikte kitap okumak", "Opvoeden"),
                    new ForeignTitle("pol", "Mówimy po niderlandzku", "Taal"),
                    new ForeignTitle("pol", "Praca i finanse w Holandii", "Geld en werk"));

    private DemoThemes() {}
}
