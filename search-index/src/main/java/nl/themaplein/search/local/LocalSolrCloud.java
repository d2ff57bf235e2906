package nl.themaplein.search.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud in this JVM: an embedded ZooKeeper and {@code nodes} Solr nodes, the project's
 * configset uploaded, and one collection with {@code shards} shards of {@code replicas} replicas,
 * active before {@link #start} returns. For tests of this and other modules.
 *
 * <pre>{@code
 * try (LocalSolrCloud cloud = LocalSolrCloud.start(dir, 2, 2, 1)) {
 *     SolrClient client = SolrClients.create(
 *             SolrConnectionSettings.zooKeeper(cloud.zkHost(), null));
 *     ...
 * }
 * }</pre>
 */
public final class LocalSolrCloud implements AutoCloseable {

    /** The collection {@link #start} creates. */
    public static final String COLLECTION = "themaplein";

    private static final Logger LOG = Logger.getLogger(LocalSolrCloud.class.getName());
    private static final Duration ACTIVE_TIMEOUT = Duration.ofSeconds(60);

    private final MiniSolrCloudCluster cluster;

    private LocalSolrCloud(MiniSolrCloudCluster cluster) {
        this.cluster = cluster;
    }

    /**
     * Starts the cluster with its files under {@code baseDir} and creates the collection {@value
     * #COLLECTION} with {@code shards} shards of {@code replicas} replicas each.
     */
    public static LocalSolrCloud start(Path baseDir, int nodes, int shards, int replicas)
            throws Exception {
        SolrLogging.defaultLogDir(baseDir.resolve("logs"));
        Path conf = SolrConfigset.copyTo(Files.createDirectories(baseDir).resolve("configset"));

        long started = System.nanoTime();
        MiniSolrCloudCluster cluster =
                new MiniSolrCloudCluster.Builder(nodes, baseDir.resolve("cluster"))
                        .addConfig(SolrConfigset.NAME, conf)
                        .build();
        LocalSolrCloud cloud = new LocalSolrCloud(cluster);
        try {
            cloud.createCollection(shards, replicas);
        } catch (Exception e) {
            cloud.close();
            throw e;
        }

        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        LOG.log(
                Level.INFO,
                "SolrCloud ready: {0} nodes, collection {1} with {2} shards x {3} replicas,"
                        + " ZooKeeper {4}, in {5} ms",
                new Object[] {nodes, COLLECTION, shards, replicas, cloud.zkHost(), millis});
        return cloud;
    }

    private void createCollection(int shards, int replicas) throws Exception {
        CollectionAdminRequest.createCollection(COLLECTION, SolrConfigset.NAME, shards, replicas)
                .process(cluster.getSolrClient());
        cluster.waitForActiveCollection(
                COLLECTION,
                ACTIVE_TIMEOUT.toSeconds(),
                TimeUnit.SECONDS,
                shards,
                shards * replicas);
    }

    /** The ZooKeeper address, e.g. {@code 127.0.0.1:40123/solr} (with the cluster's chroot). */
    public String zkHost() {
        return cluster.getZkServer().getZkAddress();
    }

    /** The base URL of every running node, e.g. {@code http://127.0.0.1:40124/solr}. */
    public List<String> solrUrls() {
        return cluster.getJettySolrRunners().stream()
                .filter(JettySolrRunner::isRunning)
                .map(jetty -> jetty.getBaseUrl().toString())
                .toList();
    }

    /** The nodes, for tests that stop and start one. */
    public List<JettySolrRunner> nodes() {
        return cluster.getJettySolrRunners();
    }

    /** Stops every node and ZooKeeper. */
    @Override
    public void close() {
        try {
            cluster.shutdown();
        } catch (Exception e) {
            throw new IllegalStateException("The local SolrCloud did not shut down cleanly", e);
        }
    }
}
