package nl.themaplein.portal.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.themaplein.portal.account.LanguageConverter;
import nl.themaplein.portal.text.Language;

/**
 * One mail in the outbox: written in the transaction of the change that causes it, sent later by
 * {@link MailSender}. Due while not sent, not given up and its next attempt has come; a sender owns
 * it while {@code claimedUntil} lies ahead (see {@link MailOutbox#claim}).
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 10_000;
    public static final int ERROR_MAX = 200;

    @Id
    @SequenceGenerator(
            name = "mail_outbox_seq",
            sequenceName = "mail_outbox_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Version private int version;

    @NotNull
    @Column(name = "message_id", nullable = false, length = 200, updatable = false)
    private String messageId;

    @NotNull
    @Column(name = "recipient", nullable = false, length = 254, updatable = false)
    private String recipient;

    @NotNull
    @Convert(converter = LanguageConverter.class)
    @Column(name = "language", nullable = false, length = 2, updatable = false)
    private Language language;

    @NotNull
    @Size(max = SUBJECT_MAX)
    @Column(name = "subject", nullable = false, length = SUBJECT_MAX, updatable = false)
    private String subject;

    @NotNull
    @Size(max = BODY_MAX)
    @Column(name = "body_text", nullable = false, length = BODY_MAX, updatable = false)
    private String bodyText;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @NotNull
    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "failed", nullable = false)
    private boolean failed;

    @Size(max = ERROR_MAX)
    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    protected OutboxMail() {}

    OutboxMail(
            String messageId,
            String recipient,
            Language language,
            String subject,
            String bodyText,
            Instant createdAt) {
        this.messageId = messageId;
        this.recipient = recipient;
        this.language = language;
        this.subject = subject;
        this.bodyText = bodyText;
        this.createdAt = column(createdAt);
        this.nextAttemptAt = column(createdAt);
    }

    static OffsetDateTime column(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    public Long getId() {
        return id;
    }

    int getVersion() {
        return version;
    }

    public String getMessageId() {
        return messageId;
    }

    /** The address; never log it. */
    public String getRecipient() {
        return recipient;
    }

    public Language getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public Instant getCreatedAt() {
        return instant(createdAt);
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return instant(nextAttemptAt);
    }

    public Instant getSentAt() {
        return instant(sentAt);
    }

    public boolean isFailed() {
        return failed;
    }

    public String getLastError() {
        return lastError;
    }

    void sent(Instant at) {
        attempts++;
        sentAt = column(at);
        claimedUntil = null;
        lastError = null;
    }

    void attemptFailed(String error, Instant next, boolean giveUp) {
        attempts++;
        claimedUntil = null;
        lastError = error;
        nextAttemptAt = column(next);
        failed = giveUp;
    }

    @Override
    public String toString() {
        // Never the recipient: this ends up in logs.
        return "OutboxMail[" + id + "]";
    }
}
