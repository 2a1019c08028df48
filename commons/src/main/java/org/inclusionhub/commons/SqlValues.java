package org.inclusionhub.commons;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Reading values out of native query results, whatever type the JDBC driver and Hibernate chose. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A timestamptz column as an Instant (Hibernate may hand it over as Instant, OffsetDateTime or Timestamp). */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
