package org.inclusionhub.commons.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.inclusionhub.commons.domain.Violation;
import org.junit.jupiter.api.Test;

/** What a request target that {@link java.net.URI} cannot parse is refused as: the part of it that is wrong. */
class RequestLimitsTest {

    /** Sent unencoded, UTF-8 reaches the router as one character per byte (Ș: È and the control character 0x98). */
    @Test
    void anUnencodedCharacterInTheQueryNamesItsParameter() {
        assertThat(field(asSent("/api/v1/practices?country=DE&q=BRAȘOV"))).isEqualTo("q");
        assertThat(field("/api/v1/practices?q=a b&country=DE")).isEqualTo("q");
        assertThat(field(asSent("/api/v1/practices?q=ok&city=Bra%C8%99ov&region=Țara"))).isEqualTo("region");
        assertThat(field(asSent("/api/v1/practices?q=ok&Ș=1"))).isEqualTo("query");
    }

    @Test
    void anUnencodedCharacterInThePathNamesThePath() {
        assertThat(field("/api/v1/pract ices?q=ok")).isEqualTo("path");
    }

    @Test
    void aValidTargetIsNoViolation() {
        assertThat(RequestLimits.invalidUri("/api/v1/practices?q=Bra%C8%99ov&country=RO")).isNull();
    }

    private static String asSent(String target) {
        return new String(target.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static String field(String uri) {
        Violation violation = RequestLimits.invalidUri(uri);
        assertThat(violation).as(uri).isNotNull();
        return violation.field();
    }
}
