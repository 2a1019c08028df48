package org.inclusionhub.commons.statistics;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.inclusionhub.commons.JsonColumns;

/**
 * A projection's table of figures, {@code (subject, segment, metric, n, total)} with that primary key, where
 * the subject column names a survey or framework version. Each service's statistics store keeps one
 * ({@code survey_stat}, {@code score_stat}) and writes a batch's {@link StatisticDeltas} through it in one
 * statement.
 */
public final class StatisticTable {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_]+");
    private static final Comparator<Map<String, Object>> LOCK_ORDER = Comparator
            .comparing((Map<String, Object> r) -> (String) r.get("subject"))
            .thenComparing(r -> (String) r.get("segment")).thenComparing(r -> (String) r.get("metric"));

    private final String table;
    private final String subjectColumn;

    /** @param table and {@code subjectColumn} are SQL identifiers of the service's schema, never input */
    public StatisticTable(String table, String subjectColumn) {
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(subjectColumn).matches()) {
            throw new IllegalArgumentException("not an identifier: " + table + "." + subjectColumn);
        }
        this.table = table;
        this.subjectColumn = subjectColumn;
    }

    /** Adds each delta to its row, creating missing rows, in one statement; zero deltas are skipped. */
    public void add(EntityManager em, JsonColumns json, StatisticDeltas deltas) {
        List<Map<String, Object>> rows = new ArrayList<>();
        deltas.bySubject().forEach((subject, changes) -> changes.forEach((key, amount) -> {
            if (!amount.isZero()) {
                rows.add(Map.of("subject", subject, "segment", key.segment(), "metric", key.metric(), "n", amount.n(),
                        "total", amount.total()));
            }
        }));
        if (rows.isEmpty()) {
            return;
        }
        // sorted so that concurrent batches lock rows in the same order
        rows.sort(LOCK_ORDER);
        em.createNativeQuery("""
                insert into %1$s (%2$s, segment, metric, n, total)
                select d.subject, d.segment, d.metric, d.n, d.total
                from jsonb_to_recordset(cast(:rows as jsonb)) as d(subject text, segment text, metric text, n bigint, total numeric)
                on conflict (%2$s, segment, metric)
                do update set n = %1$s.n + excluded.n, total = %1$s.total + excluded.total""".formatted(table, subjectColumn))
                .setParameter("rows", json.write(rows)).executeUpdate();
    }

    /** The non-zero figures of one subject and segment, by metric. */
    public Map<String, Amount> read(EntityManager em, String subject, String segment) {
        List<?> result = em.createNativeQuery("select metric, n, total from %s where %s = :subject and segment = :segment and n <> 0"
                .formatted(table, subjectColumn)).setParameter("subject", subject).setParameter("segment", segment).getResultList();
        return byMetric(result);
    }

    /** Rows of {@code (metric, n, total)} as a map by metric. */
    public static Map<String, Amount> byMetric(List<?> rows) {
        Map<String, Amount> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], new Amount(((Number) r[1]).longValue(), new BigDecimal(r[2].toString())));
        }
        return counts;
    }
}
