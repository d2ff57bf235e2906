package nl.themaplein.portal.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.themaplein.portal.testing.TestDatabase;
import nl.themaplein.portal.testing.TestPersistence;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every library and theme entity written through JPA and read back from the database (cache
 * evicted), on the schema Flyway made: the mappings and the migrations must agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceMappingContract {

    private TestPersistence persistence;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void open() {
        persistence = TestPersistence.open(kind(), "mapping");
    }

    @AfterAll
    void close() throws Exception {
        persistence.close();
    }

    @Test
    void anOrganisationIsStoredWithBranchesHoursAndRooms() {
        long id =
                persistence.inTransaction(
                        em -> {
                            Organisation organisation =
                                    new Organisation(
                                            "test-org", "Bibliotheek Test", "https://example.org");
                            Branch branch =
                                    organisation.addBranch(
                                            new Branch(
                                                    "centrum", "Centrum", "Markt 1", "4001 AA",
                                                    "Tiel", "Tiel"));
                            branch.setOpeningHours(
                                    DayOfWeek.TUESDAY,
                                    List.of(
                                            TimeRange.of("18:30", "21:00"),
                                            TimeRange.of("10:00", "17:00")));
                            branch.setOpeningHours(
                                    DayOfWeek.SATURDAY, List.of(TimeRange.of("10:00", "16:00")));
                            Room room = branch.addRoom(new Room("Studio", 12, true, false));
                            room.setFacilities(Set.of(Facility.WIFI, Facility.PROJECTOR));
                            room.setAccessibility("Lift naast de balie", "Lift next to the desk");
                            em.persist(organisation);
                            return organisation.getId();
                        });
        persistence.evictAll();

        Organisation read =
                persistence.inTransaction(
                        em -> {
                            Organisation o = em.find(Organisation.class, id);
                            o.getBranches()
                                    .forEach(
                                            b -> {
                                                b.getOpeningHours();
                                                b.getRooms().forEach(Room::getFacilities);
                                            });
                            return o;
                        });

        assertThat(id).isPositive();
        assertThat(read.getName()).isEqualTo("Bibliotheek Test");
        Branch branch = read.getBranches().getFirst();
        assertThat(branch.getOrganisation().getCode()).isEqualTo("test-org");
        assertThat(branch.getOpeningHours())
                .containsExactly(
                        new WeeklyOpening(DayOfWeek.TUESDAY, TimeRange.of("10:00", "17:00")),
                        new WeeklyOpening(DayOfWeek.TUESDAY, TimeRange.of("18:30", "21:00")),
                        new WeeklyOpening(DayOfWeek.SATURDAY, TimeRange.of("10:00", "16:00")));
        Room room = branch.getRooms().getFirst();
        assertThat(room.getFacilities())
                .containsExactlyInAnyOrder(Facility.WIFI, Facility.PROJECTOR);
        assertThat(room.getAccessibility(Language.EN)).isEqualTo("Lift next to the desk");
        assertThat(room.isWheelchairAccessible()).isTrue();
    }

    @Test
    void anExceptionKeepsItsDateReasonAndHours() {
        LocalDate newYearsEve = LocalDate.of(2026, 12, 31);
        persistence.inTransaction(
                em -> {
                    Organisation organisation = new Organisation("exc-org", "Exc", null);
                    Branch branch =
                            organisation.addBranch(
                                    new Branch("b", "B", "S 1", "1000 AA", "P", "M"));
                    em.persist(organisation);
                    em.persist(
                            new OpeningException(
                                    branch,
                                    newYearsEve,
                                    "Oudejaarsdag",
                                    "New Year's Eve",
                                    List.of(TimeRange.of("10:00", "16:00"))));
                    em.persist(
                            new OpeningException(
                                    branch,
                                    newYearsEve.plusDays(1),
                                    "Nieuwjaarsdag",
                                    "New Year's Day",
                                    List.of()));
                    return null;
                });
        persistence.evictAll();

        List<OpeningException> read =
                persistence.inTransaction(
                        em ->
                                em.createQuery(
                                                "SELECT e FROM OpeningException e WHERE"
                                                        + " e.branch.organisation.code = 'exc-org'"
                                                        + " ORDER BY e.date",
                                                OpeningException.class)
                                        .getResultList());

        assertThat(read)
                .extracting(OpeningException::getDate)
                .containsExactly(newYearsEve, newYearsEve.plusDays(1));
        assertThat(read.get(0).getHours()).containsExactly(TimeRange.of("10:00", "16:00"));
        assertThat(read.get(0).getReason(Language.EN)).isEqualTo("New Year's Eve");
        assertThat(read.get(1).isClosedAllDay()).isTrue();
    }

    @Test
    void aThemeIsSharedOrOwnedAndSpeaksBothLanguages() {
        persistence.inTransaction(
                em -> {
                    Organisation owner = new Organisation("theme-org", "Owner", null);
                    em.persist(owner);
                    Theme shared = new Theme("gezondheid-test", null, 2);
                    shared.setName("Gezondheid", "Health");
                    shared.setIntro("Over je lijf", "About your body");
                    Theme owned = new Theme("kust-test", owner, 9);
                    owned.setName("Kust", "Coast");
                    owned.setIntro("Over de kust", "About the coast");
                    em.persist(shared);
                    em.persist(owned);
                    return null;
                });
        persistence.evictAll();

        List<Theme> read =
                persistence.inTransaction(
                        em ->
                                em.createQuery(
                                                "SELECT t FROM Theme t WHERE t.code LIKE '%-test'"
                                                        + " ORDER BY t.sortOrder",
                                                Theme.class)
                                        .getResultList());

        assertThat(read).extracting(Theme::getCode).containsExactly("gezondheid-test", "kust-test");
        assertThat(read.get(0).isShared()).isTrue();
        assertThat(read.get(0).getName(Language.EN)).isEqualTo("Health");
        assertThat(read.get(1).getOrganisation().getCode()).isEqualTo("theme-org");
        assertThat(read.get(1).getIntro(Language.NL)).isEqualTo("Over de kust");
    }

    @Test
    void sequencesHandOutPositiveIdsInBlocks() {
        List<Long> ids =
                persistence.inTransaction(
                        em -> {
                            List<Organisation> organisations =
                                    java.util.stream.IntStream.range(0, 60)
                                            .mapToObj(
                                                    i ->
                                                            new Organisation(
                                                                    "seq-" + i, "Seq " + i, null))
                                            .toList();
                            organisations.forEach(em::persist);
                            em.flush();
                            return organisations.stream().map(Organisation::getId).toList();
                        });

        // 60 ids need two blocks of 50: the sequence must be set up the way EclipseLink reads it.
        assertThat(ids).allMatch(id -> id > 0).doesNotHaveDuplicates();
    }
}
