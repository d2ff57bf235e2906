package nl.themaplein.portal.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.themaplein.portal.library.OpeningHours.SpecialDay;
import nl.themaplein.portal.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Opening hours of one branch: Monday closed, Tuesday and Thursday open in the morning and again in
 * the evening until 21:00, other weekdays 10:00–17:00, Saturday 10:00–16:00, Sunday closed.
 */
class OpeningHoursTest {

    private static final TimeRange DAY = TimeRange.of("10:00", "17:00");
    private static final TimeRange MORNING = TimeRange.of("09:30", "12:30");
    private static final TimeRange EVENING = TimeRange.of("18:30", "21:00");
    private static final TimeRange SATURDAY = TimeRange.of("10:00", "16:00");

    private static final LocalDate KINGS_DAY = LocalDate.of(2026, 4, 27); // a Monday
    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 24); // a Thursday

    private final OpeningHours hours =
            OpeningHours.of(
                    weekly(),
                    List.of(
                            new SpecialDay(
                                    CHRISTMAS,
                                    List.of(TimeRange.of("10:00", "15:00")),
                                    "Kerstavond",
                                    "Christmas Eve"),
                            new SpecialDay(
                                    CHRISTMAS.plusDays(1),
                                    List.of(),
                                    "Eerste Kerstdag",
                                    "Christmas Day")));

    @Test
    void openDuringAnIntervalAndClosedBetweenIntervals() {
        // Tuesday 1 December 2026 (CET, UTC+1)
        assertThat(hours.isOpenAt(at(2026, 12, 1, "09:30"))).isTrue();
        assertThat(hours.isOpenAt(at(2026, 12, 1, "12:29"))).isTrue();
        assertThat(hours.isOpenAt(at(2026, 12, 1, "12:30"))).isFalse();
        assertThat(hours.isOpenAt(at(2026, 12, 1, "15:00"))).isFalse();
        assertThat(hours.isOpenAt(at(2026, 12, 1, "20:59"))).isTrue();
        assertThat(hours.isOpenAt(at(2026, 12, 1, "21:00"))).isFalse();
    }

    @Test
    void anEveningOpeningIsReportedFromMorningUntilItEnds() {
        Instant tuesdayMorning = at(2026, 12, 1, "08:00");
        Instant tuesdayLate = at(2026, 12, 1, "20:30");
        Instant tuesdayAfterClosing = at(2026, 12, 1, "21:15");
        Instant wednesdayMorning = at(2026, 12, 2, "11:00");

        assertThat(hours.isOpenThisEvening(tuesdayMorning)).isTrue();
        assertThat(hours.isOpenThisEvening(tuesdayLate)).isTrue();
        assertThat(hours.isOpenThisEvening(tuesdayAfterClosing)).isFalse();
        assertThat(hours.isOpenThisEvening(wednesdayMorning)).isFalse();
    }

    @Test
    void aClosedWeekdayIsClosedAllDayAndPointsToTheNextOpening() {
        OpeningStatus monday = hours.statusAt(at(2026, 12, 7, "11:00"));

        assertThat(monday.openNow()).isFalse();
        assertThat(monday.todayHours()).isEmpty();
        assertThat(monday.openThisEvening()).isFalse();
        assertThat(monday.nextOpening()).isEqualTo(local(2026, 12, 8, "09:30"));
    }

    @Test
    void theStatusWhileOpenSaysWhenItCloses() {
        OpeningStatus status = hours.statusAt(at(2026, 12, 3, "19:00"));

        assertThat(status.openNow()).isTrue();
        assertThat(status.closesAt()).isEqualTo(LocalTime.of(21, 0));
        assertThat(status.nextOpening()).isNull();
        assertThat(status.todayHours()).containsExactly(MORNING, EVENING);
        assertThat(status.specialDay()).isNull();
    }

    @Test
    void aSpecialDayReplacesTheWeekdayHours() {
        // Christmas Eve is a Thursday: no evening opening, closes at 15:00.
        OpeningStatus eve = hours.statusAt(at(2026, 12, 24, "14:00"));

        assertThat(eve.openNow()).isTrue();
        assertThat(eve.closesAt()).isEqualTo(LocalTime.of(15, 0));
        assertThat(eve.openThisEvening()).isFalse();
        assertThat(eve.specialDayReason(Language.NL)).contains("Kerstavond");
        assertThat(eve.specialDayReason(Language.EN)).contains("Christmas Eve");
    }

    @Test
    void aClosedSpecialDayIsSkippedWhenLookingForTheNextOpening() {
        // Christmas Day (Friday) is closed; Saturday the 26th opens as usual.
        OpeningStatus status = hours.statusAt(at(2026, 12, 24, "16:00"));

        assertThat(status.openNow()).isFalse();
        assertThat(hours.hoursOn(CHRISTMAS.plusDays(1))).isEmpty();
        assertThat(status.nextOpening()).isEqualTo(local(2026, 12, 26, "10:00"));
    }

    @Test
    void aSpecialDayCanOpenAnOtherwiseClosedWeekday() {
        OpeningHours withKingsDay =
                OpeningHours.of(
                        weekly(),
                        List.of(
                                new SpecialDay(
                                        KINGS_DAY,
                                        List.of(TimeRange.of("09:00", "13:00")),
                                        "Koningsdag: boekenmarkt",
                                        "King's Day: book market")));

        assertThat(withKingsDay.isOpenAt(at(2026, 4, 27, "10:00"))).isTrue();
        assertThat(hours.isOpenAt(at(2026, 4, 27, "10:00"))).isFalse();
    }

    @Test
    void theSameUtcInstantReadsAsOtherLocalTimesAcrossTheSpringClockChange() {
        // Clocks go forward on Sunday 29 March 2026; compare Saturday 28 (CET) with Saturday 4
        // April (CEST).
        Instant beforeChange = Instant.parse("2026-03-28T09:30:00Z"); // 10:30 CET
        Instant afterChange = Instant.parse("2026-04-04T08:30:00Z"); // 10:30 CEST

        assertThat(hours.isOpenAt(beforeChange)).isTrue();
        assertThat(hours.isOpenAt(afterChange)).isTrue();
        assertThat(hours.isOpenAt(Instant.parse("2026-04-04T07:30:00Z")))
                .as("09:30 CEST")
                .isFalse();
        assertThat(hours.isOpenAt(Instant.parse("2026-03-28T08:30:00Z"))).as("09:30 CET").isFalse();
    }

    @Test
    void onTheDayOfTheAutumnClockChangeLocalTimesStillCount() {
        // Clocks go back on Sunday 25 October 2026; the library opens that Tuesday as usual and
        // the status on the Sunday (closed) points to Tuesday 09:30 local time.
        OpeningStatus sunday = hours.statusAt(Instant.parse("2026-10-25T01:30:00Z")); // 02:30 CET

        assertThat(sunday.at().toLocalTime()).isEqualTo(LocalTime.of(2, 30));
        assertThat(sunday.openNow()).isFalse();
        assertThat(sunday.nextOpening()).isEqualTo(local(2026, 10, 27, "09:30"));
        assertThat(hours.isOpenAt(Instant.parse("2026-10-27T08:30:00Z"))).as("09:30 CET").isTrue();
        assertThat(hours.isOpenAt(Instant.parse("2026-10-24T07:30:00Z")))
                .as("09:30 CEST")
                .isFalse();
    }

    @Test
    void overlappingIntervalsOnOneDayAreRefused() {
        List<WeeklyOpening> overlapping =
                List.of(
                        new WeeklyOpening(DayOfWeek.FRIDAY, TimeRange.of("10:00", "14:00")),
                        new WeeklyOpening(DayOfWeek.FRIDAY, TimeRange.of("13:00", "17:00")));

        assertThatThrownBy(() -> OpeningHours.of(overlapping, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FRIDAY");
        assertThatThrownBy(() -> TimeRange.of("17:00", "10:00"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noOpeningWithinTwoWeeksGivesNoNextOpening() {
        OpeningHours neverOpen = OpeningHours.of(List.of(), List.of());

        OpeningStatus status = neverOpen.statusAt(at(2026, 12, 1, "10:00"));

        assertThat(status.openNow()).isFalse();
        assertThat(status.nextOpening()).isNull();
    }

    private static List<WeeklyOpening> weekly() {
        List<WeeklyOpening> weekly = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)) {
            weekly.add(new WeeklyOpening(day, MORNING));
            weekly.add(new WeeklyOpening(day, EVENING));
        }
        for (DayOfWeek day : List.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
            weekly.add(new WeeklyOpening(day, DAY));
        }
        weekly.add(new WeeklyOpening(DayOfWeek.SATURDAY, SATURDAY));
        return weekly;
    }

    private static ZonedDateTime local(int year, int month, int day, String time) {
        return LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.parse(time))
                .atZone(OpeningHours.ZONE);
    }

    private static Instant at(int year, int month, int day, String time) {
        return local(year, month, day, time).toInstant();
    }
}
