package org.inclusionhub.commons.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Item(String owner, Boolean ongoing, Integer startYear, double score, List<String> partners,
            Map<String, JsonNode> answers) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void readsWellFormedInput() throws Exception {
        Item item = mapper.readValue("{\"owner\":\"a 😀\",\"ongoing\":true,\"startYear\":2021,\"score\":3,"
                + "\"partners\":[\"x\"],\"answers\":{\"q\":[\"y\",1],\"n\":null}}", Item.class);
        assertThat(item.owner()).isEqualTo("a 😀");
        assertThat(item.score()).isEqualTo(3.0);
        assertThat(item.answers().get("n").isNull()).isTrue();
    }

    @Test
    void refusesCoercionTrailingTokensAndBadTextNamingThePath() {
        assertPath("{\"owner\":12345}", "owner");
        assertPath("{\"ongoing\":1}", "ongoing");
        assertPath("{\"startYear\":2021.9}", "startYear");
        assertPath("{\"startYear\":\"2021\"}", "startYear");
        assertPath("{\"owner\":\"a\\u0000b\"}", "owner");
        assertPath("{\"owner\":\"x \\ud800 y\"}", "owner");
        assertPath("{\"partners\":[\"ok\",\"b\\u0000\"]}", "partners[1]");
        // XML 1.0 holds none of the other C0 controls either, so an XLSX export could not write them back
        assertPath("{\"owner\":\"a\\u0001b\"}", "owner");
        assertPath("{\"owner\":\"\\u000Bvertical tab\"}", "owner");
        assertPath("{\"owner\":\"x\\uFFFF\"}", "owner");
        assertThat(Text.problem("tab\tline\nfeed\r\n")).isNull();
        assertPath("{\"answers\":{\"q\":[\"ok\",\"\\udc00\"]}}", "answers.q[1]");
        assertThatThrownBy(() -> mapper.readValue("{\"owner\":\"x\"}xyz", Item.class)).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> mapper.readValue("{\"owner\":\"x\"}{}", Item.class)).isInstanceOf(Exception.class);
    }

    @Test
    void utf8RefusesOverlongAndStrayBytes() {
        assertThat(Utf8.decode("zoë".getBytes(StandardCharsets.UTF_8))).isEqualTo("zoë");
        assertThatThrownBy(() -> Utf8.decode(new byte[] {'a', (byte) 0xC0, (byte) 0xAF})).isInstanceOf(Utf8.InvalidUtf8.class)
                .hasMessageContaining("byte 1");
        assertThatThrownBy(() -> Utf8.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isInstanceOf(Utf8.InvalidUtf8.class);
        assertThatThrownBy(() -> Utf8.decode(new byte[] {'a', (byte) 0xFF})).isInstanceOf(Utf8.InvalidUtf8.class);
        assertThat(PercentEncoding.problem("%C0%AF", false)).contains("UTF-8");
        assertThat(PercentEncoding.problem("a%00", false)).contains("NUL");
        assertThat(PercentEncoding.problem("%zz", false)).contains("malformed");
        assertThat(PercentEncoding.problem("caf%C3%A9+x", true)).isNull();
    }

    private void assertPath(String json, String path) {
        assertThatThrownBy(() -> mapper.readValue(json, Item.class)).isInstanceOfSatisfying(JsonMappingException.class,
                e -> assertThat(path(e)).as(json).isEqualTo(path));
    }

    private static String path(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                s.append(s.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                s.append('[').append(ref.getIndex()).append(']');
            }
        }
        return s.toString();
    }
}
