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
public record FrameworkDefinition(@Schema(required = true, maxLength = 61) String code, @Schema(required = true, minimum = "1") Integer version,
        @Schema(required = true, maxLength = 5000) String name, @Schema(maxLength = 5000) String description,
        @Schema(required = true, enumeration = {"checklist", "benchmark"}) String kind, @Schema(maxLength = 5000) String source,
        @Schema(required = true, maxItems = 200) List<Area> areas) {

    public static final String CHECKLIST = "checklist";
    public static final String BENCHMARK = "benchmark";

    public record Area(@Schema(required = true) String code, @Schema(required = true, maxLength = 5000) String title,
            @Schema(required = true, maxItems = 200) List<Question> questions) {
    }

    public record Question(@Schema(required = true) String code, @Schema(required = true, maxLength = 5000) String text,
            @Schema(maxItems = 200) List<Item> items) {
        public Question {
            items = items == null ? List.of() : items;
        }
    }

    public record Item(@Schema(required = true) String code, @Schema(required = true, maxLength = 5000) String text) {
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
