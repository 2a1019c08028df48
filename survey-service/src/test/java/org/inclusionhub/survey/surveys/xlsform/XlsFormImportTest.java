package org.inclusionhub.survey.surveys.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inclusionhub.survey.surveys.xlsform.TestWorkbooks.networkForm;
import static org.inclusionhub.survey.surveys.xlsform.TestWorkbooks.row;
import static org.inclusionhub.survey.surveys.xlsform.TestWorkbooks.withSurveyRow;
import static org.inclusionhub.survey.surveys.xlsform.TestWorkbooks.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.inclusionhub.commons.domain.UnprocessableException;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.survey.surveys.DefinitionValidator;
import org.inclusionhub.survey.surveys.QuestionType;
import org.inclusionhub.survey.surveys.SurveyDefinition.Condition;
import org.inclusionhub.survey.surveys.SurveyDefinition.Question;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.inclusionhub.survey.surveys.TestSurveys;
import org.junit.jupiter.api.Test;

/** Issue 14: XLSForm in and out, without the service: what is read, what is refused, and the round trip. */
class XlsFormImportTest {

    @Test
    void aTwoLanguageFormWithGroupsAndConditionsBecomesADefinition() {
        SurveyDefinition d = read(xlsx(networkForm("inclusion-networks", "3")));
        assertThat(DefinitionValidator.validate(d)).isEmpty();
        assertThat(d.code()).isEqualTo("inclusion-networks");
        assertThat(d.version()).isEqualTo(3);
        assertThat(d.languages()).containsExactly("English (en)", "Deutsch (de)");
        assertThat(d.sections()).extracting(SurveyDefinition.Section::path).containsExactly("network", "network/size");
        assertThat(d.sections().get(1).texts()).containsEntry("Deutsch (de)", "Größe");

        Question name = d.question("network_name").orElseThrow();
        assertThat(name.type()).isEqualTo(QuestionType.FREE_TEXT);
        assertThat(name.isRequired()).isTrue();
        assertThat(name.maxLength()).isEqualTo(200);
        assertThat(name.section()).isEqualTo("network");
        assertThat(name.text()).isEqualTo("Name of the network");
        assertThat(name.texts()).containsEntry("Deutsch (de)", "Name des Netzwerks");
        assertThat(name.hints()).containsEntry("Deutsch (de)", "Wie Sie ihn schreiben");

        Question type = d.question("network_type").orElseThrow();
        assertThat(type.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(type.allowsOther()).isTrue();
        assertThat(type.options().get(1).labels()).containsEntry("Deutsch (de)", "Informelle Gruppe");

        Question members = d.question("members").orElseThrow();
        assertThat(members.section()).isEqualTo("network/size");
        assertThat(members.min()).isEqualTo(1.0);
        assertThat(members.max()).isEqualTo(100000.0);
        assertThat(d.question("founded_on").orElseThrow().type()).isEqualTo(QuestionType.DATE);
        assertThat(d.question("intro").orElseThrow().type()).isEqualTo(QuestionType.NOTE);
        assertThat(d.analysed()).extracting(Question::code).doesNotContain("intro");
        assertThat(d.question("refugee_work").orElseThrow().condition())
                .isEqualTo(new Condition("target_groups", List.of("refugees", "asylum_seekers")));
        assertThat(d.question("evaluation_by").orElseThrow().condition()).isEqualTo(new Condition("evaluated", List.of("yes"),
                List.of(new Condition("target_groups", List.of("refugees", "migrants")))));
    }

    @Test
    void formToDefinitionToFormToDefinitionIsIdentical() throws IOException {
        SurveyDefinition first = read(xlsx(networkForm("inclusion-networks", "1")));
        SurveyDefinition second = read(write(first));
        assertThat(second).isEqualTo(first);
    }

    /** In a form with languages, the choices of a yes-no question carry Yes and No in each language's own words. */
    @Test
    void aYesNoQuestionOfAFormWithLanguagesHasLabelsInEachLanguage() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode tree = json.valueToTree(read(xlsx(networkForm("yes-no-languages", "1"))));
        ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("questions")).addObject().put("code", "has_website")
                .put("text", "Has a website?").put("type", "yes-no").set("texts",
                        json.createObjectNode().put("English (en)", "Has a website?").put("Deutsch (de)", "Hat eine Website?"));
        SurveyDefinition withYesNo = json.treeToValue(tree, SurveyDefinition.class);
        XlsFormWorkbook workbook = XlsFormWorkbook.read(new ByteArrayInputStream(write(withYesNo)));
        List<XlsFormWorkbook.Line> choices = workbook.choices().rows().stream()
                .filter(line -> "has_website".equals(line.get("list_name"))).toList();
        assertThat(choices).extracting(line -> line.get("name"), line -> line.get("label::English (en)"),
                line -> line.get("label::Deutsch (de)")).containsExactly(org.assertj.core.groups.Tuple.tuple("yes", "Yes", "Ja"),
                org.assertj.core.groups.Tuple.tuple("no", "No", "Nein"));
        // the definition in German (statistics, cross-tab and labelled export read it so) says Ja and Nein too
        Question german = withYesNo.inLanguage("Deutsch (de)").question("has_website").orElseThrow();
        assertThat(List.of(german.answerText("yes"), german.answerText("no"))).containsExactly("Ja", "Nein");
        assertThat(withYesNo.question("has_website").orElseThrow().answerText("no")).isEqualTo("No");
        assertThat(withYesNo.inLanguage("Klingon (tlh)").question("has_website").orElseThrow().answerText("yes")).isEqualTo("Yes");
    }

    /** Our own types (yes/no, country, rating, year), exclusive options and the description survive XLSForm too. */
    @Test
    void aDefinitionWithOurOwnTypesReadsBackTheSameFromItsXlsForm() throws IOException {
        SurveyDefinition small = TestSurveys.small("own-types", 2);
        SurveyDefinition back = read(write(small));
        assertThat(back.questions()).extracting(Question::code, Question::type)
                .isEqualTo(small.questions().stream().map(q -> org.assertj.core.groups.Tuple.tuple(q.code(), q.type())).toList());
        assertThat(back.question("satisfaction").orElseThrow().min()).isEqualTo(1.0);
        assertThat(back.question("evaluation").orElseThrow().condition()).isEqualTo(new Condition("evaluated", List.of("yes")));
        assertThat(back.description()).isEqualTo(small.description());
        assertThat(read(write(back))).isEqualTo(back);
    }

    @Test
    void whatCannotBeHeldIsRefusedNamingSheetRowAndColumn() {
        Map<String, List<List<String>>> form = networkForm("refused-form", "1");
        form = withSurveyRow(form, 4, row("text", "network_name", "Name", "Name", "", "", "yes", "${intro} = 'x' or ${network} = 'y'", ""));
        form = withSurveyRow(form, 8, row("geopoint", "location", "Where", "Wo", "", "", "", "", ""));
        form = withSurveyRow(form, 13, row("select_one missing_list", "refugee_work", "Work", "Arbeit", "", "", "", "", ""));
        form = withSurveyRow(form, 99, row("integer", "score", "Score", "Punkte", "", "", "", "", ". > 3"));
        assertThat(violations(xlsx(form))).extracting(Violation::field).containsExactlyInAnyOrder(
                "survey[4].relevant", "survey[8].type", "survey[13].type", "survey[16].constraint");

        Map<String, List<List<String>>> appearance = new java.util.LinkedHashMap<>(networkForm("refused-form", "1"));
        List<List<String>> survey = new java.util.ArrayList<>();
        appearance.get("survey").forEach(r -> survey.add(new java.util.ArrayList<>(r)));
        survey.get(0).add("appearance");
        survey.get(4).add("minimal");
        appearance.put("survey", survey);
        assertThat(violations(xlsx(appearance))).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("survey[5].appearance");
            assertThat(v.message()).contains("(J)");
        });
    }

    @Test
    void aStringLengthBeyondWhatAnAnswerHoldsIsNamedByItsCellInWords() {
        // it answered the parser's "For input string: \"99999999999\""
        Map<String, List<List<String>>> form = withSurveyRow(networkForm("long-form", "1"), 4,
                row("text", "network_name", "Name", "Name", "", "", "yes", "", "string-length(.) <= 99999999999"));
        assertThat(violations(xlsx(form))).singleElement().satisfies(v -> {
            assertThat(v.field()).startsWith("survey[4]");
            assertThat(v.message()).doesNotContain("For input string").contains("1 to");
        });
    }

    /** The README's example workbook reads without a problem. */
    @Test
    void theDemoWorkbookImports() throws IOException {
        SurveyDefinition d = read(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("demo-data/inclusion-networks-xlsform.xlsx")));
        assertThat(DefinitionValidator.validate(d)).isEmpty();
        assertThat(d.code()).isEqualTo("inclusion-networks");
    }

    /** XPath binds 'and' tighter than 'or', so an unbracketed mix is refused rather than read the wrong way round. */
    @Test
    void relevantReadsAndOfOrsOnOneQuestionEachAndRefusesAnUnbracketedMix() {
        assertThat(XlsFormExpressions.relevant("${a} = 'x' and (${b} = 'y' or ${b} = 'z')"))
                .isEqualTo(new Condition("a", List.of("x"), List.of(new Condition("b", List.of("y", "z")))));
        assertThat(XlsFormExpressions.relevant("selected(${a}, 'x') or selected(${a}, 'y')")).isEqualTo(new Condition("a", List.of("x", "y")));
        assertThatThrownBy(() -> XlsFormExpressions.relevant("${a} = 'x' or ${b} = 'y' and ${c} = 'z'"))
                .hasMessageContaining("brackets");
        assertThatThrownBy(() -> XlsFormExpressions.relevant("${a} = 'x' or ${b} = 'y'")).hasMessageContaining("across questions");
        assertThat(XlsFormExpressions.relevant("${a} = 'x and y'")).isEqualTo(new Condition("a", List.of("x and y")));
    }

    /** A small archive that unpacks to gigabytes would exhaust the heap: it is measured, unpacked, before it is parsed. */
    @Test
    void aWorkbookThatUnpacksToMoreThanTwentyMegabytesIsRefusedBeforeItIsParsed() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 25; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(100_000);
        assertThatThrownBy(() -> XlsFormWorkbook.read(new ByteArrayInputStream(bomb.toByteArray())))
                .isInstanceOf(UnprocessableException.class)
                .satisfies(e -> assertThat(((UnprocessableException) e).violations().get(0).message()).contains("more than 20 MB"));
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAsSuch() {
        assertThatThrownBy(() -> XlsFormWorkbook.read(new ByteArrayInputStream("name,type\n".getBytes())))
                .isInstanceOf(UnprocessableException.class);
    }

    private static List<Violation> violations(byte[] workbook) {
        try {
            read(workbook);
        } catch (UnprocessableException e) {
            return e.violations();
        }
        throw new AssertionError("the workbook was read without a violation");
    }

    static SurveyDefinition read(byte[] workbook) {
        return XlsFormImport.definitionOf(XlsFormWorkbook.read(new ByteArrayInputStream(workbook))).definition();
    }

    static byte[] write(SurveyDefinition d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsFormExport.write(d, out);
        return out.toByteArray();
    }
}
