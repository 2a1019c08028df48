package org.inclusionhub.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    @Inject
    EntityManager em;

    @Test
    void idsOlderThanTheRetentionAreForgottenAndNewerOnesKept() {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            processed.markFirstDeliveries("stats", List.of(old, recent));
            em.createNativeQuery("update processed_event set processed_at = now() - interval '30 days' where event_id = :id")
                    .setParameter("id", old).executeUpdate();
        });

        int purged = QuarkusTransaction.requiringNew().call(() -> processed.purgeBefore(Instant.now().minus(Duration.ofDays(14))));

        assertThat(purged).isPositive();
        assertThat(QuarkusTransaction.requiringNew().call(() -> processed.markFirstDelivery("stats", old))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> processed.markFirstDelivery("stats", recent))).isFalse();
    }
}
