package org.inclusionhub.practice.scores;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.inclusionhub.commons.events.CloudEvent;
import org.inclusionhub.commons.events.EventSerializer;
import org.inclusionhub.commons.inbox.ProcessedEvents;
import org.jboss.logging.Logger;

/** Keeps the scores of practices from the assessments topic (submitted adds a row, withdrawn removes it). */
@ApplicationScoped
public class AssessmentScoresUpdater {

    static final String CONSUMER = "practice-scores";
    private static final Logger LOG = Logger.getLogger(AssessmentScoresUpdater.class);

    /** The fields of an assessment event this service needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AssessmentSnapshot(UUID id, String framework, int frameworkVersion, UUID practiceId, JsonNode scores,
            Instant submittedAt) {
    }

    private final EventSerializer serializer;
    private final ProcessedEvents processed;
    private final EntityManager em;

    public AssessmentScoresUpdater(EventSerializer serializer, ProcessedEvents processed, EntityManager em) {
        this.serializer = serializer;
        this.processed = processed;
        this.em = em;
    }

    @Incoming("assessments")
    @Blocking(ordered = true)
    @Transactional
    public void onAssessmentEvent(String payload) {
        CloudEvent event;
        try {
            event = serializer.read(payload);
        } catch (IllegalArgumentException e) {
            LOG.warnf("skipping an unreadable record on the assessments topic: %s", e.getMessage());
            return;
        }
        boolean submitted = "assessment.submitted".equals(event.type());
        boolean withdrawn = "assessment.withdrawn".equals(event.type());
        if ((!submitted && !withdrawn) || event.data() == null || !processed.markFirstDelivery(CONSUMER, event.id())) {
            return;
        }
        AssessmentSnapshot a = serializer.dataAs(event, AssessmentSnapshot.class);
        if (a.practiceId() == null) {
            return;
        }
        if (withdrawn) {
            em.createNativeQuery("delete from practice_score where assessment_id = :id").setParameter("id", a.id()).executeUpdate();
            return;
        }
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
                .setParameter("areas", serializer.mapper().valueToTree(areas).toString())
                .setParameter("submitted", a.submittedAt() == null ? Instant.now() : a.submittedAt())
                .executeUpdate();
    }
}
