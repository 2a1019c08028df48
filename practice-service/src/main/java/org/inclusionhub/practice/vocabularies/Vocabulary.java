package org.inclusionhub.practice.vocabularies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A controlled vocabulary: stable codes with English labels, in display order. */
public record Vocabulary(
        @Schema(required = true, description = "The vocabulary's name",
                enumeration = {"scopes", "organisationTypes", "themes", "targetGroups", "funding", "sources", "statuses"},
                examples = "themes") String name,
        @Schema(required = true, examples = "What a practice works on") String description,
        @Schema(required = true, description = "The codes with their English labels, in display order") List<Term> terms) {

    /** A code and its English label. */
    public record Term(
            @Schema(required = true, description = "The stable code that requests and answers use",
                    examples = "language-learning") String code,
            @Schema(required = true, description = "The English label to show", examples = "Language learning")
            String label) {
    }

    static Vocabulary of(String name, String description, String... codeLabelPairs) {
        Map<String, String> terms = new LinkedHashMap<>();
        for (int i = 0; i < codeLabelPairs.length; i += 2) {
            terms.put(codeLabelPairs[i], codeLabelPairs[i + 1]);
        }
        return of(name, description, terms);
    }

    static Vocabulary of(String name, String description, Map<String, String> codeLabels) {
        return new Vocabulary(name, description,
                codeLabels.entrySet().stream().map(e -> new Term(e.getKey(), e.getValue())).toList());
    }

    public boolean contains(String code) {
        return terms.stream().anyMatch(t -> t.code().equals(code));
    }

    public List<String> codes() {
        return terms.stream().map(Term::code).toList();
    }
}
