package org.inclusionhub.survey.responses;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partner's answers: question code to value (an option code, a list of option codes, a number or a
 * text), and for "other, please specify" the text per question.
 */
@Schema(description = "A response's answers, validated against the survey version: at most 600 000 bytes written as JSON")
public record ResponseContent(
        @Schema(required = true, description = "Answers by question code: an option code (single choice), a list of option "
                + "codes (multiple choice; an exclusive option alone), yes or no, an ISO 3166-1 alpha-2 country code, a "
                + "whole number (integer, rating, year) or a number (decimal) within the question's bounds, a date "
                + "YYYY-MM-DD, or a text (free text, at most the question's maxLength, default 5000). Every required "
                + "question asked must be answered; a question whose condition does not hold must be left out",
                additionalProperties = Schema.True.class,
                examples = "{\"network_name\": \"Welcome Network Leipzig\", \"country\": \"DE\", \"founding_year\": 2016, "
                        + "\"network_type\": \"state-integration-network\", "
                        + "\"target_groups\": [\"refugees\", \"other\"], \"members_count\": 25}")
        Map<String, JsonNode> answers,
        @Schema(description = "For a question answered 'other' (alone or among the choices): the text, 1 to 500 "
                + "characters, by question code", examples = "{\"target_groups\": \"Seasonal workers\"}")
        Map<String, String> otherText) {
}
