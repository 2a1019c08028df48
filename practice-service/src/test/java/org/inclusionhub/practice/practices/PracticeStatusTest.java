package org.inclusionhub.practice.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.practice.practices.PracticeStatus.ARCHIVED;
import static org.inclusionhub.practice.practices.PracticeStatus.DRAFT;
import static org.inclusionhub.practice.practices.PracticeStatus.PUBLISHED;

import org.junit.jupiter.api.Test;

class PracticeStatusTest {

    @Test
    void allowedTransitions() {
        assertThat(DRAFT.canBecome(PUBLISHED)).isTrue();
        assertThat(DRAFT.canBecome(ARCHIVED)).isTrue();
        assertThat(PUBLISHED.canBecome(ARCHIVED)).isTrue();
        assertThat(ARCHIVED.canBecome(PUBLISHED)).isTrue();
    }

    @Test
    void illegalTransitions() {
        assertThat(PUBLISHED.canBecome(PUBLISHED)).isFalse();
        assertThat(ARCHIVED.canBecome(ARCHIVED)).isFalse();
        assertThat(PUBLISHED.canBecome(DRAFT)).isFalse();
        assertThat(ARCHIVED.canBecome(DRAFT)).isFalse();
    }
}
