package org.inclusionhub.survey.responses.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.inclusionhub.survey.responses.SurveyResponse;

/** A response as the API shows it. */
@Schema(description = "A partner's response to a survey version")
public record ResponseView(
        @Schema(required = true, description = "The response's id", examples = "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41") UUID id,
        @Schema(required = true, description = "The survey's code", examples = "erasmi-networks") String survey,
        @Schema(required = true, description = "The survey version it answers", examples = "3") int surveyVersion,
        @Schema(required = true, description = "Its owner: the owner named by the API key that submitted it, a partner's code",
                examples = "leipzig-welcome") String partner,
        @Schema(required = true, description = "submitted, or withdrawn (kept, no longer counted, never changed again)",
                enumeration = {"submitted", "withdrawn"}, examples = "submitted") String status,
        @Schema(required = true, description = "Answers by question code: an option code (single choice; yes or no; an ISO "
                + "3166-1 alpha-2 country code), a list of option codes (multiple choice), a number, a date YYYY-MM-DD "
                + "or a text; questions not answered are left out", additionalProperties = Schema.True.class,
                examples = "{\"network_name\": \"Welcome Network Leipzig\", \"country\": \"DE\", "
                        + "\"target_groups\": [\"refugees\", \"other\"], \"members_count\": 25}")
        Map<String, Object> answers,
        @Schema(required = true, description = "For questions answered 'other': the text given, by question code (empty "
                + "when none)", examples = "{\"target_groups\": \"Seasonal workers\"}") Map<String, String> otherText,
        @Schema(required = true, description = "The response's version, which its ETag carries (\"0\" once submitted); "
                + "it grows with every change", examples = "0") long version,
        @Schema(required = true, description = "When it was submitted (ISO 8601, UTC)", examples = "2026-12-06T08:00:00Z")
        Instant createdAt,
        @Schema(required = true, description = "When it last changed (ISO 8601, UTC); equals createdAt until then",
                examples = "2026-12-06T08:00:00Z") Instant updatedAt,
        @Schema(description = "When it was withdrawn (ISO 8601, UTC); null while submitted") Instant withdrawnAt) {

    public static ResponseView of(SurveyResponse r) {
        return new ResponseView(r.id, r.surveyCode, r.surveyVersion, r.owner, r.status, r.answers(), r.otherText(), r.version,
                r.createdAt, r.updatedAt, r.withdrawnAt);
    }
}
