package nl.themaplein.portal.library;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import nl.themaplein.portal.text.Language;

/**
 * Whether a branch is open at a moment, and what a member wants to know next.
 *
 * @param at the moment asked about, in Europe/Amsterdam
 * @param openNow open at that moment
 * @param closesAt when the current interval ends; null when closed
 * @param openThisEvening still to be open this evening (after 18:00, and after now)
 * @param todayHours all intervals of that day, by opening time; empty on a closed day
 * @param nextOpening when it opens next within two weeks; null when open now or not within two
 *     weeks
 * @param specialDay the special day (holiday, short day) that sets today's hours; null on an
 *     ordinary day
 */
public record OpeningStatus(
        ZonedDateTime at,
        boolean openNow,
        LocalTime closesAt,
        boolean openThisEvening,
        List<TimeRange> todayHours,
        ZonedDateTime nextOpening,
        OpeningHours.SpecialDay specialDay) {

    /** Why today differs from the usual week, in the given language. */
    public Optional<String> specialDayReason(Language language) {
        return Optional.ofNullable(specialDay)
                .map(d -> language == Language.EN ? d.reasonEn() : d.reasonNl());
    }
}
