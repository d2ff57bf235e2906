package nl.themaplein.portal.library;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.themaplein.portal.error.InvalidInputException;

/**
 * What staff type about their library, as the pages and the API hand it over (text, not yet
 * checked), and its checks: every refusal names the field, e.g. {@code
 * openingHours.TUESDAY[1].closes}.
 */
public final class LibraryInput {

    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])[:.]([0-5][0-9])");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private LibraryInput() {}

    /** The details of a branch anyone may read on the branches page. */
    public record BranchDetails(
            String name,
            String street,
            String postcode,
            String place,
            String municipality,
            String phone,
            String email) {}

    /** One opening interval as typed, e.g. {@code 18:30} to {@code 21:00}. */
    public record Interval(String opens, String closes) {}

    /** A date with other hours (none: closed all day) and why, in Dutch and English. */
    public record ExceptionDay(
            String date, String reasonNl, String reasonEn, List<Interval> hours) {}

    /** A room as typed. */
    public record RoomDetails(
            String name,
            Integer capacity,
            Set<Facility> facilities,
            String accessibilityNl,
            String accessibilityEn,
            boolean wheelchairAccessible,
            boolean hearingLoop) {}

    /**
     * The intervals of one day: each a valid time, ending after it starts, none overlapping.
     *
     * @param field the field of the day, e.g. {@code openingHours.MONDAY}
     */
    public static List<TimeRange> intervals(String field, List<Interval> typed) {
        List<TimeRange> ranges = new ArrayList<>();
        List<Interval> intervals = typed == null ? List.of() : typed;
        for (int i = 0; i < intervals.size(); i++) {
            Interval interval = intervals.get(i);
            String at = field + "[" + i + "]";
            if (interval == null) {
                throw new InvalidInputException(at, nl.themaplein.portal.text.Messages.REQUIRED);
            }
            LocalTime opens = time(at + ".opens", interval.opens());
            LocalTime closes = time(at + ".closes", interval.closes());
            if (!opens.isBefore(closes)) {
                throw new InvalidInputException(at + ".closes", LibraryMessages.END_BEFORE_START);
            }
            ranges.add(new TimeRange(opens, closes));
        }
        List<TimeRange> sorted = ranges.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new InvalidInputException(
                        field, LibraryMessages.OVERLAP, sorted.get(i - 1), sorted.get(i));
            }
        }
        return sorted;
    }

    /** The field name of a weekday's hours. */
    public static String weekdayField(DayOfWeek day) {
        return "openingHours." + day.name();
    }

    /** A time of day, {@code HH:mm} (also {@code H.mm}). */
    public static LocalTime time(String field, String typed) {
        String text = typed == null ? "" : typed.strip();
        var matcher = TIME.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidInputException(field, LibraryMessages.TIME_INVALID);
        }
        return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** A date, {@code yyyy-MM-dd}. */
    public static LocalDate date(String field, String typed) {
        try {
            return LocalDate.parse(typed == null ? "" : typed.strip(), DATE);
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, LibraryMessages.DATE_INVALID);
        }
    }
}
