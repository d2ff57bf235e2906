package nl.themaplein.portal.account;

import nl.themaplein.portal.testing.TestDatabase;

/** Accounts on H2. */
class AccountServiceOnH2Test extends AccountServiceContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
