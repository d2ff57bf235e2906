package nl.themaplein.portal.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Every MicroProfile Config key of the portal, each with what it does and its default: the one
 * documented place. The defaults ship in {@code META-INF/microprofile-config.properties} (ordinal
 * 100); system properties ({@code -Dportal.db.url=…}, ordinal 400) and environment variables
 * ({@code PORTAL_DB_URL=…}, ordinal 300) override them. A key without a default is optional: the
 * feature it configures stays off until it is set.
 *
 * <p>The configuration table of the README is {@link #markdownTable()}; ConfigKeyTest keeps the
 * table, this enum and the properties file in step.
 */
public enum ConfigKey {
    DATA_DIR(
            "portal.data.dir",
            "./themaplein-data",
            "Directory of everything the embedded default keeps: the H2 database under `db/`, the"
                + " local Solr, spooled uploads. Relative paths start at the working directory."),
    DB_URL(
            "portal.db.url",
            "jdbc:h2:file:${portal.data.dir}/db/themaplein",
            "JDBC URL of the database, e.g. `jdbc:postgresql://db:5432/themaplein`. Flyway migrates"
                    + " it at start-up."),
    DB_DRIVER(
            "portal.db.driver",
            "org.h2.jdbcx.JdbcDataSource",
            "JDBC `DataSource` class: `org.h2.jdbcx.JdbcDataSource` or"
                    + " `org.postgresql.ds.PGSimpleDataSource`."),
    DB_USER("portal.db.user", "themaplein", "Database user."),
    DB_PASSWORD(
            "portal.db.password",
            "themaplein",
            "Database password; H2 refuses an empty one. Set it through the environment"
                    + " (`PORTAL_DB_PASSWORD`) anywhere but on a laptop."),
    SOLR_URL(
            "portal.solr.url",
            "http://localhost:8983/solr",
            "Base URL of a standalone Solr server. Ignored when `portal.solr.zk-hosts` is set."),
    SOLR_ZK_HOSTS(
            "portal.solr.zk-hosts",
            null,
            "Optional. ZooKeeper ensemble of a SolrCloud cluster (`zk1:2181,zk2:2181,zk3:2181`);"
                    + " when set the portal talks SolrCloud and ignores `portal.solr.url`."),
    SOLR_ZK_CHROOT(
            "portal.solr.zk-chroot",
            null,
            "Optional. ZooKeeper chroot of the SolrCloud cluster, e.g. `/solr`."),
    SOLR_COLLECTION(
            "portal.solr.collection",
            "themaplein",
            "Solr collection (or core) holding the catalogue and the other searchable content."),
    SOLR_TIMEOUT_MS(
            "portal.solr.timeout-ms",
            "30000",
            "How long one Solr request may take, in milliseconds; connecting gets at most 5000 of"
                    + " them."),
    IMPORT_DIR(
            "portal.import.dir",
            "${portal.data.dir}/imports",
            "Directory whose MARC files an administrator may import by server-side path (the"
                    + " admin import API); paths outside it are refused. Uploads need no such"
                    + " directory."),
    MAIL_HOST(
            "portal.mail.host",
            null,
            "Optional. SMTP server; until it is set, mails are written as `.eml` files under"
                    + " `<portal.data.dir>/mail/` instead of sent."),
    MAIL_PORT("portal.mail.port", "587", "SMTP port (587 is mail submission with STARTTLS)."),
    MAIL_FROM(
            "portal.mail.from",
            "Themaplein <noreply@localhost>",
            "Sender of every mail the portal sends."),
    MAIL_USER("portal.mail.user", null, "Optional. SMTP user; no SMTP login when unset."),
    MAIL_PASSWORD(
            "portal.mail.password",
            null,
            "Optional. SMTP password; set it through the environment (`PORTAL_MAIL_PASSWORD`)."),
    MAIL_STARTTLS(
            "portal.mail.starttls",
            "true",
            "Require STARTTLS on the SMTP connection (`true` or `false`)."),
    BASE_URL(
            "portal.base-url",
            "http://localhost:8080",
            "Public address of the portal, without a trailing slash; links in mails start with"
                    + " it."),
    DEMO_ENABLED(
            "portal.demo.enabled",
            "true",
            "Fill an empty database with the demo organisations, themes and accounts (published"
                    + " passwords!) and an empty index with the demo catalogue. Set `false` in"
                    + " production."),
    // --- slice A (accounts): the mail outbox ---
    MAIL_SEND_INTERVAL(
            "portal.mail.send-interval-seconds",
            "30",
            "How often, in seconds, the background sender looks for mails due in the outbox."),
    MAIL_RETRY_DELAY(
            "portal.mail.retry-delay-seconds",
            "60",
            "Pause before the second attempt at a mail that could not be sent, in seconds; later"
                    + " pauses are 5, 30, 120, 360 and 720 times as long."),
    MAIL_MAX_ATTEMPTS(
            "portal.mail.max-attempts",
            "8",
            "Attempts at one mail before it is given up for good (logged with its outbox row"
                    + " id).");

    private final String key;
    private final String defaultValue;
    private final String description;

    ConfigKey(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The property name, e.g. {@code portal.db.url}. */
    public String key() {
        return key;
    }

    /** The shipped default, or empty for an optional key. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** True when the key has no default and the feature it configures is off until it is set. */
    public boolean isOptional() {
        return defaultValue == null;
    }

    /** What the key does, for operators (Markdown). */
    public String description() {
        return description;
    }

    /** The environment variable that overrides the key, e.g. {@code PORTAL_SOLR_ZK_HOSTS}. */
    public String environmentVariable() {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The configured value; a key with a default always has one. */
    public <T> T value(Config config, Class<T> type) {
        return config.getValue(key, type);
    }

    /** The configured value, empty when an optional key is unset (or set to an empty value). */
    public <T> Optional<T> optionalValue(Config config, Class<T> type) {
        return config.getOptionalValue(key, type);
    }

    /** The README's configuration table: one row per key, in this order. */
    public static String markdownTable() {
        String header =
                "| Key | Environment variable | Default | What it does |\n" + "|---|---|---|---|\n";
        return header
                + Arrays.stream(values()).map(ConfigKey::markdownRow).collect(Collectors.joining());
    }

    private String markdownRow() {
        String shown = defaultValue == null ? "(none)" : "`" + defaultValue + "`";
        return "| `%s` | `%s` | %s | %s |\n"
                .formatted(key, environmentVariable(), shown, description);
    }
}
