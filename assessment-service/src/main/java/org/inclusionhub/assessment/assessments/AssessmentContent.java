package org.inclusionhub.assessment.assessments;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an assessor writes: the body of create and update requests. */
public record AssessmentContent(
        @Schema(required = true, description = "Code of the framework to assess against (GET /api/v1/frameworks "
                + "lists them)", examples = "spring-gpc") String framework,
        @Schema(description = "Version of that framework, from 1; the latest when omitted", minimum = "1", examples = "1")
        Integer frameworkVersion,
        @Schema(required = true) Subject subject,
        @Schema(required = true, maxLength = 300, description = "Who made this assessment: a person or an "
                + "organisation, at most 300 characters", examples = "City of Mechelen, integration department")
        String assessor,
        @Schema(maxItems = 1000, description = "Narrative answers, at most one per question; all narratives together "
                + "at most 600000 bytes written as JSON") List<Answer> answers,
        @Schema(maxItems = 1000, description = "Ratings, at most one per rated element: checklist items, or benchmark "
                + "key factors") List<Rating> ratings,
        @Schema(maxItems = 50, description = "absolute http or https URLs of at most 2000 characters",
                examples = "[\"https://www.mechelen.be/integration-report-2023.pdf\"]") List<String> evidence) {

    /** A practice of the catalogue ({@code practice}, by id) or, for benchmarks, a city or organisation ({@code place}). */
    @Schema(description = "What is assessed: a practice of the catalogue (type practice, by practiceId) or, against a "
            + "benchmark only, a city or organisation (type place, by name and country)")
    public record Subject(
            @Schema(required = true, enumeration = {"practice", "place"}, examples = "practice") String type,
            @Schema(description = "The catalogue practice; required for type practice, ignored for a place",
                    examples = "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41") UUID practiceId,
            @Schema(maxLength = 300, description = "The city or organisation; required for type place, ignored for a "
                    + "practice", examples = "Mechelen") String name,
            @Schema(maxLength = 2, pattern = "^[A-Z]{2}$", description = "The place's country, ISO 3166-1 alpha-2 in "
                    + "upper case; required for type place, ignored for a practice", examples = "BE") String country) {
        public static final String PRACTICE = "practice";
        public static final String PLACE = "place";
    }

    /** The narrative for a question (or a benchmark guiding question); {@code applicable=false} marks an absent question. */
    public record Answer(
            @Schema(required = true, description = "Code of a question of the framework version (for a benchmark, a "
                    + "key factor or one of its guiding questions)", examples = "IP.1") String question,
            @Schema(description = "false marks a question (not a guiding question) as not applicable: its items may not "
                    + "be rated and it counts in no score; true keeps an unrated question applicable", examples = "true")
            Boolean applicable,
            @Schema(maxLength = 20000, description = "The narrative answer, at most 20000 characters",
                    examples = "Services are offered in six languages and designed with migrant-led organisations.")
            String narrative) {
    }

    /** A rating of a checklist item or a benchmark key factor, on the framework's scale. */
    public record Rating(
            @Schema(required = true, description = "Code of the rated element: a checklist item, or a benchmark key "
                    + "factor", examples = "IP.1.1") String item,
            @Schema(required = true, enumeration = {"met", "not-met", "not-applicable", "0", "1", "2", "3"},
                    description = "On the framework's scale: checklist met, not-met or not-applicable; benchmark "
                            + "maturity 0 (not in place), 1 (planned), 2 (partly in place), 3 (fully in place) or "
                            + "not-applicable", examples = "met") String rating) {
    }

    public AssessmentContent normalised() {
        return new AssessmentContent(framework == null ? null : framework.strip(), frameworkVersion, subject,
                assessor == null || assessor.isBlank() ? null : assessor.strip(),
                answers == null ? List.of() : answers, ratings == null ? List.of() : ratings,
                evidence == null ? List.of() : evidence);
    }
}
