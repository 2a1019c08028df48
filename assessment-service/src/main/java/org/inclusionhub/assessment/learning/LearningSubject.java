package org.inclusionhub.assessment.learning;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who was assessed: a catalogue practice (by id, named by its title) or a place (by name and country). */
public record LearningSubject(
        @Schema(required = true, enumeration = {"practice", "place"}, examples = "practice") String type,
        @Schema(description = "The catalogue practice; null for a place", examples = "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41")
        UUID practiceId,
        @Schema(description = "A practice's catalogue title (null while this service has not heard of it), or the "
                + "place's name", examples = "Mechelen") String name,
        @Schema(description = "ISO 3166-1 alpha-2: a practice's catalogue country or the place's own",
                examples = "BE") String country) {

    public static final String PRACTICE = "practice";
    public static final String PLACE = "place";

    /**
     * The same subject always has the same key, whoever assessed it: {@code practice:<id>}, or
     * {@code place:<COUNTRY>:<name in lower case>}.
     */
    @JsonIgnore
    public String key() {
        return PRACTICE.equals(type) ? "practice:" + practiceId
                : "place:" + (country == null ? "" : country.toUpperCase(Locale.ROOT)) + ":"
                        + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }

    @JsonIgnore
    public boolean isPractice() {
        return PRACTICE.equals(type);
    }

    /** The same subject with its catalogue title and country, as the practice replica gives them. */
    public LearningSubject named(SubjectContext context) {
        return context == null || !isPractice() ? this : new LearningSubject(type, practiceId, context.name(), context.country());
    }
}
