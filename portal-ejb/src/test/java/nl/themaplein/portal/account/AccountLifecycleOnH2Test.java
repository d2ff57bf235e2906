package nl.themaplein.portal.account;

import nl.themaplein.portal.testing.TestDatabase;

/** Sign-up, confirmation and reset on H2. */
class AccountLifecycleOnH2Test extends AccountLifecycleContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
