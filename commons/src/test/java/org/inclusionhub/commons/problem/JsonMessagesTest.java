package org.inclusionhub.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.inclusionhub.commons.domain.Violation;
import org.junit.jupiter.api.Test;

/** What a client is told about a body Jackson could not read: the field and a message in its words. */
class JsonMessagesTest {

    record Budget(BigDecimal amount, String currency) {
    }

    record Practice(String title, Budget budget) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Violation violationOf(String json) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> MAPPER.readValue(json, Practice.class));
        assertThat(e).as("refused: " + json).isNotNull();
        return JsonMessages.violation(e);
    }

    @Test
    void aNonStandardTokenIsNamedByItsOwnFieldNotTheObjectAroundIt() {
        Violation v = violationOf("{\"title\":\"T\",\"budget\":{\"amount\":Infinity,\"currency\":\"EUR\"}}");
        assertThat(v.field()).isEqualTo("budget.amount");
        assertThat(v.message()).startsWith("is no JSON value: a number is written in digits and is finite");
        assertThat(violationOf("{\"title\":NaN}").field()).isEqualTo("title");
    }

    @Test
    void aValueOfTheWrongKindIsNamed() {
        assertThat(violationOf("{\"budget\":{\"amount\":\"many\"}}").field()).isEqualTo("budget.amount");
        assertThat(violationOf("{\"budget\":[]}")).isEqualTo(new Violation("budget", "must be an object"));
    }
}
