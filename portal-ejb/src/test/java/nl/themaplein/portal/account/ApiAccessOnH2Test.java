package nl.themaplein.portal.account;

import nl.themaplein.portal.testing.TestDatabase;

/** Tokens and the account's own profile on H2. */
class ApiAccessOnH2Test extends ApiAccessContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
