package nl.themaplein.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.themaplein.portal.testing.TestDatabase;
import nl.themaplein.portal.testing.TestPersistence;
import nl.themaplein.portal.text.Language;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Case C27 (e3) at the identity store: a wrong password for a known address and any password for an
 * unknown address give the same result after the same work, so timing does not tell which addresses
 * have an account. Alternating calls; medians compared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginTimingTest {

    private static final Logger LOG = Logger.getLogger(LoginTimingTest.class.getName());
    private static final int ROUNDS = 15;

    private TestPersistence persistence;
    private PasswordHasher hasher;

    @BeforeAll
    void createAKnownAccount() {
        persistence = TestPersistence.open(TestDatabase.Kind.H2, "timing");
        hasher = new PasswordHasher(new Pbkdf2PasswordHashImpl());
        hasher.initialise();
        persistence.inTransaction(
                em -> {
                    AccountService accounts = new AccountService(em, hasher);
                    Account account =
                            accounts.create(
                                    new NewAccount(
                                            "bestaand@example.org",
                                            "Bestaand",
                                            "het juiste wachtwoord",
                                            null,
                                            Language.NL));
                    accounts.confirm(account.getId());
                    return null;
                });
    }

    @AfterAll
    void close() throws Exception {
        persistence.close();
    }

    @Test
    void knownAndUnknownAddressesTakeTheSameTimeAndGiveTheSameAnswer() {
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();

        for (int i = 0; i < ROUNDS; i++) {
            known.add(timeLogin("bestaand@example.org", CredentialValidationResult.Status.INVALID));
            unknown.add(
                    timeLogin("onbekend@example.org", CredentialValidationResult.Status.INVALID));
        }

        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        LOG.info(
                () ->
                        "Login with wrong password: median "
                                + knownMedian
                                + " ms for a known address, "
                                + unknownMedian
                                + " ms for an unknown one");
        assertThat(knownMedian).as("hashing happens").isGreaterThan(30);
        assertThat(unknownMedian).as("hashing happens for unknown addresses too").isGreaterThan(30);
        // C27 allows 100 ms between the medians of whole HTTP requests.
        assertThat(Math.abs(knownMedian - unknownMedian)).isLessThan(100);
    }

    private long timeLogin(String email, CredentialValidationResult.Status expected) {
        long start = System.nanoTime();
        CredentialValidationResult result =
                persistence.inTransaction(
                        em ->
                                new AccountIdentityStore(new AccountService(em, hasher))
                                        .validate(
                                                new UsernamePasswordCredential(
                                                        email, "een ander wachtwoord")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(result.getStatus()).isEqualTo(expected);
        return millis;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
