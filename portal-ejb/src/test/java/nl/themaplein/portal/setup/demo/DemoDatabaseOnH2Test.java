package nl.themaplein.portal.setup.demo;

import nl.themaplein.portal.testing.TestDatabase;

/** The demo content on H2, the embedded default. */
class DemoDatabaseOnH2Test extends DemoDatabaseContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
