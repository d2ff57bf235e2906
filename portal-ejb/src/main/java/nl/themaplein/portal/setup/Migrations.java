package nl.themaplein.portal.setup;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The Flyway set-up of the portal, shared by the start-up bean and the tests so both migrate the
 * same way: the scripts under {@code db/migration} of this jar, the same on H2 and PostgreSQL.
 */
public final class Migrations {

    /** Where the SQL scripts live on the class path. */
    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {}

    /** Brings the database to the newest schema version; does nothing when it is already there. */
    public static MigrateResult migrate(DataSource dataSource) {
        return flyway(dataSource).migrate();
    }

    /** Flyway configured for the portal's scripts; {@code clean} stays disabled. */
    public static Flyway flyway(DataSource dataSource) {
        // Flyway finds its database plug-ins (PostgreSQL) through this class loader: inside the WAR
        // the thread's context loader can be the server's.
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load();
    }
}
