package nl.themaplein.search.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.themaplein.search.SolrClients;
import nl.themaplein.search.SolrConnectionSettings;
import nl.themaplein.search.TestRecords;
import nl.themaplein.search.index.CatalogueIndexer;
import nl.themaplein.search.query.CatalogueSearch;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.SolrPing;
import org.junit.jupiter.api.Test;

/**
 * The local Solr of {@code ./themaplein run}: starts, answers, and keeps its index across restarts.
 */
class LocalSolrServerIT {

    @Test
    void coreSurvivesARestartWithItsRecords() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target"), "local-solr-it-");

        try (LocalSolrServer solr = LocalSolrServer.start(home, 0);
                SolrClient client = clientFor(solr)) {
            assertThat(new SolrPing().process(client, LocalSolrServer.CORE).getStatus()).isZero();
            assertThat(solr.baseUrl()).isEqualTo("http://localhost:" + solr.port() + "/solr");

            CatalogueIndexer indexer = new CatalogueIndexer(client, LocalSolrServer.CORE);
            indexer.accept(List.of(TestRecords.record("kept-1", "Blijft bewaard").build()));
            indexer.finish();
        }

        try (LocalSolrServer again = LocalSolrServer.start(home, 0);
                SolrClient client = clientFor(again)) {
            CatalogueSearch search = new CatalogueSearch(client, LocalSolrServer.CORE);

            assertThat(search.findRecord("kept-1")).isPresent();
            assertThat(Files.exists(home.resolve("configsets/themaplein/conf/managed-schema.xml")))
                    .isTrue();
            assertThat(Files.exists(home.resolve("themaplein/core.properties"))).isTrue();
        }
    }

    private static SolrClient clientFor(LocalSolrServer solr) {
        return SolrClients.create(SolrConnectionSettings.standalone(solr.baseUrl()));
    }
}
