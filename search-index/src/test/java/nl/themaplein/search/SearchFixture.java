package nl.themaplein.search;

import static nl.themaplein.search.TestRecords.record;

import java.util.ArrayList;
import java.util.List;
import nl.themaplein.search.ingest.CatalogueRecord;
import nl.themaplein.search.ingest.Format;

/**
 * The records the Solr tests index besides the shared cases: sets made for facets, paging, sorting,
 * folding and highlighting. Every title carries a word of its own set, so a test can find exactly
 * its records.
 */
public final class SearchFixture {

    /** Records of the paging set: "utrecht" finds them all; 5 are e-books (C13 p4). */
    public static final int UTRECHT_RECORDS = 60;

    /** E-books among the paging set. */
    public static final int UTRECHT_EBOOKS = 5;

    /** Subjects with the characters that break naive filter building. */
    public static final List<String> ODD_SUBJECTS =
            List.of(
                    "Oorlog, 1940-1945",
                    "\"Gouden Eeuw\"",
                    "Noord/Zuid",
                    "Wetenschap: natuurkunde");

    /** A record id with commas: ids travel one per parameter. */
    public static final String COMMA_ID = "rec,with,commas";

    /** The newest year in the fixture. */
    public static final int NEWEST_YEAR = 2025;

    private SearchFixture() {}

    /** Every fixture record. */
    public static List<CatalogueRecord> records() {
        List<CatalogueRecord> records = new ArrayList<>();
        records.addAll(utrecht());
        records.addAll(oddSubjects());
        records.addAll(sorting());
        records.addAll(folding());
        records.add(
                record("hl-1", "<script>alert(1)</script> en andere verhalen")
                        .author("Verteller, Testa")
                        .year(2001)
                        .build());
        records.add(
                record("isbn-1", "Handboek voor nummers")
                        .isbn("978-90-245-1234-8 (gebonden)", "9789024512348", "9024512344")
                        .year(NEWEST_YEAR)
                        .build());
        records.add(record("prog-1", "Leer .NET in een weekend").year(2015).build());
        records.add(record("prog-2", "F# voor gevorderden").year(2016).build());
        return records;
    }

    private static List<CatalogueRecord> utrecht() {
        List<CatalogueRecord> records = new ArrayList<>();
        for (int i = 1; i <= UTRECHT_RECORDS; i++) {
            records.add(
                    record(String.format("utrecht-%02d", i), "Wandelen door Utrecht, deel " + i)
                            .author("Gids, Testa")
                            .subjects("Utrecht -- Wandelingen")
                            .format(i <= UTRECHT_EBOOKS ? Format.EBOOK : Format.BOOK)
                            .languages(i % 3 == 0 ? "eng" : "dut")
                            .year(1995 + i % 30)
                            .build());
        }
        return records;
    }

    private static List<CatalogueRecord> oddSubjects() {
        List<CatalogueRecord> records = new ArrayList<>();
        for (int i = 0; i < ODD_SUBJECTS.size(); i++) {
            String id = i == 0 ? COMMA_ID : "odd-" + i;
            records.add(
                    record(id, "Bijzonder onderwerp " + (i + 1))
                            .subjects(ODD_SUBJECTS.get(i))
                            .year(2000 + i)
                            .build());
        }
        return records;
    }

    /**
     * Titles whose order shows articles ignored and diacritics folded; all in series "Sorteertest".
     */
    private static List<CatalogueRecord> sorting() {
        return List.of(
                sortRecord("sort-1", "De avonden", "Reve, Gerard", 1947),
                sortRecord("sort-2", "Het diner", "Koch, Herman", 2009),
                sortRecord("sort-3", "The Hobbit", "Tolkien, J.R.R.", 1937),
                sortRecord("sort-4", "Émile", "Rousseau, Jean-Jacques", 1762),
                sortRecord("sort-5", "Zomerhuis met zwembad", "Koch, Herman", 2011),
                record("sort-6", "Avondrood").series("Sorteertest").year(1990).build());
    }

    private static CatalogueRecord sortRecord(String id, String title, String author, int year) {
        return record(id, title).author(author).series("Sorteertest").year(year).build();
    }

    private static List<CatalogueRecord> folding() {
        return List.of(
                record("fold-1", "Café de Flore").year(1999).build(),
                record("fold-2", "Het Ĳsselmeer").year(1998).build(),
                record("fold-3", "Pagina’s uit het verleden").year(1997).build(),
                record("fold-4", "Straße der Lieder").languages("ger").year(1996).build());
    }
}
