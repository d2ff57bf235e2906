package nl.themaplein.search;

/** Query texts of the shared cases (../shared/cases/Cnn.md), spelled once for every test. */
public final class CaseQueries {

    /** C07 q1: a pasted citation of about 110 words. */
    public static final String C07_CITATION =
            "De geschiedenis van de openbare bibliotheek in Nederland: van leesmuseum tot"
                    + " netwerkorganisatie, met bijzondere aandacht voor de rol van gemeenten,"
                    + " provincies en het rijk bij de financiering, de huisvesting en de"
                    + " collectievorming van plaatselijke en regionale bibliotheken in de periode"
                    + " tussen de oprichting van de eerste leeszalen omstreeks 1890 en de"
                    + " stelselherziening van 2015, aangevuld met beschouwingen over"
                    + " leesbevordering, jeugdbibliotheekwerk, de opkomst van de digitale"
                    + " bibliotheek, het uitlenen van e-boeken, de samenwerking met scholen en"
                    + " welzijnsorganisaties, de positie van vrijwilligers en beroepskrachten, de"
                    + " veranderende verwachtingen van lezers en niet-lezers, en de vraag hoe de"
                    + " bibliotheek haar publieke functie kan behouden in een samenleving waarin"
                    + " informatie overal en altijd beschikbaar lijkt te zijn. Amsterdam:"
                    + " Testuitgeverij, 2019. 432 pagina's.";

    /** C07 q2: the citation in double quotes. */
    public static final String C07_QUOTED = "\"" + C07_CITATION + "\"";

    /** C07 q3: one word 420 times, about 5,000 characters. */
    public static final String C07_REPEATED = "bibliotheek ".repeat(420);

    private CaseQueries() {}
}
