package org.inclusionhub.survey.surveys;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Yes and No in the languages of the partners' forms, for the two answers of a yes-no question, which carries no
 * options of its own. A survey language is named as XLSForm names it, "Deutsch (de)", or by its tag alone; one not
 * listed here reads English. The words are the common short forms (as in the CLDR's yes/no strings).
 */
public final class YesNoLabels {

    private static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry("en", List.of("Yes", "No")), Map.entry("de", List.of("Ja", "Nein")),
            Map.entry("fr", List.of("Oui", "Non")), Map.entry("it", List.of("Sì", "No")),
            Map.entry("es", List.of("Sí", "No")), Map.entry("pt", List.of("Sim", "Não")),
            Map.entry("nl", List.of("Ja", "Nee")), Map.entry("sv", List.of("Ja", "Nej")),
            Map.entry("da", List.of("Ja", "Nej")), Map.entry("nb", List.of("Ja", "Nei")),
            Map.entry("fi", List.of("Kyllä", "Ei")), Map.entry("pl", List.of("Tak", "Nie")),
            Map.entry("cs", List.of("Ano", "Ne")), Map.entry("sk", List.of("Áno", "Nie")),
            Map.entry("sl", List.of("Da", "Ne")), Map.entry("hr", List.of("Da", "Ne")),
            Map.entry("hu", List.of("Igen", "Nem")), Map.entry("ro", List.of("Da", "Nu")),
            Map.entry("el", List.of("Ναι", "Όχι")), Map.entry("tr", List.of("Evet", "Hayır")),
            Map.entry("uk", List.of("Так", "Ні")), Map.entry("ar", List.of("نعم", "لا")));
    private static final Pattern TAG_IN_NAME = Pattern.compile("\\(([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\\)\\s*$");

    private YesNoLabels() {
    }

    /** The two options with English labels and a label in each of {@code languages} (English where its words are not known). */
    public static List<SurveyDefinition.Option> options(List<String> languages) {
        Map<String, String> yes = new java.util.LinkedHashMap<>();
        Map<String, String> no = new java.util.LinkedHashMap<>();
        for (String language : languages == null ? List.<String>of() : languages) {
            List<String> words = WORDS.getOrDefault(tag(language), WORDS.get("en"));
            yes.put(language, words.get(0));
            no.put(language, words.get(1));
        }
        return List.of(new SurveyDefinition.Option("yes", "Yes", null, yes.isEmpty() ? null : Map.copyOf(yes)),
                new SurveyDefinition.Option("no", "No", null, no.isEmpty() ? null : Map.copyOf(no)));
    }

    /** The two options labelled in {@code language}, English when its words are not known. */
    static List<SurveyDefinition.Option> in(String language) {
        List<String> words = WORDS.getOrDefault(tag(language), WORDS.get("en"));
        return List.of(new SurveyDefinition.Option("yes", words.get(0)), new SurveyDefinition.Option("no", words.get(1)));
    }

    /** "Deutsch (de)" and "de" give "de"; "Português (pt-BR)" gives "pt". */
    static String tag(String language) {
        String name = language == null ? "" : language.strip();
        Matcher m = TAG_IN_NAME.matcher(name);
        String tag = m.find() ? m.group(1) : name.split("[-_]")[0];
        return tag.toLowerCase(Locale.ROOT);
    }
}
