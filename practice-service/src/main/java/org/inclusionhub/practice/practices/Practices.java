package org.inclusionhub.practice.practices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.inclusionhub.commons.persistence.ChunkedReads;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

/**
 * The catalogue's read side in SQL: filters on indexed columns and arrays, multilingual full-text search
 * ranked over title (weight A), summary (B) and description (C), trigram similarity for compound parts and
 * typos, snippets, suggestions and facet counts. The text-search functions and configurations it calls
 * ({@code search_query}, {@code search_fold}, {@code search_config}) are defined in
 * {@code db/migration/V3__multilingual_search.sql}.
 */
@ApplicationScoped
public class Practices {

    /** The latest submitted overall score of the practice under the framework of the query. */
    private static final String LATEST_SCORE = "(select ps.overall from practice_score ps where ps.practice_id = p.id"
            + " and ps.framework = :scoreFramework order by ps.submitted_at desc limit 1)";
    /** Computed once per statement (an InitPlan), not once per row. */
    private static final String QUERY = "(select search_query(:q))";
    /** The similarity queries the first statement returned (V8__search_words.sql, search_similar), once per statement. */
    private static final String SIMILAR = "(select cast(:similar as tsquery))";
    private static final String PARTS = "(select cast(:parts as tsquery))";
    /**
     * A tier of relevance: the matches of {@code match} (besides the list's filter) that no higher tier holds,
     * ranked by cover density ({@code ts_rank_cd}, normalisation 32: rank / (rank + 1)) plus {@code floor}, so
     * that each tier keeps to [floor, floor + 1) and every match of a higher tier comes before any of a lower one.
     */
    private record Tier(int floor, String match, String key) {

        /** This tier's matches, leaving out those of {@code higher} (the tiers above it that may hold any). */
        String condition(List<Tier> higher) {
            StringBuilder condition = new StringBuilder(match);
            higher.forEach(tier -> condition.append(" and not (").append(tier.match).append(')'));
            return condition.toString();
        }
    }

    /**
     * The tiers of a query's matches, highest first: the query's words (as written or stemmed) in a title, then
     * anywhere (summary, description, translated summaries); with similarity also through words that contain
     * them (compound parts), then through typos. Title matches rank by their titles alone, shorter titles first
     * (normalisation 1: rank / (1 + log length)): the short title vector is read in the row, where the whole
     * search vector is read from TOAST (about 100 ms for 3 600 title matches of a broad word at 100 000).
     */
    private static List<Tier> tiers(boolean similar) {
        String exact = "p.search_vector @@ " + QUERY;
        List<Tier> tiers = new ArrayList<>(List.of(
                new Tier(3, "p.title_vector @@ " + QUERY + " and " + exact, rankKey(3, "p.title_vector", QUERY, 33)),
                new Tier(2, exact, rankKey(2, "p.search_vector", QUERY, 32))));
        if (similar) {
            tiers.add(new Tier(1, "p.search_vector @@ " + PARTS, rankKey(1, "p.search_vector", PARTS, 32)));
            tiers.add(new Tier(0, "p.search_vector @@ " + SIMILAR, rankKey(0, "p.search_vector", SIMILAR, 32)));
        }
        return tiers;
    }

    /**
     * {@code floor + ts_rank_cd(vector, query, normalisation)} as a double precision, the type a cursor's key is read
     * back as. ts_rank_cd answers a real, whose decimal text is not the same number as a double: the typo tier's
     * key {@code 0.44444445} read back as a double ranked above the real it came from, so a cursor walk through
     * matches of one rank served the same page again and again.
     */
    private static String rankKey(int floor, String vector, String query, int normalisation) {
        return "cast(" + floor + " + ts_rank_cd(" + vector + ", " + query + ", " + normalisation + ") as double precision)";
    }

    /** The rank of any match in one expression (the sort key of an export, which reads every match anyway). */
    private static String rank(boolean similar) {
        StringBuilder rank = new StringBuilder("(case");
        for (Tier tier : tiers(similar)) {
            rank.append(" when ").append(tier.match).append(" then ").append(tier.key);
        }
        return rank.append(" end)").toString();
    }

    /**
     * How many practices may match a query as written or stemmed before similarity matching stays out: a
     * word that matches this often needs no typo tolerance, and look-alike words would only add noise below
     * so many matches.
     */
    static final int FEW = 50;
    /** A word excluded with a minus in websearch syntax: {@code -harbour}, not {@code co-operation}. */
    private static final Pattern EXCLUDED_WORD = Pattern.compile("(^|\\s)-[^\\s-]");
    /**
     * The similarity queries for a query whose full-text matches across the catalogue are fewer than {@link #FEW},
     * as tsquery text ({@code search_similar} in V8__search_words.sql): each word as written, stemmed, or as one of
     * the catalogue's words that contain it (parts); and the same or as a word it is a typo of (parts and typos),
     * both from one pass over the words. No row otherwise. Asked in a statement of its own, so that the list's
     * statements carry a plain OR of indexed conditions: gated inside them, the planner read every row (a
     * sequential scan, about 1 s at 100 000 practices for a broad query).
     */
    private static final String SIMILARITY = "select cast(s.parts as text), cast(s.parts_and_typos as text)"
            + " from search_similar(:q) s where (select count(*) from (select 1 from practice f where f.search_vector @@ " + QUERY + " limit " + FEW
            + ") few) < " + FEW;
    private static final String HEADLINE_TITLE = "'HighlightAll=true, StartSel=<mark>, StopSel=</mark>'";
    private static final String HEADLINE_SUMMARY = "'MaxWords=35, MinWords=15, MaxFragments=2, StartSel=<mark>, StopSel=</mark>'";

    private final EntityManager em;

    public Practices(EntityManager em) {
        this.em = em;
    }

    /** Counts of the matching practices (over all pages) per code, largest first; codes without matches are left out. */
    public record Facets(
            @Schema(required = true, description = "Matching practices per theme code",
                    examples = "{\"employment\": 42, \"housing\": 17}") Map<String, Long> themes,
            @Schema(required = true, description = "Matching practices per ISO 3166-1 alpha-2 country code",
                    examples = "{\"DE\": 31, \"IT\": 24, \"TR\": 9}") Map<String, Long> countries,
            @Schema(required = true, description = "Matching practices per target group code",
                    examples = "{\"refugees\": 55, \"youth\": 12}") Map<String, Long> targetGroups,
            @Schema(required = true, description = "Matching practices per source collection code",
                    examples = "{\"spring\": 60, \"youmig\": 20}") Map<String, Long> sources) {
    }

    /**
     * What a result list shows of a practice: its title in the requested language when it has that
     * translation ({@code language} is then that code, else null), the translated summary where there is one
     * (else its own), HTML-escaped, with the words that matched as written or stemmed between {@code <mark>}
     * and {@code </mark>} (a similarity match, a typo or a part of a word, is found but not marked).
     */
    public record Snippet(
            @Schema(description = "The lang asked for when the practice has that translation; else null", examples = "de")
            String language,
            @Schema(required = true, description = "The title to show, HTML-escaped, matched words between <mark> and </mark>",
                    examples = "<mark>Language</mark> cafe for newcomers") String title,
            @Schema(required = true, description = "The summary (or up to two fragments of it) to show, HTML-escaped, "
                    + "matched words between <mark> and </mark>") String summary) {
    }

    /** One practice of a result page; the snippet is null when the query had neither text nor language. */
    public record Hit(Practice practice, Snippet snippet) {
    }

    /** How many published practices were published in one calendar year (UTC). */
    public record YearCount(
            @Schema(required = true, description = "The calendar year (UTC) of publication", examples = "2019") int year,
            @Schema(required = true, description = "How many of the matching published practices were published that "
                    + "year; 0 for a year between the first and the last with any", examples = "12") long count) {
    }

    /**
     * A page of hits; {@code next} continues after its last item (null when the page is not full);
     * {@code publishedPerYear} counts the published practices among all matches per year of publication, see
     * {@link Practices#perYear}.
     */
    public record Result(List<Hit> items, long total, Facets facets, List<YearCount> publishedPerYear, PracticeCursor next) {
    }

    /**
     * A page of matches and, in one more statement, their total and facet counts. Sorted by relevance, the page
     * is read tier by tier ({@link #tiers}) until it is full, so a page that title matches fill ranks no other match.
     */
    public Result search(PracticeQuery query) {
        planForTheseValues();
        Filter filter = Filter.of(query, similarity(query));
        boolean snippets = snippets(query);
        PracticeSort sort = query.sort().forQuery(query.q());
        int skip = query.after() == null ? query.page() * query.size() : 0;
        // one row beyond the page tells whether there is a next page (no cursor on a last page that is full)
        int wanted = query.size() + 1;
        List<Object[]> rows = new ArrayList<>();
        if (sort == PracticeSort.RELEVANCE) {
            // the higher tiers whose matches a lower one must leave out: all but those found empty
            List<Tier> higher = new ArrayList<>();
            for (Tier tier : tiers(filter.similar())) {
                if (query.after() != null && Double.parseDouble(query.after().key()) < tier.floor) {
                    higher.add(tier); // every match of this tier ranks above the cursor
                    continue;
                }
                int limit = skip + wanted - rows.size();
                List<Object[]> found = page(query, filter, snippets, tier.key, tier.condition(higher), 0, limit);
                rows.addAll(found.subList(Math.min(skip, found.size()), found.size()));
                skip = Math.max(0, skip - found.size());
                if (rows.size() >= wanted) {
                    break;
                }
                if (!found.isEmpty() || query.after() != null) { // after a cursor, matches before it may exist
                    higher.add(tier);
                }
            }
        } else if (!snippets && !filter.statusOnly) {
            return pageWithTotalsAndFacets(query, filter, sort, skip, wanted);
        } else {
            rows = page(query, filter, snippets, sortKey(sort, query, filter), filter.textMatch, skip, wanted);
        }
        return pageOf(query, sort, rows, totalsAndFacets(filter));
    }

    /**
     * Plans this transaction's statements for their values ({@code plan_cache_mode = force_custom_plan}). After five
     * runs a prepared statement may switch to a generic plan, which guesses the same share of matches for every
     * country, theme and query text: for {@code q=Sprachkurse&country=DE&theme=language-learning} at 100 000
     * practices it combined the text and theme indexes and filtered 2 200 rows by country, 12 ms where the plan for
     * the values takes 7 (the page; its counts 7 and 4 ms). Planning each costs well under a millisecond.
     */
    private void planForTheseValues() {
        em.createNativeQuery("set local plan_cache_mode = force_custom_plan")
                .setHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.MANUAL).executeUpdate();
    }

    /**
     * {@code query} as a read of the catalogue: no flush of the persistence context before it (a list writes nothing;
     * Hibernate otherwise flushes before every native statement) and its practices loaded read-only, with no snapshot
     * to compare at commit. Together 9 % of practice-service's CPU samples for the whole-catalogue list (JFR,
     * 2026-12-08).
     */
    private static <Q extends Query> Q read(Q query) {
        query.setHint(HibernateHints.HINT_READ_ONLY, true);
        query.setHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.MANUAL);
        return query;
    }

    /** Whether hits carry snippets: with text to mark or a language to answer in. */
    private static boolean snippets(PracticeQuery query) {
        return query.q() != null || query.language() != null;
    }

    /** The hits of {@code rows} (practice, snippet language, title, summary, sort key), the cursor after them, and the counts. */
    private static Result pageOf(PracticeQuery query, PracticeSort sort, List<Object[]> rows, Counts counts) {
        List<Hit> items = new ArrayList<>();
        String lastKey = null;
        boolean snippets = snippets(query);
        for (Object[] columns : rows.subList(0, Math.min(rows.size(), query.size()))) {
            items.add(new Hit((Practice) columns[0],
                    snippets ? new Snippet((String) columns[1], (String) columns[2], (String) columns[3]) : null));
            lastKey = (String) columns[4];
        }
        PracticeCursor next = rows.size() <= query.size() ? null
                : new PracticeCursor(sort.param(), query.fingerprint(), lastKey, items.get(items.size() - 1).practice().id);
        return new Result(items, counts.total, counts.facets, counts.publishedPerYear, next);
    }

    /**
     * For a list filtered without text: the page, the total and the facets from one reading of the matches (the
     * page's own statement read them all again to sort them: 8 of 20 ms for 1 400 matches at 100 000 practices),
     * then the page's practices by id.
     */
    @SuppressWarnings("unchecked")
    private Result pageWithTotalsAndFacets(PracticeQuery query, Filter filter, PracticeSort sort, int skip, int wanted) {
        String key = sortKey(sort, query, filter);
        String after = query.after() == null ? "" : " where " + after(sort, "m.k", "m.id");
        String order = (sort.descending ? " desc" : " asc") + ", ";
        String sql = "with m as materialized (select p.id, " + key + " as k, " + FACET_COLUMNS + " from practice p where "
                + filter.matches() + "), page as (select m.id, m.k from m" + after + " order by m.k" + order + "m.id"
                + " limit " + wanted + " offset " + skip + ")" + FACET_COUNTS
                + " union all select 'page', cast(page.id as text), row_number() over (order by page.k" + order + "page.id),"
                + " cast(page.k as text) from page order by 1, 3 desc, 2";
        List<Object[]> counted = filter.bind(read(em.createNativeQuery(sql))).getResultList();
        List<Object[]> pageRows = counted.stream().filter(row -> "page".equals(row[0]))
                .sorted(java.util.Comparator.comparingLong(row -> ((Number) row[2]).longValue())).toList();
        List<UUID> ids = pageRows.stream().map(row -> UUID.fromString((String) row[1])).toList();
        List<String> keys = pageRows.stream().map(row -> (String) row[3]).toList();
        Map<UUID, Practice> practices = byIds(ids.subList(0, Math.min(ids.size(), query.size())));
        return pageOfIds(query, sort, ids, keys, practices, counts(counted));
    }

    /**
     * The page of a list read in two statements: the ids and sort keys of the page and one row beyond it, in list
     * order, as the first statement found them, and the {@code practices} the second one found. A practice deleted
     * in between is left out, and the next cursor still starts after the page's last row (deleted or not), so that
     * a walk goes on with the row after it, and a page one short is never taken for the last.
     */
    static Result pageOfIds(PracticeQuery query, PracticeSort sort, List<UUID> ids, List<String> keys,
            Map<UUID, Practice> practices, Counts counts) {
        int last = Math.min(ids.size(), query.size());
        List<Hit> items = new ArrayList<>();
        for (UUID id : ids.subList(0, last)) {
            Practice practice = practices.get(id);
            if (practice != null) {
                items.add(new Hit(practice, null));
            }
        }
        PracticeCursor next = ids.size() <= query.size() ? null
                : new PracticeCursor(sort.param(), query.fingerprint(), keys.get(last - 1), ids.get(last - 1));
        return new Result(items, counts.total, counts.facets, counts.publishedPerYear, next);
    }

    /** Up to {@code limit} matches that also meet {@code condition}, after the first {@code offset}, in the order of {@code key}. */
    @SuppressWarnings("unchecked")
    private List<Object[]> page(PracticeQuery query, Filter filter, boolean snippets, String key, String condition,
            int offset, int limit) {
        return filter.bind(read(em.createNativeQuery(selectSql(query, filter, snippets, key, condition), Practice.HIT)))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Up to {@code size} completions of what a user has typed so far ({@code prefix}): places (city, region)
     * starting with it, at most half of the list unless titles leave room, then titles of published practices
     * with a word starting with it; case and accents ignored.
     */
    @SuppressWarnings("unchecked")
    public List<Suggestion> suggest(String prefix, int size) {
        String sql = "with typed as (select search_fold(:prefix) as folded)"
                + " (select 'title' as kind, p.title as text, cast(p.id as text) as practice_id, cast(p.country as text) as country"
                + "  from practice p where p.status = 'published' and (search_fold(p.title) like (select folded from typed) || '%'"
                + "   or search_fold(p.title) like '% ' || (select folded from typed) || '%'"
                + "   or search_fold(p.title) like '%-' || (select folded from typed) || '%')"
                + "  order by search_fold(p.title) like (select folded from typed) || '%' desc, length(p.title), p.title limit :size)"
                + " union all (select 'place', min(named.name), null, cast(named.country as text) from ("
                + "   select p.city as name, p.country from practice p where p.status = 'published'"
                + "    and search_fold(p.city) like (select folded from typed) || '%'"
                + "   union all select p.region, p.country from practice p where p.status = 'published'"
                + "    and search_fold(p.region) like (select folded from typed) || '%') named"
                + "  group by search_fold(named.name), named.country order by min(named.name), named.country limit :size)";
        List<Object[]> rows = read(em.createNativeQuery(sql)).setParameter("prefix", Like.escape(prefix))
                .setParameter("size", size).getResultList();
        List<Suggestion> titles = new ArrayList<>();
        List<Suggestion> places = new ArrayList<>();
        for (Object[] row : rows) {
            Suggestion suggestion = new Suggestion((String) row[0], (String) row[1],
                    row[2] == null ? null : UUID.fromString((String) row[2]), row[3] == null ? null : ((String) row[3]).strip());
            (row[2] == null ? places : titles).add(suggestion);
        }
        // places first, at most half of the list unless titles leave room; then titles
        int placeCount = Math.min(places.size(), Math.max((size + 1) / 2, size - titles.size()));
        List<Suggestion> suggestions = new ArrayList<>(places.subList(0, placeCount));
        suggestions.addAll(titles.subList(0, Math.min(titles.size(), size - placeCount)));
        return suggestions;
    }

    /** The practices with these ids that exist, by id. */
    public Map<UUID, Practice> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Practice> found = new HashMap<>();
        for (Practice p : read(em.createQuery("from Practice p where p.id in :ids", Practice.class)).setParameter("ids", ids)
                .getResultList()) {
            found.put(p.id, p);
        }
        return found;
    }

    /** A completion: the title of a practice (with its id) or a place ({@code kind} "title" or "place"). */
    public record Suggestion(
            @Schema(required = true, description = "title: a practice's title; place: a city or region",
                    enumeration = {"title", "place"}, examples = "place") String kind,
            @Schema(required = true, description = "The completion to show", examples = "Brussels") String text,
            @Schema(description = "For a title: the practice's id; null for a place",
                    examples = "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41") UUID practiceId,
            @Schema(description = "ISO 3166-1 alpha-2 code of the practice or place; null when it has none",
                    examples = "BE") String country) {
    }

    /**
     * The total, the four facets and the published practices per year of publication in one statement: over the
     * matches (materialised once; one pass yielding a row per facet value was measured 0 to 8 % slower), or, for
     * a list filtered by status alone, from the counts the database keeps per status ({@code practice_facet_count},
     * the years since {@code V6__practice_published_year_counts.sql}).
     */
    @SuppressWarnings("unchecked")
    private Counts totalsAndFacets(Filter filter) {
        String sql = filter.statusOnly
                ? "select facet, nullif(value, ''), sum(n) from practice_facet_count p where " + filter.where
                        + " group by facet, value having sum(n) > 0 order by 1, 3 desc, 2"
                : "with m as materialized (select " + FACET_COLUMNS + " from practice p where " + filter.matches() + ")"
                        + FACET_COUNTS + " order by 1, 3 desc, 2";
        return counts(filter.bind(read(em.createNativeQuery(sql))).getResultList());
    }

    /** The columns of a match that the counts read. */
    private static final String FACET_COLUMNS = "p.themes, p.country, p.target_groups, p.source_collection, p.status,"
            + " p.published_at";
    /**
     * The total and a row per facet value over the matches {@code m} (facet, value, count, and a null fourth column).
     * Arrays are unnested in the select list: as a function in FROM, each match's array was set up as a scan of its
     * own, and the statement of {@code country=SE&targetGroup=refugees} at 100 000 practices took 9.5 ms against
     * 8.3 (psql, the same prepared statement, ten runs each, 2026-12-07 23:15).
     */
    private static final String FACET_COUNTS = " select 'total', null, count(*), cast(null as text) from m"
            + " union all select 'theme', t, count(*), null from (select unnest(m.themes) t from m) theme_values group by t"
            + " union all select 'country', cast(m.country as text), count(*), null from m where m.country is not null"
            + " group by m.country"
            + " union all select 'targetGroup', t, count(*), null"
            + " from (select unnest(m.target_groups) t from m) target_group_values group by t"
            + " union all select 'source', m.source_collection, count(*), null from m group by m.source_collection"
            + " union all select 'publishedYear', practice_published_year(m.published_at), count(*), null from m"
            + " where m.status = 'published' and m.published_at is not null group by 2";

    /** The total, the four facets and the years, from rows (facet, value, count) in the order the facets list them. */
    record Counts(long total, Facets facets, List<YearCount> publishedPerYear) {
    }

    private static Counts counts(List<Object[]> rows) {
        long total = 0;
        Map<String, Map<String, Long>> facets = new HashMap<>();
        for (Object[] row : rows) {
            long count = ((Number) row[2]).longValue();
            if ("total".equals(row[0])) {
                total = count;
            } else if (!"page".equals(row[0])) {
                facets.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>()).put(row[1].toString().strip(), count);
            }
        }
        return new Counts(total, new Facets(facets.getOrDefault("theme", Map.of()), facets.getOrDefault("country", Map.of()),
                facets.getOrDefault("targetGroup", Map.of()), facets.getOrDefault("source", Map.of())),
                perYear(facets.getOrDefault("publishedYear", Map.of())));
    }

    /**
     * Counts per year (the year as text, as the publishedYear facet keeps it) as a list in ascending order of
     * year, contiguous from the first year with any to the last (0 for the years between); empty without any.
     */
    static List<YearCount> perYear(Map<String, Long> counts) {
        TreeMap<Integer, Long> byYear = new TreeMap<>();
        counts.forEach((year, n) -> byYear.merge(Integer.parseInt(year), n, Long::sum));
        List<YearCount> years = new ArrayList<>();
        if (!byYear.isEmpty()) {
            for (int year = byYear.firstKey(); year <= byYear.lastKey(); year++) {
                years.add(new YearCount(year, byYear.getOrDefault(year, 0L)));
            }
        }
        return years;
    }

    /** Rows read from the database per round trip, and between two clears of the persistence context. */
    private static final int CHUNK = 200;

    /**
     * Hands every match, in list order, to {@code action}: streamed in a read-only transaction of its own,
     * about one chunk of practices in memory at a time (exports of any size), planned for its values as a list is.
     */
    @SuppressWarnings("unchecked")
    public void forEach(PracticeQuery query, Consumer<Practice> action) {
        Filter filter = Filter.of(query, similarity(query));
        String key = sortKey(query.sort().forQuery(query.q()), query, filter);
        ChunkedReads.forEach(em, CHUNK, () -> {
            planForTheseValues();
            return filter.bind(read(em.createNativeQuery(selectSql(query, filter, false, key, filter.textMatch), Practice.class)))
                    .setHint(HibernateHints.HINT_FETCH_SIZE, CHUNK)
                    .getResultStream();
        }, action);
    }

    /**
     * The similarity queries (tsquery text) a query's matches widen to, see {@link #SIMILARITY}; null for a phrase,
     * an exclusion, no query, a query without words, or a query with enough full-text matches.
     */
    private Similar similarity(PracticeQuery query) {
        if (query.q() == null || !Filter.isPlain(query.q())) {
            return null;
        }
        List<?> rows = read(em.createNativeQuery(SIMILARITY)).setParameter("q", query.q()).getResultList();
        if (rows.isEmpty() || ((Object[]) rows.get(0))[1] == null) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Similar((String) row[0], (String) row[1]);
    }

    /** What a query also matches: through words containing its words ({@code parts}), and also typos. */
    private record Similar(String parts, String partsAndTypos) {
    }

    /** The matches that also meet {@code condition}, ordered by {@code key} (and by id), after the cursor if there is one. */
    private static String selectSql(PracticeQuery query, Filter filter, boolean snippets, String key, String condition) {
        PracticeSort sort = query.sort().forQuery(query.q());
        String where = filter.where + " and " + condition;
        if (query.after() != null) {
            where += " and " + after(sort, key, "p.id");
        }
        return "select p.*, " + (snippets ? snippetColumns(query) : "null as snippet_language, null as snippet_title, null as snippet_summary")
                + ", cast(" + key + " as text) as sort_key from practice p where " + where
                + " order by " + key + (sort.descending ? " desc" : " asc") + ", p.id";
    }

    /** Whether a row ({@code key}, {@code id}) comes after the cursor's in the order of {@code sort}. */
    private static String after(PracticeSort sort, String key, String id) {
        String from = "cast(:afterKey as " + sort.type + ")";
        return "(" + key + (sort.descending ? " < " : " > ") + from + " or (" + key + " = " + from + " and " + id
                + " > :afterId))";
    }

    /** The sort's key with the rank and the latest score spelled out for this query. */
    private static String sortKey(PracticeSort sort, PracticeQuery query, Filter filter) {
        return sort.key.replace("{latest_score}", query.scoreFramework() == null ? "cast(null as double precision)" : LATEST_SCORE)
                .replace("{rank}", query.q() == null ? "0" : rank(filter.similar()));
    }

    /** snippet_language, snippet_title and snippet_summary: see {@link Snippet}. */
    private static String snippetColumns(PracticeQuery query) {
        String translated = query.language() == null ? "false" : "(p.translations -> :lang) is not null";
        String title = query.language() == null ? "p.title" : "coalesce(p.translations -> :lang ->> 'title', p.title)";
        String summary = query.language() == null ? "p.summary" : "coalesce(p.translations -> :lang ->> 'summary', p.summary)";
        String config = query.language() == null ? "search_config(p.language)"
                : "(case when " + translated + " then search_config(:lang) else search_config(p.language) end)";
        return "case when " + translated + " then " + (query.language() == null ? "null" : ":lang") + " end as snippet_language, "
                + headline(config, title, HEADLINE_TITLE, query) + " as snippet_title, "
                + headline(config, summary, HEADLINE_SUMMARY, query) + " as snippet_summary";
    }

    private static String headline(String config, String text, String options, PracticeQuery query) {
        String escaped = "replace(replace(replace(" + text + ", '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";
        return query.q() == null ? escaped : "ts_headline(" + config + ", " + escaped + ", " + QUERY + ", " + options + ")";
    }

    /** A WHERE clause with named parameters; values never enter the SQL text. */
    private static final class Filter {
        /** Every condition but the text match. */
        final StringBuilder where = new StringBuilder("true");
        /** The text match of {@code q} (a tier of relevance states its own, see {@link Practices#tiers}). */
        String textMatch = "true";
        final Map<String, Object> params = new HashMap<>();
        /** Whether the status is the only condition, so the kept facet counts answer for all matches. */
        boolean statusOnly;

        static Filter of(PracticeQuery q, Similar similar) {
            Filter f = new Filter();
            if (q.q() != null) {
                f.textMatch = "(p.search_vector @@ " + QUERY + (similar == null ? ")" : " or p.search_vector @@ " + SIMILAR + ")");
                if (similar != null) {
                    f.params.put("similar", similar.partsAndTypos());
                    f.params.put("parts", similar.parts());
                }
                f.params.put("q", q.q());
            }
            if (q.language() != null) {
                f.params.put("lang", q.language());
            }
            if (q.after() != null) {
                f.params.put("afterKey", q.after().key());
                f.params.put("afterId", q.after().id());
            }
            f.statusOnly = q.q() == null && q.countries().isEmpty() && q.scopes().isEmpty() && q.sources().isEmpty()
                    && q.themes().isEmpty() && q.targetGroups().isEmpty() && q.funding().isEmpty() && q.minScore() == null
                    && q.maxScore() == null && q.yearFrom() == null && q.yearTo() == null;
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

        /**
         * Whether a query is plain words, which may also match by similarity; a phrase in quotes or an
         * excluded word asks for exactly that, and word similarity ignores order and exclusions.
         */
        static boolean isPlain(String q) {
            return q.indexOf('"') < 0 && !EXCLUDED_WORD.matcher(q).find();
        }

        /** Whether the matches widen to look-alike words (see {@link #SIMILARITY}). */
        boolean similar() {
            return params.containsKey("similar");
        }

        /** Every condition: the matches of the list. */
        String matches() {
            return where + " and " + textMatch;
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
