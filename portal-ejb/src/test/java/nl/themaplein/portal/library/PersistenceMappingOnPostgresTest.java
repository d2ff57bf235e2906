package nl.themaplein.portal.library;

import nl.themaplein.portal.testing.TestDatabase;

/** The JPA mappings against the schema on PostgreSQL (skipped when the server is unreachable). */
class PersistenceMappingOnPostgresTest extends PersistenceMappingContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
