package nl.themaplein.portal.account;

import nl.themaplein.portal.testing.TestDatabase;

/** Accounts on PostgreSQL (skipped when the local server is unreachable). */
class AccountServiceOnPostgresTest extends AccountServiceContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
