package org.inclusionhub.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.inclusionhub.survey.responses.ResponseStatus;
import org.inclusionhub.survey.surveys.SurveyStatus;

/** The only steps: a survey version from draft to published, a response from submitted to withdrawn. */
class StatusTransitionsTest {

    @Test
    void aSurveyVersionIsPublishedOnce() {
        assertThat(SurveyStatus.DRAFT.canBecome(SurveyStatus.PUBLISHED)).isTrue();
        assertThat(SurveyStatus.PUBLISHED.canBecome(SurveyStatus.PUBLISHED)).isFalse();
        assertThat(SurveyStatus.PUBLISHED.canBecome(SurveyStatus.DRAFT)).isFalse();
        assertThat(SurveyStatus.DRAFT.canBecome(SurveyStatus.DRAFT)).isFalse();
    }

    @Test
    void aResponseIsWithdrawnOnceAndNeverComesBack() {
        assertThat(ResponseStatus.SUBMITTED.canBecome(ResponseStatus.WITHDRAWN)).isTrue();
        assertThat(ResponseStatus.WITHDRAWN.canBecome(ResponseStatus.WITHDRAWN)).isFalse();
        assertThat(ResponseStatus.WITHDRAWN.canBecome(ResponseStatus.SUBMITTED)).isFalse();
        assertThat(ResponseStatus.fromCode("withdrawn")).contains(ResponseStatus.WITHDRAWN);
        assertThat(ResponseStatus.fromCode("deleted")).isEmpty();
    }
}
