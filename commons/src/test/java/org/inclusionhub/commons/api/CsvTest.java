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
                new Csv.Record(1, List.of("a", "b", "c")),
                new Csv.Record(2, List.of("x, y", "say \"hi\"", "two\nlines")),
                new Csv.Record(4, List.of("1", "", "3")));
    }

    /** A record's line is where it starts in the file, not its index: the two differ after a cell with line breaks. */
    @Test
    void eachRecordKnowsTheLineItStartsOn() {
        String text = "title,summary\n\"A\",\"one\ntwo\nthree\"\n\r\nB,b\rC,c\n";
        assertThat(Csv.parse(text)).extracting(Csv.Record::line).containsExactly(1, 2, 6, 7);
    }

    @Test
    void writesWhatItReads() {
        List<String> fields = List.of("plain", "with,comma", "with \"quote\"", "multi\nline", "");
        assertThat(Csv.parse(Csv.line(fields))).extracting(Csv.Record::cells).containsExactly(fields);
    }

    @Test
    void neutralisesSpreadsheetFormulasButNotNegativeNumbers() {
        assertThat(Csv.line(List.of("=HYPERLINK(\"x\")", "+1+2", "@cmd", "-12.5", "plain")))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+1+2,'@cmd,-12.5,plain\r\n");
    }

    /** Issue 14: the guard is undone on reading, including for texts that really start with an apostrophe. */
    @Test
    void theFormulaGuardIsUndoneExactlyOnReading() {
        List<String> texts = List.of("-18 months of mentoring", "=SUM(A1)", "+49 30 1234", "@home", "'quoted'", "''", "'",
                "'=not a formula", "'-5", "-5", "\ttabbed", "plain", "it's", "");
        String written = Csv.line(texts);
        assertThat(written).startsWith("'-18 months of mentoring,'=SUM(A1),'+49 30 1234,'@home,''quoted',''',''");
        assertThat(Csv.parse(written)).extracting(Csv.Record::cells).containsExactly(texts);
    }

    @Test
    void aByteOrderMarkIsSkippedOnReading() {
        assertThat(Csv.parse(Csv.BOM + "title\r\nMalmö\r\n")).extracting(Csv.Record::cells)
                .containsExactly(List.of("title"), List.of("Malmö"));
    }

    @Test
    void rejectsAnUnclosedQuote() {
        assertThatThrownBy(() -> Csv.parse("a,\"open")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quote was left open on line 1");
    }

    @Test
    void refusesNulAndTextAfterAClosingQuoteNamingLineAndColumn() {
        assertThatThrownBy(() -> Csv.parse("a,b\r\nx,y\u0000z\n")).hasMessageContaining("line 2, column 2")
                .hasMessageContaining("NUL");
        assertThatThrownBy(() -> Csv.parse("a,b\n\"x\"y,z\n")).hasMessageContaining("line 2, column 1")
                .hasMessageContaining("closing quote");
        assertThatThrownBy(() -> Csv.parse("a,\"two\nlines\"\n1,2\n3,\u0000\n")).hasMessageContaining("line 4, column 2");
        assertThatThrownBy(() -> Csv.parse("a,b,c\n1,\"2\"x,3\n")).hasMessageContaining("line 2, column 2");
        assertThatThrownBy(() -> Csv.parse("a,b\nx,\u0001\n")).hasMessageContaining("line 2, column 2").hasMessageContaining("U+0001");
    }
}
