package org.inclusionhub.practice.practices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import org.inclusionhub.commons.persistence.ChunkedReads;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;

/**
 * The catalogue's read side in SQL: filters on indexed columns and arrays, PostgreSQL full-text
 * search ranked over title (weight A), summary (B) and description (C), and facet counts.
 */
@ApplicationScoped
public class Practices {

    /** The latest submitted overall score of the practice under the framework of the query. */
    private static final String LATEST_SCORE = "(select ps.overall from practice_score ps where ps.practice_id = p.id"
            + " and ps.framework = :scoreFramework order by ps.submitted_at desc limit 1)";
    private static final String RANK = "ts_rank_cd(p.search_vector, websearch_to_tsquery('english', :q))";

    private final EntityManager em;

    public Practices(EntityManager em) {
        this.em = em;
    }

    public record Facets(Map<String, Long> themes, Map<String, Long> countries, Map<String, Long> targetGroups,
            Map<String, Long> sources) {
    }

    public record Result(List<Practice> items, long total, Facets facets) {
    }

    public Result search(PracticeQuery query) {
        Filter filter = Filter.of(query);
        Query list = filter.bind(em.createNativeQuery(selectSql(query, filter), Practice.class))
                .setFirstResult(query.page() * query.size()).setMaxResults(query.size());
        @SuppressWarnings("unchecked")
        List<Practice> items = list.getResultList();
        long total = ((Number) filter.bind(em.createNativeQuery("select count(*) from practice p where " + filter.where))
                .getSingleResult()).longValue();
        Facets facets = new Facets(
                counts("select t, count(*) from practice p, unnest(p.themes) t where " + filter.where + " group by t", filter),
                counts("select p.country, count(*) from practice p where " + filter.where + " group by p.country", filter),
                counts("select t, count(*) from practice p, unnest(p.target_groups) t where " + filter.where + " group by t", filter),
                counts("select p.source_collection, count(*) from practice p where " + filter.where + " group by p.source_collection", filter));
        return new Result(items, total, facets);
    }

    /** Rows read from the database per round trip, and between two clears of the persistence context. */
    private static final int CHUNK = 200;

    /**
     * Hands every match, in list order, to {@code action}: streamed in a read-only transaction of its own,
     * about one chunk of practices in memory at a time (exports of any size).
     */
    @SuppressWarnings("unchecked")
    public void forEach(PracticeQuery query, Consumer<Practice> action) {
        Filter filter = Filter.of(query);
        ChunkedReads.forEach(em, CHUNK, () -> filter.bind(em.createNativeQuery(selectSql(query, filter), Practice.class))
                .setHint(HibernateHints.HINT_FETCH_SIZE, CHUNK)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream(), action);
    }

    private static String selectSql(PracticeQuery query, Filter filter) {
        PracticeSort sort = query.q() == null && query.sort() == PracticeSort.RELEVANCE ? PracticeSort.TITLE : query.sort();
        return "select p.*, " + (query.q() == null ? "0" : RANK) + " as rank, "
                + (query.scoreFramework() == null ? "null" : LATEST_SCORE) + " as latest_score from practice p where " + filter.where
                + " order by " + sort.sql + ", p.id";
    }

    private Map<String, Long> counts(String sql, Filter filter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filter.bind(em.createNativeQuery(sql + " order by 2 desc, 1")).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if (row[0] == null) {
                continue;
            }
            counts.put(row[0].toString().strip(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** A WHERE clause with named parameters; values never enter the SQL text. */
    private static final class Filter {
        final StringBuilder where = new StringBuilder("true");
        final Map<String, Object> params = new HashMap<>();

        static Filter of(PracticeQuery q) {
            Filter f = new Filter();
            if (q.q() != null) {
                f.where.append(" and p.search_vector @@ websearch_to_tsquery('english', :q)");
                f.params.put("q", q.q());
            }
            f.anyOf("p.country", q.countries(), "country");
            f.anyOf("p.scope", q.scopes(), "scope");
            f.anyOf("p.status", q.statuses(), "status");
            f.anyOf("p.source_collection", q.sources(), "source");
            f.overlaps("p.themes", q.themes(), "theme");
            f.overlaps("p.target_groups", q.targetGroups(), "targetGroup");
            f.overlaps("p.funding", q.funding(), "funding");
            if (q.scoreFramework() != null) {
                f.params.put("scoreFramework", q.scoreFramework());
                if (q.minScore() != null) {
                    f.where.append(" and ").append(LATEST_SCORE).append(" >= :minScore");
                    f.params.put("minScore", q.minScore());
                }
                if (q.maxScore() != null) {
                    f.where.append(" and ").append(LATEST_SCORE).append(" <= :maxScore");
                    f.params.put("maxScore", q.maxScore());
                }
            }
            if (q.yearTo() != null) {
                f.where.append(" and p.start_year <= :yearTo");
                f.params.put("yearTo", q.yearTo());
            }
            if (q.yearFrom() != null) {
                f.where.append(" and (p.ongoing or p.end_year is null or p.end_year >= :yearFrom)");
                f.where.append(" and coalesce(p.start_year, p.end_year) is not null");
                f.params.put("yearFrom", q.yearFrom());
            }
            return f;
        }

        private void anyOf(String column, List<String> values, String name) {
            if (values.isEmpty()) {
                return;
            }
            where.append(" and ").append(column).append(" in (").append(placeholders(values, name)).append(')');
        }

        private void overlaps(String column, List<String> values, String name) {
            if (values.isEmpty()) {
                return;
            }
            where.append(" and ").append(column).append(" && array[").append(placeholders(values, name)).append("]::text[]");
        }

        private String placeholders(List<String> values, String name) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                names.add(":" + name + i);
                params.put(name + i, values.get(i));
            }
            return String.join(", ", names);
        }

        /** Binds the parameters the statement uses (the score framework appears only in some of them). */
        Query bind(Query query) {
            for (jakarta.persistence.Parameter<?> parameter : query.getParameters()) {
                query.setParameter(parameter.getName(), params.get(parameter.getName()));
            }
            return query;
        }
    }
}
