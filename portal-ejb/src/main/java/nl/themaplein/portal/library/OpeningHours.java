package nl.themaplein.portal.library;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The opening hours of one branch as a value: regular intervals per weekday plus special days, read
 * in the Netherlands' time zone whatever the server's. A special day replaces the weekday's hours
 * entirely; a weekday or special day without intervals is closed.
 *
 * <p>Times are wall-clock times in Europe/Amsterdam, so "open from 10:00" holds on the days the
 * clocks change too: an {@link Instant} is first turned into the local date and time.
 */
public final class OpeningHours {

    /** The zone every branch lives in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** From this time of day the portal speaks of "evening" ("vanavond open"). */
    public static final LocalTime EVENING = LocalTime.of(18, 0);

    /** How far ahead {@link #statusAt} looks for the next opening. */
    static final int LOOK_AHEAD_DAYS = 14;

    private final Map<DayOfWeek, List<TimeRange>> weekly;
    private final Map<LocalDate, SpecialDay> specialDays;

    /**
     * A date with other hours than usual.
     *
     * @param hours the intervals of that day; empty means closed all day
     */
    public record SpecialDay(
            LocalDate date, List<TimeRange> hours, String reasonNl, String reasonEn) {

        public SpecialDay {
            requireNoOverlap(date.toString(), hours);
            hours = hours.stream().sorted().toList();
        }
    }

    private OpeningHours(
            Map<DayOfWeek, List<TimeRange>> weekly, Map<LocalDate, SpecialDay> specialDays) {
        this.weekly = weekly;
        this.specialDays = specialDays;
    }

    /** Opening hours from a branch's weekly intervals and the special days that matter. */
    public static OpeningHours of(
            Collection<WeeklyOpening> weeklyOpenings, Collection<SpecialDay> specialDays) {
        Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
        for (WeeklyOpening opening : weeklyOpenings) {
            weekly.computeIfAbsent(opening.getWeekday(), d -> new ArrayList<>())
                    .add(opening.getHours());
        }
        weekly.replaceAll(
                (day, hours) -> {
                    requireNoOverlap(day.toString(), hours);
                    return hours.stream().sorted().toList();
                });

        Map<LocalDate, SpecialDay> byDate =
                specialDays.stream()
                        .collect(
                                Collectors.toMap(
                                        SpecialDay::date,
                                        Function.identity(),
                                        (a, b) -> {
                                            throw new IllegalArgumentException(
                                                    "Two special days on " + a.date());
                                        },
                                        TreeMap::new));
        return new OpeningHours(weekly, byDate);
    }

    /** The intervals of a date, by opening time: the special day's if there is one. */
    public List<TimeRange> hoursOn(LocalDate date) {
        SpecialDay special = specialDays.get(date);
        if (special != null) {
            return special.hours();
        }
        return weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }

    /** The special day on a date, if any. */
    public Optional<SpecialDay> specialDayOn(LocalDate date) {
        return Optional.ofNullable(specialDays.get(date));
    }

    /** True when the branch is open at that moment. */
    public boolean isOpenAt(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        return currentInterval(local).isPresent();
    }

    /**
     * True when, from that moment on, the branch is still to be open in the evening of the same
     * day: an interval of today ends after both now and {@link #EVENING}.
     */
    public boolean isOpenThisEvening(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        LocalTime from = local.toLocalTime().isAfter(EVENING) ? local.toLocalTime() : EVENING;
        return hoursOn(local.toLocalDate()).stream().anyMatch(r -> r.getClosesAt().isAfter(from));
    }

    /** Everything a member wants to know about a branch at that moment. */
    public OpeningStatus statusAt(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        Optional<TimeRange> current = currentInterval(local);

        return new OpeningStatus(
                local,
                current.isPresent(),
                current.map(TimeRange::getClosesAt).orElse(null),
                isOpenThisEvening(instant),
                hoursOn(local.toLocalDate()),
                current.isPresent() ? null : nextOpening(local).orElse(null),
                specialDays.get(local.toLocalDate()));
    }

    /** The next moment the branch opens after {@code local}, within {@link #LOOK_AHEAD_DAYS}. */
    Optional<ZonedDateTime> nextOpening(ZonedDateTime local) {
        LocalDate today = local.toLocalDate();
        for (int day = 0; day <= LOOK_AHEAD_DAYS; day++) {
            LocalDate date = today.plusDays(day);
            for (TimeRange range : hoursOn(date)) {
                if (day > 0 || range.getOpensAt().isAfter(local.toLocalTime())) {
                    return Optional.of(ZonedDateTime.of(date, range.getOpensAt(), ZONE));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<TimeRange> currentInterval(ZonedDateTime local) {
        LocalTime time = local.toLocalTime();
        return hoursOn(local.toLocalDate()).stream().filter(r -> r.contains(time)).findFirst();
    }

    /** Refuses intervals of one day that overlap; {@code what} names the day in the message. */
    static void requireNoOverlap(String what, List<TimeRange> intervals) {
        List<TimeRange> sorted = intervals.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException(
                        "Opening intervals overlap on " + what + ": " + sorted);
            }
        }
    }
}
