package nl.themaplein.portal.library;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.DayOfWeek;
import java.util.Objects;

/** One regular opening interval of a branch on one weekday, e.g. Tuesday 18:30–21:00. */
@Embeddable
public class WeeklyOpening {

    @Convert(converter = IsoWeekdayConverter.class)
    @Column(name = "weekday", nullable = false)
    private DayOfWeek weekday;

    @Embedded private TimeRange hours;

    protected WeeklyOpening() {}

    public WeeklyOpening(DayOfWeek weekday, TimeRange hours) {
        this.weekday = weekday;
        this.hours = hours;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public TimeRange getHours() {
        return hours;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyOpening other
                && weekday == other.weekday
                && hours.equals(other.hours);
    }

    @Override
    public int hashCode() {
        return Objects.hash(weekday, hours);
    }

    @Override
    public String toString() {
        return weekday + " " + hours;
    }
}
