package nl.themaplein.portal.setup.demo;

import nl.themaplein.portal.testing.TestDatabase;

/** The demo content on PostgreSQL (skipped when the local server is unreachable). */
class DemoDatabaseOnPostgresTest extends DemoDatabaseContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
