package nl.themaplein.portal.library;

import nl.themaplein.portal.testing.TestDatabase;

/** The JPA mappings against the schema on H2. */
class PersistenceMappingOnH2Test extends PersistenceMappingContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
