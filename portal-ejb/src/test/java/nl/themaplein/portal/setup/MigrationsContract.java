package nl.themaplein.portal.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.themaplein.portal.testing.TestDatabase;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the migrations must give on every supported database: the tables, and constraints that keep
 * bad data out whatever code writes it. Each test works in a transaction that is rolled back; a
 * refused statement is rolled back to a savepoint so the next one can run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MigrationsContract {

    private TestDatabase database;
    private MigrateResult firstMigration;
    private Connection connection;

    /** The database this run of the contract uses. */
    abstract TestDatabase.Kind kind();

    @BeforeAll
    void migrateAFreshDatabase() throws SQLException {
        database = TestDatabase.open(kind(), "migrations");
        firstMigration = Migrations.migrate(database.dataSource());

        try (Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO organisation (id, version, code, name) VALUES (1, 1, 'a', 'A')");
            s.execute("INSERT INTO organisation (id, version, code, name) VALUES (2, 1, 'b', 'B')");
            s.execute(
                    "INSERT INTO branch (id, version, organisation_id, code, name, street,"
                        + " postcode, place, municipality) VALUES (10, 1, 1, 'centrum', 'Centrum',"
                        + " 'Markt 1', '4001 AA', 'Tiel', 'Tiel')");
            s.execute(
                    "INSERT INTO theme (id, version, code, name_nl, name_en, intro_nl, intro_en,"
                        + " sort_order) VALUES (100, 1, 'taal', 'Taal', 'Language', 'i', 'i', 1)");
            s.execute(
                    "INSERT INTO theme (id, version, code, name_nl, name_en, intro_nl, intro_en,"
                            + " sort_order) VALUES (101, 1, 'geld', 'Geld', 'Money', 'i', 'i', 2)");
            s.execute(account(1000, "Anna@Example.org", "anna@example.org"));
        }
    }

    @AfterAll
    void dropTheDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void beginTransaction() throws SQLException {
        connection = database.dataSource().getConnection();
        connection.setAutoCommit(false);
    }

    @AfterEach
    void rollBack() throws SQLException {
        connection.rollback();
        connection.close();
    }

    @Test
    void aFreshDatabaseGetsEveryTable() throws SQLException {
        assertThat(firstMigration.success).isTrue();
        assertThat(firstMigration.migrationsExecuted).isPositive();
        assertThat(tables())
                .contains(
                        "organisation",
                        "branch",
                        "branch_opening_hours",
                        "opening_exception",
                        "opening_exception_hours",
                        "room",
                        "room_facility",
                        "theme",
                        "account",
                        "account_interest",
                        "account_role",
                        "flyway_schema_history");
    }

    @Test
    void migratingAgainChangesNothing() {
        MigrateResult again = Migrations.migrate(database.dataSource());

        assertThat(again.migrationsExecuted).isZero();
        assertThat(Migrations.flyway(database.dataSource()).info().pending()).isEmpty();
    }

    @Test
    void anEmailAddressIsUniqueRegardlessOfCase() throws SQLException {
        assertRefused(
                "uq_account_email_key", account(1001, "ANNA@example.ORG", "anna@example.org"));
        assertAccepted(account(1002, "Bert@Example.org", "bert@example.org"));
    }

    @Test
    void theEmailKeyMustBeTheAddressInLowerCase() throws SQLException {
        assertRefused(
                "ck_account_email_key", account(1003, "Carla@Example.org", "Carla@Example.org"));
    }

    @Test
    void anAccountSpeaksDutchOrEnglish() throws SQLException {
        assertRefused(
                "ck_account_language",
                account(1004, "dirk@example.org", "dirk@example.org").replace("'nl'", "'xx'"));
    }

    @Test
    void aBranchCodeIsUniqueWithinItsOrganisationOnly() throws SQLException {
        assertRefused("uq_branch_code", branch(11, 1, "centrum"));
        assertAccepted(branch(12, 2, "centrum"));
    }

    @Test
    void aBranchBelongsToAnExistingOrganisation() throws SQLException {
        assertRefused("fk_branch_organisation", branch(13, 99, "nergens"));
    }

    @Test
    void aWeekdayCanHaveAMorningAndAnEveningInterval() throws SQLException {
        assertAccepted(hours(2, "09:00:00", "12:00:00"));
        assertAccepted(hours(2, "18:30:00", "21:00:00"));
    }

    @Test
    void anIntervalEndsAfterItStartsOnAnIsoWeekday() throws SQLException {
        assertRefused("ck_branch_opening_hours_order", hours(3, "17:00:00", "09:00:00"));
        assertRefused("ck_branch_opening_hours_order", hours(3, "09:00:00", "09:00:00"));
        assertRefused("ck_branch_opening_hours_weekday", hours(8, "09:00:00", "17:00:00"));
        assertRefused("ck_branch_opening_hours_weekday", hours(0, "09:00:00", "17:00:00"));
    }

    @Test
    void aBranchHasAtMostOneExceptionPerDate() throws SQLException {
        assertAccepted(exception(500, "2026-12-25"));
        assertAccepted(
                "INSERT INTO opening_exception_hours (exception_id, opens_at, closes_at)"
                        + " VALUES (500, TIME '10:00:00', TIME '14:00:00')");
        assertRefused("uq_opening_exception_date", exception(501, "2026-12-25"));
    }

    @Test
    void aRoomHoldsAtLeastOnePerson() throws SQLException {
        assertRefused("ck_room_capacity", room(600, "Studio", 0));
        assertAccepted(room(601, "Studio", 12));
        assertRefused("uq_room_name", room(602, "Studio", 20));
    }

    @Test
    void aThemeCodeIsUniqueAcrossTheInstallation() throws SQLException {
        assertRefused(
                "uq_theme_code",
                "INSERT INTO theme (id, version, code, organisation_id, name_nl, name_en, intro_nl,"
                    + " intro_en, sort_order) VALUES (102, 1, 'taal', 2, 'T', 'L', 'i', 'i', 3)");
    }

    @Test
    void onlyACuratorNamesATheme() throws SQLException {
        assertRefused("ck_account_role_theme", role(700, "CURATOR", null));
        assertRefused("ck_account_role_theme", role(701, "MEMBER", 100L));
        assertAccepted(role(702, "CURATOR", 100L));
        assertAccepted(role(703, "CURATOR", 101L));
    }

    @Test
    void theSameRoleCannotBeGrantedTwice() throws SQLException {
        assertAccepted(role(710, "MEMBER", null));
        assertRefused("uq_account_role", role(711, "MEMBER", null));
        assertAccepted(role(712, "CURATOR", 100L));
        assertRefused("uq_account_role", role(713, "CURATOR", 100L));
    }

    @Test
    void roleNamesAreTheKnownOnes() throws SQLException {
        assertRefused("ck_account_role_role", role(720, "ROOT", null));
    }

    private static String account(long id, String email, String key) {
        return ("INSERT INTO account (id, version, email, email_key, display_name, password_hash,"
                        + " home_branch_id, language, created_at) VALUES (%d, 1, '%s', '%s', 'X',"
                        + " 'hash', 10, 'nl', CURRENT_TIMESTAMP)")
                .formatted(id, email, key);
    }

    private static String branch(long id, long organisation, String code) {
        return ("INSERT INTO branch (id, version, organisation_id, code, name, street, postcode,"
                        + " place, municipality) VALUES (%d, 1, %d, '%s', 'N', 'S', 'P', 'Pl',"
                        + " 'M')")
                .formatted(id, organisation, code);
    }

    private static String hours(int weekday, String opens, String closes) {
        return ("INSERT INTO branch_opening_hours (branch_id, weekday, opens_at, closes_at)"
                        + " VALUES (10, %d, TIME '%s', TIME '%s')")
                .formatted(weekday, opens, closes);
    }

    private static String exception(long id, String date) {
        return ("INSERT INTO opening_exception (id, version, branch_id, exception_date, reason_nl,"
                        + " reason_en) VALUES (%d, 1, 10, DATE '%s', 'Kerst', 'Christmas')")
                .formatted(id, date);
    }

    private static String room(long id, String name, int capacity) {
        return ("INSERT INTO room (id, version, branch_id, name, capacity, wheelchair_accessible,"
                        + " hearing_loop) VALUES (%d, 1, 10, '%s', %d, TRUE, FALSE)")
                .formatted(id, name, capacity);
    }

    private static String role(long id, String role, Long theme) {
        return ("INSERT INTO account_role (id, account_id, organisation_id, role, theme_id,"
                        + " granted_at) VALUES (%d, 1000, 1, '%s', %s, CURRENT_TIMESTAMP)")
                .formatted(id, role, theme == null ? "NULL" : theme.toString());
    }

    private void assertAccepted(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate(sql)).isEqualTo(1);
        }
    }

    private void assertRefused(String constraint, String sql) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(sql))
                    .as("%s on %s", constraint, database)
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("23"))
                    .satisfies(
                            e ->
                                    assertThat(e.getMessage().toLowerCase(Locale.ROOT))
                                            .contains(constraint));
        } finally {
            connection.rollback(savepoint);
        }
    }

    private Set<String> tables() throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet rs =
                connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
