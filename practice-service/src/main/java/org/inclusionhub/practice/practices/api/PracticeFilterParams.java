package org.inclusionhub.practice.practices.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.inclusionhub.commons.api.Paging;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.practice.practices.Countries;
import org.inclusionhub.practice.practices.PracticeCursor;
import org.inclusionhub.practice.practices.PracticeQuery;
import org.inclusionhub.practice.practices.PracticeSort;
import org.inclusionhub.practice.vocabularies.Vocabularies;
import org.inclusionhub.practice.vocabularies.Vocabulary;

/** The query parameters of the list and export endpoints. A list parameter takes comma-separated values: {@code theme=a,b}. */
public class PracticeFilterParams {

    /** Who reads: drafts and archived practices are for editors and admins. */
    public enum Reader { ANONYMOUS, OTHER, EDITOR }

    /** The longest full-text query, in characters. */
    public static final int MAX_QUERY_LENGTH = 200;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    @QueryParam("q")
    @Parameter(description = "words to search for in any language, at most 200 characters; \"...\" for a phrase, "
            + "-word to exclude, or between alternatives", example = "language cafe")
    public String q;
    @QueryParam("lang")
    @Parameter(description = "ISO 639-1 code: snippets in this language where a practice has that translation", example = "de")
    public String lang;
    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2 codes, comma-separated (any of them)", example = "BE,NL")
    public String countries;
    @QueryParam("theme")
    @Parameter(description = "theme codes (GET /api/v1/vocabularies), comma-separated (any of them)", example = "employment,housing")
    public String themes;
    @QueryParam("targetGroup")
    @Parameter(description = "target group codes, comma-separated (any of them)", example = "refugees")
    public String targetGroups;
    @QueryParam("scope")
    @Parameter(description = "scope codes, comma-separated (any of them)", example = "local,regional")
    public String scopes;
    @QueryParam("status")
    @Parameter(description = "status codes, comma-separated; default published; others need an editor or admin key",
            example = "published")
    public String statuses;
    @QueryParam("funding")
    @Parameter(description = "funding codes, comma-separated (any of them)", example = "amif")
    public String funding;
    @QueryParam("source")
    @Parameter(description = "source collection codes, comma-separated (any of them)", example = "spring")
    public String sources;
    @QueryParam("yearFrom")
    @Parameter(description = "running in or after this year", example = "2015")
    public Integer yearFrom;
    @QueryParam("yearTo")
    @Parameter(description = "started in or before this year", example = "2020")
    public Integer yearTo;
    @QueryParam("scoreFramework")
    @Parameter(description = "the framework whose latest score minScore, maxScore and sort=score use", example = "spring-gpc")
    public String scoreFramework;
    @QueryParam("minScore")
    @Parameter(description = "lowest latest overall score under scoreFramework", example = "50")
    public Double minScore;
    @QueryParam("maxScore")
    @Parameter(description = "highest latest overall score under scoreFramework", example = "100")
    public Double maxScore;
    @QueryParam("sort")
    @Parameter(description = "relevance (default with q), title (default), -title, startYear, -startYear, updatedAt, "
            + "-updatedAt, publishedAt, -publishedAt, country, score, -score", example = "-publishedAt")
    public String sort;
    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "page number from 0, at most 100000", example = "0")
    public int page;
    @QueryParam("cursor")
    @Parameter(description = "continue after the last item of a page: the next of that page (keyset paging; "
            + "instead of page, with the same sort)", example = "MQp0aXRsZQ...")
    public String cursor;
    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "items per page, 1 to the list's maximum (100 by default)", example = "20")
    public int size;

    /**
     * @param reader who asks: only editors and admins may list drafts and archived practices
     * @throws ApiProblem 400 listing every bad parameter
     */
    public PracticeQuery toQuery(Reader reader, int maxPageSize) {
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
        v.addAll(Paging.violations(page, size, maxPageSize));
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
        return new PracticeQuery(text, language, countryCodes, clean(themes), clean(targetGroups), clean(scopes), statusCodes,
                clean(funding), clean(sources), yearFrom, yearTo, framework, minScore, maxScore, order, page, size, after);
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
}
