package nl.themaplein.portal.setup;

import nl.themaplein.portal.testing.TestDatabase;

/** The migrations on PostgreSQL (skipped with a message when the local server is unreachable). */
class MigrationsOnPostgresTest extends MigrationsContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
