package org.inclusionhub.practice.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.inclusionhub.commons.inbox.ProcessedEvents;
import org.junit.jupiter.api.Test;

/** The idempotent-consumer record of commons, against this service's real database. */
@QuarkusTest
class ProcessedEventsTest {

    @Inject
    ProcessedEvents processed;

    @Test
    void anEventCountsOnlyOnItsFirstDeliveryPerConsumer() {
        String eventId = UUID.randomUUID().toString();
        assertThat(QuarkusTransaction.requiringNew().call(() -> processed.markFirstDelivery("stats", eventId))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> processed.markFirstDelivery("stats", eventId))).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> processed.markFirstDelivery("replica", eventId))).isTrue();
    }

    @Test
    void aRolledBackProjectionLeavesTheEventUnprocessed() {
        String eventId = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            processed.markFirstDelivery("stats", eventId);
            throw new IllegalStateException("the projection update failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> processed.markFirstDelivery("stats", eventId))).isTrue();
    }
}
