package org.inclusionhub.survey.surveys.xlsform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusionhub.survey.surveys.DefinitionValidator;
import org.inclusionhub.survey.surveys.QuestionType;
import org.inclusionhub.survey.surveys.SurveyDefinition.Condition;

/**
 * The XLSForm expressions a survey definition can hold, read and written (XPath as XLSForm uses it,
 * https://xlsform.org/en/#relevant and #constraints):
 * <ul>
 * <li>{@code relevant}: {@code ${q} = 'x'} or {@code selected(${q}, 'x')}, several joined by {@code or} on one question,
 * and such parts joined by {@code and} (a {@link Condition} with {@code allOf}). An {@code or} across questions
 * cannot be held.</li>
 * <li>{@code constraint}: number bounds {@code . >= 1 and . <= 5} (either alone), or {@code string-length(.) <= 200}.</li>
 * </ul>
 */
public final class XlsFormExpressions {

    private static final Pattern EQUALS = Pattern.compile("\\$\\{([^}]+)}\\s*=\\s*(['\"])(.*?)\\2");
    private static final Pattern SELECTED = Pattern.compile("selected\\(\\s*\\$\\{([^}]+)}\\s*,\\s*(['\"])(.*?)\\2\\s*\\)");
    private static final Pattern AT_LEAST = Pattern.compile("\\.\\s*>=\\s*(-?\\d+(?:\\.\\d+)?)");
    private static final Pattern AT_MOST = Pattern.compile("\\.\\s*<=\\s*(-?\\d+(?:\\.\\d+)?)");
    /** As many further conditions as a definition's {@code allOf} holds. */
    private static final int MAX_AND = 10;
    private static final Pattern LENGTH = Pattern.compile("string-length\\(\\s*\\.\\s*\\)\\s*<=\\s*(\\d+)");

    /** Number bounds and a text length, as a constraint holds them; any may be null. */
    public record Bounds(Double min, Double max, Integer maxLength) {
    }

    private XlsFormExpressions() {
    }

    /**
     * A conjunction ({@code and}) of parts, each a term or an {@code or} of terms on one question, in brackets when
     * it has several: {@code ${a} = 'x' and (${b} = 'y' or ${b} = 'z')}.
     *
     * @throws IllegalArgumentException saying what cannot be held
     */
    public static Condition relevant(String text) {
        List<String> texts = splitOutsideBrackets(text.strip(), "and");
        List<Condition> parts = new ArrayList<>();
        for (String part : texts) {
            String inner = part.strip();
            if (inner.startsWith("(") && inner.endsWith(")")) {
                inner = inner.substring(1, inner.length() - 1).strip();
            } else if (texts.size() > 1 && splitOutsideBrackets(inner, "or").size() > 1) {
                // XPath binds 'and' tighter than 'or': a or b and c is a or (b and c), which one condition cannot hold
                throw new IllegalArgumentException("'and' and 'or' together need brackets around each 'or': "
                        + "${a} = 'x' and (${b} = 'y' or ${b} = 'z')");
            }
            parts.add(anyOf(inner));
        }
        if (parts.size() > 1 + MAX_AND) {
            throw new IllegalArgumentException("at most " + (1 + MAX_AND) + " parts may be joined by 'and'");
        }
        Condition first = parts.get(0);
        return parts.size() == 1 ? first : new Condition(first.question(), first.anyOf(), List.copyOf(parts.subList(1, parts.size())));
    }

    /** Terms joined by {@code or}, all on one question. */
    private static Condition anyOf(String text) {
        String question = null;
        List<String> answers = new ArrayList<>();
        for (String term : splitOutsideBrackets(text, "or")) {
            Matcher m = EQUALS.matcher(term.strip());
            if (!m.matches()) {
                m = SELECTED.matcher(term.strip());
            }
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + term.strip() + "' is not ${question} = 'answer' or selected(${question}, 'answer')");
            }
            if (question != null && !question.equals(m.group(1))) {
                throw new IllegalArgumentException("'or' across questions (" + question + ", " + m.group(1) + ") cannot be held");
            }
            question = m.group(1);
            answers.add(m.group(3));
        }
        return new Condition(question, List.copyOf(answers));
    }

    /** The parts of {@code text} between the word {@code operator}, where it stands outside brackets and quotes. */
    private static List<String> splitOutsideBrackets(String text, String operator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        String word = " " + operator + " ";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && text.startsWith(word, i)) {
                parts.add(text.substring(start, i));
                start = i + word.length();
                i = start - 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /**
     * The {@code relevant} text of a condition: {@code ${q} = 'x' or ${q} = 'y'} ({@code selected(...)} on a multiple-choice
     * question), parts of an {@code allOf} joined by {@code and}, each in brackets when it holds an {@code or}.
     *
     * @param typeOf the type of a question by its code
     */
    public static String relevant(Condition condition, java.util.function.Function<String, String> typeOf) {
        List<Condition> parts = condition.conjuncts();
        return String.join(" and ", parts.stream().map(part -> {
            String terms = anyOf(part, typeOf.apply(part.question()));
            return parts.size() > 1 && part.anyOf().size() > 1 ? "(" + terms + ")" : terms;
        }).toList());
    }

    private static String anyOf(Condition condition, String onType) {
        boolean multiple = QuestionType.MULTIPLE_CHOICE.equals(onType);
        return String.join(" or ", condition.anyOf().stream().map(answer -> multiple
                ? "selected(${" + condition.question() + "}, '" + answer + "')"
                : "${" + condition.question() + "} = '" + answer + "'").toList());
    }

    /** @throws IllegalArgumentException saying what cannot be held */
    public static Bounds constraint(String text) {
        Double min = null;
        Double max = null;
        Integer maxLength = null;
        for (String term : text.strip().split("\\s+and\\s+")) {
            Matcher m;
            if ((m = AT_LEAST.matcher(term.strip())).matches() && min == null) {
                min = Double.valueOf(m.group(1));
            } else if ((m = AT_MOST.matcher(term.strip())).matches() && max == null) {
                max = Double.valueOf(m.group(1));
            } else if ((m = LENGTH.matcher(term.strip())).matches() && maxLength == null) {
                if (m.group(1).length() > 9 || Integer.parseInt(m.group(1)) > DefinitionValidator.MAX_ANSWER_LENGTH) {
                    throw new IllegalArgumentException("'" + term.strip() + "' allows more than an answer holds: the length "
                            + "is 1 to " + DefinitionValidator.MAX_ANSWER_LENGTH);
                }
                maxLength = Integer.valueOf(m.group(1));
            } else {
                throw new IllegalArgumentException("'" + term.strip() + "' is not one of . >= n, . <= n, string-length(.) <= n");
            }
        }
        return new Bounds(min, max, maxLength);
    }

    /** The constraint for the bounds, or "" when there are none. */
    public static String constraint(Double min, Double max, Integer maxLength) {
        List<String> terms = new ArrayList<>();
        if (min != null) {
            terms.add(". >= " + plain(min));
        }
        if (max != null) {
            terms.add(". <= " + plain(max));
        }
        if (maxLength != null) {
            terms.add("string-length(.) <= " + maxLength);
        }
        return String.join(" and ", terms);
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
