package nl.themaplein.portal.library;

import nl.themaplein.portal.testing.TestDatabase;

/** Replacing a branch's week on H2. */
class LibraryWeekOnH2Test extends LibraryWeekContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
