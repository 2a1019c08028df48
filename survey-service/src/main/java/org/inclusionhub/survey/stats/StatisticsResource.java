package org.inclusionhub.survey.stats;

import jakarta.validation.constraints.Min;
import org.inclusionhub.commons.api.VersionParameter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.commons.api.DayRange;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.survey.surveys.QuestionType;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.inclusionhub.survey.surveys.SurveyService;

/** A published survey's statistics and cross-tabs, read from the projection. */
@Path("/api/v1/surveys/{code}/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class StatisticsResource {

    private static final String VERSION = "A published version number (1 or more); default: the latest published "
            + "version. Only responses to that version are counted";
    private static final String FILTER = "Counts only the responses with one answer, written question=answer: the code "
            + "of a choice, yes/no or country question or of a computed dimension, then one of its answers (an option or "
            + "group code, yes or no, an ISO 3166-1 alpha-2 country code); for a multiple-choice question, the responses "
            + "that include it. Default: all responses";
    private static final String LANG = "One of the survey's languages, by its name as listed in the definition's languages "
            + "(e.g. 'Deutsch (de)') or by the tag in its brackets, case-insensitive: question texts and labels in that "
            + "language; 400 when the survey has no such language";

    private static final String FROM = "Counts only the responses submitted on or after this day (UTC), YYYY-MM-DD; "
            + "combines with filter";
    private static final String TO = "Counts only the responses submitted on or before this day (UTC), YYYY-MM-DD; not "
            + "before from and less than " + DayRange.MAX_YEARS + " years after it";

    private final SurveyService surveys;
    private final SurveyStatisticsReader statistics;

    public StatisticsResource(SurveyService surveys, SurveyStatisticsReader statistics) {
        this.surveys = surveys;
        this.statistics = statistics;
    }

    /**
     * Counts and percentages per question, "not asked" and "not answered", number summaries, for all responses
     * or, with {@code filter=question=answer}, for those giving one answer to a categorical question (for
     * multiple choice: including it). {@code lang} shows texts and labels in one of the survey's languages.
     */
    @GET
    @Operation(summary = "Read a survey's statistics",
            description = "Per question and computed dimension of a published version (the latest unless version is "
                    + "given): answered, not asked and not answered, each option's count with its percentage of those "
                    + "answering and of all respondents, and mean, median, minimum, maximum and a 10-bin histogram for "
                    + "numbers, over all its responses or those matching filter. Read from the statistics "
                    + "projection, so a new response counts once its event is consumed. Public; If-None-Match with the "
                    + "answer's ETag answers 304 while the figures are unchanged.")
    @APIResponse(responseCode = "200", description = "The statistics")
    public SurveyStatistics statistics(
            @Parameter(description = "The survey's code", example = "erasmi-networks") @PathParam("code") String code,
            @Parameter(description = VERSION, example = "3") @QueryParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) Integer version,
            @Parameter(description = FILTER, example = "country=DE") @QueryParam("filter") String filter,
            @Parameter(description = FROM, example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = TO, example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(description = LANG, example = "de") @QueryParam("lang") String lang) {
        SurveyDefinition d = surveys.published(code, version).definition.inRequestedLanguage(lang);
        return statistics.read(d, selection(d, filter, from, to));
    }

    /**
     * The cross-tab of two categorical questions, or of a multiple-choice question with itself (co-occurrence),
     * filtered like the statistics.
     */
    @GET
    @Path("/crosstab")
    @Operation(summary = "Cross-tabulate two questions",
            description = "The counts of answer pairs of two categorical questions (choice, yes/no, country or a "
                    + "computed dimension) of a published version, with labels, row and column totals and each cell's "
                    + "share of its row and of its column, over all its responses or those matching filter; a "
                    + "multiple-choice question crossed with itself counts the options chosen together. Public; "
                    + "If-None-Match with the answer's "
                    + "ETag answers 304 while the figures are unchanged.")
    @APIResponse(responseCode = "200", description = "The cross-tab")
    public SurveyStatistics.CrossTab crossTab(
            @Parameter(description = "The survey's code", example = "erasmi-networks") @PathParam("code") String code,
            @Parameter(description = VERSION, example = "3") @QueryParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) Integer version,
            @Parameter(required = true, description = "The code of the question whose answers make the rows: a "
                    + "single- or multiple-choice, yes/no or country question, or a computed dimension", example = "network_type")
            @QueryParam("rows") String rows,
            @Parameter(required = true, description = "The code of the question whose answers make the columns, of the "
                    + "same kinds as rows; another question than rows, unless both name the same multiple-choice question "
                    + "(co-occurrence)", example = "fields_of_action") @QueryParam("columns") String columns,
            @Parameter(description = FILTER, example = "uses_facilitation=yes") @QueryParam("filter") String filter,
            @Parameter(description = FROM, example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = TO, example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(description = LANG, example = "de") @QueryParam("lang") String lang) {
        SurveyDefinition d = surveys.published(code, version).definition.inRequestedLanguage(lang);
        SurveyDefinition.Question r = categorical(d, "rows", rows);
        SurveyDefinition.Question c = categorical(d, "columns", columns);
        if (r.code().equals(c.code()) && !QuestionType.MULTIPLE_CHOICE.equals(r.type())) {
            throw ApiProblem.invalid(List.of(new Violation("columns",
                    "must be another question than rows, unless both name the same multiple-choice question")));
        }
        return statistics.crossTab(d, r, c, selection(d, filter, from, to));
    }

    /** The answer filter and the date range together; 400 naming from or to when the range is not {@link DayRange}'s. */
    private static Optional<StatisticsFilter> selection(SurveyDefinition d, String filter, String from, String to) {
        List<Violation> violations = new ArrayList<>();
        DayRange days = DayRange.parse(from, to, violations);
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
        Optional<StatisticsFilter> answer = filter(d, filter);
        if (!days.isBounded()) {
            return answer;
        }
        return Optional.of(answer.map(a -> a.within(days.from(), days.to()))
                .orElse(StatisticsFilter.submitted(days.from(), days.to())));
    }

    private static Optional<StatisticsFilter> filter(SurveyDefinition d, String filter) {
        if (filter == null) {
            return Optional.empty();
        }
        String[] parts = filter.split("=", 2);
        SurveyDefinition.Question q = parts.length == 2 ? d.analysed(parts[0]).orElse(null) : null;
        if (q == null || !QuestionType.isCategorical(q.type())) {
            throw ApiProblem.invalid(List.of(new Violation("filter",
                    "must be question=answer for a choice, yes/no or country question or a dimension (e.g. country=DE)")));
        }
        if (!q.isPossibleAnswer(parts[1])) {
            throw ApiProblem.invalid(List.of(new Violation("filter", "'" + parts[1] + "' is not an answer of " + q.code())));
        }
        return Optional.of(new StatisticsFilter(q.code(), parts[1], QuestionType.MULTIPLE_CHOICE.equals(q.type())));
    }

    private static SurveyDefinition.Question categorical(SurveyDefinition d, String param, String code) {
        return d.analysed(code == null ? "" : code).filter(q -> QuestionType.isCategorical(q.type()))
                .orElseThrow(() -> ApiProblem.invalid(List.of(new Violation(param,
                        "must name a choice, yes/no or country question or a dimension of " + d.key()))));
    }
}
