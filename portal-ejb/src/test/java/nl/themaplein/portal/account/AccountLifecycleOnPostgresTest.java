package nl.themaplein.portal.account;

import nl.themaplein.portal.testing.TestDatabase;

/** Sign-up, confirmation and reset on Postgres. */
class AccountLifecycleOnPostgresTest extends AccountLifecycleContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
