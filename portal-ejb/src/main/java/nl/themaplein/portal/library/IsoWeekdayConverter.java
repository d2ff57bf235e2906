package nl.themaplein.portal.library;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;

/** Stores a weekday as its ISO number, 1 (Monday) to 7 (Sunday), as the schema's CHECK expects. */
@Converter
public class IsoWeekdayConverter implements AttributeConverter<DayOfWeek, Integer> {

    @Override
    public Integer convertToDatabaseColumn(DayOfWeek weekday) {
        return weekday == null ? null : weekday.getValue();
    }

    @Override
    public DayOfWeek convertToEntityAttribute(Integer number) {
        return number == null ? null : DayOfWeek.of(number);
    }
}
