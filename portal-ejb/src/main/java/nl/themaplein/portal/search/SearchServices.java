package nl.themaplein.portal.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.config.ConfigKey;
import nl.themaplein.search.ContentType;
import nl.themaplein.search.SearchUnavailableException;
import nl.themaplein.search.SolrClients;
import nl.themaplein.search.SolrConnectionSettings;
import nl.themaplein.search.SolrFields;
import nl.themaplein.search.index.CatalogueIndexer;
import nl.themaplein.search.query.CatalogueSearch;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrPing;
import org.apache.solr.common.SolrException;
import org.eclipse.microprofile.config.Config;

/**
 * The portal's one {@link SolrClient}, built from configuration when first needed and closed when
 * the application stops: a standalone Solr by {@code portal.solr.url}, or SolrCloud through
 * ZooKeeper when {@code portal.solr.zk-hosts} is set. Produces the {@link CatalogueSearch} and
 * {@link CatalogueIndexer} that pages, REST resources and imports inject. Building the client does
 * not contact Solr, so a Solr that is down does not stop the portal from starting.
 */
@ApplicationScoped
public class SearchServices {

    private static final Logger LOG = Logger.getLogger(SearchServices.class.getName());

    /** Connecting never waits longer than this, even when requests may take longer. */
    static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private SolrConnectionSettings settings;
    private String collection;
    private SolrClient client;

    /** For the container's proxy only. */
    protected SearchServices() {}

    @Inject
    public SearchServices(Config config) {
        this(
                settings(
                        ConfigKey.SOLR_URL.value(config, String.class),
                        ConfigKey.SOLR_ZK_HOSTS.optionalValue(config, String.class),
                        ConfigKey.SOLR_ZK_CHROOT.optionalValue(config, String.class),
                        ConfigKey.SOLR_TIMEOUT_MS.value(config, Long.class)),
                ConfigKey.SOLR_COLLECTION.value(config, String.class));
    }

    /** Services for the given Solr and collection; {@link #open()} builds the client. */
    public SearchServices(SolrConnectionSettings settings, String collection) {
        this.settings = settings;
        this.collection = collection;
    }

    /**
     * The connection settings the configuration describes: SolrCloud through ZooKeeper when hosts
     * are given (a chroot in the hosts or in its own key), else the standalone URL.
     */
    public static SolrConnectionSettings settings(
            String url, Optional<String> zkHosts, Optional<String> zkChroot, long timeoutMillis) {
        SolrConnectionSettings settings =
                zkHosts.filter(h -> !h.isBlank())
                        .map(
                                hosts ->
                                        SolrConnectionSettings.zooKeeper(
                                                hosts, zkChroot.orElse(null)))
                        .orElseGet(() -> SolrConnectionSettings.standalone(url));
        Duration request = Duration.ofMillis(timeoutMillis);
        Duration connect =
                request.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? request : MAX_CONNECT_TIMEOUT;
        return settings.withTimeouts(connect, request);
    }

    /** Builds the client; the container calls it before first use. */
    @PostConstruct
    public void open() {
        client = SolrClients.create(settings);
        LOG.log(
                Level.INFO,
                "Search uses collection {0} on {1}",
                new Object[] {collection, settings.describe()});
    }

    /** Closes the client and its connections; the container calls it when the application stops. */
    @PreDestroy
    public void close() {
        try {
            client.close();
        } catch (IOException ignore) {
            LOG.log(
                    Level.FINE,
                    "Ignoring thrown exception; the Solr client is closed anyway",
                    ignore);
        }
    }

    /** The catalogue search pages and the REST API use. */
    @Produces
    public CatalogueSearch catalogueSearch() {
        return new CatalogueSearch(client, collection);
    }

    /** A catalogue indexer, the sink of imports. */
    @Produces
    public CatalogueIndexer catalogueIndexer() {
        return new CatalogueIndexer(client, collection);
    }

    /** The collection (or core) the portal uses. */
    public String collection() {
        return collection;
    }

    /** Where Solr is, for logs and messages. */
    public String describe() {
        return settings.describe();
    }

    /**
     * Pings the collection: Solr answers and the collection is there.
     *
     * @throws SearchUnavailableException when it does not
     */
    public void ping() {
        try {
            new SolrPing().process(client, collection);
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException(
                    "Ping of collection " + collection + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The number of documents of one kind in the index (committed ones).
     *
     * @throws SearchUnavailableException when Solr does not answer
     */
    public long count(ContentType type) {
        SolrQuery query = new SolrQuery("*:*");
        query.addFilterQuery(SolrFields.TYPE + ":" + type.solrValue());
        query.setRows(0);
        try {
            return client.query(collection, query).getResults().getNumFound();
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException(
                    "Counting "
                            + type
                            + " documents in collection "
                            + collection
                            + " failed: "
                            + e.getMessage(),
                    e);
        }
    }
}
