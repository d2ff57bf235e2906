package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The parts of cases C01, C05 and C11 that the MARC import decides (their search side is tested
 * with the index): call numbers as catalogued, ISBN keys in both forms, sort keys without articles.
 */
class CaseMappingTest {

    @Test
    @DisplayName(
            "C01: the call number NED 839.3 : 2019 and the title with its colon survive the import")
    void c01() {
        CollectingSink sink = importCase("C01.xml");

        assertThat(sink.get("c01-r2").callNumbers()).containsExactly("NED 839.3 : 2019");
        assertThat(sink.get("c01-r1").title())
                .isEqualTo(
                        "Max Havelaar : of de koffieveilingen der Nederlandsche"
                                + " Handel-Maatschappij");
    }

    @Test
    @DisplayName("C05: the ISBN is shown as catalogued and searchable as ISBN-13 and ISBN-10")
    void c05() {
        CatalogueRecord record = importCase("C05.xml").get("c05-r1");

        assertThat(record.isbns()).containsExactly("978-90-6169-101-3");
        assertThat(record.isbnSearchKeys()).containsExactly("9789061691013", "906169101X");
    }

    @Test
    @DisplayName(
            "C11: sort keys skip the articles 245 ind2 counts and keep the displayed title whole")
    void c11() {
        CollectingSink sink = importCase("C11.xml");

        List<String> ascending =
                sink.records().stream()
                        .sorted(Comparator.comparing(CatalogueRecord::titleSort))
                        .map(CatalogueRecord::id)
                        .toList();

        assertThat(ascending)
                .containsExactly(
                        "c11-r2", "c11-r7", "c11-r6", "c11-r4", "c11-r5", "c11-r1", "c11-r3");
        assertThat(sink.get("c11-r1").title()).isEqualTo("Het stille water");
        assertThat(sink.get("c11-r5").titleSort()).isEqualTo("oude dorp");
    }

    private static CollectingSink importCase(String file) {
        CollectingSink sink = new CollectingSink();
        ImportReport report =
                new CatalogueImport(sink).importPaths(List.of(SharedData.caseFile(file)));
        assertThat(report.problems()).isEmpty();
        return sink;
    }
}
