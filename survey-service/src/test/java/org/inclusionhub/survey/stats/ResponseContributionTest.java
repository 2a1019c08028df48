package org.inclusionhub.survey.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inclusionhub.commons.statistics.Amount;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.inclusionhub.survey.surveys.TestSurveys;
import org.junit.jupiter.api.Test;

/** The arithmetic of one response's contribution: which keys it adds, with which amounts. */
class ResponseContributionTest {

    private static final SurveyDefinition SURVEY = TestSurveys.small("contribution-test", 1);
    private static final Map<String, Object> ANSWERS = Map.of("name", "Net", "country", "DE", "type", "formal",
            "fields", List.of("education", "health"), "members", 25, "evaluated", "no");

    @Test
    void aResponseCountsOnceInEveryMetricAndEveryPairOfItsCategoricalAnswers() {
        Map<String, Amount> amounts = contribution(SURVEY, ANSWERS);

        assertThat(amounts).containsEntry("all|respondents", new Amount(1, BigDecimal.ZERO))
                .containsEntry("all|answered:name", new Amount(1, BigDecimal.ZERO))
                .containsEntry("all|option:fields:health", new Amount(1, BigDecimal.ZERO))
                .containsEntry("all|number:members", new Amount(1, new BigDecimal("25")))
                .containsEntry("all|value:members:25", new Amount(1, BigDecimal.ZERO));
        // no copies per filterable answer: filtered figures are computed when read
        assertThat(amounts.keySet()).allMatch(k -> k.startsWith("all|")).noneMatch(k -> k.contains("option:fields:housing"));
        // evaluation is asked only when evaluated is yes: neither asked nor answered here
        assertThat(amounts.keySet()).noneMatch(k -> k.endsWith(":evaluation"));
        // cross pairs of country, type, fields (two options) and evaluated:
        // country-type 1, country-fields 2, country-evaluated 1, type-fields 2, type-evaluated 1, fields-evaluated 2,
        // and fields with itself: education-health both ways
        assertThat(amounts.keySet().stream().filter(k -> k.startsWith("all|cross:"))).hasSize(11)
                .contains("all|cross:country:DE:fields:education", "all|cross:fields:health:evaluated:no",
                        "all|cross:fields:education:fields:health", "all|cross:fields:health:fields:education")
                .doesNotContain("all|cross:fields:health:fields:health");
        // respondents, 6 answered, 5 options (country, type, 2 fields, evaluated), number and value of members
        assertThat(amounts).hasSize(14 + 11);
    }

    @Test
    void aQuestionWhoseConditionHeldCountsAsAskedAnsweredOrNot() {
        Map<String, Object> evaluated = new java.util.HashMap<>(ANSWERS);
        evaluated.put("evaluated", "yes");
        assertThat(contribution(SURVEY, evaluated)).containsKey("all|asked:evaluation").doesNotContainKey(
                "all|answered:evaluation");
        evaluated.put("evaluation", "internal");
        assertThat(contribution(SURVEY, evaluated)).containsKeys("all|asked:evaluation", "all|answered:evaluation");
        // questions without a condition are always asked and keep no key for it
        assertThat(contribution(SURVEY, evaluated).keySet()).containsOnlyOnce("all|asked:evaluation")
                .noneMatch(k -> k.startsWith("all|asked:") && !k.equals("all|asked:evaluation"));
    }

    @Test
    void theSharedKeyTextsGiveTheSameContributionEveryTime() {
        Map<String, Amount> first = new TreeMap<>(contribution(SURVEY, ANSWERS));
        Map<String, Amount> again = new TreeMap<>(contribution(SURVEY, ANSWERS));
        Map<String, Amount> otherVersion = new TreeMap<>(contribution(TestSurveys.small("contribution-test", 2), ANSWERS));
        assertThat(again).isEqualTo(first);
        assertThat(otherVersion).isEqualTo(first);
    }

    /**
     * The cross texts are found by the options' ids in a table that grows as options are first seen; whatever the
     * order options arrive in, every pair's key must be the one spelled out from the two answers.
     */
    @Test
    void crossKeysFoundByOptionIdsAreThePairsSpelledOut() {
        SurveyDefinition survey = TestSurveys.small("contribution-ids", 1);
        java.util.Random random = new java.util.Random(7);
        List<String> countries = List.of("DE", "SE", "IT", "TR", "IE", "FR");
        List<String> fields = List.of("education", "health", "housing", "other");
        for (int n = 0; n < 300; n++) {
            List<String> chosen = new java.util.ArrayList<>(fields);
            java.util.Collections.shuffle(chosen, random);
            chosen = chosen.subList(0, 1 + random.nextInt(chosen.size()));
            Map<String, Object> answers = Map.of("name", "Net " + n, "country", countries.get(random.nextInt(countries.size())),
                    "type", random.nextBoolean() ? "formal" : "informal", "fields", chosen, "evaluated", "no");
            List<String> options = new java.util.ArrayList<>();
            options.add("country:" + answers.get("country"));
            options.add("type:" + answers.get("type"));
            chosen.forEach(f -> options.add("fields:" + f));
            options.add("evaluated:no");
            java.util.Set<String> expected = new java.util.HashSet<>();
            for (int a = 0; a < options.size(); a++) {
                for (int b = a; b < options.size(); b++) {
                    boolean sameQuestion = options.get(a).startsWith("fields:") && options.get(b).startsWith("fields:");
                    if (a != b) {
                        expected.add("all|cross:" + options.get(a) + ":" + options.get(b));
                        if (sameQuestion) {
                            expected.add("all|cross:" + options.get(b) + ":" + options.get(a));
                        }
                    }
                }
            }
            assertThat(contribution(survey, answers).keySet().stream().filter(k -> k.startsWith("all|cross:")))
                    .as("response %d", n).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** The contribution by the keys' text forms ({@code segment|metric}), sorted. */
    private static Map<String, Amount> contribution(SurveyDefinition d, Map<String, Object> answers) {
        Map<String, Amount> byText = new TreeMap<>();
        ResponseContribution.of(d, answers).forEach((key, amount) -> byText.put(key.text(), amount));
        return byText;
    }
}
