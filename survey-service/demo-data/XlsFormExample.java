// Writes inclusion-networks-xlsform.xlsx, the XLSForm example of the README (two languages, a group, conditions):
//   java -cp fastexcel-0.19.0.jar:opczip-1.2.0.jar survey-service/demo-data/XlsFormExample.java survey-service/demo-data/inclusion-networks-xlsform.xlsx
import org.dhatim.fastexcel.*;
import java.io.*;
import java.util.*;
public class XlsFormExample {
    public static void main(String[] a) throws Exception {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("survey", List.of(
            List.of("type", "name", "label::English (en)", "label::Deutsch (de)", "hint::English (en)", "hint::Deutsch (de)", "required", "relevant", "constraint"),
            List.of("note", "intro", "About your network", "Über Ihr Netzwerk", "", "", "", "", ""),
            List.of("begin_group", "network", "The network", "Das Netzwerk", "", "", "", "", ""),
            List.of("text", "network_name", "Name of the network", "Name des Netzwerks", "As you write it", "Wie Sie ihn schreiben", "yes", "", "string-length(.) <= 200"),
            List.of("select_one network_type or_other", "network_type", "Kind of network", "Art des Netzwerks", "", "", "yes", "", ""),
            List.of("integer", "members", "Members", "Mitglieder", "", "", "", "", ". >= 1 and . <= 100000"),
            List.of("end_group", "", "", "", "", "", "", "", ""),
            List.of("date", "founded_on", "Founded on", "Gegründet am", "", "", "", "", ""),
            List.of("select_multiple groups", "target_groups", "Target groups", "Zielgruppen", "", "", "yes", "", ""),
            List.of("text", "refugee_work", "Work with refugees", "Arbeit mit Geflüchteten", "", "", "", "selected(${target_groups}, 'refugees')", ""),
            List.of("select_one yes_no", "evaluated", "Evaluated?", "Evaluiert?", "", "", "yes", "", ""),
            List.of("text", "evaluation_by", "Evaluated by", "Evaluiert von", "", "", "", "${evaluated} = 'yes'", "")));
        sheets.put("choices", List.of(
            List.of("list_name", "name", "label::English (en)", "label::Deutsch (de)"),
            List.of("network_type", "formal", "Formal network", "Formelles Netzwerk"),
            List.of("network_type", "informal", "Informal group", "Informelle Gruppe"),
            List.of("groups", "migrants", "Migrants", "Migrant*innen"),
            List.of("groups", "refugees", "Refugees", "Geflüchtete"),
            List.of("groups", "asylum_seekers", "Asylum seekers", "Asylsuchende"),
            List.of("yes_no", "yes", "Yes", "Ja"),
            List.of("yes_no", "no", "No", "Nein")));
        sheets.put("settings", List.of(List.of("form_title", "form_id", "version", "default_language"),
            List.of("Local inclusion networks (XLSForm example)", "inclusion-networks", "1", "English (en)")));
        try (OutputStream out = new FileOutputStream(a[0])) {
            Workbook wb = new Workbook(out, "Inclusion Hub", "1.0");
            for (var e : sheets.entrySet()) {
                Worksheet ws = wb.newWorksheet(e.getKey());
                for (int r = 0; r < e.getValue().size(); r++) for (int c = 0; c < e.getValue().get(r).size(); c++)
                    if (!e.getValue().get(r).get(c).isEmpty()) ws.inlineString(r, c, e.getValue().get(r).get(c));
            }
            wb.finish();
        }
    }
}
