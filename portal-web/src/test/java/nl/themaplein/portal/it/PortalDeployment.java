package nl.themaplein.portal.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place the integration tests build their deployment: the WAR the build produced (never a
 * hand-picked subset of classes) plus a test configuration with ordinal 500, above system
 * properties (400), environment variables (300) and the shipped defaults (100). It points the
 * portal at the Solr this JVM started and at the test database: H2 in a fresh file by default,
 * PostgreSQL with {@code -Dthemaplein.test.db=postgres}. Each deployment gets its own new Solr
 * core, so test classes never see each other's records. Demo content is off unless a test asks.
 */
public final class PortalDeployment {

    /** The database the tests run on, from {@code -Dthemaplein.test.db} (h2 or postgres). */
    public static final String TEST_DB = System.getProperty("themaplein.test.db", "h2");

    /** The PostgreSQL test database, from {@code -Dthemaplein.test.db.name}. */
    private static final String TEST_DB_NAME =
            System.getProperty("themaplein.test.db.name", "themaplein_test");

    private PortalDeployment() {}

    /** Whether a deployment gets the demo content (organisations, themes, accounts, catalogue). */
    public enum Demo {
        ON,
        OFF
    }

    /** The built WAR with the test configuration for a deployment called {@code name}. */
    public static WebArchive create(String name, Demo demo) {
        return create(name, Map.of("portal.demo.enabled", Boolean.toString(demo == Demo.ON)));
    }

    /** The built WAR with the test configuration and {@code overrides} on top of it. */
    public static WebArchive create(String name, Map<String, String> overrides) {
        WebArchive war =
                ShrinkWrap.createFromZipFile(WebArchive.class, builtWar()).as(WebArchive.class);
        Map<String, String> config = configuration(name);
        config.putAll(overrides);
        war.addAsResource(
                new StringAsset(properties(config)), "META-INF/microprofile-config.properties");
        return war;
    }

    /**
     * The test configuration for a deployment called {@code name} (used for its data directory).
     */
    static Map<String, String> configuration(String name) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("config_ordinal", "500");
        Path dataDir = dataDir(name);
        config.put("portal.data.dir", dataDir.toString());
        config.put("portal.solr.url", TestSolr.baseUrl());
        config.put("portal.solr.collection", TestSolr.newCore(name));

        config.put("portal.demo.enabled", "false");
        config.put("portal.base-url", "http://localhost");
        config.putAll(database(dataDir));
        return config;
    }

    private static Map<String, String> database(Path dataDir) {
        if ("postgres".equals(TEST_DB)) {
            return Map.of(
                    "portal.db.url", "jdbc:postgresql://127.0.0.1:5432/" + TEST_DB_NAME,
                    "portal.db.driver", "org.postgresql.ds.PGSimpleDataSource",
                    "portal.db.user", "postgres",
                    "portal.db.password", "postgres");
        }
        return Map.of(
                "portal.db.url", "jdbc:h2:file:" + dataDir.resolve("db/themaplein"),
                "portal.db.driver", "org.h2.jdbcx.JdbcDataSource",
                "portal.db.user", "themaplein",
                "portal.db.password", "themaplein-test");
    }

    private static Path dataDir(String name) {
        try {
            Path base = Path.of("target", "it-data").toAbsolutePath();
            Files.createDirectories(base);
            return Files.createTempDirectory(base, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File builtWar() {
        String path = System.getProperty("themaplein.war");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException(
                    "The built WAR is missing (system property themaplein.war = "
                            + path
                            + "); run the tests through Maven: mvn -pl portal-web -am verify");
        }
        return new File(path);
    }

    private static String properties(Map<String, String> config) {
        return config.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + escape(entry.getValue()))
                .collect(
                        Collectors.joining(
                                "\n", "# Written by PortalDeployment for one test run\n", "\n"));
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }
}
