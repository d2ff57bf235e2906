package nl.themaplein.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.testing.TestDatabase;
import nl.themaplein.portal.testing.TestPersistence;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.Theme;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the API of slice D keeps in the database, against a real one: tokens stored only as hashes,
 * working until they expire or are revoked, gone with their account; and an account changing its
 * own profile and themes through {@link MeService}, refused field by field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiAccessContract {

    private TestPersistence persistence;
    private PasswordHasher hasher;
    private Organisation own;
    private Organisation other;
    private long accountId;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void open() {
        persistence = TestPersistence.open(kind(), "api_access");
        hasher = new PasswordHasher(new Pbkdf2PasswordHashImpl());
        hasher.initialise();

        persistence.inTransaction(
                em -> {
                    own = new Organisation("own-org", "Bibliotheek Eigen", null);
                    own.addBranch(new Branch("tiel", "Tiel", "Markt 1", "4001 AA", "Tiel", "Tiel"));
                    other = new Organisation("other-org", "Bibliotheek Ander", null);
                    other.addBranch(
                            new Branch(
                                    "kust", "Kust", "Dijk 2", "1901 AB", "Castricum", "Castricum"));
                    em.persist(own);
                    em.persist(other);
                    em.persist(theme("taal", null, 1, "Taal", "Language"));
                    em.persist(theme("geld", null, 2, "Geld en werk", "Money and work"));
                    em.persist(theme("eigen-thema", own, 3, "Eigen", "Own"));
                    em.persist(theme("ander-thema", other, 4, "Ander", "Other"));
                    return null;
                });
        long branchId =
                persistence.inTransaction(
                        em ->
                                em.createNamedQuery(Branch.FIND_BY_CODE, Branch.class)
                                        .setParameter("organisation", "own-org")
                                        .setParameter("code", "tiel")
                                        .getSingleResult()
                                        .getId());
        accountId =
                persistence.inTransaction(
                        em -> {
                            AccountService accounts = new AccountService(em, hasher);
                            Account account =
                                    accounts.create(
                                            new NewAccount(
                                                    "me@example.org",
                                                    "Anna de Vries",
                                                    "correct horse battery",
                                                    branchId,
                                                    Language.NL));
                            accounts.confirm(account.getId());
                            accounts.grant(account.getId(), own, Role.MEMBER, null);
                            return account.getId();
                        });
    }

    @AfterAll
    void close() throws Exception {
        if (persistence != null) {
            persistence.close();
        }
    }

    // Tokens

    @Test
    void aTokenIsStoredOnlyAsItsHashAndNamesItsAccountAndRoles() throws SQLException {
        ApiTokenService.IssuedToken issued = withTokens(t -> t.issue(accountId));

        assertThat(issued.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(Duration.between(Instant.now(), issued.expiresAt()))
                .isBetween(ApiTokenService.LIFETIME.minusMinutes(1), ApiTokenService.LIFETIME);
        assertThat(storedHashes()).contains(ApiTokenService.hash(issued.token()));
        assertThat(storedHashes()).doesNotContain(issued.token());
        assertThat(ApiTokenService.hash(issued.token())).hasSize(64).matches("[0-9a-f]{64}");

        ApiTokenService.TokenCaller caller =
                withTokens(t -> t.authenticate(issued.token())).orElseThrow();
        assertThat(caller.accountId()).isEqualTo(accountId);
        assertThat(caller.groups()).containsExactly("MEMBER");
        assertThat(lastUsed(issued.token())).isNotNull();
    }

    @Test
    void twoTokensDifferAndAWrongOrMisshapenTokenNamesNobody() {
        String first = withTokens(t -> t.issue(accountId)).token();
        String second = withTokens(t -> t.issue(accountId)).token();
        assertThat(first).isNotEqualTo(second);

        char last = first.charAt(first.length() - 1);
        String changed = first.substring(0, first.length() - 1) + (last == 'A' ? 'B' : 'A');
        for (String wrong : new String[] {changed, "", "x", first + "A", first.replace('A', '%')}) {
            if (!wrong.equals(first)) {
                assertThat(auth(wrong)).as(wrong).isEmpty();
            }
        }
        assertThat(auth(null)).isEmpty();
    }

    @Test
    void anExpiredTokenNoLongerWorksAndIsCleanedUp() {
        Instant longAgo = Instant.now().minus(ApiTokenService.LIFETIME).minusSeconds(5);
        String token = withTokens(t -> t.issue(accountId, longAgo)).token();

        assertThat(auth(token)).isEmpty();
        assertThat(authAt(token, longAgo.plusSeconds(60))).isPresent();

        assertThat(withTokens(ApiTokenService::deleteExpired).intValue()).isGreaterThanOrEqualTo(1);
        assertThat(withTokens(t -> t.find(token)).isPresent()).isFalse();
        assertThat(auth(token)).isEmpty();
    }

    @Test
    void aRevokedTokenNoLongerWorks() {
        String token = withTokens(t -> t.issue(accountId)).token();
        String kept = withTokens(t -> t.issue(accountId)).token();

        assertThat(revoke(token)).isTrue();
        assertThat(revoke(token)).as("twice").isFalse();

        assertThat(auth(token)).isEmpty();
        assertThat(auth(kept)).as("other tokens stay").isPresent();
    }

    @Test
    void theTokensOfAnAccountGoWithIt() throws SQLException {
        long gone =
                persistence.inTransaction(
                        em -> {
                            AccountService accounts = new AccountService(em, hasher);
                            return accounts.create(
                                            new NewAccount(
                                                    "gone@example.org",
                                                    "Weg Persoon",
                                                    "correct horse battery",
                                                    null,
                                                    Language.EN))
                                    .getId();
                        });
        String token = withTokens(t -> t.issue(gone)).token();

        try (Connection c = persistence.database().dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM account WHERE id = " + gone);
        }

        assertThat(storedHashes()).doesNotContain(ApiTokenService.hash(token));
        persistence.evictAll();
        assertThat(auth(token)).isEmpty();
    }

    // The account itself

    @Test
    void anAccountSeesItsProfileThemesAndRoles() {
        withMe(m -> m.followThemes(accountId, List.of("geld", "taal")));

        MeService.Me me = withMe(m -> m.me(accountId));

        assertThat(me.id()).isEqualTo(accountId);
        assertThat(me.email()).isEqualTo("me@example.org");
        assertThat(me.homeBranch())
                .isEqualTo(
                        new MeService.BranchView("tiel", "Tiel", "own-org", "Bibliotheek Eigen"));
        assertThat(me.themes())
                .extracting(MeService.ThemeView::code)
                .containsExactly("taal", "geld");
        assertThat(me.roles())
                .containsExactly(new MeService.RoleView("own-org", Role.MEMBER, null));
    }

    @Test
    void aProfileChangeIsStoredAndThemesAreNamedInTheNewLanguage() {
        withMe(m -> m.followThemes(accountId, List.of("geld")));
        withMe(
                m ->
                        m.update(
                                accountId,
                                new MeService.ProfileChange(
                                        "  Anna van Dijk ", "en", "other-org", "kust")));

        persistence.evictAll();
        MeService.Me me = withMe(m -> m.me(accountId));
        assertThat(me.displayName()).isEqualTo("Anna van Dijk");
        assertThat(me.language()).isEqualTo(Language.EN);
        assertThat(me.homeBranch().organisationCode()).isEqualTo("other-org");
        assertThat(me.themes()).containsExactly(new MeService.ThemeView("geld", "Money and work"));

        withMe(
                m ->
                        m.update(
                                accountId,
                                new MeService.ProfileChange(
                                        "Anna de Vries", "nl", "own-org", "tiel")));
    }

    @Test
    void aRefusedProfileChangeNamesTheFieldAndChangesNothing() {
        assertRefused(new MeService.ProfileChange(null, "nl", null, null), "displayName");
        assertRefused(new MeService.ProfileChange("<b>Anna</b>", "nl", null, null), "displayName");
        assertRefused(
                new MeService.ProfileChange("A".repeat(101), "nl", null, null), "displayName");
        assertRefused(new MeService.ProfileChange("Anna", "de", null, null), "language");
        assertRefused(new MeService.ProfileChange("Anna", null, null, null), "language");
        assertRefused(
                new MeService.ProfileChange("Anna", "nl", "own-org", "nergens"), "homeBranch");
        assertRefused(new MeService.ProfileChange("Anna", "nl", null, "tiel"), "homeBranch");

        persistence.evictAll();
        assertThat(withMe(m -> m.me(accountId)).displayName()).isEqualTo("Anna de Vries");
    }

    @Test
    void onlyThemesTheAccountMaySeeCanBeFollowed() {
        withMe(m -> m.followThemes(accountId, List.of("eigen-thema", "taal")));

        for (List<String> bad :
                List.of(
                        List.of("taal", "bestaat-niet"),
                        List.of("ander-thema"),
                        List.of("x".repeat(61)))) {
            assertThatThrownBy(() -> withMe(m -> m.followThemes(accountId, bad)))
                    .as(bad.toString())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("themes"));
        }
        persistence.evictAll();
        assertThat(withMe(m -> m.me(accountId)).themes())
                .extracting(MeService.ThemeView::code)
                .containsExactly("taal", "eigen-thema");

        withMe(m -> m.followThemes(accountId, List.of()));
        assertThat(withMe(m -> m.me(accountId)).themes()).isEmpty();
    }

    private void assertRefused(MeService.ProfileChange change, String field) {
        assertThatThrownBy(() -> withMe(m -> m.update(accountId, change)))
                .as(change.toString())
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static Theme theme(String code, Organisation owner, int order, String nl, String en) {
        Theme theme = new Theme(code, owner, order);
        theme.setName(nl, en);
        theme.setIntro("i", "i");
        return theme;
    }

    private List<String> storedHashes() throws SQLException {
        try (Connection c = persistence.database().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT token_hash FROM api_token")) {
            List<String> hashes = new java.util.ArrayList<>();
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
            return hashes;
        }
    }

    private Object lastUsed(String token) throws SQLException {
        try (Connection c = persistence.database().dataSource().getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT last_used_at FROM api_token WHERE token_hash = ?")) {
            s.setString(1, ApiTokenService.hash(token));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getObject(1);
            }
        }
    }

    private java.util.Optional<ApiTokenService.TokenCaller> auth(String token) {
        return withTokens(t -> t.authenticate(token));
    }

    private java.util.Optional<ApiTokenService.TokenCaller> authAt(String token, Instant at) {
        return withTokens(t -> t.authenticate(token, at));
    }

    private boolean revoke(String token) {
        return withTokens(t -> t.revoke(token));
    }

    private <T> T withTokens(Function<ApiTokenService, T> work) {
        return persistence.inTransaction((EntityManager em) -> work.apply(new ApiTokenService(em)));
    }

    private <T> T withMe(Function<MeService, T> work) {
        return persistence.inTransaction((EntityManager em) -> work.apply(new MeService(em)));
    }
}
