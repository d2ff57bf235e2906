package nl.themaplein.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.themaplein.search.SolrConnectionSettings.Mode;
import org.junit.jupiter.api.Test;

class SolrConnectionSettingsTest {

    @Test
    void standaloneUrlLosesItsTrailingSlash() {
        SolrConnectionSettings settings =
                SolrConnectionSettings.standalone("http://localhost:8983/solr/");

        assertThat(settings.mode()).isEqualTo(Mode.STANDALONE);
        assertThat(settings.urls()).containsExactly("http://localhost:8983/solr");
        assertThat(settings.connectTimeout())
                .isEqualTo(SolrConnectionSettings.DEFAULT_CONNECT_TIMEOUT);
    }

    @Test
    void zooKeeperHostsWithChroot() {
        SolrConnectionSettings settings =
                SolrConnectionSettings.zooKeeper("zk1:2181, zk2:2181 ,zk3:2181/solr", null);

        assertThat(settings.zkHosts()).containsExactly("zk1:2181", "zk2:2181", "zk3:2181");
        assertThat(settings.chroot()).contains("/solr");
        assertThat(settings.describe())
                .isEqualTo("SolrCloud via ZooKeeper zk1:2181,zk2:2181,zk3:2181/solr");
    }

    @Test
    void explicitChrootWins() {
        assertThat(SolrConnectionSettings.zooKeeper("zk1:2181/a", "b").chroot()).contains("/b");
        assertThat(SolrConnectionSettings.zooKeeper("zk1:2181", null).chroot())
                .isEqualTo(Optional.empty());
        assertThat(SolrConnectionSettings.zooKeeper("zk1:2181/", null).chroot()).isEmpty();
    }

    @Test
    void cloudByUrls() {
        SolrConnectionSettings settings =
                SolrConnectionSettings.cloudUrls(
                        List.of("http://a:8983/solr", "http://b:8983/solr/"));

        assertThat(settings.mode()).isEqualTo(Mode.SOLR_URLS);
        assertThat(settings.urls()).containsExactly("http://a:8983/solr", "http://b:8983/solr");
    }

    @Test
    void badSettingsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> SolrConnectionSettings.standalone("file:///etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http");
        assertThatThrownBy(() -> SolrConnectionSettings.zooKeeper(" , ", null))
                .hasMessageContaining("ZooKeeper hosts");
        assertThatThrownBy(() -> SolrConnectionSettings.cloudUrls(List.of()))
                .hasMessageContaining("at least one URL");
        assertThatThrownBy(
                        () ->
                                SolrConnectionSettings.standalone("http://localhost:8983/solr")
                                        .withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("connectTimeout");
    }
}
