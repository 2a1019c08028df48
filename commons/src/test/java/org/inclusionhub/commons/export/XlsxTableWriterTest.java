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
}
