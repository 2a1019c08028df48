package org.inclusionhub.survey.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The texts of the statistics keys of one survey version ({@code all|metric} and their parts), each
 * made once and then shared. A response contributes a hundred keys or more; built anew for every event they
 * cost most of the projection's CPU in string building and hashing, while a shared String keeps its hash.
 * Looked up by pairs of texts that are themselves shared or short (question codes, answer values).
 * Bounded: past {@value #MAX_TEXTS} texts a key is built each time and not kept.
 */
final class KeyTexts {

    static final int MAX_TEXTS = 200_000;

    private final Map<String, Map<String, String>> answered = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> options = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> asked = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> crosses = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> keys = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    /** {@code answered:q} */
    String answered(String question) {
        return shared(answered, question, "", () -> "answered:" + question);
    }

    /** {@code option:q:o} */
    String option(String question, String option) {
        return shared(options, question, option, () -> "option:" + question + ":" + option);
    }

    /** {@code asked:q}, for a question with a condition that held */
    String asked(String question) {
        return shared(asked, question, "", () -> "asked:" + question);
    }

    /** {@code all|cross:q1:o1:q2:o2}, from the two option metrics of {@link #option} */
    String cross(String option1, String option2) {
        return shared(crosses, option1, option2,
                () -> "all|cross:" + option1.substring("option:".length()) + ":" + option2.substring("option:".length()));
    }

    /** {@code all|metric} */
    String key(String metric) {
        return shared(keys, metric, "", () -> ResponseContribution.ALL + metric);
    }

    private String shared(Map<String, Map<String, String>> texts, String first, String second, Supplier<String> make) {
        Map<String, String> inner = texts.get(first);
        String text = inner == null ? null : inner.get(second);
        if (text != null) {
            return text;
        }
        text = make.get();
        if (size.get() < MAX_TEXTS) {
            String kept = texts.computeIfAbsent(first, f -> new ConcurrentHashMap<>()).putIfAbsent(second, text);
            if (kept != null) {
                return kept;
            }
            size.incrementAndGet();
        }
        return text;
    }
}
