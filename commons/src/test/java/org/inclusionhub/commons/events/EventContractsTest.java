package org.inclusionhub.commons.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.inclusionhub.commons.testing.EventContracts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contracts hold their own examples and refuse what a consumer could not read. */
class EventContractsTest {

    @ParameterizedTest
    @ValueSource(strings = {"practice.created", "practice.updated", "practice.published", "practice.archived",
            "practice.deleted", "assessment.submitted", "assessment.withdrawn", "framework.published",
            "survey-response.submitted", "survey-response.updated", "survey-response.withdrawn"})
    void everyExampleConformsToItsSchema(String type) {
        assertThat(EventContracts.violations(EventContracts.example(type).toString())).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        ObjectNode event = EventContracts.example("practice.published");
        ((ObjectNode) event.get("data")).remove("title");
        assertThat(EventContracts.violations(event.toString())).anyMatch(v -> v.contains("title"));
    }

    @Test
    void aValueOfTheWrongKindIsRefused() {
        ObjectNode event = EventContracts.example("survey-response.submitted");
        ((ObjectNode) event.get("data").get("answers")).putObject("country").put("code", "DE");
        ((ObjectNode) event.get("data")).put("surveyVersion", "1");
        List<String> violations = EventContracts.violations(event.toString());
        assertThat(violations).anyMatch(v -> v.contains("country")).anyMatch(v -> v.contains("surveyVersion"));
    }

    @Test
    void theEnvelopeIsCheckedToo() {
        ObjectNode event = EventContracts.example("assessment.submitted");
        event.put("specversion", "0.3");
        event.remove("time");
        assertThat(EventContracts.violations(event.toString())).anyMatch(v -> v.contains("specversion"))
                .anyMatch(v -> v.contains("time"));
    }
}
