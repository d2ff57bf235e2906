package nl.themaplein.portal.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.themaplein.portal.account.AccountService;
import nl.themaplein.portal.account.NewAccount;
import nl.themaplein.portal.account.PasswordHasher;
import nl.themaplein.portal.account.Role;
import nl.themaplein.portal.testing.TestDatabase;
import nl.themaplein.portal.testing.TestPersistence;
import nl.themaplein.portal.text.Language;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Replacing the regular week of a branch through {@link LibraryService} against a real database:
 * the collection table is keyed on (branch, weekday, opening time), so a changed closing time must
 * not collide with the row it replaces.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LibraryWeekContract {

    private TestPersistence persistence;
    private long staffId;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void open() {
        persistence = TestPersistence.open(kind(), "week");
        PasswordHasher hasher = new PasswordHasher(new Pbkdf2PasswordHashImpl());
        hasher.initialise();
        staffId =
                persistence.inTransaction(
                        em -> {
                            Organisation organisation =
                                    new Organisation("week-org", "Bibliotheek Week", null);
                            Branch branch =
                                    organisation.addBranch(
                                            new Branch(
                                                    "hk",
                                                    "Heemskerk",
                                                    "Markt 1",
                                                    "1961 AA",
                                                    "Heemskerk",
                                                    "Heemskerk"));
                            em.persist(organisation);
                            em.flush();
                            AccountService accounts = new AccountService(em, hasher);
                            long id =
                                    accounts.create(
                                                    new NewAccount(
                                                            "week.staff@example.org",
                                                            "Week Staff",
                                                            "correct horse battery",
                                                            branch.getId(),
                                                            Language.NL))
                                            .getId();
                            accounts.grant(id, organisation, Role.STAFF, null);
                            return id;
                        });
    }

    @AfterAll
    void close() throws Exception {
        persistence.close();
    }

    @Test
    void onlyTheClosingTimeChangesAndTheWeekIsReplacedInOneTransaction() {
        withLibraries(
                s ->
                        s.setWeek(
                                staffId,
                                "week-org",
                                "hk",
                                Map.of(
                                        DayOfWeek.MONDAY,
                                        List.of(new LibraryInput.Interval("10:00", "17:00")),
                                        DayOfWeek.WEDNESDAY,
                                        List.of(
                                                new LibraryInput.Interval("10:00", "17:00"),
                                                new LibraryInput.Interval("19:00", "21:00")))));
        persistence.evictAll();

        withLibraries(
                s ->
                        s.setWeek(
                                staffId,
                                "week-org",
                                "hk",
                                Map.of(
                                        DayOfWeek.MONDAY,
                                        List.of(new LibraryInput.Interval("10:00", "17:00")),
                                        DayOfWeek.WEDNESDAY,
                                        List.of(
                                                new LibraryInput.Interval("10:00", "16:00"),
                                                new LibraryInput.Interval("19:00", "21:30")))));
        persistence.evictAll();

        List<String> read =
                withLibraries(
                        s ->
                                s.getBranch("week-org", "hk").getOpeningHours().stream()
                                        .map(WeeklyOpening::toString)
                                        .toList());
        assertThat(read)
                .containsExactly(
                        new WeeklyOpening(DayOfWeek.MONDAY, TimeRange.of("10:00", "17:00"))
                                .toString(),
                        new WeeklyOpening(DayOfWeek.WEDNESDAY, TimeRange.of("10:00", "16:00"))
                                .toString(),
                        new WeeklyOpening(DayOfWeek.WEDNESDAY, TimeRange.of("19:00", "21:30"))
                                .toString());
    }

    private <T> T withLibraries(Function<LibraryService, T> work) {
        return persistence.inTransaction(em -> work.apply(new LibraryService(em)));
    }
}
