package nl.themaplein.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A token an API client logged in with: only the SHA-256 hash of the token is kept, with its
 * account, when it was issued, until when it works and when it was last used. Revoking deletes it;
 * deleting the account deletes its tokens (the foreign key cascades).
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
        name = ApiToken.FIND_BY_HASH,
        query =
                "SELECT t FROM ApiToken t JOIN FETCH t.account a LEFT JOIN FETCH a.roles"
                        + " WHERE t.tokenHash = :hash")
@NamedQuery(
        name = ApiToken.DELETE_BY_HASH,
        query = "DELETE FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(
        name = ApiToken.DELETE_EXPIRED,
        query = "DELETE FROM ApiToken t WHERE t.expiresAt <= :now")
public class ApiToken {

    public static final String FIND_BY_HASH = "ApiToken.findByHash";
    public static final String DELETE_BY_HASH = "ApiToken.deleteByHash";
    public static final String DELETE_EXPIRED = "ApiToken.deleteExpired";

    /** Length of the stored hash: SHA-256 in lower-case hexadecimal. */
    public static final int HASH_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @NotNull
    @Size(min = HASH_LENGTH, max = HASH_LENGTH)
    @Column(name = "token_hash", nullable = false, length = HASH_LENGTH, updatable = false)
    private String tokenHash;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @NotNull
    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    protected ApiToken() {}

    ApiToken(Account account, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = Timestamps.toColumn(createdAt);
        this.expiresAt = Timestamps.toColumn(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return Timestamps.fromColumn(createdAt);
    }

    public Instant getExpiresAt() {
        return Timestamps.fromColumn(expiresAt);
    }

    /** When a request last came with this token; null until the first. */
    public Instant getLastUsedAt() {
        return Timestamps.fromColumn(lastUsedAt);
    }

    boolean isExpiredAt(Instant now) {
        return !getExpiresAt().isAfter(now);
    }

    void usedAt(Instant now) {
        lastUsedAt = Timestamps.toColumn(now);
    }

    @Override
    public String toString() {
        // Never the hash: it identifies the token.
        return "ApiToken[" + id + "]";
    }
}
