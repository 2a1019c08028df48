package org.inclusionhub.practice.scores;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.inclusionhub.commons.inbox.IncomingEvents;
import org.inclusionhub.commons.live.StatisticsChanges;
import org.inclusionhub.practice.events.PracticeEvents;

/** Keeps the scores of practices from the assessments topic (submitted adds a row, withdrawn removes it). */
@ApplicationScoped
public class AssessmentScoresUpdater {

    static final String CONSUMER = "practice-scores";

    /** The fields of an assessment event this service needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AssessmentSnapshot(UUID id, String framework, int frameworkVersion, UUID practiceId, JsonNode scores,
            Instant submittedAt) {
    }

    private static final String WITHDRAWN = "assessment.withdrawn";
    private static final Set<String> TYPES = Set.of("assessment.submitted", WITHDRAWN);

    private final IncomingEvents incoming;
    private final StatisticsChanges changes;
    private final EntityManager em;
    private final ObjectMapper mapper;

    public AssessmentScoresUpdater(IncomingEvents incoming, StatisticsChanges changes, EntityManager em, ObjectMapper mapper) {
        this.incoming = incoming;
        this.changes = changes;
        this.em = em;
        this.mapper = mapper;
    }

    @Incoming("assessments")
    @Blocking(ordered = true)
    @Transactional
    public void onAssessmentEvent(String payload) {
        incoming.accept(CONSUMER, payload, TYPES).ifPresent(event -> {
            AssessmentSnapshot a = incoming.data(event, AssessmentSnapshot.class);
            if (a.practiceId() == null) {
                return;
            }
            if (WITHDRAWN.equals(event.type())) {
                em.createNativeQuery("delete from practice_score where assessment_id = :id").setParameter("id", a.id())
                        .executeUpdate();
            } else {
                store(a);
            }
            changes.record(PracticeEvents.STREAM, a.practiceId().toString());
        });
    }

    private void store(AssessmentSnapshot a) {
        Map<String, Object> areas = new LinkedHashMap<>();
        a.scores().path("areas").forEach(area -> areas.put(area.path("code").asText(),
                area.path("line").path("score").isNull() ? null : area.path("line").path("score").asDouble()));
        JsonNode overall = a.scores().path("overall");
        em.createNativeQuery("""
                insert into practice_score (assessment_id, practice_id, framework, framework_version, overall, coverage, areas, submitted_at)
                values (:id, :practice, :framework, :version, :overall, :coverage, cast(:areas as jsonb), :submitted)
                on conflict (assessment_id) do nothing""")
                .setParameter("id", a.id())
                .setParameter("practice", a.practiceId())
                .setParameter("framework", a.framework())
                .setParameter("version", a.frameworkVersion())
                .setParameter("overall", overall.path("score").isNumber() ? overall.path("score").decimalValue() : null)
                .setParameter("coverage", overall.path("coverage").isNumber() ? overall.path("coverage").decimalValue() : null)
                .setParameter("areas", mapper.valueToTree(areas).toString())
                .setParameter("submitted", a.submittedAt() == null ? Instant.now() : a.submittedAt())
                .executeUpdate();
    }
}
