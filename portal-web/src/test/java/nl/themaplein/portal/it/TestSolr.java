package nl.themaplein.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import nl.themaplein.search.local.LocalSolrServer;

/**
 * The real Solr of the integration tests: one {@link LocalSolrServer} per test JVM, on a free port,
 * with a fresh home under {@code target/it-data}; Payara, in its own JVM, reaches it over HTTP. It
 * starts when the first deployment is built and stops when the JVM ends.
 */
public final class TestSolr {

    /** The core the portal uses. */
    public static final String COLLECTION = LocalSolrServer.CORE;

    private static final Logger LOG = Logger.getLogger(TestSolr.class.getName());

    private static LocalSolrServer server;

    private TestSolr() {}

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
