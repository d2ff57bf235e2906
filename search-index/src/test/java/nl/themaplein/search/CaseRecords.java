package nl.themaplein.search;

import static nl.themaplein.search.TestRecords.record;

import java.util.List;
import nl.themaplein.search.ingest.CatalogueRecord;

/**
 * The records of the shared cases C01, C02, C04 and C07, as the MARC mapping makes them from {@code
 * ../shared/cases/Cnn.xml}.
 */
public final class CaseRecords {

    private CaseRecords() {}

    /** Every record of the four cases. */
    public static List<CatalogueRecord> all() {
        return List.of(
                record(
                                "c01-r1",
                                "Max Havelaar : of de koffieveilingen der Nederlandsche"
                                        + " Handel-Maatschappij")
                        .titleMain("Max Havelaar")
                        .subtitle("of de koffieveilingen der Nederlandsche Handel-Maatschappij")
                        .author("Schrijver, Testa")
                        .publisher("Testuitgeverij", "Amsterdam")
                        .build(),
                record("c01-r2", "Jaarverslag openbare bibliotheek")
                        .publisher("Testuitgeverij", "Amsterdam")
                        .callNumbers("NED 839.3 : 2019")
                        .build(),
                record("c02-r1", "Amsterdam - geschiedenis - kaarten, 1600-1800")
                        .author("Kaartmaker, Testa")
                        .publisher("Testuitgeverij", "Amsterdam")
                        .build(),
                record("c04-r1", "Programmeren in C++").author("Codeur, Testa").build(),
                record("c04-r2", "Programmeren in C").author("Codeur, Testa").build(),
                record("c04-r3", "C# voor beginners").author("Codeur, Testa").build(),
                record(
                                "c07-r1",
                                "De geschiedenis van de openbare bibliotheek in Nederland : van"
                                        + " leesmuseum tot netwerkorganisatie")
                        .titleMain("De geschiedenis van de openbare bibliotheek in Nederland")
                        .subtitle("van leesmuseum tot netwerkorganisatie")
                        .author("Historicus, Testa")
                        .publisher("Testuitgeverij", "Amsterdam")
                        .year(2019)
                        .build());
    }
}
