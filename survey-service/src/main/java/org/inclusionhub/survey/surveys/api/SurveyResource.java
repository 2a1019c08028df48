package org.inclusionhub.survey.surveys.api;

import io.quarkus.security.identity.SecurityIdentity;
import org.inclusionhub.commons.api.Callers;
import jakarta.validation.constraints.Min;
import org.inclusionhub.commons.api.VersionParameter;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
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

    @Schema(description = "A survey version in short: its code, version, title, status and size.")
    public record SurveySummary(
            @Schema(required = true, description = "The survey's code", examples = "erasmi-networks") String code,
            @Schema(required = true, description = "The version number, from 1", examples = "3") int version,
            @Schema(required = true, examples = "ERASMI survey of migrant-inclusion networks") String title,
            @Schema(required = true, description = "draft until published; a published version never changes",
                    enumeration = {"draft", "published"}, examples = "published") String status,
            @Schema(required = true, description = "The number of questions (notes included)", examples = "31") int questions) {
        static SurveySummary of(Survey s) {
            return new SurveySummary(s.code, s.version, s.title, s.status, s.definition.questions().size());
        }
    }

    private static final String CREATE_SUMMARY = "Create a draft survey version";
    /** Both create methods answer POST /api/v1/surveys, which the document shows as one operation with two bodies. */
    private static final String CREATE_DESCRIPTION = "Admin only. Stores a new draft version from a JSON survey "
            + "definition (application/json) or from an XLSForm workbook (sheets survey, choices and settings, as an .xlsx "
            + "body); publish it to take responses. An invalid JSON definition answers 400 listing every violation, a "
            + "workbook that cannot be held 422 naming sheet, row and column.";

    private final SurveyService surveys;
    private final XlsForms xlsForms;
    private final SecurityIdentity identity;

    public SurveyResource(SurveyService surveys, XlsForms xlsForms, SecurityIdentity identity) {
        this.surveys = surveys;
        this.xlsForms = xlsForms;
        this.identity = identity;
    }

    /** Published versions (drafts are listed for admins through their code). */
    @GET
    @Transactional
    @Operation(summary = "List published survey versions",
            description = "Every published version of every survey, ordered by code and version, with its title and "
                    + "number of questions; drafts are not listed. Public: no API key needed. The answer carries an ETag: "
                    + "sent back in If-None-Match, it answers 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The published versions")
    public List<SurveySummary> list() {
        return surveys.publishedVersions().stream().map(SurveySummary::of).toList();
    }

    @GET
    @Path("/{code}")
    @Transactional
    @Operation(summary = "Read a published survey definition",
            description = "The definition of a published version (the latest unless version is given): questions with "
                    + "their types, options, bounds and conditions, sections, computed dimensions and report figures. "
                    + "lang shows texts, hints and labels in one of the survey's languages; codes stay the same. Public; "
                    + "If-None-Match with the answer's ETag answers 304 while it is unchanged.")
    @APIResponse(responseCode = "200", description = "The survey definition")
    public SurveyDefinition get(
            @Parameter(description = "The survey's code: lower-case letters, digits and dashes", example = "erasmi-networks")
            @PathParam("code") String code,
            @Parameter(description = "A published version number (1 or more); an admin reads a draft version too. Default: "
                    + "the latest published version",
                    example = "3") @QueryParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) Integer version,
            @Parameter(description = "One of the survey's languages, by its name as listed in languages (e.g. "
                    + "'Deutsch (de)') or by the tag in its brackets, case-insensitive; 400 when the survey has no such "
                    + "language. Default: the definition's own texts", example = "de") @QueryParam("lang") String lang) {
        return surveys.readable(code, version, Callers.ofOrNull(identity)).definition.inRequestedLanguage(lang);
    }

    /** Creates a draft version; publish it to take responses. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = CREATE_SUMMARY, description = CREATE_DESCRIPTION)
    @APIResponseSchema(value = SurveySummary.class, responseCode = "201",
            responseDescription = "The draft was stored; Location names it (/api/v1/surveys/{code}?version={version})")
    @APIResponse(responseCode = "409", description = "A version with this code and version number exists already: a "
            + "change to a survey is a new version")
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
    @Operation(summary = CREATE_SUMMARY, description = CREATE_DESCRIPTION)
    @APIResponseSchema(value = SurveySummary.class, responseCode = "201",
            responseDescription = "The draft was stored; Location names it (/api/v1/surveys/{code}?version={version})")
    @APIResponses({
            @APIResponse(responseCode = "409", description = "A version with this code and version number exists "
                    + "already: a change to a survey is a new version"),
            @APIResponse(responseCode = "422", description = "XLSForm workbook only: it is no readable .xlsx, has no "
                    + "survey sheet, unpacks to more than 20 MB, or holds something the importer cannot keep or an invalid "
                    + "definition; every problem is named by sheet, row and column (e.g. survey[8].type) and nothing is "
                    + "stored") })
    public Response createFromXlsForm(InputStream workbook) {
        Survey s = xlsForms.importDraft(workbook);
        return created(s);
    }

    /** A published version (the latest by default) as an XLSForm workbook that imports back to the same definition. */
    @GET
    @Path("/{code}/xlsform")
    @Produces(ExportFormat.XLSX_MEDIA_TYPE)
    @Operation(summary = "Download a survey as an XLSForm workbook",
            description = "A published version (the latest unless version is given) as an XLSForm workbook, sent as the "
                    + "attachment {code}-v{version}.xlsx, that imports back to the same definition; computed dimensions "
                    + "and report figures are not written. Public: no API key needed.")
    @APIResponse(responseCode = "200", description = "The XLSForm workbook (sheets survey, choices, settings)",
            content = @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsForm(
            @Parameter(description = "The survey's code", example = "erasmi-networks") @PathParam("code") String code,
            @Parameter(description = "A published version number (1 or more); an admin reads a draft version too. Default: "
                    + "the latest published version",
                    example = "3") @QueryParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) Integer version) {
        SurveyDefinition definition = surveys.published(code, version).definition;
        StreamingOutput body = out -> XlsFormExport.write(definition, out);
        return Response.ok(body, ExportFormat.XLSX.mediaType())
                .header("Content-Disposition", ExportFormat.XLSX.attachment(code + "-v" + definition.version())).build();
    }

    @POST
    @Path("/{code}/versions/{version}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a draft survey version",
            description = "Admin only. Publishes a draft version: from then on it takes responses, is listed and can "
                    + "be read, exported and counted, and it never changes again. Without a version number in a request, "
                    + "readers get the latest published version.")
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The version, now published"),
            @APIResponse(responseCode = "409", description = "That version is already published") })
    public SurveySummary publish(
            @Parameter(description = "The survey's code", example = "erasmi-networks") @PathParam("code") String code,
            @Parameter(description = "The number of the draft version to publish", example = "3")
            @PathParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) int version) {
        return SurveySummary.of(surveys.publish(code, version));
    }

    private static Response created(Survey s) {
        return Response.created(URI.create("/api/v1/surveys/" + s.code + "?version=" + s.version)).entity(SurveySummary.of(s)).build();
    }
}
