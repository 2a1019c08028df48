package org.inclusionhub.practice.practices.api;

import org.inclusionhub.commons.api.Csv;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.practice.practices.PracticeContent;

/**
 * The CSV form of practices, the same columns for import and export. Lists are separated by
 * {@code ;}; an organisation is written {@code name|type}. Export adds id, status and version.
 */
public final class PracticeCsv {

    public static final List<String> COLUMNS = List.of("title", "summary", "description", "country", "region", "city",
            "scope", "organisations", "partners", "themes", "targetGroups", "startYear", "endYear", "ongoing",
            "funding", "budgetAmount", "budgetCurrency", "website", "sourceCollection", "sourceReference");
    /** Columns an import may leave out (their default applies) and an export writes last. */
    public static final List<String> OPTIONAL_COLUMNS = List.of("language");
    public static final List<String> EXPORT_COLUMNS = concat(concat(List.of("id", "status", "version"), COLUMNS), OPTIONAL_COLUMNS);
    /** The export columns that hold numbers (a spreadsheet adds them up); every other one holds text. */
    public static final java.util.Set<String> NUMBER_COLUMNS = java.util.Set.of("version", "startYear", "endYear", "budgetAmount");

    private PracticeCsv() {
    }

    /** A parsed row: the line it starts on in the file (1 = header), the content if it could be read, and what could not. */
    public record Row(int line, PracticeContent content, List<Violation> violations) {
    }

    public static List<Row> read(String text) {
        List<Csv.Record> records = Csv.parse(text);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0).cells().stream().map(String::strip).toList();
        List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).filter(c -> REQUIRED.contains(c)).toList();
        List<String> unknown = header.stream().filter(c -> !EXPORT_COLUMNS.contains(c)).toList();
        List<String> repeated = header.stream().filter(c -> java.util.Collections.frequency(header, c) > 1).distinct().toList();
        if (!repeated.isEmpty()) {
            throw new IllegalArgumentException("CSV header (line 1) names " + repeated + " more than once");
        }
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalArgumentException("CSV header: missing columns " + missing + ", unknown columns " + unknown
                    + "; expected " + COLUMNS + ", optionally " + OPTIONAL_COLUMNS);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Map<String, String> cells = new HashMap<>();
            List<String> record = records.get(i).cells();
            for (int c = 0; c < header.size() && c < record.size(); c++) {
                cells.put(header.get(c), record.get(c).isBlank() ? null : record.get(c).strip());
            }
            List<Violation> violations = new ArrayList<>();
            if (record.size() != header.size()) {
                violations.add(new Violation("row", "has " + record.size() + " fields, the header has " + header.size()));
            }
            rows.add(new Row(records.get(i).line(), toContent(cells, violations), violations));
        }
        return rows;
    }

    /** One export row; it never fails on what the catalogue stored (a missing value is an empty cell). */
    public static List<String> write(PracticeResponse p) {
        List<String> organisations = p.organisations().stream().map(o -> o.name() + "|" + o.type()).toList();
        return cells(p.id().toString(), p.status(), Long.toString(p.version()), p.title(), p.summary(),
                nullable(p.description()), p.country(), nullable(p.region()), nullable(p.city()), p.scope(),
                String.join(";", organisations), String.join(";", p.partners()), String.join(";", p.themes()),
                String.join(";", p.targetGroups()), nullable(p.startYear()), nullable(p.endYear()),
                Boolean.toString(p.ongoing()), String.join(";", p.funding()),
                p.budget() == null ? "" : p.budget().amount().toPlainString(),
                p.budget() == null ? "" : p.budget().currency(), nullable(p.website()), p.source().collection(),
                nullable(p.source().reference()), p.language());
    }

    private static List<String> cells(String... values) {
        return java.util.Arrays.stream(values).map(v -> v == null ? "" : v).toList();
    }

    private static final List<String> REQUIRED = List.of("title", "summary", "country", "scope", "organisations",
            "themes", "targetGroups", "sourceCollection");

    private static PracticeContent toContent(Map<String, String> cells, List<Violation> violations) {
        String budgetAmount = cells.get("budgetAmount");
        PracticeContent.Budget budget = null;
        if (budgetAmount != null || cells.get("budgetCurrency") != null) {
            budget = new PracticeContent.Budget(decimal(budgetAmount, violations), cells.get("budgetCurrency"));
        }
        return new PracticeContent(cells.get("title"), cells.get("summary"), cells.get("description"), Map.of(),
                cells.get("country"), cells.get("region"), cells.get("city"), cells.get("scope"),
                organisations(cells.get("organisations"), violations), list(cells.get("partners")),
                list(cells.get("themes")), list(cells.get("targetGroups")),
                integer("startYear", cells.get("startYear"), violations),
                integer("endYear", cells.get("endYear"), violations),
                bool(cells.get("ongoing"), violations), list(cells.get("funding")), budget, cells.get("website"),
                new PracticeContent.SourceRef(cells.get("sourceCollection"), cells.get("sourceReference")),
                cells.get("language"));
    }

    private static List<PracticeContent.Organisation> organisations(String cell, List<Violation> violations) {
        List<PracticeContent.Organisation> organisations = new ArrayList<>();
        List<String> items = list(cell);
        for (int i = 0; i < items.size(); i++) {
            String[] parts = items.get(i).split("\\|", -1);
            if (parts.length != 2) {
                violations.add(new Violation("organisations[" + i + "]", "must be written name|type"));
            } else {
                organisations.add(new PracticeContent.Organisation(parts[0].strip(), parts[1].strip()));
            }
        }
        return organisations;
    }

    private static List<String> list(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer integer(String field, String cell, List<Violation> violations) {
        if (cell == null) {
            return null;
        }
        try {
            return Integer.valueOf(cell);
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "'" + cell + "' is not a whole number"));
            return null;
        }
    }

    private static BigDecimal decimal(String cell, List<Violation> violations) {
        if (cell == null) {
            return null;
        }
        try {
            return new BigDecimal(cell);
        } catch (NumberFormatException e) {
            violations.add(new Violation("budgetAmount", "'" + cell + "' is not a number"));
            return null;
        }
    }

    private static Boolean bool(String cell, List<Violation> violations) {
        if (cell == null) {
            return false;
        }
        return switch (cell.toLowerCase()) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> {
                violations.add(new Violation("ongoing", "'" + cell + "' is not true or false"));
                yield false;
            }
        };
    }

    private static String nullable(Object value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
