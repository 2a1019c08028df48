package org.inclusionhub.survey.responses;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A partner's answers: question code to value (an option code, a list of option codes, a number or a
 * text), and for "other, please specify" the text per question.
 */
public record ResponseContent(Map<String, JsonNode> answers, Map<String, String> otherText) {
}
