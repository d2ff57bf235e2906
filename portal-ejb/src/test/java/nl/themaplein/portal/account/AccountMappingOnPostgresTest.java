package nl.themaplein.portal.account;

import nl.themaplein.portal.testing.TestDatabase;

/** The account mappings against the schema on Postgres. */
class AccountMappingOnPostgresTest extends AccountMappingContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
