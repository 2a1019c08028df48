package org.inclusionhub.commons.outbox;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import java.util.Set;

/**
 * Where an outbox row stands: {@code pending} until Kafka acknowledges it ({@code sent}); {@code parked}
 * when Kafka can never take it as it is (too large, unserialisable). An admin re-drives a parked row
 * back to {@code pending} once the cause is fixed.
 */
public enum OutboxStatus {
    PENDING, SENT, PARKED;

    /** @return whether a row in this status may move to {@code next} */
    public boolean canBecome(OutboxStatus next) {
        return switch (this) {
            case PENDING -> Set.of(SENT, PARKED).contains(next);
            case PARKED -> next == PENDING;
            case SENT -> false;
        };
    }

    /** Stored lower-case, as the table's check constraint expects. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<OutboxStatus, String> {
        @Override
        public String convertToDatabaseColumn(OutboxStatus status) {
            return status == null ? null : status.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public OutboxStatus convertToEntityAttribute(String value) {
            return value == null ? null : OutboxStatus.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
