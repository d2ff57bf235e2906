package nl.themaplein.portal.mail;

import nl.themaplein.portal.testing.TestDatabase;

/** The mail outbox on Postgres. */
class MailOutboxOnPostgresTest extends MailOutboxContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
