package org.inclusionhub.survey.responses.kobo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.survey.responses.ResponseContent;
import org.inclusionhub.survey.surveys.QuestionType;
import org.inclusionhub.survey.surveys.SurveyDefinition.Question;
import org.inclusionhub.survey.surveys.SurveyDefinition;

/**
 * A KoboToolbox REST-service submission mapped onto a survey's questions: a flat JSON object whose keys are
 * question names prefixed by their group path ({@code network/size/members}), whose values are texts (numbers
 * as text, a {@code select_multiple} as space-separated choice names, an "other" text under {@code question_other}),
 * plus Kobo's own keys ({@code _id}, {@code _uuid}, {@code meta/instanceID}, {@code formhub/uuid}, {@code start}...).
 * JSON null is a missing answer. The submission's id ({@link #submissionId}) with the survey code is its idempotency
 * key, so Kobo's retries store one response, and the same submission sent to another survey is another response.
 * Source: KoboToolbox documentation, "REST Services" (https://support.kobotoolbox.org/rest_services.html).
 */
public final class KoboSubmission {

    /** Kobo's and ODK's metadata questions: recorded by the form, not asked (Kobo's own keys start with "_"). */
    private static final Set<String> METADATA = Set.of("start", "end", "today", "deviceid", "username", "simserial",
            "subscriberid", "phonenumber", "audit");

    /**
     * The answers to submit, the idempotency key taken from the submission, the payload key each question's
     * answer came from (to name Kobo's field in a validation problem), and the payload's fields that could not be
     * read as answers (left out of {@code content}; none when the submission can be submitted).
     */
    public record Mapped(ResponseContent content, String idempotencyKey, Map<String, String> pathOf, List<Violation> unreadable) {

        /** A violation of the stored form ({@code answers.members}, {@code otherText.q}) named by Kobo's field instead. */
        public Violation located(Violation violation) {
            String field = violation.field();
            for (String prefix : List.of("answers.", "otherText.")) {
                if (field.startsWith(prefix) && pathOf.containsKey(field.substring(prefix.length()))) {
                    String path = pathOf.get(field.substring(prefix.length()));
                    return new Violation(prefix.equals("otherText.") ? path + "_other" : path, violation.message());
                }
            }
            return violation;
        }
    }

    private KoboSubmission() {
    }

    /**
     * The submission as answers to {@code d}; a payload key that is no question of {@code d}, or whose value cannot be
     * read, is left out and named in {@link Mapped#unreadable()}.
     *
     * @throws InvalidInputException (400) when the payload is not a JSON object
     */
    public static Mapped map(SurveyDefinition d, JsonNode payload) {
        List<Violation> violations = new ArrayList<>();
        if (payload == null || !payload.isObject()) {
            throw InvalidInputException.of(List.of(new Violation("body", "must be a JSON object, as KoboToolbox sends a submission")));
        }
        String key = submissionId(payload, violations);
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        Map<String, String> otherText = new LinkedHashMap<>();
        Map<String, String> pathOf = new LinkedHashMap<>();
        d.questions().forEach(q -> pathOf.put(q.code(), q.section() == null ? q.code() : q.section() + "/" + q.code()));
        for (Iterator<Map.Entry<String, JsonNode>> fields = payload.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = field.getKey();
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (path.startsWith("_") || path.startsWith("meta/") || path.startsWith("formhub/") || METADATA.contains(name)) {
                continue;
            }
            Optional<Question> question = d.question(name).filter(q -> sectionMatches(q, path));
            if (question.isEmpty() && name.endsWith("_other")) {
                Optional<Question> chosen = d.question(name.substring(0, name.length() - "_other".length())).filter(Question::allowsOther);
                if (chosen.isPresent()) {
                    if (field.getValue().isTextual()) {
                        otherText.put(chosen.get().code(), field.getValue().asText());
                    } else if (!field.getValue().isNull()) {
                        violations.add(new Violation(path, "must be a string, as KoboToolbox sends answers"));
                    }
                    continue;
                }
            }
            if (question.isEmpty()) {
                violations.add(new Violation(path, "is not a question of " + d.key() + " (a question's key is its group path and name)"));
                continue;
            }
            pathOf.put(question.get().code(), path);
            JsonNode value = value(question.get(), field.getValue(), path, violations);
            if (value != null) {
                answers.put(question.get().code(), value);
            }
        }
        return new Mapped(new ResponseContent(answers, otherText), "kobo:" + d.code() + ":" + key, pathOf, List.copyOf(violations));
    }

    private static boolean sectionMatches(Question q, String path) {
        String prefix = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : null;
        return prefix == null || prefix.equals(q.section());
    }

    /** Kobo sends texts; the answer takes the JSON form the question's type reads. Empty means not answered. */
    private static JsonNode value(Question q, JsonNode raw, String path, List<Violation> violations) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (raw.isNull()) {
            return null;
        }
        if (!raw.isTextual() && !raw.isNumber()) {
            violations.add(new Violation(path, "must be a string, as KoboToolbox sends answers"));
            return null;
        }
        String text = raw.asText().strip();
        if (text.isEmpty() || QuestionType.NOTE.equals(q.type())) {
            return null;
        }
        try {
            return switch (q.type()) {
                case QuestionType.MULTIPLE_CHOICE -> {
                    var list = json.arrayNode();
                    for (String choice : text.split("\\s+")) {
                        list.add(choice);
                    }
                    yield list;
                }
                case QuestionType.INTEGER, QuestionType.RATING, QuestionType.YEAR, QuestionType.DECIMAL -> json.numberNode(new BigDecimal(text));
                default -> json.textNode(text);
            };
        } catch (NumberFormatException e) {
            violations.add(new Violation(path, "'" + text + "' is not a number"));
            return null;
        }
    }

    /**
     * The submission's id: {@code meta/instanceID} without its {@code uuid:} prefix, or {@code _uuid}, which Kobo
     * sets to the same value; both given and different is refused, and so is neither.
     */
    private static String submissionId(JsonNode payload, List<Violation> violations) {
        for (String field : List.of("_uuid", "meta/instanceID")) {
            JsonNode value = payload.get(field);
            if (value != null && !value.isNull() && !value.isTextual() && !value.isNumber()) {
                violations.add(new Violation(field, "must be a string, as KoboToolbox sends the submission's id"));
                return null;
            }
        }
        Optional<String> uuid = text(payload, "_uuid");
        Optional<String> instance = text(payload, "meta/instanceID").map(id -> id.startsWith("uuid:") ? id.substring(5) : id);
        if (uuid.isPresent() && instance.isPresent() && !uuid.get().equals(instance.get())) {
            violations.add(new Violation("_uuid", "'" + uuid.get() + "' differs from meta/instanceID '" + instance.get()
                    + "'; KoboToolbox sends the same id in both"));
        }
        Optional<String> id = instance.or(() -> uuid);
        if (id.isEmpty()) {
            violations.add(new Violation("_uuid", "is required (or meta/instanceID): it makes Kobo's retries store one response"));
        }
        return id.orElse(null);
    }

    /** A text or number field's text; empty for a missing, null or blank field. */
    private static Optional<String> text(JsonNode payload, String field) {
        JsonNode value = payload.get(field);
        return value == null || !(value.isTextual() || value.isNumber()) || value.asText().isBlank() ? Optional.empty()
                : Optional.of(value.asText());
    }
}
