package nl.themaplein.portal.setup.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.Facility;
import nl.themaplein.portal.library.OpeningException;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.library.Room;
import nl.themaplein.portal.library.TimeRange;

/**
 * Two invented library organisations with branches in real Dutch municipalities: opening hours with
 * evenings and closed days, rooms, and the holidays of this year and the next. Names and addresses
 * are made up for the demo.
 */
final class DemoLibraries {

    static final String LINGESTROOM = "lingestroom";
    static final String DUINRAND = "duinrand";

    private DemoLibraries() {}

    /** The organisations with their branches, hours and rooms, not yet saved. */
    static List<Organisation> organisations() {
        return List.of(lingestroom(), duinrand());
    }

    private static Organisation lingestroom() {
        Organisation organisation =
                new Organisation(
                        LINGESTROOM, "Bibliotheek Lingestroom", "https://lingestroom.example.org");

        Branch tiel =
                organisation.addBranch(
                        new Branch(
                                "tiel",
                                "Bibliotheek Tiel",
                                "Stationsplein 3",
                                "4001 BZ",
                                "Tiel",
                                "Tiel"));
        hours(tiel, MONDAY, "13:00-17:00");
        hours(tiel, TUESDAY, "10:00-17:00", "18:30-21:00");
        hours(tiel, WEDNESDAY, "10:00-17:00");
        hours(tiel, THURSDAY, "10:00-21:00");
        hours(tiel, FRIDAY, "10:00-17:00");
        hours(tiel, SATURDAY, "10:00-16:00");
        room(
                tiel,
                "Grote zaal",
                80,
                true,
                true,
                null,
                null,
                Facility.PROJECTOR,
                Facility.LARGE_SCREEN,
                Facility.SOUND_SYSTEM,
                Facility.WIFI);
        room(
                tiel,
                "Digicafé",
                16,
                true,
                false,
                null,
                null,
                Facility.COMPUTERS,
                Facility.PROJECTOR,
                Facility.WIFI);
        room(tiel, "Leesstudio", 10, true, false, null, null, Facility.WHITEBOARD, Facility.WIFI);

        Branch culemborg =
                organisation.addBranch(
                        new Branch(
                                "culemborg",
                                "Bibliotheek Culemborg",
                                "Markt 14",
                                "4101 BW",
                                "Culemborg",
                                "Culemborg"));
        hours(culemborg, TUESDAY, "13:00-17:00", "18:30-20:30");
        hours(culemborg, WEDNESDAY, "10:00-17:00");
        hours(culemborg, THURSDAY, "13:00-17:00");
        hours(culemborg, FRIDAY, "10:00-17:00");
        hours(culemborg, SATURDAY, "10:00-14:00");
        room(
                culemborg,
                "Makerplaats",
                12,
                true,
                false,
                "Drempel van 3 cm bij de zijingang; gebruik de hoofdingang.",
                "A 3 cm step at the side entrance; please use the main entrance.",
                Facility.MAKER_TOOLS,
                Facility.COMPUTERS,
                Facility.WIFI);
        room(
                culemborg,
                "Vergaderkamer",
                8,
                true,
                false,
                null,
                null,
                Facility.LARGE_SCREEN,
                Facility.WIFI);

        Branch geldermalsen =
                organisation.addBranch(
                        new Branch(
                                "geldermalsen",
                                "Bibliotheek Geldermalsen",
                                "Kerkstraat 21",
                                "4191 AB",
                                "Geldermalsen",
                                "West Betuwe"));
        hours(geldermalsen, TUESDAY, "14:00-17:00");
        hours(geldermalsen, WEDNESDAY, "14:00-17:00", "18:30-20:30");
        hours(geldermalsen, THURSDAY, "14:00-17:00");
        hours(geldermalsen, FRIDAY, "14:00-17:00");
        hours(geldermalsen, SATURDAY, "10:00-13:00");
        room(
                geldermalsen,
                "Ontmoetingsruimte",
                25,
                false,
                false,
                "Op de eerste verdieping, zonder lift.",
                "On the first floor, without a lift.",
                Facility.KITCHENETTE,
                Facility.WIFI);
        return organisation;
    }

    private static Organisation duinrand() {
        Organisation organisation =
                new Organisation(DUINRAND, "Bibliotheek Duinrand", "https://duinrand.example.org");

        Branch castricum =
                organisation.addBranch(
                        new Branch(
                                "castricum",
                                "Bibliotheek Castricum",
                                "Dorpsstraat 30",
                                "1901 EJ",
                                "Castricum",
                                "Castricum"));
        hours(castricum, TUESDAY, "10:00-17:00");
        hours(castricum, WEDNESDAY, "10:00-17:00");
        hours(castricum, THURSDAY, "10:00-17:00", "18:30-21:00");
        hours(castricum, FRIDAY, "10:00-17:00");
        hours(castricum, SATURDAY, "10:00-16:00");
        hours(castricum, SUNDAY, "12:00-16:00");
        room(
                castricum,
                "Theaterzaal",
                60,
                true,
                true,
                null,
                null,
                Facility.PROJECTOR,
                Facility.LARGE_SCREEN,
                Facility.SOUND_SYSTEM,
                Facility.WIFI);
        room(
                castricum,
                "Taalhuis",
                10,
                true,
                true,
                null,
                null,
                Facility.WHITEBOARD,
                Facility.COMPUTERS);

        Branch heemskerk =
                organisation.addBranch(
                        new Branch(
                                "heemskerk",
                                "Bibliotheek Heemskerk",
                                "Marktplein 5",
                                "1962 AB",
                                "Heemskerk",
                                "Heemskerk"));
        hours(heemskerk, TUESDAY, "10:00-17:00", "18:30-21:00");
        hours(heemskerk, WEDNESDAY, "10:00-17:00");
        hours(heemskerk, THURSDAY, "10:00-17:00");
        hours(heemskerk, FRIDAY, "10:00-17:00");
        hours(heemskerk, SATURDAY, "10:00-16:00");
        room(
                heemskerk,
                "Workshopruimte",
                20,
                true,
                false,
                null,
                null,
                Facility.KITCHENETTE,
                Facility.WHITEBOARD,
                Facility.WIFI);
        return organisation;
    }

    /**
     * The public holidays (closed) and short days of this year and the next, from {@code today} on,
     * for every branch that would otherwise be open on that date.
     */
    static List<OpeningException> holidays(Branch branch, LocalDate today) {
        List<OpeningException> exceptions = new ArrayList<>();
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
            if (kingsDay.getDayOfWeek() == SUNDAY) {
                kingsDay = kingsDay.minusDays(1);
            }
            add(exceptions, branch, today, kingsDay, "Koningsdag", "King's Day");
            add(
                    exceptions,
                    branch,
                    today,
                    LocalDate.of(year, 12, 24),
                    "Kerstavond",
                    "Christmas Eve",
                    "10:00-16:00");
            add(
                    exceptions,
                    branch,
                    today,
                    LocalDate.of(year, 12, 25),
                    "Eerste Kerstdag",
                    "Christmas Day");
            add(
                    exceptions,
                    branch,
                    today,
                    LocalDate.of(year, 12, 26),
                    "Tweede Kerstdag",
                    "Boxing Day");
            add(
                    exceptions,
                    branch,
                    today,
                    LocalDate.of(year, 12, 31),
                    "Oudejaarsdag",
                    "New Year's Eve",
                    "10:00-16:00");
            add(
                    exceptions,
                    branch,
                    today,
                    LocalDate.of(year, 1, 1),
                    "Nieuwjaarsdag",
                    "New Year's Day");
        }
        return exceptions;
    }

    private static void add(
            List<OpeningException> exceptions,
            Branch branch,
            LocalDate today,
            LocalDate date,
            String reasonNl,
            String reasonEn,
            String... intervals) {
        boolean usuallyOpen =
                branch.getOpeningHours().stream()
                        .anyMatch(o -> o.getWeekday() == date.getDayOfWeek());
        if (date.isBefore(today) || !usuallyOpen) {
            return;
        }
        exceptions.add(new OpeningException(branch, date, reasonNl, reasonEn, ranges(intervals)));
    }

    private static void hours(Branch branch, DayOfWeek day, String... intervals) {
        branch.setOpeningHours(day, ranges(intervals));
    }

    private static List<TimeRange> ranges(String... intervals) {
        return java.util.Arrays.stream(intervals)
                .map(i -> i.split("-"))
                .map(p -> TimeRange.of(p[0], p[1]))
                .toList();
    }

    private static void room(
            Branch branch,
            String name,
            int capacity,
            boolean wheelchairAccessible,
            boolean hearingLoop,
            String accessibilityNl,
            String accessibilityEn,
            Facility... facilities) {
        Room room = branch.addRoom(new Room(name, capacity, wheelchairAccessible, hearingLoop));
        room.setFacilities(Set.of(facilities));
        room.setAccessibility(accessibilityNl, accessibilityEn);
    }
}
