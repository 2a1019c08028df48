package org.inclusionhub.survey.responses.events;

import org.inclusionhub.commons.events.TopicsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.commons.outbox.OutboxWriter;
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
    private final String topic;

    public SurveyResponseEvents(OutboxWriter outbox, TopicsConfig topics) {
        this.outbox = outbox;
        this.topic = topics.surveyResponses();
    }

    public void record(String type, SurveyResponse r) {
        outbox.append(topic, type, r.id.toString(), new ResponseEvent(r.id, r.surveyCode, r.surveyVersion, r.owner,
                r.status, r.answers(), r.version, r.updatedAt));
    }
}
