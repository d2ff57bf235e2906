package nl.themaplein.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.themaplein.portal.testing.TestDatabase;
import nl.themaplein.portal.testing.TestPersistence;
import nl.themaplein.portal.text.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The outbox against a real database: a queued mail exists only if its transaction commits; of two
 * senders claiming the same row exactly one gets it; a failure backs off 1, 5, 30 … × the base and
 * is given up after the maximum; a sent row is never due again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MailOutboxContract {

    private static final Duration BASE = Duration.ofSeconds(60);

    private TestPersistence persistence;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void open() {
        persistence = TestPersistence.open(kind(), "outbox");
    }

    @AfterAll
    void close() throws Exception {
        persistence.close();
    }

    @Test
    void aMailQueuedInATransactionThatRollsBackDoesNotExist() {
        long before = unsent();
        try {
            persistence.inTransaction(
                    em -> {
                        new MailOutbox(em).queue("a@example.org", Language.NL, "s", "b");
                        throw new IllegalStateException("the change fails");
                    });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(unsent()).isEqualTo(before);
    }

    @Test
    void ofTwoSendersClaimingTheSameRowExactlyOneGetsIt() {
        long id = inTx(o -> o.queue("b@example.org", Language.NL, "Onderwerp", "Tekst"));
        Instant now = Instant.now().plusSeconds(1);

        Optional<MailOutbox.Claimed> first = claim(id, now);
        Optional<MailOutbox.Claimed> second = claim(id, now);

        assertThat(first).isPresent();
        assertThat(first.get().messageId()).startsWith("<").endsWith("@themaplein>");
        assertThat(second).isEmpty();
        assertThat(due(now)).doesNotContain(id);
    }

    @Test
    void aSentRowIsNeverDueAgain() {
        long id = inTx(o -> o.queue("c@example.org", Language.EN, "Subject", "Text"));
        Instant now = Instant.now().plusSeconds(1);
        claim(id, now);
        inTx(
                o -> {
                    o.markSent(id, now);
                    return null;
                });

        Instant muchLater = now.plus(Duration.ofDays(1));
        assertThat(due(muchLater)).doesNotContain(id);
        assertThat(claim(id, muchLater)).isEmpty();
        assertThat(row(id).getSentAt()).isNotNull();
    }

    @Test
    void aFailedAttemptBacksOffAndIsGivenUpAfterTheMaximum() {
        long id = inTx(o -> o.queue("d@example.org", Language.NL, "S", "T"));
        Instant now = Instant.now().plusSeconds(1);

        claim(id, now);
        boolean gaveUp = fail(id, "Connection refused to d@example.org", now);

        assertThat(gaveUp).isFalse();
        OutboxMail after1 = row(id);
        assertThat(after1.getAttempts()).isEqualTo(1);
        assertThat(after1.getNextAttemptAt()).isAfterOrEqualTo(now.plus(BASE).minusMillis(1));
        assertThat(due(now.plusSeconds(30))).doesNotContain(id);
        assertThat(due(now.plusSeconds(61))).contains(id);

        Instant second = now.plusSeconds(61);
        claim(id, second);
        fail(id, "again", second);
        assertThat(row(id).getNextAttemptAt())
                .isAfterOrEqualTo(second.plus(BASE.multipliedBy(5)).minusMillis(1));

        Instant third = second.plus(BASE.multipliedBy(5)).plusSeconds(1);
        claim(id, third);
        assertThat(fail(id, "and again", third)).isTrue();

        OutboxMail given = row(id);
        assertThat(given.isFailed()).isTrue();
        assertThat(given.getSentAt()).isNull();
        assertThat(due(third.plus(Duration.ofDays(30)))).doesNotContain(id);
    }

    @Test
    void theBackoffGrows() {
        assertThat(MailOutbox.retryDelay(1, BASE)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailOutbox.retryDelay(2, BASE)).isEqualTo(Duration.ofMinutes(5));
        assertThat(MailOutbox.retryDelay(3, BASE)).isEqualTo(Duration.ofMinutes(30));
        assertThat(MailOutbox.retryDelay(4, BASE)).isEqualTo(Duration.ofHours(2));
        assertThat(MailOutbox.retryDelay(40, BASE)).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void headerValuesStayOnOneLine() {
        long id = inTx(o -> o.queue("e@example.org", Language.NL, "Hallo\r\nBcc: x@y", "T"));
        assertThat(row(id).getSubject()).isEqualTo("Hallo  Bcc: x@y");
    }

    private java.util.List<Long> due(Instant now) {
        return inTx(o -> o.due(now, 1000));
    }

    private OutboxMail row(long id) {
        return inTx(o -> o.find(id).orElseThrow());
    }

    private Optional<MailOutbox.Claimed> claim(long id, Instant now) {
        return inTx(o -> o.claim(id, now));
    }

    private boolean fail(long id, String error, Instant now) {
        return inTx(o -> o.markFailed(id, error, now, BASE, 3));
    }

    private long unsent() {
        return inTx(MailOutbox::countUnsent);
    }

    private <T> T inTx(java.util.function.Function<MailOutbox, T> work) {
        return persistence.inTransaction(em -> work.apply(new MailOutbox(em)));
    }
}
