package nl.themaplein.search.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.search.SolrClients;
import nl.themaplein.search.SolrConnectionSettings;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.response.CoreAdminResponse;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A standalone Solr node with the core {@value #CORE}, for the embedded default of {@code
 * ./themaplein run} and for tests. It runs in the JVM that starts it (never inside Payara: Solr 9
 * is a javax servlet application on Jetty 10).
 *
 * <p>Everything lives under one solr home: {@code solr.xml} (written once), {@code
 * configsets/themaplein} (refreshed from the classpath on every start, so a new schema takes effect
 * after a restart) and the core's index, which survives restarts.
 *
 * <pre>{@code
 * try (LocalSolrServer solr = LocalSolrServer.start(home, 0)) {   // 0: any free port
 *     SolrClient client = SolrClients.create(SolrConnectionSettings.standalone(solr.baseUrl()));
 *     ...
 * }
 * }</pre>
 *
 * From the command line: {@code java -cp … nl.themaplein.search.local.LocalSolrServer --home DIR
 * --port N}. It logs {@code Solr ready at http://localhost:N/solr (core themaplein)} once the core
 * answers, and stops cleanly on SIGTERM or Ctrl-C.
 */
public final class LocalSolrServer implements AutoCloseable {

    /** The core every Themaplein document goes into. */
    public static final String CORE = "themaplein";

    private static final Logger LOG = Logger.getLogger(LocalSolrServer.class.getName());

    private final JettySolrRunner jetty;
    private final Path home;

    private LocalSolrServer(JettySolrRunner jetty, Path home) {
        this.jetty = jetty;
        this.home = home;
    }

    /**
     * Starts Solr with its home under {@code home} (created when missing) on {@code port} (0 for
     * any free port), creating the core {@value #CORE} when it does not exist yet.
     */
    public static LocalSolrServer start(Path home, int port) throws Exception {
        SolrLogging.defaultLogDir(home.resolve("logs"));
        prepareHome(home);

        JettyConfig config =
                JettyConfig.builder()
                        .setPort(port)
                        .setContext("/solr")
                        .stopAtShutdown(false)
                        .build();
        JettySolrRunner jetty = new JettySolrRunner(home.toString(), new Properties(), config);
        jetty.start();

        LocalSolrServer server = new LocalSolrServer(jetty, home);
        try {
            server.createCoreWhenAbsent();
        } catch (Exception e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static void prepareHome(Path home) throws IOException {
        Files.createDirectories(home);
        Path solrXml = home.resolve("solr.xml");
        if (Files.notExists(solrXml)) {
            try (InputStream in = LocalSolrServer.class.getResourceAsStream("solr.xml")) {
                Files.copy(in, solrXml);
            }
        }
        SolrConfigset.copyTo(
                home.resolve("configsets").resolve(SolrConfigset.NAME).resolve("conf"));
    }

    private void createCoreWhenAbsent() throws SolrServerException, IOException {
        try (SolrClient admin = SolrClients.create(SolrConnectionSettings.standalone(baseUrl()))) {
            CoreAdminResponse status = CoreAdminRequest.getStatus(CORE, admin);
            if (status.getCoreStatus(CORE).size() > 0) {
                LOG.log(
                        Level.INFO,
                        "Core {0} found in {1}; its index is kept",
                        new Object[] {CORE, home});
                return;
            }
            CoreAdminRequest.Create create = new CoreAdminRequest.Create();
            create.setCoreName(CORE);
            create.setInstanceDir(CORE);
            create.setConfigSet(SolrConfigset.NAME);
            create.process(admin);
            LOG.log(Level.INFO, "Core {0} created in {1}", new Object[] {CORE, home});
        }
    }

    /** The node's base URL, e.g. {@code http://localhost:8983/solr} (no core name). */
    public String baseUrl() {
        return "http://localhost:" + port() + "/solr";
    }

    /** The port Solr listens on. */
    public int port() {
        return jetty.getLocalPort();
    }

    /** The solr home directory. */
    public Path home() {
        return home;
    }

    /** Stops Solr; the index stays on disk. */
    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Solr on port " + port() + " did not stop cleanly", e);
        }
    }

    /** Runs Solr until the JVM is told to stop: {@code --home DIR --port N}. */
    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args);
        LocalSolrServer server = start(arguments.home(), arguments.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> stop(server, stopped), "local-solr-shutdown"));

        LOG.log(Level.INFO, "Solr ready at {0} (core {1})", new Object[] {server.baseUrl(), CORE});
        stopped.await();
    }

    /**
     * Runs in a shutdown hook, where java.util.logging cannot be relied on: its own hook resets the
     * handlers at the same moment. So the operator's two lines go straight to standard error.
     */
    private static void stop(LocalSolrServer server, CountDownLatch stopped) {
        System.err.println("Stopping Solr; the index stays in " + server.home());
        server.close();
        System.err.println("Solr stopped");
        stopped.countDown();
    }

    /** Command-line arguments of {@link #main}. */
    record Arguments(Path home, int port) {

        static Arguments parse(String[] args) {
            Path home = null;
            int port = 8983;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--home" -> home = Path.of(require("--home", value));
                    case "--port" -> port = parsePort(require("--port", value));
                    default ->
                            throw new IllegalArgumentException("Unknown option " + args[i] + USAGE);
                }
                i++;
            }
            if (home == null) {
                throw new IllegalArgumentException("--home is required" + USAGE);
            }
            return new Arguments(home, port);
        }

        private static final String USAGE = " (usage: LocalSolrServer --home DIR [--port N])";

        private static String require(String option, String value) {
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value" + USAGE);
            }
            return value;
        }

        private static int parsePort(String value) {
            String problem = "--port must be a number from 0 to 65535" + USAGE;
            int port;
            try {
                port = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(problem, e);
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(problem);
            }
            return port;
        }
    }
}
