package org.inclusionhub.survey.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inclusionhub.survey.domain.SurveyDefinition;
import org.inclusionhub.survey.domain.TestSurveys;
import org.inclusionhub.survey.stats.ResponseContribution.Amount;
import org.junit.jupiter.api.Test;

/** The arithmetic of one response's contribution: which keys it adds, with which amounts. */
class ResponseContributionTest {

    private static final SurveyDefinition SURVEY = TestSurveys.small("contribution-test", 1);
    private static final Map<String, Object> ANSWERS = Map.of("name", "Net", "country", "DE", "type", "formal",
            "fields", List.of("education", "health"), "members", 25, "evaluated", "no");

    @Test
    void aResponseCountsOnceInEachSegmentItBelongsToAndInEveryPairOfItsCategoricalAnswers() {
        Map<String, Amount> amounts = ResponseContribution.of(SURVEY, ANSWERS);

        // segments: all, and one per single-valued categorical answer (country, type, evaluated)
        for (String segment : List.of("all", "country=DE", "type=formal", "evaluated=no")) {
            assertThat(amounts).containsEntry(segment + "|respondents", new Amount(1, BigDecimal.ZERO))
                    .containsEntry(segment + "|answered:name", new Amount(1, BigDecimal.ZERO))
                    .containsEntry(segment + "|option:fields:health", new Amount(1, BigDecimal.ZERO))
                    .containsEntry(segment + "|number:members", new Amount(1, new BigDecimal("25")))
                    .containsEntry(segment + "|value:members:25", new Amount(1, BigDecimal.ZERO));
        }
        assertThat(amounts.keySet()).noneMatch(k -> k.startsWith("fields=")).noneMatch(k -> k.contains("option:fields:housing"));
        // cross pairs, in segment all only, of country, type, fields (two options) and evaluated:
        // country-type 1, country-fields 2, country-evaluated 1, type-fields 2, type-evaluated 1, fields-evaluated 2
        assertThat(amounts.keySet().stream().filter(k -> k.startsWith("all|cross:"))).hasSize(9)
                .contains("all|cross:country:DE:fields:education", "all|cross:fields:health:evaluated:no");
        assertThat(amounts.keySet()).noneMatch(k -> k.contains("|cross:") && !k.startsWith("all|"));
        // respondents, 6 answered, 5 options (country, type, 2 fields, evaluated), number and value of members: 14 per segment
        long perSegment = amounts.keySet().stream().filter(k -> k.startsWith("all|") && !k.startsWith("all|cross:")).count();
        assertThat(perSegment).isEqualTo(14);
        assertThat(amounts).hasSize(4 * 14 + 9);
    }

    @Test
    void theSharedKeyTextsGiveTheSameContributionEveryTime() {
        Map<String, Amount> first = new TreeMap<>(ResponseContribution.of(SURVEY, ANSWERS));
        Map<String, Amount> again = new TreeMap<>(ResponseContribution.of(SURVEY, ANSWERS));
        Map<String, Amount> otherVersion = new TreeMap<>(ResponseContribution.of(TestSurveys.small("contribution-test", 2), ANSWERS));
        assertThat(again).isEqualTo(first);
        assertThat(otherVersion).isEqualTo(first);
    }
}
