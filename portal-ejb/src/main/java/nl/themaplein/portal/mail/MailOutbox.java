package nl.themaplein.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.setup.DatabaseMigrations;
import nl.themaplein.portal.text.Language;

/**
 * The one way the portal sends mail. {@link #queue} writes the mail into the {@code mail_outbox}
 * table inside the caller's transaction, so a mail exists if and only if the change that caused it
 * committed. {@link MailSender} later claims due rows one by one ({@link #claim}: a conditional
 * UPDATE, so two nodes never send the same row), sends them and marks them sent or failed; a failed
 * attempt is tried again later with growing pauses ({@link #retryDelay}) until {@code
 * portal.mail.max-attempts}. Logs name mails by row id, never by address.
 */
@ApplicationScoped
@Transactional
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    /** The pauses after the 1st, 2nd, … failed attempt, as multiples of the base retry delay. */
    private static final long[] BACKOFF = {1, 5, 30, 120, 360, 720};

    /** How long a claim lasts: a sender that died mid-send frees its rows after this. */
    public static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

    @PersistenceContext(unitName = DatabaseMigrations.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For the container. */
    public MailOutbox() {}

    /** Outside a container (tests): with an entity manager of one's own. */
    public MailOutbox(EntityManager em) {
        this.em = em;
    }

    /** What a sender needs of a claimed mail, detached from the persistence context. */
    public record Claimed(
            long id,
            String messageId,
            String recipient,
            String subject,
            String bodyText,
            int attempts) {
        @Override
        public String toString() {
            return "Claimed[" + id + "]";
        }
    }

    /**
     * Puts a mail in the outbox as part of the current transaction (joined, never a new one).
     *
     * @return the row id, for logs
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long queue(String recipient, Language language, String subject, String bodyText) {
        OutboxMail mail =
                new OutboxMail(
                        "<" + UUID.randomUUID() + "@themaplein>",
                        recipient,
                        language,
                        MailText.headerValue(subject, OutboxMail.SUBJECT_MAX),
                        MailText.cut(bodyText, OutboxMail.BODY_MAX),
                        Instant.now());
        em.persist(mail);
        em.flush();
        LOG.log(Level.FINE, "Mail {0} queued", mail.getId());
        return mail.getId();
    }

    /** Ids of the rows due at {@code now} (not sent, not given up, not claimed), oldest first. */
    public List<Long> due(Instant now, int max) {
        // Native SQL: EclipseLink writes a JPQL FALSE (even a bound one) as 0, which H2 2 refuses.
        List<?> ids =
                em.createNativeQuery(
                                "SELECT id FROM mail_outbox WHERE sent_at IS NULL AND failed ="
                                    + " FALSE AND next_attempt_at <= ?1 AND (claimed_until IS NULL"
                                    + " OR claimed_until < ?1) ORDER BY next_attempt_at, id")
                        .setParameter(1, OutboxMail.column(now))
                        .setMaxResults(max)
                        .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Takes the row for this sender if it is still due: one conditional UPDATE that also bumps the
     * version, so of two senders (on two nodes) exactly one gets it. Commits at once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claimed> claim(long id, Instant now) {
        int taken =
                em.createNativeQuery(
                                "UPDATE mail_outbox SET claimed_until = ?1, version = version + 1"
                                        + " WHERE id = ?2 AND sent_at IS NULL AND failed = FALSE"
                                        + " AND next_attempt_at <= ?3"
                                        + " AND (claimed_until IS NULL OR claimed_until < ?3)")
                        .setParameter(1, OutboxMail.column(now.plus(CLAIM_LEASE)))
                        .setParameter(2, id)
                        .setParameter(3, OutboxMail.column(now))
                        .executeUpdate();
        if (taken != 1) {
            return Optional.empty();
        }
        OutboxMail mail = fresh(id);
        return Optional.of(
                new Claimed(
                        mail.getId(),
                        mail.getMessageId(),
                        mail.getRecipient(),
                        mail.getSubject(),
                        mail.getBodyText(),
                        mail.getAttempts()));
    }

    /** Marks a claimed row as sent. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(long id, Instant at) {
        fresh(id).sent(at);
        LOG.log(Level.INFO, "Mail {0} sent", id);
    }

    /**
     * Records a failed attempt: tried again after the next pause, or given up for good after {@code
     * maxAttempts} attempts (logged as a warning for the operator).
     *
     * @return true when the mail was given up
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markFailed(
            long id, String error, Instant now, Duration baseDelay, int maxAttempts) {
        OutboxMail mail = fresh(id);
        int attempt = mail.getAttempts() + 1;
        boolean giveUp = attempt >= maxAttempts;
        Instant next = now.plus(retryDelay(attempt, baseDelay));
        mail.attemptFailed(
                MailText.cut(MailText.oneLine(error), OutboxMail.ERROR_MAX), next, giveUp);
        if (giveUp) {
            LOG.log(
                    Level.WARNING,
                    "Mail {0} given up after {1} attempts; last error: {2}",
                    new Object[] {id, attempt, mail.getLastError()});
        } else {
            LOG.log(
                    Level.WARNING,
                    "Mail {0} not sent (attempt {1}): {2}; next attempt at {3}",
                    new Object[] {id, attempt, mail.getLastError(), next});
        }
        return giveUp;
    }

    /** The row as it is in the database now. */
    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    /** Rows not yet sent (waiting or given up), for operators and tests. */
    public long countUnsent() {
        return em.createQuery(
                        "SELECT COUNT(m) FROM OutboxMail m WHERE m.sentAt IS NULL", Long.class)
                .getSingleResult();
    }

    /** The pause after failed attempt number {@code attempt} (1-based): 1, 5, 30, 120 … × base. */
    public static Duration retryDelay(int attempt, Duration base) {
        int index = Math.min(Math.max(attempt, 1), BACKOFF.length) - 1;
        return base.multipliedBy(BACKOFF[index]);
    }

    private OutboxMail fresh(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        em.refresh(mail);
        return mail;
    }
}
