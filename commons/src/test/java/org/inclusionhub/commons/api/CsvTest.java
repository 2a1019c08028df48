package org.inclusionhub.commons.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void parsesQuotedFieldsWithCommasQuotesAndLineBreaks() {
        String text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,,3";
        assertThat(Csv.parse(text)).containsExactly(
                List.of("a", "b", "c"),
                List.of("x, y", "say \"hi\"", "two\nlines"),
                List.of("1", "", "3"));
    }

    @Test
    void writesWhatItReads() {
        List<String> fields = List.of("plain", "with,comma", "with \"quote\"", "multi\nline", "");
        assertThat(Csv.parse(Csv.line(fields))).containsExactly(fields);
    }

    @Test
    void neutralisesSpreadsheetFormulasButNotNegativeNumbers() {
        assertThat(Csv.line(List.of("=HYPERLINK(\"x\")", "+1+2", "@cmd", "-12.5", "plain")))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+1+2,'@cmd,-12.5,plain\r\n");
    }

    @Test
    void rejectsAnUnclosedQuote() {
        assertThatThrownBy(() -> Csv.parse("a,\"open")).isInstanceOf(IllegalArgumentException.class);
    }
}
