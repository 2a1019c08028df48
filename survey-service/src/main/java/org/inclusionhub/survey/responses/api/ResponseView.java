package org.inclusionhub.survey.responses.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.survey.responses.SurveyResponse;

/** A response as the API shows it. */
public record ResponseView(UUID id, String survey, int surveyVersion, String partner, String status,
        Map<String, Object> answers, Map<String, String> otherText, long version, Instant createdAt, Instant updatedAt,
        Instant withdrawnAt) {

    public static ResponseView of(SurveyResponse r) {
        return new ResponseView(r.id, r.surveyCode, r.surveyVersion, r.owner, r.status, r.answers(), r.otherText(), r.version,
                r.createdAt, r.updatedAt, r.withdrawnAt);
    }
}
