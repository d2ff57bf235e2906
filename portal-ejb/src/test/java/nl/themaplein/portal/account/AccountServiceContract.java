package nl.themaplein.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Optional;
import java.util.function.Function;
import nl.themaplein.portal.error.DuplicateException;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.Organisation;
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
 * Accounts against a real database with the real PBKDF2 hash: creation, case-insensitive look-up,
 * login checks and roles, through the service and through the identity store Jakarta Security
 * calls.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccountServiceContract {

    private static final String PASSWORD = "correct horse battery";

    private TestPersistence persistence;
    private PasswordHasher hasher;
    private long branchId;
    private Organisation organisation;
    private Theme theme;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void open() {
        persistence = TestPersistence.open(kind(), "accounts");
        hasher = new PasswordHasher(new Pbkdf2PasswordHashImpl());
        hasher.initialise();

        persistence.inTransaction(
                em -> {
                    organisation = new Organisation("acc-org", "Bibliotheek Account", null);
                    Branch branch =
                            organisation.addBranch(
                                    new Branch("b", "B", "Markt 1", "4001 AA", "Tiel", "Tiel"));
                    theme = new Theme("acc-theme", null, 1);
                    theme.setName("Taal", "Language");
                    theme.setIntro("i", "i");
                    em.persist(organisation);
                    em.persist(theme);
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
    void anAccountKeepsTheAddressAsTypedAndOnlyAHashOfThePassword() {
        Account created = withAccounts(s -> s.create(request("Anna.de.Vries@Example.org")));

        Account read = withAccounts(s -> s.getAccount(created.getId()));

        assertThat(read.getEmail()).isEqualTo("Anna.de.Vries@Example.org");
        assertThat(read.getDisplayName()).isEqualTo("Anna de Vries");
        assertThat(read.getPasswordHash())
                .startsWith("PBKDF2WithHmacSHA256:600000:")
                .doesNotContain(PASSWORD);
        assertThat(read.getHomeBranch().getId()).isEqualTo(branchId);
        assertThat(read.getLanguage()).isEqualTo(Language.NL);
        assertThat(read.isConfirmed()).isFalse();
    }

    @Test
    void anAddressIsFoundWhateverItsCase() {
        withAccounts(s -> s.create(request("Bert@Example.org")));

        assertThat(find("bert@example.org")).isPresent();
        assertThat(find("  BERT@EXAMPLE.ORG ")).isPresent();
        assertThat(find("bert@example.net")).isEmpty();
        assertThat(find("not an address")).isEmpty();
    }

    @Test
    void aSecondAccountForTheSameAddressInAnotherCaseIsRefused() {
        withAccounts(s -> s.create(request("carla@example.org")));

        assertThatThrownBy(() -> withAccounts(s -> s.create(request("CARLA@example.org"))))
                .isInstanceOf(DuplicateException.class)
                .extracting(e -> ((DuplicateException) e).field())
                .isEqualTo("email");
    }

    @Test
    void anInternationalDomainIsKeptInItsAsciiFormAndFoundEitherWay() {
        Account created = withAccounts(s -> s.create(request("daan@bibliotheek-één.nl")));

        assertThat(created.getEmail()).isEqualTo("daan@xn--bibliotheek-n-mhba.nl");
        assertThat(find("DAAN@Bibliotheek-Één.nl")).isPresent();
    }

    @Test
    void whatIsNotAnAddressIsRefusedWithAMessage() {
        for (String bad :
                new String[] {
                    "",
                    "anna",
                    "@example.org",
                    "anna@",
                    "an na@example.org",
                    "<script>@example.org",
                    "anna@exa mple.org",
                    "anna@example.org\n"
                }) {
            assertThatThrownBy(() -> withAccounts(s -> s.create(request(bad))))
                    .as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).field())
                    .isEqualTo("email");
        }
    }

    @Test
    void aDisplayNameWithMarkupOrAShortPasswordIsRefused() {
        NewAccount markup =
                new NewAccount("eva@example.org", "<b>Eva</b>", PASSWORD, branchId, Language.EN);
        NewAccount shortPassword =
                new NewAccount("eva@example.org", "Eva", "kort", branchId, Language.EN);

        assertThatThrownBy(() -> withAccounts(s -> s.create(markup)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(Messages.NAME_CHARACTERS));
        assertThatThrownBy(() -> withAccounts(s -> s.create(shortPassword)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(find("eva@example.org")).isEmpty();
    }

    @Test
    void aPasswordWithControlCharactersIsRefused() {
        for (String bad :
                new String[] {PASSWORD + "\u0000", "geheim\tgeheim12", PASSWORD + "\u0085"}) {
            NewAccount request =
                    new NewAccount("nul@example.org", "Nul", bad, branchId, Language.NL);
            assertThatThrownBy(() -> withAccounts(s -> s.create(request)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> {
                                assertThat(e.field()).isEqualTo("password");
                                assertThat(e.messageKey())
                                        .isEqualTo(AccountService.PASSWORD_CONTROL);
                            });
        }
        assertThat(find("nul@example.org")).isEmpty();
    }

    @Test
    void bidirectionalControlsAreRemovedFromNames() {
        NewAccount request =
                new NewAccount(
                        "fatima@example.org",
                        "Fatima\u202E el Amrani",
                        PASSWORD,
                        null,
                        Language.NL);

        Account created = withAccounts(s -> s.create(request));

        assertThat(created.getDisplayName()).isEqualTo("Fatima el Amrani");
    }

    @Test
    void onlyAConfirmedAccountWithTheRightPasswordLogsIn() {
        Account account = withAccounts(s -> s.create(request("gijs@example.org")));

        assertThat(login("gijs@example.org", PASSWORD)).as("not yet confirmed").isEmpty();

        withAccounts(
                s -> {
                    s.confirm(account.getId());
                    return null;
                });

        assertThat(login("GIJS@example.org", PASSWORD)).isPresent();
        assertThat(login("gijs@example.org", "wrong password!")).isEmpty();
        assertThat(login("nobody@example.org", PASSWORD)).isEmpty();
    }

    @Test
    void theIdentityStoreNamesTheCallerByIdAndGivesTheRolesAsGroups() {
        Account account = withAccounts(s -> s.create(request("hanna@example.org")));
        withAccounts(
                s -> {
                    s.confirm(account.getId());
                    s.grant(account.getId(), organisation, Role.MEMBER, null);
                    s.grant(account.getId(), organisation, Role.CURATOR, theme);
                    return s.grant(account.getId(), organisation, Role.MEMBER, null);
                });

        CredentialValidationResult valid =
                withStore(
                        store ->
                                store.validate(
                                        new UsernamePasswordCredential(
                                                "Hanna@Example.org", PASSWORD)));
        CredentialValidationResult wrong =
                withStore(
                        store ->
                                store.validate(
                                        new UsernamePasswordCredential(
                                                "hanna@example.org", "not the password")));
        CredentialValidationResult unknown =
                withStore(
                        store ->
                                store.validate(
                                        new UsernamePasswordCredential(
                                                "nobody@example.org", PASSWORD)));

        assertThat(valid.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(valid.getCallerPrincipal().getName()).isEqualTo(String.valueOf(account.getId()));
        assertThat(valid.getCallerGroups()).containsExactlyInAnyOrder("MEMBER", "CURATOR");
        assertThat(wrong.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(unknown.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void aCuratorNamesAThemeAndNoOtherRoleDoes() {
        Account account = withAccounts(s -> s.create(request("ivo@example.org")));

        assertThatThrownBy(
                        () ->
                                withAccounts(
                                        s ->
                                                s.grant(
                                                        account.getId(),
                                                        organisation,
                                                        Role.CURATOR,
                                                        null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(Messages.CURATOR_NEEDS_THEME));
        assertThatThrownBy(
                        () ->
                                withAccounts(
                                        s ->
                                                s.grant(
                                                        account.getId(),
                                                        organisation,
                                                        Role.STAFF,
                                                        theme)))
                .isInstanceOf(InvalidInputException.class);
    }

    private Optional<Account> find(String email) {
        return withAccounts(s -> s.findByEmail(email));
    }

    private Optional<Account> login(String email, String password) {
        return withAccounts(s -> s.verifyCredentials(email, password));
    }

    private NewAccount request(String email) {
        return new NewAccount(email, "Anna de Vries", PASSWORD, branchId, Language.NL);
    }

    private <T> T withAccounts(Function<AccountService, T> work) {
        return persistence.inTransaction(
                (EntityManager em) -> work.apply(new AccountService(em, hasher)));
    }

    private <T> T withStore(Function<AccountIdentityStore, T> work) {
        return withAccounts(accounts -> work.apply(new AccountIdentityStore(accounts)));
    }
}
