package nl.themaplein.portal.setup;

import nl.themaplein.portal.testing.TestDatabase;

/** The migrations on H2, the embedded default. */
class MigrationsOnH2Test extends MigrationsContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
