package nl.themaplein.portal.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;
import java.util.Objects;

/**
 * An interval within one day during which a branch is open: from {@code opensAt} (included) to
 * {@code closesAt} (excluded). It never runs past midnight.
 */
@Embeddable
public class TimeRange implements Comparable<TimeRange> {

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    protected TimeRange() {}

    public TimeRange(LocalTime opensAt, LocalTime closesAt) {
        if (!opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException(
                    "A branch closes after it opens: " + opensAt + "–" + closesAt);
        }
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    /** Shorthand for tests and demo data: {@code TimeRange.of("09:00", "17:00")}. */
    public static TimeRange of(String opensAt, String closesAt) {
        return new TimeRange(LocalTime.parse(opensAt), LocalTime.parse(closesAt));
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }

    /** True when the branch is open at this time of day. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(opensAt) && time.isBefore(closesAt);
    }

    /** True when both intervals share at least one moment. */
    public boolean overlaps(TimeRange other) {
        return opensAt.isBefore(other.closesAt) && other.opensAt.isBefore(closesAt);
    }

    @Override
    public int compareTo(TimeRange other) {
        return opensAt.compareTo(other.opensAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeRange other
                && opensAt.equals(other.opensAt)
                && closesAt.equals(other.closesAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(opensAt, closesAt);
    }

    @Override
    public String toString() {
        return opensAt + "–" + closesAt;
    }
}
