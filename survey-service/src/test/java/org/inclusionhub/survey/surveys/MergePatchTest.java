package org.inclusionhub.survey.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples of RFC 7396, appendix A (a selection). */
class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"a\":\"b\"}|{\"a\":\"c\"}|{\"a\":\"c\"}",
            "{\"a\":\"b\"}|{\"b\":\"c\"}|{\"a\":\"b\",\"b\":\"c\"}",
            "{\"a\":\"b\"}|{\"a\":null}|{}",
            "{\"a\":[\"b\"]}|{\"a\":\"c\"}|{\"a\":\"c\"}",
            "{\"a\":{\"b\":\"c\"}}|{\"a\":{\"b\":\"d\",\"c\":null}}|{\"a\":{\"b\":\"d\"}}",
            "{\"a\":[{\"b\":\"c\"}]}|{\"a\":[1]}|{\"a\":[1]}",
            "{\"e\":null}|{\"a\":1}|{\"e\":null,\"a\":1}",
            "{}|{\"a\":{\"bb\":{\"ccc\":null}}}|{\"a\":{\"bb\":{}}}"})
    void appliesTheRfcExamples(String target, String patch, String result) throws Exception {
        assertThat(MergePatch.apply(JSON.readTree(target), JSON.readTree(patch))).isEqualTo(JSON.readTree(result));
    }
}
