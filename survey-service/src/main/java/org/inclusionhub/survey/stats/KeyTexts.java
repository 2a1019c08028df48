package org.inclusionhub.survey.stats;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.inclusionhub.commons.statistics.StatisticKey;

/**
 * The statistics keys of one survey version ({@link StatisticKey#all} of a {@link SurveyMetric}) and their
 * metric texts, each made once and then shared. A response contributes a hundred keys or more; built anew for every event they
 * cost most of the projection's CPU in string building and hashing, while a shared String keeps its hash.
 * Looked up by pairs of texts that are themselves shared or short (question codes, answer values).
 * Bounded: past {@value #MAX_TEXTS} texts a key is built each time and not kept.
 */
final class KeyTexts {

    static final int MAX_TEXTS = 200_000;
    static final int MAX_CROSS_IDS = 2_000;

    private final Map<String, Map<String, String>> answered = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> options = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> asked = new ConcurrentHashMap<>();
    private final Map<String, Integer> optionIds = new ConcurrentHashMap<>();
    private final AtomicInteger nextOptionId = new AtomicInteger();
    /** Cross keys by the two options' ids; beyond {@value #MAX_CROSS_IDS} options a pair's key is built each time. */
    private volatile StatisticKey[][] crossTable = new StatisticKey[0][];
    private final Map<String, StatisticKey> keys = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    /** {@code answered:q} */
    String answered(String question) {
        return shared(answered, question, "", () -> SurveyMetric.answered(question));
    }

    /** {@code option:q:o} */
    String option(String question, String option) {
        return shared(options, question, option, () -> SurveyMetric.option(question, option));
    }

    /** {@code asked:q}, for a question with a condition that held */
    String asked(String question) {
        return shared(asked, question, "", () -> SurveyMetric.asked(question));
    }

    /** A small number for an option metric of {@link #option}, so that its cross pairs are found by index, not by hashing. */
    int optionId(String optionMetric) {
        return optionIds.computeIfAbsent(optionMetric, m -> nextOptionId.getAndIncrement());
    }

    /**
     * The key of {@code cross:q1:o1:q2:o2} over all, from the two option metrics of {@link #option} and their {@link #optionId}s. A
     * response has hundreds of pairs, so this is the projection's hottest lookup: two array reads, no hashing. The
     * table is grown copy-on-write under a lock; a reader that races a writer sees the key or null, never a torn
     * one (keys are immutable), and on null takes the lock.
     */
    StatisticKey cross(int id1, String option1, int id2, String option2) {
        StatisticKey[][] table = crossTable;
        if (id1 < table.length && table[id1] != null && id2 < table[id1].length) {
            StatisticKey key = table[id1][id2];
            if (key != null) {
                return key;
            }
        }
        return crossSlow(id1, option1, id2, option2);
    }

    private synchronized StatisticKey crossSlow(int id1, String option1, int id2, String option2) {
        StatisticKey key = StatisticKey.all(SurveyMetric.cross(option1, option2));
        if (id1 >= MAX_CROSS_IDS || id2 >= MAX_CROSS_IDS) {
            return key;
        }
        StatisticKey[][] table = crossTable;
        if (id1 >= table.length) {
            table = Arrays.copyOf(table, Math.min(MAX_CROSS_IDS, Math.max(id1 + 1, table.length * 2)));
        }
        StatisticKey[] row = table[id1];
        if (row == null || id2 >= row.length) {
            row = row == null ? new StatisticKey[Math.min(MAX_CROSS_IDS, Math.max(id2 + 1, 64))]
                    : Arrays.copyOf(row, Math.min(MAX_CROSS_IDS, Math.max(id2 + 1, row.length * 2)));
            table[id1] = row;
        }
        if (row[id2] == null) {
            row[id2] = key;
        }
        crossTable = table;
        return row[id2];
    }

    /** The key of {@code metric} over all. */
    StatisticKey key(String metric) {
        StatisticKey key = keys.get(metric);
        if (key != null) {
            return key;
        }
        key = StatisticKey.all(metric);
        if (size.get() < MAX_TEXTS) {
            StatisticKey kept = keys.putIfAbsent(metric, key);
            if (kept != null) {
                return kept;
            }
            size.incrementAndGet();
        }
        return key;
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
