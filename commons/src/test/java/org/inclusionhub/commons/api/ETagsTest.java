package org.inclusionhub.commons.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** If-Match compares entity-tags strongly, character by character (RFC 9110 section 8.8.3.2). */
class ETagsTest {

    @Test
    void aTagIsTheVersionOnlyAsTheServiceWritesIt() {
        assertThat(ETags.version("\"2\"")).hasValue(2);
        assertThat(ETags.version("\"0\"")).hasValue(0);
        assertThat(ETags.version("\"2.x7Tq\"")).hasValue(2);
        // "02" is another tag than "2": it matched version 2
        assertThat(ETags.version("\"02\"")).isEqualTo(OptionalLong.empty());
        assertThat(ETags.version("\"00\"")).isEqualTo(OptionalLong.empty());
        assertThat(ETags.version("W/\"2\"")).isEqualTo(OptionalLong.empty());
    }
}
