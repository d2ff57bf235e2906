package nl.themaplein.portal.setup.demo;

import java.util.List;

/**
 * The shared themes every organisation shows, and one theme each demo organisation adds. Texts
 * speak of themes, interests and activities, never of "learning".
 */
final class DemoThemes {

    /** One theme's texts; {@code owner} is an organisation code, or null for a shared theme. */
    record ThemeText(
            String code,
            String owner,
            String nameNl,
            String nameEn,
            String introNl,
            String introEn) {}

    static final List<ThemeText> THEMES =
            List.of(
                    new ThemeText(
                            "digitale-vaardigheden",
                            null,
                            "Digitale vaardigheden",
                            "Digital skills",
                            "Aan de slag met je telefoon, computer en DigiD: samen oefenen in het"
                                + " Digicafé, hulp bij online zaken regelen en veilig internetten.",
                            "Getting to grips with your phone, computer and DigiD: practise"
                                + " together in the Digicafé, get help with online errands and stay"
                                + " safe on the internet."),
                    new ThemeText(
                            "gezondheid",
                            null,
                            "Gezondheid",
                            "Health",
                            "Betrouwbare informatie over je gezondheid, bewegen en goed slapen, en"
                                    + " activiteiten waar je anderen ontmoet.",
                            "Reliable information about your health, exercise and a good night's"
                                    + " sleep, and activities where you meet others."),
                    new ThemeText(
                            "geld-en-werk",
                            null,
                            "Geld en werk",
                            "Money and work",
                            "Grip op je geldzaken, hulp bij formulieren en belastingaangifte, en"
                                    + " steun bij het zoeken naar werk.",
                            "A grip on your finances, help with forms and tax returns, and support"
                                    + " when you are looking for work."),
                    new ThemeText(
                            "opvoeden",
                            null,
                            "Opvoeden",
                            "Parenting",
                            "Voorlezen, spelen en praten met je kind: boeken, tips en bijeenkomsten"
                                    + " voor ouders en verzorgers.",
                            "Reading aloud, playing and talking with your child: books, tips and"
                                    + " meetings for parents and carers."),
                    new ThemeText(
                            "taal",
                            null,
                            "Taal",
                            "Language",
                            "Met meer gemak lezen, schrijven en Nederlands spreken: het Taalhuis,"
                                    + " taalmaatjes en gespreksgroepen.",
                            "Reading, writing and speaking Dutch with more ease: the Taalhuis,"
                                    + " language buddies and conversation groups."),
                    new ThemeText(
                            "cultuur-en-creativiteit",
                            null,
                            "Cultuur en creativiteit",
                            "Culture and creativity",
                            "Schrijven, tekenen, muziek maken en erfgoed ontdekken: workshops,"
                                    + " exposities en lezingen.",
                            "Writing, drawing, making music and discovering heritage: workshops,"
                                    + " exhibitions and talks."),
                    new ThemeText(
                            "duurzaamheid",
                            null,
                            "Duurzaamheid",
                            "Sustainability",
                            "Energie besparen, repareren in plaats van weggooien en samen werken"
                                    + " aan een groenere buurt.",
                            "Saving energy, repairing instead of throwing away, and working"
                                    + " together on a greener neighbourhood."),
                    new ThemeText(
                            "samenleving",
                            null,
                            "Samenleving",
                            "Society",
                            "Het nieuws duiden, meepraten over je buurt en de weg vinden in"
                                    + " gemeente en politiek.",
                            "Making sense of the news, having a say in your neighbourhood and"
                                    + " finding your way in local government and politics."),
                    new ThemeText(
                            "erfgoed-aan-de-rivier",
                            DemoLibraries.LINGESTROOM,
                            "Erfgoed aan de rivier",
                            "Riverside heritage",
                            "Dijken, forten en fruitboomgaarden: verhalen en wandelingen over het"
                                    + " rivierengebied.",
                            "Dykes, forts and orchards: stories and walks about the river"
                                    + " country."),
                    new ThemeText(
                            "kust-en-natuur",
                            DemoLibraries.DUINRAND,
                            "Kust en natuur",
                            "Coast and nature",
                            "Het duingebied, de zee en de natuur om de hoek: wandelingen, vogels"
                                    + " kijken en verhalen over de kust.",
                            "The dunes, the sea and nature on your doorstep: walks, birdwatching"
                                    + " and stories about the coast."));

    private DemoThemes() {}
}
