package org.inclusionhub.practice.practices.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.practice.practices.PracticeContent;
import org.inclusionhub.practice.practices.PracticeService;
import org.inclusionhub.practice.practices.PracticeValidator;

/**
 * Bulk import, all or nothing: every row is checked first; one bad row means nothing is stored and
 * the answer (422) lists each bad row with its violations. Every row needs a source reference: a row
 * whose (collection, reference) is already catalogued is skipped, so repeating an import adds nothing.
 * A dry run reports what it would create and skip.
 */
@ApplicationScoped
public class PracticeImporter {

    static final int MAX_ROWS = 5000;
    /** An import that creates at least this many practices refreshes the planner's statistics. */
    static final int ANALYSE_AFTER = 50;

    private final PracticeService practices;

    public PracticeImporter(PracticeService practices) {
        this.practices = practices;
    }

    public ImportResponse importJson(List<PracticeContent> items, boolean dryRun, boolean publish) {
        if (items == null) {
            throw ApiProblem.badBody("the body must be a JSON array of practices");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(new Row(i + 1, null, items.get(i), new ArrayList<>()));
        }
        return run(rows, dryRun, publish);
    }

    public ImportResponse importCsv(String csv, boolean dryRun, boolean publish) {
        List<PracticeCsv.Row> parsed;
        try {
            parsed = PracticeCsv.read(csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badBody(e.getMessage());
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            PracticeCsv.Row r = parsed.get(i);
            rows.add(new Row(i + 1, r.line(), r.content(), new ArrayList<>(r.violations())));
        }
        return run(rows, dryRun, publish);
    }

    private ImportResponse run(List<Row> rows, boolean dryRun, boolean publish) {
        if (rows.isEmpty()) {
            throw ApiProblem.badBody("the import holds no practices");
        }
        if (rows.size() > MAX_ROWS) {
            throw ApiProblem.badBody("an import holds at most " + MAX_ROWS + " practices; split the file");
        }
        List<PracticeContent> valid = new ArrayList<>();
        List<ImportRowError> errors = new ArrayList<>();
        Map<String, Integer> seenSources = new HashMap<>();
        for (Row row : rows) {
            PracticeContent content = row.content == null ? null : row.content.normalised();
            if (content == null) {
                row.violations.add(new Violation("row", "must be a JSON object describing a practice"));
            } else {
                row.violations.addAll(PracticeValidator.validate(content));
                String key = content.source() == null || content.source().reference() == null ? null
                        : content.source().collection() + "/" + content.source().reference().strip();
                Integer earlier = key == null ? null : seenSources.putIfAbsent(key, row.number);
                if (key == null) {
                    row.violations.add(new Violation("source.reference",
                            "is required in an import: it is what makes a repeated import skip what it already stored"));
                } else if (earlier != null) {
                    row.violations.add(new Violation("source.reference", "repeats the source of row " + earlier));
                }
            }
            if (row.violations.isEmpty()) {
                valid.add(content);
            } else {
                String reference = content == null || content.source() == null ? null : content.source().reference();
                errors.add(new ImportRowError(row.number, row.line, reference, List.copyOf(row.violations)));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable(errors.size() + " of " + rows.size()
                    + " rows are not valid; nothing was imported", errors);
        }
        if (dryRun) {
            int wouldSkip = practices.alreadyCatalogued(valid);
            return new ImportResponse(true, rows.size(), valid.size() - wouldSkip, wouldSkip, List.of());
        }
        PracticeService.ImportResult result = practices.importAll(valid, publish);
        if (result.created().size() >= ANALYSE_AFTER) {
            practices.refreshPlannerStatistics();
        }
        return new ImportResponse(false, rows.size(), result.created().size(), result.skipped(), result.created());
    }

    private record Row(int number, Integer line, PracticeContent content, List<Violation> violations) {
    }
}
