package org.inclusionhub.assessment.assessments.events;

import org.inclusionhub.commons.events.TopicsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.inclusionhub.assessment.assessments.Assessment;
import org.inclusionhub.assessment.assessments.AssessmentChanges;
import org.inclusionhub.assessment.assessments.AssessmentContent;
import org.inclusionhub.assessment.assessments.Scores;
import org.inclusionhub.commons.live.StatisticsChanges;
import org.inclusionhub.commons.outbox.OutboxWriter;

/** The events of the assessments topic: {@code assessment.submitted} and {@code assessment.withdrawn}, with scores. */
@ApplicationScoped
public class AssessmentEvents {

    public static final String SUBMITTED = "assessment.submitted";
    public static final String WITHDRAWN = "assessment.withdrawn";

    /** The data of both event types. */
    public record AssessmentEvent(UUID id, String framework, int frameworkVersion, String subjectType, UUID practiceId,
            String subjectName, String subjectCountry, String status, Scores scores,
            List<AssessmentContent.Rating> ratings, Instant submittedAt, Instant withdrawnAt) {

        static AssessmentEvent of(Assessment a) {
            return new AssessmentEvent(a.id, a.frameworkCode, a.frameworkVersion, a.subjectType, a.practiceId,
                    a.subjectName, a.subjectCountry, a.status, a.scores, a.ratings, a.submittedAt, a.withdrawnAt);
        }
    }

    private final OutboxWriter outbox;
    private final StatisticsChanges changes;
    private final String topic;

    public AssessmentEvents(OutboxWriter outbox, StatisticsChanges changes, TopicsConfig topics) {
        this.outbox = outbox;
        this.changes = changes;
        this.topic = topics.assessments();
    }

    /** Appends the event to the outbox and logs the change for the changes feed, in the caller's transaction. */
    public void record(String type, Assessment assessment) {
        outbox.append(topic, type, assessment.id.toString(), AssessmentEvent.of(assessment));
        changes.record(AssessmentChanges.STREAM, assessment.id.toString());
    }
}
