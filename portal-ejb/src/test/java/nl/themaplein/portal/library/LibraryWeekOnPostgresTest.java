package nl.themaplein.portal.library;

import nl.themaplein.portal.testing.TestDatabase;

/** Replacing a branch's week on Postgres. */
class LibraryWeekOnPostgresTest extends LibraryWeekContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
