package nl.themaplein.portal.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway database for one test class: an in-memory H2, or a PostgreSQL database created on the
 * local server (127.0.0.1:5432, user postgres, trust authentication) and dropped on close. A test
 * asking for PostgreSQL is skipped with a message when the server cannot be reached.
 */
public final class TestDatabase implements AutoCloseable {

    /** The PostgreSQL server's maintenance database; override with -Dthemaplein.test.pg.url. */
    private static final String PG_ADMIN_URL =
            System.getProperty(
                    "themaplein.test.pg.url",
                    "jdbc:postgresql://127.0.0.1:5432/postgres?connectTimeout=3");

    private static final String PG_USER = System.getProperty("themaplein.test.pg.user", "postgres");

    private final Kind kind;
    private final String name;
    private final DataSource dataSource;
    private final String url;
    private final String user;
    private final String password;

    /** The two databases the portal supports. */
    public enum Kind {
        H2,
        POSTGRESQL
    }

    private TestDatabase(
            Kind kind,
            String name,
            DataSource dataSource,
            String url,
            String user,
            String password) {
        this.kind = kind;
        this.name = name;
        this.dataSource = dataSource;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Opens a fresh database of the given kind. */
    public static TestDatabase open(Kind kind, String purpose) {
        return kind == Kind.H2 ? h2(purpose) : postgres(purpose);
    }

    /** A fresh in-memory H2 database, kept until {@link #close()}. */
    public static TestDatabase h2(String purpose) {
        String name = purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("themaplein");
        dataSource.setPassword("themaplein");
        return new TestDatabase(Kind.H2, name, dataSource, url, "themaplein", "themaplein");
    }

    /**
     * A fresh PostgreSQL database named {@code <test database>_ejb_<purpose>} (the test database is
     * {@code -Dthemaplein.test.db.name}, by default themaplein_test), dropped first if a crashed
     * run left it behind.
     */
    public static TestDatabase postgres(String purpose) {
        String prefix = System.getProperty("themaplein.test.db.name", "themaplein_test");
        String name = prefix + "_ejb_" + purpose.toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            Assumptions.abort(
                    "PostgreSQL is not reachable at "
                            + PG_ADMIN_URL
                            + " as "
                            + PG_USER
                            + " ("
                            + e.getMessage()
                            + "); start it (pg_ctlcluster 15 main start) to run this test. CI"
                            + " has it.");
        }
        String url = PG_ADMIN_URL.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(PG_USER);
        return new TestDatabase(Kind.POSTGRESQL, name, dataSource, url, PG_USER, "");
    }

    public Kind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Drops the database. */
    @Override
    public void close() throws SQLException {
        if (kind == Kind.H2) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            return;
        }
        try (Connection admin = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
