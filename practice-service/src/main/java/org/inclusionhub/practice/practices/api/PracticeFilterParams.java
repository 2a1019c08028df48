package org.inclusionhub.practice.practices.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.inclusionhub.commons.api.Paging;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.domain.Countries;
import org.inclusionhub.practice.practices.PracticeCursor;
import org.inclusionhub.practice.practices.PracticeQuery;
import org.inclusionhub.practice.practices.PracticeSort;
import org.inclusionhub.practice.vocabularies.Vocabularies;
import org.inclusionhub.practice.vocabularies.Vocabulary;

/**
 * The filters and the order of the list and export endpoints ({@link PracticePageParams} pages the list). A list
 * parameter takes comma-separated values: {@code theme=a,b}.
 */
public class PracticeFilterParams {

    /** Who reads: drafts and archived practices are for editors and admins. */
    public enum Reader { ANONYMOUS, OTHER, EDITOR }

    /** The longest full-text query, in characters. */
    public static final int MAX_QUERY_LENGTH = 200;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    @QueryParam("q")
    @Parameter(description = "Full-text search in any language, at most 200 characters (no NUL characters); case and "
            + "accents are ignored, words are stemmed, translations are searched too. \"...\" quotes a phrase, -word "
            + "excludes a word, or separates alternatives. With q the default sort is relevance and each item carries a "
            + "snippet.", example = "language cafe")
    public String q;
    @QueryParam("lang")
    @Parameter(description = "ISO 639-1 language code (case-insensitive): each item's snippet shows the title and summary "
            + "in this language where the practice has that translation", example = "de")
    public String lang;
    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2 country codes (case-insensitive), comma-separated; matches any of them",
            example = "DE,IT")
    public String countries;
    @QueryParam("theme")
    @Parameter(description = "Theme codes, comma-separated; matches practices with any of them. One of employment, "
            + "entrepreneurship, education-and-training, language-learning, housing, health, culture-and-arts, sports, "
            + "civic-participation, anti-discrimination-and-awareness, empowerment, networking-and-cooperation, "
            + "reception-and-orientation, legal-support, family-reunification, social-inclusion, volunteering, "
            + "diaspora-and-development, return-and-reintegration (labels: GET /api/v1/vocabularies)",
            example = "employment,housing")
    public String themes;
    @QueryParam("targetGroup")
    @Parameter(description = "Target group codes, comma-separated; matches practices with any of them. One of migrants, "
            + "refugees, asylum-seekers, newcomers, youth, children, women, families, unaccompanied-minors, "
            + "victims-of-trafficking, migrant-artists, receiving-society, public-administrations, ngos-and-volunteers, "
            + "employers, emigrants-and-diaspora, returnees, job-seekers, entrepreneurs, students, roma",
            example = "refugees,asylum-seekers")
    public String targetGroups;
    @QueryParam("scope")
    @Parameter(description = "Geographic scope codes, comma-separated; matches any of them. One of local, regional, "
            + "national, transnational, global", example = "local,regional")
    public String scopes;
    @QueryParam("status")
    @Parameter(description = "Editorial status codes, comma-separated: draft, published, archived. Default published; "
            + "any other status needs an editor or admin key (401 without a key, 403 with another role)",
            example = "published")
    public String statuses;
    @QueryParam("funding")
    @Parameter(description = "Funding codes, comma-separated; matches practices with any of them. One of amif, esf, erdf, "
            + "erasmus-plus, horizon-2020, interreg, other-eu, national, regional, municipal, private-or-foundation, "
            + "self-financed", example = "amif,esf")
    public String funding;
    @QueryParam("source")
    @Parameter(description = "Source collection codes, comma-separated; matches any of them. One of spring, youmig, "
            + "erasmi, inclucities, direct-submission", example = "youmig")
    public String sources;
    @QueryParam("yearFrom")
    @Parameter(description = "Practices still running in or after this year: ongoing, without an end year, or ending in "
            + "or after it (practices with neither a start nor an end year are left out); must not be after yearTo",
            example = "2015")
    public Integer yearFrom;
    @QueryParam("yearTo")
    @Parameter(description = "Practices that started in or before this year (practices without a start year are left out)",
            example = "2020")
    public Integer yearTo;
    @QueryParam("scoreFramework")
    @Parameter(description = "The assessment framework whose latest submitted overall score minScore, maxScore and "
            + "sort=score/-score use; required with any of them. A framework code that assessment-service has "
            + "published (its GET /api/v1/frameworks), e.g. spring-gpc, inclucities-benchmarks, youmig-criteria, "
            + "erasmi-quality-criteria; any other answers 400", example = "spring-gpc")
    public String scoreFramework;
    @QueryParam("minScore")
    @Parameter(description = "Lowest latest overall score (0 to 100) under scoreFramework, inclusive; practices without "
            + "a score under it are left out; needs scoreFramework; not above maxScore", example = "50")
    public Double minScore;
    @QueryParam("maxScore")
    @Parameter(description = "Highest latest overall score (0 to 100) under scoreFramework, inclusive; practices without "
            + "a score under it are left out; needs scoreFramework", example = "100")
    public Double maxScore;
    @QueryParam("sort")
    @Parameter(description = "Order: relevance (the default with q; without q it orders by title), title (the default "
            + "without q), -title, startYear, -startYear, updatedAt, -updatedAt, publishedAt, -publishedAt, country, "
            + "score, -score (score needs scoreFramework). A leading - means descending; missing values sort last, "
            + "ties break by id", example = "-publishedAt")
    public String sort;

    /**
     * The query of an export: every match, no paging.
     *
     * @param reader who asks: only editors and admins may list drafts and archived practices
     * @throws ApiProblem 400 listing every bad parameter
     */
    public PracticeQuery toQuery(Reader reader) {
        return toQuery(reader, null, Integer.MAX_VALUE);
    }

    /**
     * The query of one page of the list.
     *
     * @param paging page, size and cursor; null for an export, which streams every match
     * @param reader who asks: only editors and admins may list drafts and archived practices
     * @throws ApiProblem 400 listing every bad parameter
     */
    public PracticeQuery toQuery(Reader reader, PracticePageParams paging, int maxPageSize) {
        int page = paging == null ? 0 : paging.page;
        int size = paging == null ? maxPageSize : paging.size;
        String cursor = paging == null ? null : paging.cursor;
        List<Violation> v = new ArrayList<>();
        List<String> countryCodes = clean(countries).stream().map(String::toUpperCase).toList();
        countryCodes.stream().filter(c -> !Countries.isValid(c))
                .forEach(c -> v.add(new Violation("country", "'" + c + "' is not an ISO 3166-1 alpha-2 code")));
        check(v, "theme", themes, Vocabularies.THEMES);
        check(v, "targetGroup", targetGroups, Vocabularies.TARGET_GROUPS);
        check(v, "scope", scopes, Vocabularies.SCOPES);
        check(v, "status", statuses, Vocabularies.STATUSES);
        check(v, "funding", funding, Vocabularies.FUNDING);
        check(v, "source", sources, Vocabularies.SOURCES);
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            v.add(new Violation("yearFrom", "must not be after yearTo"));
        }
        for (Map.Entry<String, Double> score : scoreBounds().entrySet()) {
            if (score.getValue() < 0 || score.getValue() > 100) {
                v.add(new Violation(score.getKey(), "must be between 0 and 100 (overall scores are percentages)"));
            }
        }
        if (minScore != null && maxScore != null && minScore > maxScore) {
            v.add(new Violation("minScore", "must not be above maxScore"));
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        PracticeSort order = sort == null ? (text == null ? PracticeSort.TITLE : PracticeSort.RELEVANCE) : PracticeSort.fromParam(sort);
        if (order == null) {
            v.add(new Violation("sort", "'" + sort + "' is not one of " + PracticeSort.names()));
        }
        String framework = scoreFramework == null || scoreFramework.isBlank() ? null : scoreFramework.strip();
        if (framework == null && (minScore != null || maxScore != null
                || order == PracticeSort.SCORE || order == PracticeSort.SCORE_DESC)) {
            v.add(new Violation("scoreFramework", "is required to filter or sort by score (e.g. spring-gpc)"));
        }
        if (paging != null) {
            v.addAll(Paging.violations(page, size, maxPageSize));
        }
        PracticeCursor after = cursor == null || cursor.isBlank() ? null : PracticeCursor.decode(cursor).orElse(null);
        if (cursor != null && !cursor.isBlank()) {
            if (after == null) {
                v.add(new Violation("cursor", "is not a cursor this list answered (take next from a page)"));
            } else if (order != null && !after.sort().equals(order.forQuery(text).param())) {
                v.add(new Violation("cursor", "belongs to sort=" + after.sort() + "; give the same sort as the page it came from"));
            }
            if (page != 0) {
                v.add(new Violation("page", "must be left out with a cursor (the cursor says where the page starts)"));
            }
        }
        if (q != null && q.indexOf('\0') >= 0) {
            v.add(new Violation("q", "must not contain NUL characters"));
        }
        if (q != null && q.strip().length() > MAX_QUERY_LENGTH) {
            v.add(new Violation("q", "must be at most " + MAX_QUERY_LENGTH + " characters"));
        }
        String language = lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT);
        if (language != null && !LANGUAGES.contains(language)) {
            v.add(new Violation("lang", "'" + lang + "' is not an ISO 639-1 language code (e.g. de)"));
        }
        if (!v.isEmpty()) {
            throw ApiProblem.invalid(v);
        }
        List<String> statusCodes = clean(statuses).isEmpty() ? List.of("published") : clean(statuses);
        if (reader != Reader.EDITOR && statusCodes.stream().anyMatch(s -> !s.equals("published"))) {
            throw reader == Reader.ANONYMOUS ? new UnauthorizedException() : new ForbiddenException();
        }
        PracticeQuery query = new PracticeQuery(text, language, countryCodes, clean(themes), clean(targetGroups), clean(scopes),
                statusCodes, clean(funding), clean(sources), yearFrom, yearTo, framework, minScore, maxScore, order, page, size, after);
        if (after != null && !after.query().equals(query.fingerprint())) {
            throw ApiProblem.invalid(List.of(new Violation("cursor",
                    "belongs to another list (q or a filter changed); start again without it")));
        }
        return query;
    }

    private static void check(List<Violation> v, String param, String values, Vocabulary vocabulary) {
        clean(values).stream().filter(c -> !vocabulary.contains(c))
                .forEach(c -> v.add(new Violation(param, "'" + c + "' is not one of " + vocabulary.codes())));
    }

    /** The values of a comma-separated parameter, trimmed, without blanks and repeats. */
    private static List<String> clean(String values) {
        if (values == null) {
            return List.of();
        }
        return java.util.Arrays.stream(values.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** minScore and maxScore where given, by name. */
    private Map<String, Double> scoreBounds() {
        Map<String, Double> bounds = new LinkedHashMap<>();
        if (minScore != null) {
            bounds.put("minScore", minScore);
        }
        if (maxScore != null) {
            bounds.put("maxScore", maxScore);
        }
        return bounds;
    }
}
