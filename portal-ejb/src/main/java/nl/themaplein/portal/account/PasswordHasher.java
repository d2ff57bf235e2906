package nl.themaplein.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Slow password hashing with Jakarta Security's PBKDF2: HMAC-SHA256 with 600,000 iterations and a
 * 32-byte random salt (the OWASP figure for PBKDF2-SHA256), about 0.15 s per hash on the build
 * machine. The stored hash names its algorithm and iterations, so older hashes still verify after
 * the parameters change.
 *
 * <p>{@link #verifyNothing} spends the same time on a hash of a random password, for callers that
 * must not reveal by their speed that there was nothing to compare with (an unknown e-mail).
 */
@ApplicationScoped
public class PasswordHasher {

    /** Shortest password accepted; length beats composition rules. */
    public static final int MIN_LENGTH = 10;

    /** Longest password accepted (a passphrase fits; a megabyte does not). */
    public static final int MAX_LENGTH = 128;

    static final Map<String, String> PARAMETERS =
            Map.of(
                    "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                    "Pbkdf2PasswordHash.Iterations", "600000",
                    "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                    "Pbkdf2PasswordHash.KeySizeBytes", "32");

    private Pbkdf2PasswordHash hash;
    private String decoy;

    /** For the container's proxy only. */
    protected PasswordHasher() {}

    @Inject
    public PasswordHasher(Pbkdf2PasswordHash hash) {
        this.hash = hash;
    }

    /** Sets the parameters; the container calls it, code outside a container calls it once. */
    @PostConstruct
    public void initialise() {
        hash.initialize(PARAMETERS);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoy = hash.generate(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    /** A new salted hash of the password, to store. */
    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** True when the password matches the stored hash. */
    public boolean verify(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Does the work of {@link #verify} against a hash nobody's password matches. */
    public void verifyNothing(String password) {
        hash.verify(password.toCharArray(), decoy);
    }
}
