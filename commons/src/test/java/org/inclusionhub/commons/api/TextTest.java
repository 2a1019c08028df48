package org.inclusionhub.commons.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lengths as a person counts them. */
class TextTest {

    @Test
    void anEmojiIsOneCharacter() {
        assertThat(Text.length("Ağrı")).isEqualTo(4);
        assertThat(Text.length("\uD83C\uDDFA\uD83C\uDDE6 network")).isEqualTo(10); // a flag is two code points
        assertThat(Text.length("")).isZero();
    }
}
