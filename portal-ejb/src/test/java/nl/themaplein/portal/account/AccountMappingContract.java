package nl.themaplein.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.testing.TestDatabase;
import nl.themaplein.portal.testing.TestPersistence;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An account with roles, interests and its moments written through JPA and read back from the
 * database with the cache evicted: the account mappings and the schema must agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccountMappingContract {

    private static final Instant CREATED = Instant.parse("2026-03-29T00:30:00.123456Z");

    private TestPersistence persistence;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void open() {
        persistence = TestPersistence.open(kind(), "accountmapping");
    }

    @AfterAll
    void close() throws Exception {
        persistence.close();
    }

    @Test
    void anAccountComesBackWithItsMomentsRolesAndInterests() {
        long id =
                persistence.inTransaction(
                        em -> {
                            Organisation organisation = new Organisation("map-org", "Map", null);
                            Branch branch =
                                    organisation.addBranch(
                                            new Branch("b", "B", "S 1", "1000 AA", "P", "M"));
                            Theme theme = new Theme("map-theme", null, 1);
                            theme.setName("Taal", "Language");
                            theme.setIntro("i", "i");
                            em.persist(organisation);
                            em.persist(theme);

                            Account account =
                                    new Account(
                                            EmailAddress.parse("email", "Map@Example.org"),
                                            "Map Test",
                                            "hash",
                                            branch,
                                            Language.EN,
                                            CREATED);
                            account.confirm(CREATED.plusSeconds(60));
                            account.grant(organisation, Role.MEMBER, null, CREATED);
                            account.grant(organisation, Role.CURATOR, theme, CREATED);
                            account.setInterests(java.util.Set.of(theme));
                            em.persist(account);
                            em.flush();
                            return account.getId();
                        });
        persistence.evictAll();

        Account read =
                persistence.inTransaction(
                        em -> {
                            Account a = em.find(Account.class, id);
                            a.getRoles().forEach(r -> r.getTheme());
                            a.getInterests().size();
                            return a;
                        });

        assertThat(read.getEmail()).isEqualTo("Map@Example.org");
        assertThat(read.getLanguage()).isEqualTo(Language.EN);
        assertThat(read.getCreatedAt()).isEqualTo(CREATED.truncatedTo(ChronoUnit.MICROS));
        assertThat(read.getConfirmedAt()).isEqualTo(CREATED.plusSeconds(60));
        assertThat(read.groups()).containsExactly("CURATOR", "MEMBER");
        assertThat(read.getRoles())
                .filteredOn(r -> r.getRole() == Role.CURATOR)
                .singleElement()
                .satisfies(r -> assertThat(r.getTheme().getCode()).isEqualTo("map-theme"))
                .satisfies(r -> assertThat(r.getGrantedAt()).isEqualTo(CREATED));
        assertThat(read.getInterests()).extracting(Theme::getCode).containsExactly("map-theme");
        assertThat(read.getHomeBranch().getCode()).isEqualTo("b");
    }
}
