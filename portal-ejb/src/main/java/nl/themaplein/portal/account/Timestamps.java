package nl.themaplein.portal.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Moments as the entities keep them: {@code TIMESTAMP WITH TIME ZONE} columns map to {@link
 * OffsetDateTime} in UTC, while the entities' methods speak {@link Instant}. With an {@code
 * Instant} attribute, EclipseLink 5.0 failed to read such a column back from H2
 * (ConversionException: the driver's OffsetDateTime "could not be converted"); an {@code
 * OffsetDateTime} attribute is the JDBC type of the column and reads back on H2 and PostgreSQL
 * alike.
 */
final class Timestamps {

    private Timestamps() {}

    static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant fromColumn(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
