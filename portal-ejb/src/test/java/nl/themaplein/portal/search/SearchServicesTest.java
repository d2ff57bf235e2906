package nl.themaplein.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.themaplein.search.SolrConnectionSettings;
import nl.themaplein.search.SolrConnectionSettings.Mode;
import org.junit.jupiter.api.Test;

/** How the configuration keys choose between standalone Solr and SolrCloud. */
class SearchServicesTest {

    @Test
    void withoutZooKeeperHostsThePortalTalksToTheStandaloneUrl() {
        SolrConnectionSettings settings =
                SearchServices.settings(
                        "http://localhost:8983/solr/", Optional.empty(), Optional.empty(), 30_000);

        assertThat(settings.mode()).isEqualTo(Mode.STANDALONE);
        assertThat(settings.urls()).containsExactly("http://localhost:8983/solr");
    }

    @Test
    void zooKeeperHostsMeanSolrCloudWithTheChrootOfItsOwnKey() {
        SolrConnectionSettings settings =
                SearchServices.settings(
                        "http://ignored:8983/solr",
                        Optional.of("zk1:2181,zk2:2181"),
                        Optional.of("/solr"),
                        30_000);

        assertThat(settings.mode()).isEqualTo(Mode.ZOOKEEPER);
        assertThat(settings.zkHosts()).isEqualTo(List.of("zk1:2181", "zk2:2181"));
        assertThat(settings.chroot()).contains("/solr");
    }

    @Test
    void blankZooKeeperHostsCountAsUnset() {
        SolrConnectionSettings settings =
                SearchServices.settings(
                        "http://localhost:8983/solr", Optional.of("  "), Optional.empty(), 30_000);

        assertThat(settings.mode()).isEqualTo(Mode.STANDALONE);
    }

    @Test
    void theTimeoutBoundsRequestsAndConnectingWaitsAtMostFiveSeconds() {
        SolrConnectionSettings slow =
                SearchServices.settings(
                        "http://localhost:8983/solr", Optional.empty(), Optional.empty(), 30_000);
        SolrConnectionSettings quick =
                SearchServices.settings(
                        "http://localhost:8983/solr", Optional.empty(), Optional.empty(), 2_000);

        assertThat(slow.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(slow.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(quick.requestTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(quick.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    }
}
