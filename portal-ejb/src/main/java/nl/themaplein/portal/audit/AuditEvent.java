package nl.themaplein.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One entry of the audit log. Accounts and the organisation are kept by id, so an entry never holds
 * a name or an address; a deleted account's id is cleared and {@code …Deleted} set. Entries are
 * never changed except by that anonymisation.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int DETAILS_MAX = 1000;

    @Id
    @SequenceGenerator(
            name = "audit_event_seq",
            sequenceName = "audit_event_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @NotNull
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_deleted", nullable = false)
    private boolean actorDeleted;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "subject_account_id")
    private Long subjectAccountId;

    @Column(name = "subject_deleted", nullable = false)
    private boolean subjectDeleted;

    @Size(max = DETAILS_MAX)
    @Column(name = "details", length = DETAILS_MAX, updatable = false)
    private String details;

    protected AuditEvent() {}

    AuditEvent(
            Instant at,
            Long actorAccountId,
            AuditAction action,
            Long organisationId,
            Long subjectAccountId,
            String details) {
        this.occurredAt = at.atOffset(ZoneOffset.UTC);
        this.actorAccountId = actorAccountId;
        this.action = action;
        this.organisationId = organisationId;
        this.subjectAccountId = subjectAccountId;
        this.details = details;
    }

    /** For the entry of a deletion: the deleted account acted on itself. */
    void byDeletedAccount() {
        actorDeleted = true;
        subjectDeleted = true;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt.toInstant();
    }

    /** Who acted; null for the system or a deleted account (see {@link #isActorDeleted}). */
    public Long getActorAccountId() {
        return actorAccountId;
    }

    public boolean isActorDeleted() {
        return actorDeleted;
    }

    public AuditAction getAction() {
        return action;
    }

    /** The organisation acted in; null for what concerns no one organisation. */
    public Long getOrganisationId() {
        return organisationId;
    }

    /** Whom it was about; null for none or a deleted account (see {@link #isSubjectDeleted}). */
    public Long getSubjectAccountId() {
        return subjectAccountId;
    }

    public boolean isSubjectDeleted() {
        return subjectDeleted;
    }

    /** Short text such as {@code role=CURATOR theme=gezondheid}; never a name or an address. */
    public String getDetails() {
        return details;
    }
}
