package nl.themaplein.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import nl.themaplein.search.local.LocalSolrServer;
import nl.themaplein.search.local.SolrConfigset;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CoreAdminRequest;

/**
 * The real Solr of the integration tests: one {@link LocalSolrServer} per test JVM, on a free port,
 * with a fresh home under {@code target/it-data}; Payara, in its own JVM, reaches it over HTTP. It
 * starts when the first deployment is built and stops when the JVM ends.
 */
public final class TestSolr {

    private static final Logger LOG = Logger.getLogger(TestSolr.class.getName());

    private static LocalSolrServer server;

    private TestSolr() {}

    /**
     * A new empty core with the project's configset, so one test class's records never meet
     * another's; the portal uses it when {@code portal.solr.collection} names it.
     */
    public static synchronized String newCore(String prefix) {
        String core = prefix + "-" + Long.toHexString(System.nanoTime());
        try (SolrClient admin = new Http2SolrClient.Builder(baseUrl()).build()) {
            CoreAdminRequest.Create create = new CoreAdminRequest.Create();
            create.setCoreName(core);
            create.setInstanceDir(core);
            create.setConfigSet(SolrConfigset.NAME);
            create.process(admin);
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Could not create the test core " + core, e);
        }
        return core;
    }

    /** The base URL of the running test Solr, started on first use. */
    public static synchronized String baseUrl() {
        if (server == null) {
            server = start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-solr-shutdown"));
        }
        return server.baseUrl().replace("localhost", "127.0.0.1");
    }

    private static LocalSolrServer start() {
        try {
            Path base = Files.createDirectories(Path.of("target", "it-data").toAbsolutePath());
            Path home = Files.createTempDirectory(base, "solr-");
            LocalSolrServer started = LocalSolrServer.start(home, 0);
            LOG.info(() -> "Test Solr ready at " + started.baseUrl() + " (home " + home + ")");
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("The test Solr did not start", e);
        }
    }
}
