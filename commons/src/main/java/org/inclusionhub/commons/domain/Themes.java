package org.inclusionhub.commons.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The catalogue's theme codes with their English labels, in display order: practice-service's vocabulary
 * (derived from the SPRING practice pages, the YOUMIG categories, the ERASMI fields of action and the
 * IncluCities benchmark themes), and what assessment-service's statistics and learning filters accept.
 */
public final class Themes {

    /** Code to English label, in display order. */
    public static final Map<String, String> LABELS = labels(
            "employment", "Employment",
            "entrepreneurship", "Entrepreneurship",
            "education-and-training", "Education and training",
            "language-learning", "Language learning",
            "housing", "Housing",
            "health", "Health",
            "culture-and-arts", "Culture and arts",
            "sports", "Sports",
            "civic-participation", "Civic participation",
            "anti-discrimination-and-awareness", "Anti-discrimination and awareness",
            "empowerment", "Empowerment",
            "networking-and-cooperation", "Networking and cooperation",
            "reception-and-orientation", "Reception and orientation",
            "legal-support", "Legal support",
            "family-reunification", "Family reunification",
            "social-inclusion", "Social inclusion",
            "volunteering", "Volunteering",
            "diaspora-and-development", "Diaspora and development",
            "return-and-reintegration", "Return and reintegration");

    private Themes() {
    }

    public static boolean isKnown(String code) {
        return code != null && LABELS.containsKey(code);
    }

    private static Map<String, String> labels(String... codeLabelPairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < codeLabelPairs.length; i += 2) {
            labels.put(codeLabelPairs[i], codeLabelPairs[i + 1]);
        }
        return Collections.unmodifiableMap(labels);
    }
}
