package org.inclusionhub.assessment.frameworks;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A criteria framework version as a tree: areas, questions (benchmark: key factors), items
 * (benchmark: guiding questions). What gets rated depends on {@link #kind()}: checklist items, or
 * benchmark key factors.
 */
public record FrameworkDefinition(
        @Schema(required = true, maxLength = 61, pattern = "^[a-z0-9][a-z0-9-]{1,60}$", description = "The framework's "
                + "code, shared by all its versions: 2 to 61 lower-case letters, digits and dashes",
                examples = "spring-gpc") String code,
        @Schema(required = true, minimum = "1", description = "The version number, from 1; a published version never "
                + "changes, a change is a new version", examples = "1") Integer version,
        @Schema(required = true, maxLength = 5000, examples = "SPRING Good Practice Criteria") String name,
        @Schema(maxLength = 5000, description = "What the framework is and where it comes from") String description,
        @Schema(required = true, enumeration = {"checklist", "benchmark"}, description = "checklist: each item is rated "
                + "met, not-met or not-applicable; benchmark: each question (key factor) is rated on the maturity scale "
                + "0 to 3 or not-applicable, and its items are guiding questions answered in narrative only",
                examples = "checklist") String kind,
        @Schema(maxLength = 5000, description = "The source the criteria are taken from",
                examples = "SPRING project good-practice pages") String source,
        @Schema(required = true, minItems = 1, maxItems = 200, description = "1 to 200 areas") List<Area> areas) {

    public static final String CHECKLIST = "checklist";
    public static final String BENCHMARK = "benchmark";
    /** The documented form of {@code FrameworkValidator}'s rule for area, question and item codes. */
    static final String NODE_CODE = "^[A-Za-z0-9][A-Za-z0-9.-]{0,40}$";
    static final String NODE_CODE_RULE = "1 to 41 letters, digits, dots and dashes, starting with a letter or digit; "
            + "unique within the framework version";

    /** A group of questions (in a benchmark: of key factors). */
    public record Area(
            @Schema(required = true, maxLength = 41, pattern = NODE_CODE, description = NODE_CODE_RULE, examples = "IP")
            String code,
            @Schema(required = true, maxLength = 5000, examples = "Inclusivity & Participation") String title,
            @Schema(required = true, minItems = 1, maxItems = 200, description = "1 to 200 questions")
            List<Question> questions) {
    }

    /** A question answered in narrative (in a benchmark: a key factor, which is also what gets rated). */
    public record Question(
            @Schema(required = true, maxLength = 41, pattern = NODE_CODE, description = NODE_CODE_RULE, examples = "IP.1")
            String code,
            @Schema(required = true, maxLength = 5000, examples = "Does the practice ensure that its services are "
                    + "accessible and responsive to diverse groups?") String text,
            @Schema(maxItems = 200, description = "Checklist: 1 to 200 items, each rated. Benchmark: up to 200 guiding "
                    + "questions, answered in narrative only. Always present in answers (empty when none)")
            List<Item> items) {
        public Question {
            items = items == null ? List.of() : items;
        }
    }

    /** A checklist item (rated) or a benchmark guiding question (answered in narrative). */
    public record Item(
            @Schema(required = true, maxLength = 41, pattern = NODE_CODE, description = NODE_CODE_RULE,
                    examples = "IP.1.1") String code,
            @Schema(required = true, maxLength = 5000, examples = "Adopt a participatory, gender mainstreaming, age "
                    + "sensitive, inclusive approach and secure equal opportunities for beneficiaries.") String text) {
    }

    @JsonIgnore
    public boolean isBenchmark() {
        return BENCHMARK.equals(kind);
    }

    public Stream<Question> questions() {
        return areas.stream().flatMap(a -> a.questions().stream());
    }

    public Stream<Item> items() {
        return questions().flatMap(q -> q.items().stream());
    }

    public Optional<Question> question(String code) {
        return questions().filter(q -> q.code().equals(code)).findFirst();
    }

    /** The codes that carry a rating: checklist items, or benchmark key factors. */
    public List<String> ratedCodes() {
        return isBenchmark() ? questions().map(Question::code).toList() : items().map(Item::code).toList();
    }

    /** The question a rated code belongs to (a benchmark key factor is its own question). */
    public Optional<Question> questionOf(String ratedCode) {
        if (isBenchmark()) {
            return question(ratedCode);
        }
        return questions().filter(q -> q.items().stream().anyMatch(i -> i.code().equals(ratedCode))).findFirst();
    }

    public String key() {
        return code + "@" + version;
    }
}
