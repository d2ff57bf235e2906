package nl.themaplein.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A single-use token mailed to the owner of an account ({@link TokenPurpose}). Only the SHA-256
 * hash of the token is stored, so a copy of the database opens no account.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(
        name = AccountToken.FIND_BY_HASH,
        query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(
        name = AccountToken.OPEN_OF_ACCOUNT,
        query =
                "SELECT t FROM AccountToken t WHERE t.account.id = :account"
                        + " AND t.purpose = :purpose AND t.usedAt IS NULL")
public class AccountToken {

    static final String FIND_BY_HASH = "AccountToken.findByHash";
    static final String OPEN_OF_ACCOUNT = "AccountToken.openOfAccount";

    @Id
    @SequenceGenerator(
            name = "account_token_seq",
            sequenceName = "account_token_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 10, updatable = false)
    private TokenPurpose purpose;

    @NotNull
    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @NotNull
    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected AccountToken() {}

    AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant createdAt) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = Timestamps.toColumn(createdAt);
        this.expiresAt = Timestamps.toColumn(createdAt.plus(purpose.lifetime()));
    }

    public Long getId() {
        return id;
    }

    Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    /** True when the token is for this purpose, unused and not expired at {@code now}. */
    boolean usableFor(TokenPurpose wanted, Instant now) {
        return purpose == wanted
                && usedAt == null
                && now.isBefore(Timestamps.fromColumn(expiresAt));
    }

    void use(Instant at) {
        usedAt = Timestamps.toColumn(at);
    }

    @Override
    public String toString() {
        return "AccountToken[" + id + ", " + purpose + "]";
    }
}
