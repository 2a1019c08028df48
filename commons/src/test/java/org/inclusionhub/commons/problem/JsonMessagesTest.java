package org.inclusionhub.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.inclusionhub.commons.api.StrictJson;
import org.inclusionhub.commons.domain.Violation;
import org.junit.jupiter.api.Test;

/** What a client is told about a body Jackson could not read: the field and a message in its words. */
class JsonMessagesTest {

    record Budget(BigDecimal amount, String currency) {
    }

    record Practice(String title, Budget budget, java.util.List<String> tags) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        new StrictJson().customize(MAPPER); // as the services read bodies
    }

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
    void aNumberJsonDoesNotAllowIsNamedByItsFieldInTheClientsWords() {
        for (String number : new String[] {"+1", "01", "1.", "0x10"}) {
            Violation v = violationOf("{\"budget\":{\"amount\":" + number + ",\"currency\":\"EUR\"}}");
            assertThat(v.field()).as(number).isEqualTo("budget.amount");
            assertThat(v.message()).as(number).doesNotContain("Feature", "enable");
        }
    }

    @Test
    void aDocumentWrongAsAWholeNamesTheBody() {
        Violation unclosed = violationOf("{\"title\":\"T\",\"budget\":{\"amount\":1}");
        assertThat(unclosed.field()).isEqualTo(Violation.BODY);
        assertThat(unclosed.message()).doesNotContain("marker", "Source").contains("ends before");
        assertThat(violationOf("{\"budget\":{\"amount\":1},}").field()).isEqualTo(Violation.BODY);
        assertThat(violationOf("{\"budget\":{\"amount\":1,}}").field()).isEqualTo("budget");
        assertThat(violationOf("{\"title\":\"T\" /* note */}").message()).doesNotContain("Feature")
                .contains("comments");
        // a comma after an array's last element: the array is named
        assertThat(violationOf("{\"title\":\"T\",\"tags\":[\"a\",]}").field()).isEqualTo("tags");
        assertThat(violationOf("{\"title\":\"T\",\"tags\":[\"a\",]}").message()).contains("after the comma");
    }

    @Test
    void noMessageSpeaksJackson() {
        String huge = "1".repeat(2000);
        for (String json : new String[] {"{\"budget\":{\"amount\":1}}]", "{\"budget\":{\"amount\":1},}",
                "{\"budget\":{\"amount\":+1}}", "{\"budget\":{\"amount\":0x10}}", "{\"title\":\"T\" # note\n}",
                "{\"budget\":{\"amount\":" + huge + "}}", "{\"budget\":{\"amount\":1e2147483648}}",
                "[".repeat(1200) + "]".repeat(1200)}) {
            String message = violationOf(json).message();
            assertThat(message).as(json.length() > 80 ? json.substring(0, 80) : json)
                    .doesNotContain("marker", "(code ", "`", "java.", "Feature", "Constraints");
        }
    }

    @Test
    void aValueOfTheWrongKindIsNamed() {
        assertThat(violationOf("{\"budget\":{\"amount\":\"many\"}}").field()).isEqualTo("budget.amount");
        assertThat(violationOf("{\"budget\":[]}")).isEqualTo(new Violation("budget", "must be an object"));
    }
}
