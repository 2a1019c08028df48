package org.inclusionhub.survey.responses.events;

import org.inclusionhub.commons.events.TopicsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.commons.live.StatisticsChanges;
import org.inclusionhub.commons.outbox.OutboxWriter;
import org.inclusionhub.survey.responses.ResponseChanges;
import org.inclusionhub.survey.responses.SurveyResponse;

/** The events of the survey-responses topic; each carries the response's answers after the change. */
@ApplicationScoped
public class SurveyResponseEvents {

    public static final String SUBMITTED = "survey-response.submitted";
    public static final String UPDATED = "survey-response.updated";
    public static final String WITHDRAWN = "survey-response.withdrawn";

    public record ResponseEvent(UUID id, String survey, int surveyVersion, String partner, String status,
            Map<String, Object> answers, long version, Instant updatedAt) {
    }

    private final OutboxWriter outbox;
    private final StatisticsChanges changes;
    private final String topic;

    public SurveyResponseEvents(OutboxWriter outbox, StatisticsChanges changes, TopicsConfig topics) {
        this.outbox = outbox;
        this.changes = changes;
        this.topic = topics.surveyResponses();
    }

    /** Appends the event to the outbox and logs the change for the changes feed, in the caller's transaction. */
    public void record(String type, SurveyResponse r) {
        outbox.append(topic, type, r.id.toString(), new ResponseEvent(r.id, r.surveyCode, r.surveyVersion, r.owner,
                r.status, r.answers(), r.version, r.updatedAt));
        changes.record(ResponseChanges.STREAM, r.id.toString());
    }
}
