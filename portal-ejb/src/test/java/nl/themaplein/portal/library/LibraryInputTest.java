package nl.themaplein.portal.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.themaplein.portal.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The checks of typed opening hours: several intervals a day, no overlap, end after start. */
class LibraryInputTest {

    private static final String FIELD = "openingHours.TUESDAY";

    @Test
    void aMorningAndAnEveningIntervalAreKeptInOrder() {
        List<TimeRange> ranges =
                LibraryInput.intervals(
                        FIELD,
                        List.of(
                                new LibraryInput.Interval("18:30", "21:00"),
                                new LibraryInput.Interval("9.30", "12:00")));

        assertThat(ranges)
                .containsExactly(TimeRange.of("09:30", "12:00"), TimeRange.of("18:30", "21:00"));
        assertThat(LibraryInput.intervals(FIELD, List.of())).isEmpty();
    }

    @Test
    void overlapEndBeforeStartAndBadTimesAreRefusedNamingTheField() {
        assertRefused(
                List.of(
                        new LibraryInput.Interval("09:00", "13:00"),
                        new LibraryInput.Interval("12:00", "17:00")),
                FIELD,
                LibraryMessages.OVERLAP);
        assertRefused(
                List.of(new LibraryInput.Interval("17:00", "09:00")),
                FIELD + "[0].closes",
                LibraryMessages.END_BEFORE_START);
        assertRefused(
                List.of(new LibraryInput.Interval("9", "12:00")),
                FIELD + "[0].opens",
                LibraryMessages.TIME_INVALID);
        assertRefused(
                List.of(new LibraryInput.Interval("09:00", "24:00")),
                FIELD + "[0].closes",
                LibraryMessages.TIME_INVALID);
    }

    private static void assertRefused(List<LibraryInput.Interval> typed, String field, String key) {
        assertThatThrownBy(() -> LibraryInput.intervals(FIELD, typed))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> {
                            assertThat(e.field()).isEqualTo(field);
                            assertThat(e.messageKey()).isEqualTo(key);
                        });
    }
}
