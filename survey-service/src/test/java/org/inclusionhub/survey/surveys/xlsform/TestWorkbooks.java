package org.inclusionhub.survey.surveys.xlsform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** XLSForm workbooks for the tests, written with fastexcel: sheets of text rows, header first. */
final class TestWorkbooks {

    private TestWorkbooks() {
    }

    static byte[] xlsx(Map<String, List<List<String>>> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            sheets.forEach((name, rows) -> {
                Worksheet sheet = workbook.newWorksheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        if (!rows.get(r).get(c).isEmpty()) {
                            sheet.inlineString(r, c, rows.get(r).get(c));
                        }
                    }
                }
            });
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A realistic two-language form of an inclusion network survey, with a group, a nested group, a note, a
     * date, a select_one with or_other, a select_multiple, bounds and three kinds of relevant.
     */
    static Map<String, List<List<String>>> networkForm(String formId, String version) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("survey", List.of(
                row("type", "name", "label::English (en)", "label::Deutsch (de)", "hint::English (en)", "hint::Deutsch (de)",
                        "required", "relevant", "constraint"),
                row("note", "intro", "About your network", "Über Ihr Netzwerk", "", "", "", "", ""),
                row("begin_group", "network", "The network", "Das Netzwerk", "", "", "", "", ""),
                row("text", "network_name", "Name of the network", "Name des Netzwerks", "As you write it", "Wie Sie ihn schreiben",
                        "yes", "", "string-length(.) <= 200"),
                row("select_one network_type or_other", "network_type", "Kind of network", "Art des Netzwerks", "", "", "yes", "", ""),
                row("begin_group", "size", "Size", "Größe", "", "", "", "", ""),
                row("integer", "members", "Members", "Mitglieder", "", "", "", "", ". >= 1 and . <= 100000"),
                row("decimal", "budget", "Yearly budget (EUR)", "Jahresbudget (EUR)", "", "", "", "", ". >= 0"),
                row("end_group", "", "", "", "", "", "", "", ""),
                row("end_group", "", "", "", "", "", "", "", ""),
                row("date", "founded_on", "Founded on", "Gegründet am", "", "", "", "", ""),
                row("select_multiple groups", "target_groups", "Target groups", "Zielgruppen", "", "", "yes", "", ""),
                row("text", "refugee_work", "Work with refugees", "Arbeit mit Geflüchteten", "", "", "",
                        "selected(${target_groups}, 'refugees') or selected(${target_groups}, 'asylum_seekers')", ""),
                row("select_one yes_no", "evaluated", "Evaluated?", "Evaluiert?", "", "", "yes", "", ""),
                row("text", "evaluation_by", "Evaluated by", "Evaluiert von", "", "", "",
                        "${evaluated} = 'yes' and (selected(${target_groups}, 'refugees') or selected(${target_groups}, 'migrants'))", "")));
        sheets.put("choices", List.of(
                row("list_name", "name", "label::English (en)", "label::Deutsch (de)"),
                row("network_type", "formal", "Formal network", "Formelles Netzwerk"),
                row("network_type", "informal", "Informal group", "Informelle Gruppe"),
                row("groups", "migrants", "Migrants", "Migrant*innen"),
                row("groups", "refugees", "Refugees", "Geflüchtete"),
                row("groups", "asylum_seekers", "Asylum seekers", "Asylsuchende"),
                row("yes_no", "yes", "Yes", "Ja"),
                row("yes_no", "no", "No", "Nein")));
        sheets.put("settings", List.of(
                row("form_title", "form_id", "version", "default_language"),
                row("Inclusion networks", formId, version, "English (en)")));
        return sheets;
    }

    static List<String> row(String... cells) {
        return List.of(cells);
    }

    /** {@code sheets} with one survey row replaced (1-based spreadsheet row) or added at the end (row past the last). */
    static Map<String, List<List<String>>> withSurveyRow(Map<String, List<List<String>>> sheets, int row, List<String> cells) {
        Map<String, List<List<String>>> copy = new LinkedHashMap<>(sheets);
        List<List<String>> survey = new ArrayList<>(sheets.get("survey"));
        if (row - 1 < survey.size()) {
            survey.set(row - 1, cells);
        } else {
            survey.add(cells);
        }
        copy.put("survey", survey);
        return copy;
    }
}
