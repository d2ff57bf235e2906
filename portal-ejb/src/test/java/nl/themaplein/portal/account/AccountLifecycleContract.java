package nl.themaplein.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.mail.MailOutbox;
import nl.themaplein.portal.mail.OutboxMail;
import nl.themaplein.portal.testing.TestDatabase;
import nl.themaplein.portal.testing.TestPersistence;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.text.Messages;
import nl.themaplein.portal.theme.Theme;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Sign-up, confirmation and reset against a real database with the real hash: the mails they queue
 * (in the member's language, with links from the base URL), single-use tokens stored as hashes, a
 * known address at sign-up mailing its owner instead of opening a second account, a reset for an
 * unknown address queueing nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccountLifecycleContract {

    private static final String PASSWORD = "correct horse battery";
    private static final String BASE = "https://portal.example.org";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    private TestPersistence persistence;
    private PasswordHasher hasher;
    private long branchId;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void open() {
        persistence = TestPersistence.open(kind(), "lifecycle");
        hasher = new PasswordHasher(new Pbkdf2PasswordHashImpl());
        hasher.initialise();
        persistence.inTransaction(
                em -> {
                    Organisation organisation = new Organisation("lc-org", "Bibliotheek LC", null);
                    Branch branch =
                            organisation.addBranch(
                                    new Branch("b", "B", "Markt 1", "4001 AA", "Tiel", "Tiel"));
                    for (String code : List.of("taal", "gezondheid", "natuur")) {
                        Theme theme = new Theme(code, null, 1);
                        theme.setName(code, code);
                        theme.setIntro("i", "i");
                        em.persist(theme);
                    }
                    em.persist(organisation);
                    em.flush();
                    branchId = branch.getId();
                    return null;
                });
    }

    @AfterAll
    void close() throws Exception {
        persistence.close();
    }

    @Test
    void signUpQueuesAConfirmationWhoseLinkWorksOnce() {
        AccountLifecycle.SignUp signUp =
                with(l -> l.signUp(request("Fleur@Example.org", Language.EN)));
        long id = signUp.newAccount().orElseThrow();
        with(
                l -> {
                    l.chooseSignUpThemes(id, List.of("taal", "natuur", "no-such-theme"));
                    return null;
                });

        OutboxMail mail = onlyMailTo("Fleur@Example.org");
        assertThat(mail.getLanguage()).isEqualTo(Language.EN);
        assertThat(mail.getSubject()).contains("Confirm");
        assertThat(mail.getBodyText())
                .contains("Hello Fleur de Wit")
                .contains(BASE + "/account/confirm.xhtml?token=")
                .contains("48 hours");
        String token = token(mail);
        assertThat(login("fleur@example.org")).as("before confirming").isFalse();
        assertThat(
                        (long)
                                persistence.<Long>inTransaction(
                                        em ->
                                                em.createQuery(
                                                                "SELECT COUNT(t) FROM AccountToken"
                                                                    + " t WHERE t.tokenHash = :h",
                                                                Long.class)
                                                        .setParameter("h", token)
                                                        .getSingleResult()))
                .as("the token itself is not stored")
                .isZero();

        assertThat((boolean) with(l -> l.confirm(token))).isTrue();
        assertThat((boolean) with(l -> l.confirm(token))).as("second use").isFalse();
        assertThat(login("fleur@example.org")).isTrue();
        assertThat(
                        persistence.<List<String>>inTransaction(
                                em ->
                                        em.find(Account.class, id).getInterests().stream()
                                                .map(Theme::getCode)
                                                .sorted()
                                                .toList()))
                .containsExactly("natuur", "taal");
    }

    @Test
    void signUpWithAKnownAddressOpensNothingAndMailsTheOwner() {
        long first =
                with(l -> l.signUp(request("gijs@example.org", Language.NL)))
                        .newAccount()
                        .orElseThrow();

        AccountLifecycle.SignUp again =
                with(l -> l.signUp(request("GIJS@example.org", Language.EN)));

        assertThat(again.newAccount()).isEmpty();
        List<OutboxMail> mails = mailsTo("gijs@example.org");
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).contains("Iemand wilde een account openen");
        assertThat(mails.get(1).getBodyText()).contains(BASE + "/account/forgot.xhtml");
        assertThat(
                        persistence.<Language>inTransaction(
                                em -> em.find(Account.class, first).getLanguage()))
                .isEqualTo(Language.NL);
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndTheOldOneStopsWorking() {
        long id =
                with(l -> l.signUp(request("hanna@example.org", Language.NL)))
                        .newAccount()
                        .orElseThrow();
        with(l -> l.confirm(token(onlyMailTo("hanna@example.org"))));

        with(
                l -> {
                    l.requestReset("Hanna@Example.org");
                    return null;
                });
        OutboxMail reset = mailsTo("hanna@example.org").get(1);
        assertThat(reset.getBodyText()).contains(BASE + "/account/reset.xhtml?token=");
        String token = token(reset);

        assertThat((boolean) with(l -> l.resetTokenUsable(token))).isTrue();
        with(
                l -> {
                    l.resetPassword(token, "een heel nieuw wachtwoord");
                    return null;
                });

        assertThat((boolean) with(l -> l.resetTokenUsable(token))).isFalse();
        assertThatThrownBy(
                        () ->
                                with(
                                        l -> {
                                            l.resetPassword(token, "nog een ander wachtwoord");
                                            return null;
                                        }))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo(Messages.TOKEN_INVALID);
        assertThat(login("hanna@example.org")).as("old password").isFalse();
        assertThat(
                        persistence.<java.util.Optional<Long>>inTransaction(
                                em ->
                                        new AccountService(em, hasher)
                                                .verifyCredentials(
                                                        "hanna@example.org",
                                                        "een heel nieuw wachtwoord")
                                                .map(Account::getId)))
                .contains(id);
    }

    @Test
    void aResetForAnUnknownAddressOrAnythingElseQueuesNothing() {
        long before = persistence.inTransaction(em -> new MailOutbox(em).countUnsent());

        for (String typed : new String[] {"onbekend@example.org", "onbekend", "", "<x>"}) {
            with(
                    l -> {
                        l.requestReset(typed);
                        return null;
                    });
        }

        assertThat((long) persistence.<Long>inTransaction(em -> new MailOutbox(em).countUnsent()))
                .isEqualTo(before);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPassword() {
        long id =
                with(l -> l.signUp(request("ivo@example.org", Language.NL)))
                        .newAccount()
                        .orElseThrow();

        assertThatThrownBy(
                        () ->
                                with(
                                        l -> {
                                            l.changePassword(
                                                    id, "wrong password!", "a new password here");
                                            return null;
                                        }))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("currentPassword");
        assertThatThrownBy(
                        () ->
                                with(
                                        l -> {
                                            l.changePassword(id, PASSWORD, "short");
                                            return null;
                                        }))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("newPassword");
        with(
                l -> {
                    l.changePassword(id, PASSWORD, "a new password here");
                    l.updateProfile(id, "Ivo Jansen", branchId, Language.EN, Set.of("gezondheid"));
                    return null;
                });

        Account read = persistence.inTransaction(em -> em.find(Account.class, id));
        assertThat(read.getDisplayName()).isEqualTo("Ivo Jansen");
        assertThat(read.getLanguage()).isEqualTo(Language.EN);
        assertThat(hasher.verify("a new password here", read.getPasswordHash())).isTrue();
    }

    // ---------------------------------------------------------------------------------------------

    private NewAccount request(String email, Language language) {
        return new NewAccount(email, "Fleur de Wit", PASSWORD, branchId, language);
    }

    private boolean login(String email) {
        return persistence.inTransaction(
                em ->
                        new AccountService(em, hasher)
                                .verifyCredentials(email, PASSWORD)
                                .isPresent());
    }

    private OutboxMail onlyMailTo(String recipient) {
        List<OutboxMail> mails = mailsTo(recipient);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private List<OutboxMail> mailsTo(String recipient) {
        return persistence.inTransaction(
                em ->
                        em.createQuery(
                                        "SELECT m FROM OutboxMail m WHERE LOWER(m.recipient) ="
                                                + " :r ORDER BY m.id",
                                        OutboxMail.class)
                                .setParameter("r", recipient.toLowerCase())
                                .getResultList());
    }

    private static String token(OutboxMail mail) {
        Matcher matcher = TOKEN.matcher(mail.getBodyText());
        assertThat(matcher.find()).as(mail.getBodyText()).isTrue();
        return matcher.group(1);
    }

    private <T> T with(Function<AccountLifecycle, T> work) {
        return persistence.inTransaction(
                (EntityManager em) -> {
                    AccountService accounts = new AccountService(em, hasher);
                    return work.apply(
                            new AccountLifecycle(em, accounts, hasher, new MailOutbox(em), BASE));
                });
    }
}
