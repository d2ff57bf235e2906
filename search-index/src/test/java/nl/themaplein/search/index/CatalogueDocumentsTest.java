package nl.themaplein.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.themaplein.search.SolrFields;
import nl.themaplein.search.TestRecords;
import nl.themaplein.search.ingest.CatalogueRecord;
import nl.themaplein.search.ingest.Format;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

class CatalogueDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    private static final CatalogueRecord FULL =
            TestRecords.record("rec|1,2", "De avonden : een winterverhaal")
                    .titleMain("De avonden")
                    .subtitle("een winterverhaal")
                    .titleSort("avonden : een winterverhaal")
                    .contributor("Reve, Gerard", "auteur")
                    .contributor("Mulisch, Harry (1927-2010)", null)
                    .contributor("Ørsted, Hans", "illustrator")
                    .subjects("Amsterdam -- Geschiedenis", "Oorlog, 1940-1945")
                    .genres("Romans")
                    .isbn("978-90-245-1234-8 (gebonden)", "9789024512348", "9024512344")
                    .languages("dut", "eng")
                    .year(1947)
                    .publisher("De Bezige Bij", "Amsterdam")
                    .series("Ooievaarpockets ; 1")
                    .summary("Een jongen in Amsterdam, tien dagen rond de jaarwisseling.")
                    .format(Format.EBOOK)
                    .link("https://example.org/a|b?c=1", "Lees online")
                    .link("https://example.org/plain", null)
                    .callNumbers("REVE", "NED 839.3 : 2019")
                    .source("c01.xml")
                    .build();

    @Test
    void everyFieldGoesThereAndBack() {
        CatalogueRecord back = CatalogueDocuments.toRecord(stored(FULL));

        assertThat(back)
                .usingRecursiveComparison()
                .ignoringFields("titleSort", "links")
                .isEqualTo(FULL);
        assertThat(back.titleSort()).isEqualTo("avonden : een winterverhaal");
        assertThat(back.links())
                .extracting(CatalogueRecord.Link::url, CatalogueRecord.Link::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "https://example.org/a%7Cb?c=1", "Lees online"),
                        org.assertj.core.groups.Tuple.tuple("https://example.org/plain", null));
    }

    @Test
    void documentCarriesTypeSortKeysAndDisplayForms() {
        SolrInputDocument doc = CatalogueDocuments.toDocument(FULL, NOW);

        assertThat(doc.getFieldValue(SolrFields.TYPE)).isEqualTo("record");
        assertThat(doc.getFieldValue(SolrFields.AUTHOR_SORT)).isEqualTo("reve, gerard");
        assertThat(doc.getFieldValues(SolrFields.AUTHOR_DISPLAY))
                .containsExactly(
                        "Reve, Gerard (auteur)",
                        "Mulisch, Harry (1927-2010)",
                        "Ørsted, Hans (illustrator)");
        assertThat(doc.getFieldValues(SolrFields.AUTHOR_ROLE))
                .containsExactly("auteur", "", "illustrator");
        assertThat(doc.getFieldValue(SolrFields.FORMAT)).isEqualTo("EBOOK");
    }

    @Test
    void titleSortFallsBackToTheTitleAndDropsTheArticle() {
        CatalogueRecord record = TestRecords.record("r", "Het diner").build();

        assertThat(CatalogueDocuments.toDocument(record, NOW).getFieldValue(SolrFields.TITLE_SORT))
                .isEqualTo("diner");
    }

    @Test
    void untitledRecordsHaveNoSortKeySoTheySortLast() {
        CatalogueRecord record = TestRecords.record("r", "[Zonder titel]").untitled().build();

        SolrInputDocument doc = CatalogueDocuments.toDocument(record, NOW);

        assertThat(doc.getFieldValue(SolrFields.TITLE_SORT)).isNull();
        assertThat(CatalogueDocuments.toRecord(stored(record)).hasTitle()).isFalse();
    }

    @Test
    void blankValuesAreLeftOut() {
        CatalogueRecord record =
                TestRecords.record("r", "Titel").subjects("", " ", "Echt").year(null).build();

        SolrInputDocument doc = CatalogueDocuments.toDocument(record, NOW);

        assertThat(doc.getFieldValues(SolrFields.SUBJECT)).containsExactly("Echt");
        assertThat(doc.getFieldValue(SolrFields.YEAR)).isNull();
    }

    /** What Solr would return for the stored fields (copy targets are not stored). */
    private static SolrDocument stored(CatalogueRecord record) {
        SolrInputDocument input = CatalogueDocuments.toDocument(record, NOW);
        SolrDocument doc = new SolrDocument();
        for (String name : input.getFieldNames()) {
            if (!name.equals(SolrFields.AUTHOR_SORT)) {
                doc.setField(name, input.getFieldValues(name));
            }
        }
        return doc;
    }
}
