package org.inclusionhub.assessment.frameworks;

import org.inclusionhub.commons.api.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inclusionhub.commons.domain.Violation;

/** Checks a framework definition: a known kind, unique codes, non-empty texts, items where a checklist needs them. */
public final class FrameworkValidator {

    private static final String CODE = "[a-z0-9][a-z0-9-]{1,60}";
    private static final String NODE_CODE = "[A-Za-z0-9][A-Za-z0-9.\\-]{0,40}";

    private FrameworkValidator() {
    }

    /** The longest name, title, text, description or source. */
    public static final int MAX_TEXT = 5000;
    /** The most areas of a framework, questions of an area and items of a question (IncluCities has 43 key factors). */
    public static final int MAX_CHILDREN = 200;

    public static List<Violation> validate(FrameworkDefinition f) {
        List<Violation> v = new ArrayList<>();
        if (f.code() == null || !f.code().matches(CODE)) {
            v.add(new Violation("code", "must be lower-case letters, digits and dashes (e.g. spring-gpc)"));
        }
        if (f.version() == null || f.version() < 1) {
            v.add(new Violation("version", "must be 1 or more"));
        }
        required(v, "name", f.name());
        if (!FrameworkDefinition.CHECKLIST.equals(f.kind()) && !FrameworkDefinition.BENCHMARK.equals(f.kind())) {
            v.add(new Violation("kind", "must be checklist or benchmark"));
        }
        if (f.description() != null && Text.length(f.description()) > MAX_TEXT) {
            v.add(new Violation("description", "must be at most " + MAX_TEXT + " characters"));
        }
        if (f.source() != null && Text.length(f.source()) > MAX_TEXT) {
            v.add(new Violation("source", "must be at most " + MAX_TEXT + " characters"));
        }
        if (f.areas() == null || f.areas().isEmpty() || f.areas().size() > MAX_CHILDREN) {
            v.add(new Violation("areas", "needs 1 to " + MAX_CHILDREN + " areas"));
            return v;
        }
        Set<String> codes = new HashSet<>();
        for (int a = 0; a < f.areas().size(); a++) {
            FrameworkDefinition.Area area = f.areas().get(a);
            String ap = "areas[" + a + "]";
            if (area == null) {
                v.add(new Violation(ap, "must not be null"));
                continue;
            }
            code(v, ap + ".code", area.code(), codes);
            required(v, ap + ".title", area.title());
            if (area.questions() == null || area.questions().isEmpty() || area.questions().size() > MAX_CHILDREN) {
                v.add(new Violation(ap + ".questions", "needs 1 to " + MAX_CHILDREN + " questions"));
                continue;
            }
            for (int q = 0; q < area.questions().size(); q++) {
                FrameworkDefinition.Question question = area.questions().get(q);
                String qp = ap + ".questions[" + q + "]";
                if (question == null) {
                    v.add(new Violation(qp, "must not be null"));
                    continue;
                }
                code(v, qp + ".code", question.code(), codes);
                required(v, qp + ".text", question.text());
                List<FrameworkDefinition.Item> items = question.items() == null ? List.of() : question.items();
                if (items.isEmpty() && FrameworkDefinition.CHECKLIST.equals(f.kind())) {
                    v.add(new Violation(qp + ".items", "a checklist question needs at least one item"));
                }
                if (items.size() > MAX_CHILDREN) {
                    v.add(new Violation(qp + ".items", "holds at most " + MAX_CHILDREN + " items"));
                    continue;
                }
                for (int i = 0; i < items.size(); i++) {
                    FrameworkDefinition.Item item = items.get(i);
                    String ip = qp + ".items[" + i + "]";
                    if (item == null) {
                        v.add(new Violation(ip, "must not be null"));
                        continue;
                    }
                    code(v, ip + ".code", item.code(), codes);
                    required(v, ip + ".text", item.text());
                }
            }
        }
        return v;
    }

    private static void code(List<Violation> v, String field, String code, Set<String> seen) {
        if (code == null || !code.matches(NODE_CODE)) {
            v.add(new Violation(field, "must be a short code of letters, digits, dots and dashes (e.g. IP.1.2)"));
        } else if (!seen.add(code.toUpperCase(java.util.Locale.ROOT))) {
            // in any case: A.1.1 and a.1.1 would read as one item to the people rating it
            v.add(new Violation(field, "'" + code + "' is used twice in this framework (letter case aside)"));
        }
    }

    private static void required(List<Violation> v, String field, String text) {
        if (text == null || text.isBlank()) {
            v.add(new Violation(field, "must not be empty"));
        } else if (Text.length(text) > MAX_TEXT) {
            v.add(new Violation(field, "must be at most " + MAX_TEXT + " characters"));
        }
    }
}
