package org.inclusionhub.assessment;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.assessment.replica.PracticeReplica;
import org.inclusionhub.commons.testing.EventContracts;
import org.inclusionhub.commons.testing.TestTopics;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Practices put on the practices topic as practice-service would, and assessment request bodies. */
public final class AssessmentFixtures {

    private AssessmentFixtures() {
    }

    /** Writes a practice event and waits until the replica holds that version. */
    public static UUID practice(String status, String country, List<String> themes) {
        UUID id = UUID.randomUUID();
        practiceEvent(id, "practice.published", status, country, themes, 1);
        return id;
    }

    /** A published practice with this title, as the replica holds it once its event is consumed. */
    public static UUID practiceTitled(String title, String country) {
        UUID id = UUID.randomUUID();
        practiceEvent(id, "practice.published", "published", country, List.of("employment"), 1, title);
        return id;
    }

    /** Writes the contract's example practice event of {@code type}, with this practice's id and replica fields. */
    public static void practiceEvent(UUID id, String type, String status, String country, List<String> themes, long version) {
        practiceEvent(id, type, status, country, themes, version, "Practice " + id);
    }

    private static void practiceEvent(UUID id, String type, String status, String country, List<String> themes, long version,
            String title) {
        ObjectNode event = EventContracts.example(type, id.toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("title", title).put("country", country).put("status", status).put("version", version)
                .put("unknownField", true);
        ArrayNode themeCodes = data.putArray("themes");
        themes.forEach(themeCodes::add);
        TestTopics.send("practices", id.toString(), event.toString());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew().call(() -> {
            PracticeReplica r = PracticeReplica.findById(id);
            return r != null && r.version == version && r.status.equals(status);
        })).isTrue());
    }

    /** An assessment of a practice against spring-gpc: every item of IP.1 and IP.2 rated, IP.3 absent. */
    public static Map<String, Object> springAssessment(UUID practiceId, String ip11) {
        Map<String, Object> body = new HashMap<>();
        body.put("framework", "spring-gpc");
        body.put("frameworkVersion", 1);
        body.put("subject", Map.of("type", "practice", "practiceId", practiceId.toString()));
        body.put("assessor", "Test assessor");
        body.put("answers", List.of(Map.of("question", "IP.1", "applicable", true, "narrative", "Open to all."),
                Map.of("question", "IP.3", "applicable", false)));
        body.put("ratings", List.of(Map.of("item", "IP.1.1", "rating", ip11), Map.of("item", "IP.1.2", "rating", "met"),
                Map.of("item", "IP.1.3", "rating", "not-met"), Map.of("item", "IP.1.4", "rating", "met")));
        body.put("evidence", List.of("https://example.org/report"));
        return body;
    }
}
