package nl.themaplein.portal.setup.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.themaplein.portal.account.Account;
import nl.themaplein.portal.account.AccountService;
import nl.themaplein.portal.account.PasswordHasher;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.LibraryService;
import nl.themaplein.portal.library.OpeningHours;
import nl.themaplein.portal.library.OpeningStatus;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.library.WeeklyOpening;
import nl.themaplein.portal.testing.TestDatabase;
import nl.themaplein.portal.testing.TestPersistence;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.Theme;
import nl.themaplein.portal.theme.ThemeService;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo content written into a fresh database through the real services: what issue 2 promises
 * (two organisations, branches with evening hours and a closed day, holidays, rooms, the themes in
 * two languages, demo accounts that can log in) and that a second run writes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoDatabaseContract {

    /** A Monday early in December: the Christmas days are ahead. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private TestPersistence persistence;
    private PasswordHasher hasher;
    private DemoDatabase.Summary first;
    private DemoDatabase.Summary second;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void fillTwice() {
        persistence = TestPersistence.open(kind(), "demo");
        hasher = new PasswordHasher(new Pbkdf2PasswordHashImpl());
        hasher.initialise();

        first = inDemo(demo -> demo.fillIfEmpty(TODAY));
        second = inDemo(demo -> demo.fillIfEmpty(TODAY));
        persistence.evictAll();
    }

    @AfterAll
    void close() throws Exception {
        persistence.close();
    }

    @Test
    void aSecondRunWritesNothing() {
        assertThat(first.organisations()).isEqualTo(2);
        assertThat(second).isEqualTo(new DemoDatabase.Summary(0, 0, 0, 0, 0));
        long organisations = with(em -> new LibraryService(em).countOrganisations());
        assertThat(organisations).isEqualTo(2L);
    }

    @Test
    void twoOrganisationsWithTwoOrThreeBranchesInRealMunicipalities() {
        List<Organisation> organisations =
                with(em -> loaded(new LibraryService(em).organisations()));

        assertThat(organisations)
                .extracting(Organisation::getName)
                .containsExactly("Bibliotheek Duinrand", "Bibliotheek Lingestroom");
        assertThat(organisations).allSatisfy(o -> assertThat(o.getBranches()).hasSizeBetween(2, 3));
        assertThat(
                        organisations.stream()
                                .flatMap(o -> o.getBranches().stream())
                                .map(Branch::getMunicipality))
                .containsExactlyInAnyOrder(
                        "Castricum", "Heemskerk", "Culemborg", "Tiel", "West Betuwe");
        assertThat(organisations.stream().flatMap(o -> o.getBranches().stream()))
                .allSatisfy(b -> assertThat(b.getRooms()).isNotEmpty());
    }

    @Test
    void theOrganisationsPageLoadsInAFixedNumberOfStatements() {
        persistence.evictAll();
        persistence.statements().reset();

        List<Organisation> organisations =
                with(em -> loaded(new LibraryService(em).organisations()));
        long statements = persistence.statements().count();

        // One statement each for organisations, branches, hours, rooms and room facilities (C29):
        // the count does not grow with the 5 branches and 9 rooms.
        assertThat(organisations).hasSize(2);
        assertThat(statements).isEqualTo(5);
    }

    @Test
    void everyBranchOpensInTheEveningAndHasAClosedDay() {
        List<Branch> branches =
                with(em -> loaded(new LibraryService(em).organisations())).stream()
                        .flatMap(o -> o.getBranches().stream())
                        .toList();

        for (Branch branch : branches) {
            assertThat(branch.getOpeningHours())
                    .as(branch.getCode())
                    .anyMatch(o -> o.getHours().getClosesAt().isAfter(OpeningHours.EVENING));
            assertThat(DayOfWeek.values())
                    .as(branch.getCode() + " closed on some weekday")
                    .anyMatch(
                            day ->
                                    branch.getOpeningHours().stream()
                                            .map(WeeklyOpening::getWeekday)
                                            .noneMatch(day::equals));
        }
    }

    @Test
    void christmasDayClosesTheBranchAndSaysWhy() {
        // Tiel opens on Fridays and Saturdays; 25 and 26 December 2026 are a Friday and a Saturday,
        // both closed, so it opens next on Monday the 28th.
        Instant christmasNoon =
                LocalDate.of(2026, 12, 25)
                        .atTime(LocalTime.NOON)
                        .atZone(OpeningHours.ZONE)
                        .toInstant();

        OpeningStatus status =
                with(
                        em -> {
                            LibraryService libraries = new LibraryService(em);
                            return libraries.openingStatus(
                                    libraries.getBranch("lingestroom", "tiel").getId(),
                                    christmasNoon);
                        });

        assertThat(first.exceptions()).isPositive();
        assertThat(status.openNow()).isFalse();
        assertThat(status.specialDayReason(Language.NL)).contains("Eerste Kerstdag");
        assertThat(status.specialDayReason(Language.EN)).contains("Christmas Day");
        assertThat(status.nextOpening().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void theSharedThemesSpeakBothLanguagesAndEachOrganisationAddsOne() {
        List<Theme> shared = with(em -> new ThemeService(em).sharedThemes());
        List<Theme> duinrand =
                with(
                        em ->
                                new ThemeService(em)
                                        .themesOf(
                                                new LibraryService(em)
                                                        .getOrganisation("duinrand")));

        assertThat(shared)
                .extracting(Theme::getCode)
                .startsWith(
                        "digitale-vaardigheden",
                        "gezondheid",
                        "geld-en-werk",
                        "opvoeden",
                        "taal",
                        "cultuur-en-creativiteit",
                        "duurzaamheid");
        assertThat(duinrand)
                .hasSize(shared.size() + 1)
                .extracting(Theme::getCode)
                .contains("kust-en-natuur")
                .doesNotContain("erfgoed-aan-de-rivier");
        for (Theme theme : duinrand) {
            for (Language language : Language.values()) {
                assertThat(theme.getName(language)).isNotBlank();
                assertThat(theme.getIntro(language))
                        .isNotBlank()
                        .doesNotContainPattern("(?i)\\b(leer|leren|learn|lifelong|levenslang)");
            }
        }
        assertThat(duinrand.getFirst().getName(Language.EN)).isEqualTo("Digital skills");
    }

    @Test
    void everyDemoAccountLogsInWithThePublishedPasswordAndHasItsRoles() {
        for (String email : DemoAccounts.emails()) {
            Optional<Account> login =
                    with(
                            em ->
                                    new AccountService(em, hasher)
                                            .verifyCredentials(email, DemoAccounts.PASSWORD));
            assertThat(login).as(email).isPresent();
        }

        Account admin = with(em -> new AccountService(em, hasher).getByEmail("beheer@example.org"));
        Account curator =
                with(em -> new AccountService(em, hasher).getByEmail("curator@example.org"));
        Account member =
                with(
                        em -> {
                            Account a =
                                    new AccountService(em, hasher).getByEmail("member@example.org");
                            a.getInterests().size();
                            return a;
                        });

        assertThat(admin.groups()).containsExactly("ADMIN");
        assertThat(curator.groups()).containsExactlyInAnyOrder("MEMBER", "CURATOR");
        assertThat(member.getLanguage()).isEqualTo(Language.EN);
        assertThat(member.getInterests())
                .extracting(Theme::getCode)
                .containsExactlyInAnyOrder("duurzaamheid", "kust-en-natuur");
    }

    private static List<Organisation> loaded(List<Organisation> organisations) {
        organisations.forEach(
                o ->
                        o.getBranches()
                                .forEach(
                                        b -> {
                                            b.getOpeningHours();
                                            b.getRooms().size();
                                        }));
        return organisations;
    }

    private <T> T with(Function<EntityManager, T> work) {
        return persistence.inTransaction(work);
    }

    private DemoDatabase.Summary inDemo(Function<DemoDatabase, DemoDatabase.Summary> work) {
        return persistence.inTransaction(
                em ->
                        work.apply(
                                new DemoDatabase(
                                        new LibraryService(em),
                                        new ThemeService(em),
                                        new AccountService(em, hasher))));
    }
}
