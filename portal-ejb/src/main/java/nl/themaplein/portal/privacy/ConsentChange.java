package nl.themaplein.portal.privacy;

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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One consent given or withdrawn, with when. Never changed; the latest per purpose counts. */
@Entity
@Table(name = "consent_change")
public class ConsentChange {

    @Id
    @SequenceGenerator(
            name = "consent_change_seq",
            sequenceName = "consent_change_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_change_seq")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 40, updatable = false)
    private ConsentPurpose purpose;

    @Column(name = "granted", nullable = false, updatable = false)
    private boolean granted;

    @NotNull
    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected ConsentChange() {}

    ConsentChange(long accountId, ConsentPurpose purpose, boolean granted, Instant at) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.granted = granted;
        this.changedAt = at.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public boolean isGranted() {
        return granted;
    }

    public Instant getChangedAt() {
        return changedAt.toInstant();
    }
}
