package org.inclusionhub.survey.responses;

import org.inclusionhub.commons.api.Text;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.survey.surveys.QuestionType;
import org.inclusionhub.survey.surveys.SurveyDefinition;

/**
 * Checks a response against a definition version (types, options, required, bounds, conditions) and
 * returns every violation, one per question, named {@code answers.<code>}. A valid response is
 * turned into plain values: option code (String), option codes (List), whole number (Long),
 * decimal (BigDecimal) or text.
 */
public final class ResponseValidator {

    private static final int DEFAULT_MAX_TEXT = 5000;

    private ResponseValidator() {
    }

    public record Result(Map<String, Object> answers, Map<String, String> otherText, List<Violation> violations) {
        public boolean isValid() {
            return violations.isEmpty();
        }
    }

    /**
     * The most bytes of answers and "other" texts in one response, written as JSON (UTF-8, escapes counted),
     * so that its event, which carries them, stays well under the 1 MiB event size limit
     * ({@code inclusionhub.outbox.max-event-bytes}).
     */
    public static final int MAX_RESPONSE_JSON_BYTES = 600_000;

    public static Result validate(SurveyDefinition d, ResponseContent content) {
        Map<String, JsonNode> raw = content == null || content.answers() == null ? Map.of() : content.answers();
        Map<String, String> others = content == null || content.otherText() == null ? Map.of() : content.otherText();
        List<Violation> v = new ArrayList<>();
        Map<String, Object> answers = new LinkedHashMap<>();
        long jsonBytes = raw.values().stream()
                .mapToLong(n -> n == null ? 0 : n.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum()
                + others.values().stream().mapToLong(t -> t == null ? 0
                        : com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsUTF8(t).length).sum();
        if (jsonBytes > MAX_RESPONSE_JSON_BYTES) {
            v.add(new Violation("answers", "the answers of a response hold at most " + MAX_RESPONSE_JSON_BYTES
                    + " bytes written as JSON (has " + jsonBytes + ")"));
            return new Result(Map.of(), Map.of(), v);
        }
        for (String code : raw.keySet()) {
            if (d.question(code).isEmpty()) {
                v.add(new Violation("answers." + code, "is not a question of " + d.key()));
            }
        }
        for (SurveyDefinition.Question q : d.questions()) {
            String field = "answers." + q.code();
            JsonNode value = raw.get(q.code());
            boolean present = value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank())
                    && !(value.isArray() && value.isEmpty());
            if (QuestionType.NOTE.equals(q.type())) {
                if (present) {
                    v.add(new Violation(field, "is a note: it takes no answer"));
                }
                continue;
            }
            boolean asked = q.isAskedGiven(answers);
            if (!asked) {
                if (present) {
                    v.add(new Violation(field, "is not asked: it depends on " + q.condition().describe()));
                }
                continue;
            }
            if (!present) {
                if (q.isRequired()) {
                    v.add(new Violation(field, "is required"));
                }
                continue;
            }
            String problem = read(q, value, answers);
            if (problem != null) {
                v.add(new Violation(field, problem));
            }
        }
        Map<String, String> otherText = new LinkedHashMap<>();
        others.forEach((code, text) -> {
            Object answer = answers.get(code);
            boolean choseOther = QuestionType.OTHER.equals(answer) || (answer instanceof List<?> l && l.contains(QuestionType.OTHER));
            if (!choseOther) {
                v.add(new Violation("otherText." + code, "is only given with the answer 'other'"));
            } else if (text == null || text.isBlank() || Text.length(text) > 500) {
                v.add(new Violation("otherText." + code, "must be a string of at most 500 characters"));
            } else {
                otherText.put(code, text.strip());
            }
        });
        return new Result(answers, otherText, v);
    }

    /** Stores the plain value in {@code answers}; returns what is wrong, or null. */
    private static String read(SurveyDefinition.Question q, JsonNode value, Map<String, Object> answers) {
        switch (q.type()) {
            case QuestionType.SINGLE_CHOICE -> {
                if (!value.isTextual() || !q.hasOption(value.asText())) {
                    return "'" + value.asText() + "' is not one of " + q.optionCodes();
                }
                answers.put(q.code(), value.asText());
            }
            case QuestionType.MULTIPLE_CHOICE -> {
                if (!value.isArray()) {
                    return "must be a list of option codes from " + q.optionCodes();
                }
                Set<String> selected = new LinkedHashSet<>();
                for (JsonNode item : value) {
                    if (!item.isTextual() || !q.hasOption(item.asText())) {
                        return "'" + item.asText() + "' is not one of " + q.optionCodes();
                    }
                    if (!selected.add(item.asText())) {
                        return "'" + item.asText() + "' is selected twice";
                    }
                }
                Optional<String> combined = q.exclusiveCombined(selected);
                if (combined.isPresent()) {
                    return "'" + combined.get() + "' is chosen alone or not at all";
                }
                answers.put(q.code(), List.copyOf(selected));
            }
            case QuestionType.YES_NO -> {
                if (!value.isTextual() || !List.of("yes", "no").contains(value.asText())) {
                    return "must be yes or no";
                }
                answers.put(q.code(), value.asText());
            }
            case QuestionType.COUNTRY -> {
                if (!value.isTextual() || !q.isPossibleAnswer(value.asText())) {
                    return "must be an ISO 3166-1 alpha-2 country code (e.g. DE)";
                }
                answers.put(q.code(), value.asText());
            }
            case QuestionType.FREE_TEXT -> {
                int max = q.maxLength() == null ? DEFAULT_MAX_TEXT : q.maxLength();
                if (!value.isTextual()) {
                    return "must be a string";
                }
                if (Text.length(value.asText()) > max) {
                    return "must be at most " + max + " characters";
                }
                answers.put(q.code(), value.asText().strip());
            }
            case QuestionType.DATE -> {
                if (!value.isTextual() || !isDate(value.asText())) {
                    return "must be a date written YYYY-MM-DD";
                }
                answers.put(q.code(), value.asText());
            }
            case QuestionType.DECIMAL -> {
                if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
                    return "must be a finite number";
                }
                String bounds = bounds(q, value.doubleValue());
                if (bounds != null) {
                    return bounds;
                }
                answers.put(q.code(), value.decimalValue());
            }
            default -> { // integer, rating, year
                if (!value.isNumber() || !Double.isFinite(value.doubleValue()) || !value.canConvertToLong()
                        || (!value.isIntegralNumber() && value.decimalValue().stripTrailingZeros().scale() > 0)) {
                    return "must be a whole number";
                }
                String bounds = bounds(q, value.doubleValue());
                if (bounds != null) {
                    return bounds;
                }
                answers.put(q.code(), value.longValue());
            }
        }
        return null;
    }

    private static boolean isDate(String text) {
        try {
            return text.length() == 10 && java.time.LocalDate.parse(text) != null;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String bounds(SurveyDefinition.Question q, double number) {
        if ((q.min() != null && number < q.min()) || (q.max() != null && number > q.max())) {
            return "must be between " + plain(q.min()) + " and " + plain(q.max());
        }
        return null;
    }

    private static String plain(Double bound) {
        return bound == null ? "any" : BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}
