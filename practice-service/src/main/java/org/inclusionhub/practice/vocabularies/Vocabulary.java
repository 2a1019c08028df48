package org.inclusionhub.practice.vocabularies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A controlled vocabulary: stable codes with English labels, in display order. */
public record Vocabulary(String name, String description, List<Term> terms) {

    public record Term(String code, String label) {
    }

    static Vocabulary of(String name, String description, String... codeLabelPairs) {
        Map<String, String> terms = new LinkedHashMap<>();
        for (int i = 0; i < codeLabelPairs.length; i += 2) {
            terms.put(codeLabelPairs[i], codeLabelPairs[i + 1]);
        }
        return new Vocabulary(name, description,
                terms.entrySet().stream().map(e -> new Term(e.getKey(), e.getValue())).toList());
    }

    public boolean contains(String code) {
        return terms.stream().anyMatch(t -> t.code().equals(code));
    }

    public List<String> codes() {
        return terms.stream().map(Term::code).toList();
    }
}
