package nl.themaplein.portal.account;

import nl.themaplein.portal.testing.TestDatabase;

/** The account mappings against the schema on H2. */
class AccountMappingOnH2Test extends AccountMappingContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
