package nl.themaplein.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.themaplein.search.CaseQueries;
import nl.themaplein.search.SharedCases;
import nl.themaplein.search.SolrClients;
import nl.themaplein.search.SolrConnectionSettings;
import nl.themaplein.search.index.CatalogueIndexer;
import nl.themaplein.search.ingest.CatalogueImport;
import nl.themaplein.search.ingest.ImportReport;
import nl.themaplein.search.local.LocalSolrServer;
import nl.themaplein.search.query.SearchResult.FacetValue;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases again, among every real record of the shared MARC files (about 5,000): relevance and
 * minimum-match choices that hold for eight test records must also hold in a real catalogue. Also
 * measures import and query speed; the figures go to the log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedCatalogueIT {

    private static final Logger LOG = Logger.getLogger(SharedCatalogueIT.class.getName());

    private LocalSolrServer solr;
    private SolrClient client;
    private CatalogueSearch search;
    private ImportReport shared;

    @BeforeAll
    void importEverything() throws Exception {
        List<Path> files =
                new ArrayList<>(SharedCases.files(SharedCases.SEARCH_CASES).orElse(List.of()));
        String sharedDir = System.getProperty("themaplein.shared.dir");
        assumeTrue(!files.isEmpty() && sharedDir != null, SharedCases.ABSENT);
        Path marc21 = Path.of(sharedDir, "data", "marc21");
        Path marcxml = Path.of(sharedDir, "data", "marcxml");
        assumeTrue(
                Files.isDirectory(marc21) && Files.isDirectory(marcxml),
                "Skipped: shared MARC data absent");

        solr = LocalSolrServer.start(Files.createTempDirectory(Path.of("target"), "shared-it-"), 0);
        client = SolrClients.create(SolrConnectionSettings.standalone(solr.baseUrl()));
        search = new CatalogueSearch(client, LocalSolrServer.CORE);

        CatalogueImport catalogueImport =
                new CatalogueImport(new CatalogueIndexer(client, LocalSolrServer.CORE));
        shared = catalogueImport.importPaths(List.of(marc21, marcxml));
        catalogueImport.importPaths(files);
        LOG.info(
                () ->
                        "Shared MARC files into Solr: %d read, %d imported, %d broken in %.1f s (%.0f records/s)"
                                .formatted(
                                        shared.read(),
                                        shared.imported(),
                                        shared.broken(),
                                        shared.elapsed().toMillis() / 1000.0,
                                        shared.recordsPerSecond()));
    }

    @AfterAll
    void stop() throws Exception {
        if (client != null) {
            client.close();
            solr.close();
        }
    }

    private List<String> ids(String query, int first) {
        SearchResult result =
                search.search(new SearchRequest(query, Map.of(), null, null, 1, first, null));
        return result.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void everyReadableRecordIsSearchable() {
        SearchResult all = search.search(new SearchRequest("", Map.of(), null, null, 1, 1, null));

        assertThat(shared.imported()).isEqualTo(shared.read() - shared.broken());
        assertThat(all.total()).isEqualTo(shared.added() + SharedCases.SEARCH_CASE_RECORDS);
        long formats = all.facets().get(0).values().stream().mapToLong(FacetValue::count).sum();
        assertThat(formats).isEqualTo(all.total());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Max Havelaar:of de koffieveilingen",
                "Max Havelaar : of de koffieveilingen",
                "havelaar: koffieveilingen",
                "titel:havelaar"
            })
    void c01TitleAmongTheFirstThree(String query) {
        assertThat(ids(query, 3)).contains("c01-r1");
    }

    @Test
    void c01CallNumber() {
        assertThat(ids("NED 839.3 : 2019", 10)).contains("c01-r2");
    }

    @Test
    void c02HyphensChangeNothing() {
        assertThat(ids("amsterdam - geschiedenis - kaarten", 100))
                .isEqualTo(ids("amsterdam geschiedenis kaarten", 100))
                .contains("c02-r1");
    }

    @Test
    void c04ProgrammingNames() {
        assertThat(ids("C++", 100)).contains("c04-r1").doesNotContain("c04-r2", "c04-r3");
        assertThat(ids("C#", 100)).contains("c04-r3").doesNotContain("c04-r1", "c04-r2");
        assertThat(ids("programmeren in C++", 1)).containsExactly("c04-r1");
    }

    @Test
    void c07CitationAmongTheFirstTen() {
        List<Long> millis = new ArrayList<>();
        for (String query : List.of(CaseQueries.C07_CITATION, CaseQueries.C07_QUOTED)) {
            long started = System.nanoTime();
            List<String> top = ids(query, 10);
            millis.add((System.nanoTime() - started) / 1_000_000);

            assertThat(top).contains("c07-r1");
        }
        LOG.info(() -> "C07 citation and quoted citation answered in " + millis + " ms");
        assertThat(millis).allSatisfy(ms -> assertThat(ms).isLessThan(5000));
    }
}
