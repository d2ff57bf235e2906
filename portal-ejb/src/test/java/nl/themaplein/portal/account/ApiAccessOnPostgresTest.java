package nl.themaplein.portal.account;

import nl.themaplein.portal.testing.TestDatabase;

/**
 * Tokens and the account's own profile on PostgreSQL (skipped when the local server is
 * unreachable).
 */
class ApiAccessOnPostgresTest extends ApiAccessContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
