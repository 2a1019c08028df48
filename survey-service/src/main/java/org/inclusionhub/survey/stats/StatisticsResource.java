package org.inclusionhub.survey.stats;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    public SurveyStatistics statistics(@PathParam("code") String code, @QueryParam("version") Integer version,
            @QueryParam("filter") String filter, @QueryParam("lang") String lang) {
        SurveyDefinition d = surveys.published(code, version).definition.inRequestedLanguage(lang);
        return statistics.read(d, filter(d, filter));
    }

    /**
     * The cross-tab of two categorical questions, or of a multiple-choice question with itself (co-occurrence),
     * filtered like the statistics.
     */
    @GET
    @Path("/crosstab")
    public SurveyStatistics.CrossTab crossTab(@PathParam("code") String code, @QueryParam("version") Integer version,
            @QueryParam("rows") String rows, @QueryParam("columns") String columns, @QueryParam("filter") String filter,
            @QueryParam("lang") String lang) {
        SurveyDefinition d = surveys.published(code, version).definition.inRequestedLanguage(lang);
        SurveyDefinition.Question r = categorical(d, "rows", rows);
        SurveyDefinition.Question c = categorical(d, "columns", columns);
        if (r.code().equals(c.code()) && !QuestionType.MULTIPLE_CHOICE.equals(r.type())) {
            throw ApiProblem.invalid(List.of(new Violation("columns",
                    "must be another question than rows, unless both name the same multiple-choice question")));
        }
        return statistics.crossTab(d, r, c, filter(d, filter));
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
