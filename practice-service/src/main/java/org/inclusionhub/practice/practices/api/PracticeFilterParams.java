package org.inclusionhub.practice.practices.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.inclusionhub.commons.api.Paging;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.practice.practices.Countries;
import org.inclusionhub.practice.practices.PracticeQuery;
import org.inclusionhub.practice.practices.PracticeSort;
import org.inclusionhub.practice.vocabularies.Vocabularies;
import org.inclusionhub.practice.vocabularies.Vocabulary;

/** The query parameters of the list and export endpoints. A parameter may repeat: {@code theme=a&theme=b}. */
public class PracticeFilterParams {

    /** Who reads: drafts and archived practices are for editors and admins. */
    public enum Reader { ANONYMOUS, OTHER, EDITOR }

    /** The longest full-text query, in characters. */
    public static final int MAX_QUERY_LENGTH = 200;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    @QueryParam("q")
    public String q;
    @QueryParam("lang")
    public String lang;
    @QueryParam("country")
    public List<String> countries;
    @QueryParam("theme")
    public List<String> themes;
    @QueryParam("targetGroup")
    public List<String> targetGroups;
    @QueryParam("scope")
    public List<String> scopes;
    @QueryParam("status")
    public List<String> statuses;
    @QueryParam("funding")
    public List<String> funding;
    @QueryParam("source")
    public List<String> sources;
    @QueryParam("yearFrom")
    public Integer yearFrom;
    @QueryParam("yearTo")
    public Integer yearTo;
    @QueryParam("scoreFramework")
    public String scoreFramework;
    @QueryParam("minScore")
    public Double minScore;
    @QueryParam("maxScore")
    public Double maxScore;
    @QueryParam("sort")
    public String sort;
    @QueryParam("page")
    @DefaultValue("0")
    public int page;
    @QueryParam("size")
    @DefaultValue("20")
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
                clean(funding), clean(sources), yearFrom, yearTo, framework, minScore, maxScore, order, page, size);
    }

    private static void check(List<Violation> v, String param, List<String> values, Vocabulary vocabulary) {
        clean(values).stream().filter(c -> !vocabulary.contains(c))
                .forEach(c -> v.add(new Violation(param, "'" + c + "' is not one of " + vocabulary.codes())));
    }

    /** Accepts both repeated parameters and comma-separated values. */
    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(s -> java.util.Arrays.stream(s.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }
}
