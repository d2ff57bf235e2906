package nl.themaplein.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.themaplein.portal.setup.DatabaseMigrations;

/**
 * Tokens for API clients. A token is 256 random bits, written as 43 characters of URL-safe Base64;
 * the client sees it once, the database keeps only its SHA-256 hash. A token works for {@link
 * #LIFETIME} and stops at once when revoked. Logs name accounts and tokens by id, never a token.
 */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    private static final Logger LOG = Logger.getLogger(ApiTokenService.class.getName());

    /** How long a token works after it was issued. */
    public static final Duration LIFETIME = Duration.ofDays(30);

    /** A last-used time is written at most this often per token, not on every request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final int TOKEN_BYTES = 32;

    /** What a token looks like; anything else is refused before the database is asked. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = DatabaseMigrations.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For the container. */
    public ApiTokenService() {}

    /** Outside a container (tests): with an entity manager of one's own. */
    public ApiTokenService(EntityManager em) {
        this.em = em;
    }

    /**
     * A token just issued: the token itself (shown once, never stored) and when it stops working.
     */
    public record IssuedToken(String token, Instant expiresAt) {}

    /** Who a valid token belongs to: the account id and the names of its roles. */
    public record TokenCaller(long accountId, Set<String> groups) {}

    /** Issues a new token for the account. */
    public IssuedToken issue(long accountId) {
        return issue(accountId, Instant.now());
    }

    IssuedToken issue(long accountId, Instant now) {
        Account account = em.getReference(Account.class, accountId);
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken stored = new ApiToken(account, hash(token), now, now.plus(LIFETIME));
        em.persist(stored);
        em.flush();
        LOG.log(
                Level.INFO,
                "API token {0} issued to account {1}",
                new Object[] {stored.getId(), accountId});
        return new IssuedToken(token, stored.getExpiresAt());
    }

    /**
     * The caller a token stands for, if it is a token this portal issued that has neither expired
     * nor been revoked; notes when it was used.
     */
    public Optional<TokenCaller> authenticate(String token) {
        return authenticate(token, Instant.now());
    }

    Optional<TokenCaller> authenticate(String token, Instant now) {
        Optional<ApiToken> found = find(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken stored = found.get();
        if (stored.isExpiredAt(now)) {
            LOG.log(Level.FINE, "API token {0} has expired", stored.getId());
            return Optional.empty();
        }
        Instant lastUsed = stored.getLastUsedAt();
        if (lastUsed == null || lastUsed.plus(LAST_USED_PRECISION).isBefore(now)) {
            stored.usedAt(now);
        }
        Account account = stored.getAccount();
        return Optional.of(new TokenCaller(account.getId(), account.groups()));
    }

    /** Revokes the token; true when it existed. */
    public boolean revoke(String token) {
        if (!hasTokenShape(token)) {
            return false;
        }
        int deleted =
                em.createNamedQuery(ApiToken.DELETE_BY_HASH)
                        .setParameter("hash", hash(token))
                        .executeUpdate();
        LOG.log(Level.FINE, "API token revoked: {0}", deleted > 0);
        return deleted > 0;
    }

    /** Deletes the tokens that have expired; answers how many. */
    public int deleteExpired() {
        int deleted =
                em.createNamedQuery(ApiToken.DELETE_EXPIRED)
                        .setParameter("now", Timestamps.toColumn(Instant.now()))
                        .executeUpdate();
        if (deleted > 0) {
            LOG.log(Level.INFO, "Deleted {0} expired API tokens", deleted);
        }
        return deleted;
    }

    /** The stored token for this token text, expired or not. */
    Optional<ApiToken> find(String token) {
        if (!hasTokenShape(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiToken.FIND_BY_HASH, ApiToken.class)
                .setParameter("hash", hash(token))
                .getResultStream()
                .findFirst();
    }

    /** True for text shaped like a token this service issues. */
    public static boolean hasTokenShape(String token) {
        return token != null && TOKEN_SHAPE.matcher(token).matches();
    }

    /** SHA-256 of the token's characters, in lower-case hexadecimal. */
    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(sha256.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
