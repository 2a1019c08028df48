package org.inclusionhub.survey.surveys.api;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.commons.export.ExportFormat;
import org.inclusionhub.commons.security.Roles;
import org.inclusionhub.survey.surveys.Survey;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.inclusionhub.survey.surveys.SurveyService;
import org.inclusionhub.survey.surveys.xlsform.XlsFormExport;
import org.inclusionhub.survey.surveys.xlsform.XlsForms;

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
    private final XlsForms xlsForms;

    public SurveyResource(SurveyService surveys, XlsForms xlsForms) {
        this.surveys = surveys;
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

    private static Response created(Survey s) {
        return Response.created(URI.create("/api/v1/surveys/" + s.code + "?version=" + s.version)).entity(SurveySummary.of(s)).build();
    }
}
