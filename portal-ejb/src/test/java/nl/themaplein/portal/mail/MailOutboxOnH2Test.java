package nl.themaplein.portal.mail;

import nl.themaplein.portal.testing.TestDatabase;

/** The mail outbox on H2. */
class MailOutboxOnH2Test extends MailOutboxContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
