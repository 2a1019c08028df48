package org.inclusionhub.survey.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inclusionhub.commons.statistics.Amount;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.inclusionhub.survey.surveys.TestSurveys;
import org.junit.jupiter.api.Test;

/** The figures derived from summed contributions: bases, not asked / not answered, medians, cross-tabs. */
class SurveyStatisticsArithmeticTest {

    private static final SurveyDefinition SURVEY = TestSurveys.small("arithmetic-test", 1);

    private static final Map<String, Amount> COUNTS = sum(
            Map.of("country", "DE", "type", "formal", "fields", List.of("education", "health"), "evaluated", "yes",
                    "evaluation", "internal", "members", 10),
            Map.of("country", "DE", "type", "informal", "fields", List.of("education"), "evaluated", "yes", "members", 20),
            Map.of("country", "IE", "type", "formal", "fields", List.of("housing", "education", "health"), "evaluated", "no",
                    "members", 40));

    @Test
    void skippedSplitsIntoNotAskedAndNotAnswered() {
        SurveyStatistics stats = SurveyStatisticsReader.statistics(SURVEY, COUNTS, null);
        SurveyStatistics.QuestionStats evaluation = question(stats, "evaluation");
        assertThat(evaluation.answered()).isEqualTo(1);
        assertThat(evaluation.skipped()).isEqualTo(2);
        assertThat(evaluation.notAsked()).isEqualTo(1);
        assertThat(evaluation.notAnswered()).isEqualTo(1);
        // no condition: whoever skipped it was asked
        SurveyStatistics.QuestionStats founded = question(stats, "founded");
        assertThat(founded.notAsked()).isZero();
        assertThat(founded.notAnswered()).isEqualTo(3);
        assertThat(question(stats, "members").numbers().median()).isEqualTo(20.0);
    }

    @Test
    void numbersFarFromOneKeepTheirMeanMedianAndBins() {
        // rounding by Math.round(x * 10000) saturated at 9.2e14 and turned 0.00001 into 0
        SurveyStatistics.Numbers large = question(SurveyStatisticsReader.statistics(SURVEY,
                sum(Map.of("budget", 1e15), Map.of("budget", 2e15)), null), "budget").numbers();
        assertThat(large.mean()).isEqualTo(1.5e15);
        assertThat(large.median()).isEqualTo(1.5e15);
        assertThat(large.histogram().get(9).to()).isEqualTo(2e15);

        SurveyStatistics.Numbers small = question(SurveyStatisticsReader.statistics(SURVEY,
                sum(Map.of("budget", 0.00001), Map.of("budget", 0.00002), Map.of("budget", 0.00004)), null), "budget").numbers();
        assertThat(small.mean()).isEqualTo(0.00002333);
        assertThat(small.median()).isEqualTo(0.00002);
        assertThat(small.histogram().get(0).from()).isEqualTo(0.00001);
        assertThat(small.histogram().get(0).to()).isEqualTo(0.000013);
    }

    @Test
    void percentagesUseBothBases() {
        SurveyStatistics.OptionCount internal = question(SurveyStatisticsReader.statistics(SURVEY, COUNTS, null), "evaluation")
                .options().get(0);
        assertThat(internal.count()).isEqualTo(1);
        assertThat(internal.percentage()).isEqualTo(100.0);
        assertThat(internal.percentageOfRespondents()).isEqualTo(33.3);
    }

    @Test
    void aMultipleChoiceQuestionCrossedWithItselfCountsOptionsChosenTogether() {
        SurveyDefinition.Question fields = SURVEY.question("fields").orElseThrow();
        SurveyStatistics.CrossTab self = SurveyStatisticsReader.crossTab(SURVEY, fields, fields, COUNTS, null);
        assertThat(self.rowOptions()).containsExactly("education", "health", "housing", "other");
        assertThat(self.counts()).containsExactly(List.of(3L, 2L, 1L, 0L), List.of(2L, 2L, 1L, 0L), List.of(1L, 1L, 1L, 0L),
                List.of(0L, 0L, 0L, 0L));
        assertThat(self.rowPercentages().get(1)).containsExactly(100.0, 100.0, 50.0, 0.0);
    }

    @Test
    void crossTabsReadTheSamePairsWhicheverQuestionIsTheRows() {
        SurveyDefinition.Question type = SURVEY.question("type").orElseThrow();
        SurveyDefinition.Question fields = SURVEY.question("fields").orElseThrow();
        SurveyStatistics.CrossTab byType = SurveyStatisticsReader.crossTab(SURVEY, type, fields, COUNTS, null);
        SurveyStatistics.CrossTab byFields = SurveyStatisticsReader.crossTab(SURVEY, fields, type, COUNTS, null);
        assertThat(byType.counts()).containsExactly(List.of(2L, 2L, 1L, 0L), List.of(1L, 0L, 0L, 0L));
        assertThat(byFields.counts()).containsExactly(List.of(2L, 1L), List.of(2L, 0L), List.of(1L, 0L), List.of(0L, 0L));
        assertThat(byType.rowTotals()).containsExactly(2L, 1L);
        assertThat(byType.columnTotals()).containsExactly(3L, 2L, 1L, 0L);
    }

    @Test
    void aDimensionIsCountedLikeASingleChoiceQuestionAfterTheQuestions() {
        SurveyDefinition withRegion = new SurveyDefinition(SURVEY.code(), 1, "With region", null, SURVEY.questions(), List.of(
                new SurveyDefinition.Dimension("region", "Region", List.of(
                        new SurveyDefinition.Group("germany", "Germany", List.of(new SurveyDefinition.Condition("country", List.of("DE")))),
                        new SurveyDefinition.Group("rest", "Elsewhere", null)))));
        Map<String, Amount> counts = new HashMap<>();
        for (Map<String, Object> answers : List.<Map<String, Object>>of(Map.of("country", "DE", "type", "formal"),
                Map.of("country", "DE", "type", "informal"), Map.of("country", "IE", "type", "formal"))) {
            ResponseContribution.of(withRegion, answers)
                    .forEach((k, a) -> counts.merge(k.metric(), a, Amount::plus));
        }
        SurveyStatistics stats = SurveyStatisticsReader.statistics(withRegion, counts, null);
        SurveyStatistics.QuestionStats region = stats.questions().get(stats.questions().size() - 1);
        assertThat(region.code()).isEqualTo("region");
        assertThat(region.type()).isEqualTo("dimension");
        assertThat(region.options()).extracting(SurveyStatistics.OptionCount::label).containsExactly("Germany", "Elsewhere");
        assertThat(region.options()).extracting(SurveyStatistics.OptionCount::count).containsExactly(2L, 1L);
        SurveyDefinition.Question type = withRegion.question("type").orElseThrow();
        assertThat(SurveyStatisticsReader.crossTab(withRegion, withRegion.analysed("region").orElseThrow(), type, counts, null)
                .counts()).containsExactly(List.of(1L, 1L), List.of(1L, 0L));
    }

    @SafeVarargs
    private static Map<String, Amount> sum(Map<String, Object>... responses) {
        Map<String, Amount> sum = new HashMap<>();
        for (Map<String, Object> answers : responses) {
            ResponseContribution.of(SURVEY, answers)
                    .forEach((k, a) -> sum.merge(k.metric(), a, Amount::plus));
        }
        return sum;
    }

    private static SurveyStatistics.QuestionStats question(SurveyStatistics stats, String code) {
        return stats.questions().stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
    }
}
