package org.inclusionhub.commons.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.inclusionhub.commons.testing.Spreadsheets;
import org.junit.jupiter.api.Test;

class XlsxTableWriterTest {

    @Test
    void onlyTheNumberColumnsHoldNumbersAndOtherCellsStayTheTextTheyWere() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter table = TableWriter.of(ExportFormat.XLSX, out, "sheet", false, Set.of("year", "count"));
        table.row(List.of("title", "year", "count"));
        table.row(List.of("-12.5", "2019", "0042"));
        table.row(List.of("1200", "", "abc"));
        table.finish();

        assertThat(Spreadsheets.numberColumns(out.toByteArray())).containsExactly("year");
        assertThat(Spreadsheets.firstSheet(out.toByteArray())).containsExactly(List.of("title", "year", "count"),
                List.of("-12.5", "2019", "0042"), List.of("1200", "", "abc"));
    }

    @Test
    void aCellLongerThanACellHoldsIsCutAndSaysWhere() throws IOException {
        // 100 organisations of 300 characters made a 32 799-character cell, which Excel does not open as written
        String organisations = "Org \uD83C\uDF0D ".repeat(5_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter table = TableWriter.of(ExportFormat.XLSX, out, "sheet", false, Set.of());
        table.row(List.of("title", "organisations"));
        table.row(List.of("Wide", organisations));
        table.finish();

        String cell = Spreadsheets.firstSheet(out.toByteArray()).get(1).get(1);
        assertThat(cell.length()).isLessThanOrEqualTo(XlsxTableWriter.MAX_CELL);
        assertThat(cell).startsWith("Org \uD83C\uDF0D Org").contains("csv or json export")
                .contains(String.valueOf(org.inclusionhub.commons.api.Text.length(organisations)));
        assertThat(Character.isHighSurrogate(cell.charAt(cell.indexOf(" [") - 1))).isFalse();
    }
}
