package nl.themaplein.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.themaplein.search.SearchUnavailableException;
import nl.themaplein.search.SolrClients;
import nl.themaplein.search.SolrConnectionSettings;
import nl.themaplein.search.local.LocalSolrServer;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.Test;

/** The catalogue search on a real standalone Solr node (LocalSolrServer, the embedded default). */
class StandaloneCatalogueSearchIT extends CatalogueSearchContract {

    private LocalSolrServer solr;

    @Override
    SolrClient startSolr() throws Exception {
        solr =
                LocalSolrServer.start(
                        Files.createTempDirectory(Path.of("target"), "standalone-it-"), 0);
        return SolrClients.create(SolrConnectionSettings.standalone(solr.baseUrl()));
    }

    @Override
    String collection() {
        return LocalSolrServer.CORE;
    }

    @Override
    void stopSolr() {
        solr.close();
    }

    @Test
    void solrOutOfReachBecomesSearchUnavailable() throws Exception {
        SolrConnectionSettings nowhere =
                SolrConnectionSettings.standalone("http://127.0.0.1:9/solr")
                        .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(2));
        try (SolrClient down = SolrClients.create(nowhere)) {
            CatalogueSearch search = new CatalogueSearch(down, collection());
            SearchRequest request = request("havelaar", Map.of(), 1, 20, null);

            assertThatThrownBy(() -> search.search(request))
                    .isInstanceOf(SearchUnavailableException.class)
                    .hasMessageContaining("Searching collection themaplein failed");
            assertThatThrownBy(() -> search.findRecord("c01-r1"))
                    .isInstanceOf(SearchUnavailableException.class);
        }
    }

    @Test
    void unknownCoreBecomesSearchUnavailable() {
        CatalogueSearch search = new CatalogueSearch(client(), "no-such-core");

        assertThatThrownBy(() -> search.search(request("", Map.of(), 1, 20, null)))
                .isInstanceOf(SearchUnavailableException.class);
    }

    @Test
    void spellcheckIsReady() throws Exception {
        var query = new org.apache.solr.client.solrj.SolrQuery("utreht");
        query.set("spellcheck", true);

        var response = client().query(collection(), query);

        assertThat(response.getSpellCheckResponse().getSuggestions())
                .anySatisfy(s -> assertThat(s.getAlternatives()).contains("utrecht"));
    }
}
