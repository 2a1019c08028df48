package org.inclusionhub.survey.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.commons.export.ExportFormat;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.security.Roles;
import org.inclusionhub.survey.domain.QuestionType;
import org.inclusionhub.survey.domain.ResponseValidator;
import org.inclusionhub.survey.domain.Survey;
import org.inclusionhub.survey.domain.SurveyDefinition;
import org.inclusionhub.survey.domain.SurveyService;
import org.inclusionhub.survey.stats.StatisticsFilter;
import org.inclusionhub.survey.xlsform.XlsFormExport;
import org.inclusionhub.survey.xlsform.XlsForms;
import org.inclusionhub.survey.stats.SurveyStatistics;
import org.inclusionhub.survey.stats.SurveyStatisticsReader;

@Path("/api/v1/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys", description = "Survey definitions and their live statistics")
public class SurveyResource {

    public record SurveySummary(String code, int version, String title, String status, int questions) {
        static SurveySummary of(Survey s) {
            return new SurveySummary(s.code, s.version, s.title, s.status, s.definition.questions().size());
        }
    }

    private final SurveyService surveys;
    private final SurveyStatisticsReader statistics;
    private final XlsForms xlsForms;

    public SurveyResource(SurveyService surveys, SurveyStatisticsReader statistics, XlsForms xlsForms) {
        this.surveys = surveys;
        this.statistics = statistics;
        this.xlsForms = xlsForms;
    }

    /** Published versions (drafts are listed for admins through their code). */
    @GET
    @Transactional
    public List<SurveySummary> list() {
        return surveys.publishedVersions().stream().map(SurveySummary::of).toList();
    }

    @GET
    @Path("/{code}")
    @Transactional
    public SurveyDefinition get(@PathParam("code") String code, @QueryParam("version") Integer version,
            @QueryParam("lang") String lang) {
        return surveys.published(code, version).definition.inRequestedLanguage(lang);
    }

    /** Creates a draft version; publish it to take responses. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response create(SurveyDefinition definition) {
        Survey s = surveys.create(definition);
        return created(s);
    }

    /**
     * Creates a draft version from an XLSForm workbook (sheets survey, choices, settings; see the README's
     * "XLSForm" section). 422 names the sheet, row and column of anything that cannot be held.
     */
    @POST
    @Consumes(ExportFormat.XLSX_MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    public Response createFromXlsForm(InputStream workbook) {
        Survey s = xlsForms.importDraft(workbook);
        return created(s);
    }

    /** A published version (the latest by default) as an XLSForm workbook that imports back to the same definition. */
    @GET
    @Path("/{code}/xlsform")
    @Produces(ExportFormat.XLSX_MEDIA_TYPE)
    public Response xlsForm(@PathParam("code") String code, @QueryParam("version") Integer version) {
        SurveyDefinition definition = surveys.published(code, version).definition;
        StreamingOutput body = out -> XlsFormExport.write(definition, out);
        return Response.ok(body, ExportFormat.XLSX.mediaType())
                .header("Content-Disposition", ExportFormat.XLSX.attachment(code + "-v" + definition.version())).build();
    }

    @POST
    @Path("/{code}/versions/{version}/publish")
    @RolesAllowed(Roles.ADMIN)
    public SurveySummary publish(@PathParam("code") String code, @PathParam("version") int version) {
        return SurveySummary.of(surveys.publish(code, version));
    }

    /**
     * Counts and percentages per question, "not asked" and "not answered", number summaries, for all responses
     * or, with {@code filter=question=answer}, for those giving one answer to a categorical question (for
     * multiple choice: including it). {@code lang} shows texts and labels in one of the survey's languages.
     */
    @GET
    @Path("/{code}/statistics")
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
    @Path("/{code}/statistics/crosstab")
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
        if (!ResponseValidator.isPossibleAnswer(q, parts[1])) {
            throw ApiProblem.invalid(List.of(new Violation("filter", "'" + parts[1] + "' is not an answer of " + q.code())));
        }
        return Optional.of(new StatisticsFilter(q.code(), parts[1], QuestionType.MULTIPLE_CHOICE.equals(q.type())));
    }

    private static SurveyDefinition.Question categorical(SurveyDefinition d, String param, String code) {
        return d.analysed(code == null ? "" : code).filter(q -> QuestionType.isCategorical(q.type()))
                .orElseThrow(() -> ApiProblem.invalid(List.of(new Violation(param,
                        "must name a choice, yes/no or country question or a dimension of " + d.key()))));
    }

    private static Response created(Survey s) {
        return Response.created(URI.create("/api/v1/surveys/" + s.code + "?version=" + s.version)).entity(SurveySummary.of(s)).build();
    }
}
