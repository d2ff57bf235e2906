package nl.themaplein.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.themaplein.search.SolrClients;
import nl.themaplein.search.SolrConnectionSettings;
import nl.themaplein.search.local.LocalSolrCloud;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.params.ShardParams;
import org.junit.jupiter.api.Test;

/**
 * The catalogue search on a real SolrCloud: two nodes, a collection of two shards, reached through
 * ZooKeeper as production does. The same tests as on a standalone node, so faceting, paging,
 * sorting and deep paging are shown to be right across shards.
 */
class SolrCloudCatalogueSearchIT extends CatalogueSearchContract {

    private LocalSolrCloud cloud;

    @Override
    SolrClient startSolr() throws Exception {
        cloud =
                LocalSolrCloud.start(
                        Files.createTempDirectory(Path.of("target"), "cloud-it-"), 2, 2, 1);
        return SolrClients.create(SolrConnectionSettings.zooKeeper(cloud.zkHost(), null));
    }

    @Override
    String collection() {
        return LocalSolrCloud.COLLECTION;
    }

    @Override
    void stopSolr() {
        cloud.close();
    }

    @Test
    void nodeUrlsReachTheSameCollection() throws Exception {
        assumeCasesLoaded();
        SolrConnectionSettings byUrls = SolrConnectionSettings.cloudUrls(cloud.solrUrls());
        try (SolrClient client = SolrClients.create(byUrls)) {
            CatalogueSearch search = new CatalogueSearch(client, collection());

            SearchResult result = search.search(request("havelaar", Map.of(), 1, 20, null));

            assertThat(ids(result)).containsExactly("c01-r1");
        }
    }

    @Test
    void recordsAreSpreadOverBothShards() throws Exception {
        long total = catalogueSearch().search(request("", Map.of(), 1, 1, null)).total();

        long first = countOnShard("shard1");
        long second = countOnShard("shard2");

        assertThat(first).isPositive();
        assertThat(second).isPositive();
        assertThat(first + second).isEqualTo(total);
    }

    private long countOnShard(String shard) throws Exception {
        SolrQuery query = new SolrQuery();
        query.set(ShardParams.SHARDS, shard);
        query.setRows(0);
        return client().query(collection(), query).getResults().getNumFound();
    }
}
