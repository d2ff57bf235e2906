package nl.themaplein.portal.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the portal's data source and migrates its database when the application starts, before
 * anything else touches it (beans that need the schema declare {@code @DependsOn} on this one).
 *
 * <p>The data source takes its class, URL, user and password from MicroProfile Config, so the same
 * WAR runs on the embedded H2 file and on PostgreSQL (see {@code ConfigKey}). Flyway manages its
 * own transactions, hence bean-managed transactions here.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = DatabaseMigrations.DATA_SOURCE,
        className = "${MPCONFIG=portal.db.driver}",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 1,
        maxPoolSize = 20)
public class DatabaseMigrations {

    /** JNDI name of the data source; persistence.xml names the same. */
    public static final String DATA_SOURCE = "java:app/jdbc/themaplein";

    /** The persistence unit of {@code META-INF/persistence.xml}. */
    public static final String PERSISTENCE_UNIT = "themaplein";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        try {
            MigrateResult result = Migrations.migrate(dataSource);
            LOG.log(
                    Level.INFO,
                    "Database ({0}): schema at version {1} ({2} migrations applied now, was {3})",
                    new Object[] {
                        result.databaseType,
                        result.targetSchemaVersion == null
                                ? result.initialSchemaVersion
                                : result.targetSchemaVersion,
                        result.migrationsExecuted,
                        result.initialSchemaVersion == null ? "empty" : result.initialSchemaVersion
                    });
        } catch (FlywayException e) {
            LOG.log(
                    Level.SEVERE,
                    "Database migration failed, so the portal does not start. Check that"
                            + " portal.db.url points at the portal's own database and that its"
                            + " user may create tables; the error says which script failed.",
                    e);
            throw e;
        }
    }
}
