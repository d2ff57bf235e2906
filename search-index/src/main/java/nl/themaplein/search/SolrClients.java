package nl.themaplein.search;

import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;

/**
 * Builds the one {@link SolrClient} an application uses, from {@link SolrConnectionSettings}:
 * {@link Http2SolrClient} for a standalone node, {@link CloudHttp2SolrClient} for SolrCloud. The
 * rest of the code takes a {@code SolrClient} and a collection name and never learns which, so the
 * same code speaks to both. The caller owns the client and closes it when the application stops.
 */
public final class SolrClients {

    private static final Logger LOG = Logger.getLogger(SolrClients.class.getName());

    private SolrClients() {}

    /** A client for the Solr the settings describe. */
    public static SolrClient create(SolrConnectionSettings settings) {
        SolrClient client =
                switch (settings.mode()) {
                    case STANDALONE -> http(settings).build();
                    case SOLR_URLS -> cloudByUrls(settings);
                    case ZOOKEEPER -> cloudByZooKeeper(settings);
                };
        LOG.info(() -> "Solr client created for " + settings.describe());
        return client;
    }

    private static Http2SolrClient.Builder http(SolrConnectionSettings settings) {
        Http2SolrClient.Builder builder =
                settings.mode() == SolrConnectionSettings.Mode.STANDALONE
                        ? new Http2SolrClient.Builder(settings.urls().get(0))
                        : new Http2SolrClient.Builder();
        return builder.withConnectionTimeout(
                        settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withRequestTimeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withIdleTimeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static SolrClient cloudByUrls(SolrConnectionSettings settings) {
        return new CloudHttp2SolrClient.Builder(settings.urls())
                .withInternalClientBuilder(http(settings))
                .build();
    }

    private static SolrClient cloudByZooKeeper(SolrConnectionSettings settings) {
        int zkTimeout = (int) settings.connectTimeout().toMillis();
        return new CloudHttp2SolrClient.Builder(settings.zkHosts(), settings.chroot())
                .withInternalClientBuilder(http(settings))
                .withZkConnectTimeout(zkTimeout, TimeUnit.MILLISECONDS)
                .withZkClientTimeout(
                        (int) settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }
}
