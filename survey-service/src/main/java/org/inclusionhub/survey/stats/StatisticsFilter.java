package org.inclusionhub.survey.stats;

/**
 * Statistics restricted to the responses that gave {@code answer} to {@code question} (for a multiple-choice
 * question: that included it). Written {@code question=answer} in the API.
 */
public record StatisticsFilter(String question, String answer, boolean multiple) {

    @Override
    public String toString() {
        return question + "=" + answer;
    }
}
