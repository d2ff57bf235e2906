package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Case C18: records without 245 $a or without 245 get a title and a place in the sort order. */
@DisplayName("C18 — record without 245 $a (or without 245) crashes the record page")
class CaseC18Test {

    @Test
    @DisplayName("1. both records are imported without errors")
    void bothImported() {
        CollectingSink sink = new CollectingSink();

        ImportReport report = importCase(sink);

        assertThat(report.read()).isEqualTo(2);
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.problems()).isEmpty();
    }

    @Test
    @DisplayName("2. c18-r1 has the title Brieven en dagboeken, 1890-1910 (from $k and $f)")
    void titleFromFormAndDates() {
        CollectingSink sink = new CollectingSink();
        importCase(sink);

        CatalogueRecord record = sink.get("c18-r1");

        assertThat(record.title()).isEqualTo("Brieven en dagboeken, 1890-1910");
        assertThat(record.hasTitle()).isTrue();
    }

    @Test
    @DisplayName("3. c18-r2 has a placeholder title, never an empty one")
    void placeholderTitle() {
        CollectingSink sink = new CollectingSink();
        importCase(sink);

        CatalogueRecord record = sink.get("c18-r2");

        assertThat(record.title()).isEqualTo("[Zonder titel]");
        assertThat(record.hasTitle()).isFalse();
        assertThat(record.contributors())
                .extracting(CatalogueRecord.Contributor::name)
                .containsExactly("Naamloos, Testa");
    }

    @Test
    @DisplayName("5. title sort over both is deterministic and the placeholder sorts last")
    void placeholderSortsLast() {
        CollectingSink sink = new CollectingSink();
        importCase(sink);

        Comparator<CatalogueRecord> byTitle =
                Comparator.comparing(
                        CatalogueRecord::titleSort,
                        Comparator.nullsLast(Comparator.naturalOrder()));
        List<String> ascending =
                sink.records().stream().sorted(byTitle).map(CatalogueRecord::id).toList();
        List<String> reversedInput =
                sink.records().reversed().stream()
                        .sorted(byTitle)
                        .map(CatalogueRecord::id)
                        .toList();

        assertThat(sink.get("c18-r1").titleSort()).isEqualTo("brieven en dagboeken 1890 1910");
        assertThat(sink.get("c18-r2").titleSort()).isNull();
        assertThat(ascending).containsExactly("c18-r1", "c18-r2").isEqualTo(reversedInput);
    }

    private static ImportReport importCase(CollectingSink sink) {
        return new CatalogueImport(sink).importPaths(List.of(SharedData.caseFile("C18.xml")));
    }
}
