package org.inclusionhub.assessment.stats;

import jakarta.validation.constraints.Min;
import org.inclusionhub.commons.api.VersionParameter;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.assessment.assessments.Assessment;
import org.inclusionhub.assessment.assessments.Assessments;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;
import org.inclusionhub.assessment.frameworks.FrameworkService;
import org.inclusionhub.assessment.replica.PracticeReplicaStore;
import org.inclusionhub.commons.api.DayRange;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.statistics.StatisticKey;

@Path("/api/v1/frameworks/{code}/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Score statistics per framework version, kept current from assessment events")
public class StatisticsResource {

    private static final String CODE = "The framework's code";
    private static final String VERSION = "The framework version, from 1; the latest when omitted";
    /** The longest range of submission dates a statistics request may ask for. */
    static final int MAX_RANGE_YEARS = DayRange.MAX_YEARS;

    /** A subject's latest submitted scores against the average of all submitted assessments. */
    public record Position(
            @Schema(required = true, description = "The practice", examples = "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41")
            UUID practiceId,
            @Schema(description = "Its title in the catalogue (null while this service has not heard of it)",
                    examples = "Mentoring for newcomers") String title,
            @Schema(required = true, description = "Its latest submitted assessment under this framework version, "
                    + "whose scores are compared", examples = "9b2d4f61-0c7e-4a53-8e1f-6d3a2c5b7e90") UUID assessmentId,
            @Schema(required = true, nullable = true, description = "The first day (UTC) of submission the average "
                    + "covers, as asked; null when no lower bound was asked", examples = "2026-01-01") LocalDate from,
            @Schema(required = true, nullable = true, description = "The last day (UTC) of submission the average "
                    + "covers, included, as asked; null when no upper bound was asked", examples = "2026-12-31") LocalDate to,
            @Schema(required = true, description = "How many submitted assessments the average is taken over",
                    examples = "24") long assessments,
            @Schema(required = true, description = "The overall score against the mean overall score") Comparison overall,
            @Schema(required = true, description = "Each area's score against the area's mean, in the framework's order")
            List<AreaComparison> areas) {
    }

    /** A score of the practice against the mean of all submitted assessments (0 to 100; null when nothing counted). */
    @Schema(name = "ScoreComparison", description = "A score of the practice against the mean over all submitted "
            + "assessments of the framework version, both 0 to 100")
    public record Comparison(
            @Schema(required = true, nullable = true, description = "The practice's score, 0 to 100; null when it "
                    + "rated nothing here", examples = "66.67") Double subject,
            @Schema(required = true, nullable = true, description = "The mean score of all submitted assessments, 0 to "
                    + "100 (four decimals); null when none has one", examples = "58.125") Double average,
            @Schema(required = true, nullable = true, description = "subject minus average, in points, two decimals; "
                    + "null when either is null", examples = "8.55") Double difference) {
        static Comparison of(Double subject, Double average) {
            return new Comparison(subject, average,
                    subject == null || average == null ? null : Math.round((subject - average) * 100) / 100.0);
        }
    }

    /** An area's score of the practice against the area's mean. */
    public record AreaComparison(
            @Schema(required = true, description = "The area's code", examples = "IP") String code,
            @Schema(required = true, description = "The area's title", examples = "Inclusivity & Participation")
            String title,
            @Schema(required = true, nullable = true, description = "The practice's area score, 0 to 100; null when it "
                    + "rated nothing in the area", examples = "75.0") Double subject,
            @Schema(required = true, nullable = true, description = "The mean area score of all submitted assessments, "
                    + "0 to 100 (four decimals); null when none has one", examples = "61.5") Double average,
            @Schema(required = true, nullable = true, description = "subject minus average, in points, two decimals; "
                    + "null when either is null", examples = "13.5") Double difference) {
    }

    private final FrameworkService frameworks;
    private final StatisticsReader reader;
    private final Assessments stored;
    private final PracticeReplicaStore replicas;

    public StatisticsResource(FrameworkService frameworks, StatisticsReader reader, Assessments stored,
            PracticeReplicaStore replicas) {
        this.replicas = replicas;
        this.frameworks = frameworks;
        this.reader = reader;
        this.stored = stored;
    }

    /**
     * All submitted assessments, or those of practices in one country ({@code country=BE}) or with one theme;
     * with {@code from} and/or {@code to}, only those submitted in that range of days (UTC, both included).
     */
    @GET
    @Transactional
    @Operation(summary = "Score statistics of a framework version", description = "Public. Over the submitted "
            + "assessments of one framework version (withdrawn ones no longer count): their number, the mean overall "
            + "and area scores, the distribution of overall scores in bands of ten, per rated element how often it "
            + "is met (checklist) or its mean maturity (benchmark), and the number per calendar month of submission "
            + "(timeline). All of them, or one segment: a country, or a practice theme; and all of them, or those "
            + "submitted from one day to another (from, to: every figure, the timeline too, covers only those). Kept "
            + "current from assessment events, so a submission shows after a short delay; the answer carries an "
            + "ETag, and If-None-Match with it answers 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The statistics of the framework version and segment")
    public FrameworkStatistics statistics(
            @PathParam("code") @Parameter(description = CODE, example = "spring-gpc") String code,
            @QueryParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) @Parameter(description = VERSION, example = "1") Integer version,
            @QueryParam("country") @Parameter(description = "Only subjects in this country, ISO 3166-1 alpha-2 (any "
                    + "case): a practice by its catalogue country when its assessment was counted, a place by its own. "
                    + "Not together with theme; a country nobody is assessed in answers zero counts, a code that is no "
                    + "country 400", example = "BE")
            String country,
            @QueryParam("theme") @Parameter(description = "Only practices with this theme code of the catalogue (as "
                    + "the practice had when its assessment was counted). Not together with country; a theme no assessed "
                    + "practice has answers zero counts, one not written as a code (lower-case letters, digits, dashes) "
                    + "400", example = "employment") String theme,
            @QueryParam("from") @Parameter(description = "Only assessments submitted on this day (UTC) or later, "
                    + "YYYY-MM-DD; no lower bound when omitted or empty", example = "2026-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Only assessments submitted on this day (UTC) or earlier, "
                    + "YYYY-MM-DD, not before from and less than " + MAX_RANGE_YEARS + " years after it; no upper bound "
                    + "when omitted or empty", example = "2026-12-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
            String to) {
        List<Violation> v = new ArrayList<>();
        if (country != null && theme != null) {
            v.add(new Violation("theme", "filter by country or by theme, not both"));
        }
        SegmentFilters.check(country, theme, v);
        SubmissionRange range = range(from, to, v);
        if (!v.isEmpty()) {
            throw ApiProblem.invalid(v);
        }
        String segment = country != null ? ScoreMetric.countrySegment(country)
                : theme != null ? ScoreMetric.themeSegment(theme) : StatisticKey.ALL;
        return reader.read(frameworks.get(code, version).definition, segment, range);
    }

    /** The range of the from and to parameters; what is wrong with them is added to {@code violations}. */
    private static SubmissionRange range(String fromText, String toText, List<Violation> violations) {
        DayRange days = DayRange.parse(fromText, toText, violations);
        return new SubmissionRange(days.from(), days.to());
    }

    /** The practices a picker offers, by title. */
    public record AssessedPracticeList(@Schema(required = true, description = "By title, at most size")
            List<Assessments.AssessedPractice> items) {
    }

    @GET
    @Path("/practices")
    @Transactional
    @Operation(summary = "Find assessed practices by title", description = "Public, for pickers with type-ahead: the "
            + "practices with a submitted assessment under the framework version, by title, those whose title contains "
            + "q (case ignored) when it is given.")
    public AssessedPracticeList practices(@PathParam("code") @Parameter(description = CODE, example = "spring-gpc") String code,
            @QueryParam("q") @Parameter(description = "Part of a title, 1 to 100 characters; all when left out",
                    example = "mentor") String q,
            @QueryParam("size") @DefaultValue("20") @Parameter(description = "How many, 1 to 100; default 20",
                    example = "20") int size,
            @QueryParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) @Parameter(description = VERSION, example = "1") Integer version) {
        List<Violation> v = new ArrayList<>();
        if (q != null && (q.isBlank() || q.length() > 100)) {
            v.add(new Violation("q", "must be 1 to 100 characters"));
        }
        if (size < 1 || size > 100) {
            v.add(new Violation("size", "must be between 1 and 100"));
        }
        if (!v.isEmpty()) {
            throw ApiProblem.invalid(v);
        }
        FrameworkDefinition f = frameworks.get(code, version).definition;
        return new AssessedPracticeList(stored.assessedPractices(f.code(), f.version(), q == null ? null : q.strip(), size));
    }

    @GET
    @Path("/practices/{practiceId}")
    @Transactional
    @Operation(summary = "A practice's scores against the average", description = "Public. The latest submitted "
            + "assessment of one practice under a framework version, its overall and area scores next to the means "
            + "of all submitted assessments of that version, or of those submitted from one day to another (from, "
            + "to). 404 when the framework version is unknown or the practice has no submitted assessment under it. "
            + "The answer carries an ETag; If-None-Match with it answers 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The practice's position")
    public Position position(@PathParam("code") @Parameter(description = CODE, example = "spring-gpc") String code,
            @PathParam("practiceId") @Parameter(description = "The catalogue practice (a UUID)",
                    example = "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41") UUID practiceId,
            @QueryParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) @Parameter(description = VERSION, example = "1") Integer version,
            @QueryParam("from") @Parameter(description = "The average covers only assessments submitted on this day "
                    + "(UTC) or later, YYYY-MM-DD, as in the statistics; the practice's own scores are its latest "
                    + "whatever the range", example = "2026-01-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
            String from,
            @QueryParam("to") @Parameter(description = "The average covers only assessments submitted on this day "
                    + "(UTC) or earlier, YYYY-MM-DD, as in the statistics", example = "2026-12-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        List<Violation> v = new ArrayList<>();
        SubmissionRange range = range(from, to, v);
        if (!v.isEmpty()) {
            throw ApiProblem.invalid(v);
        }
        FrameworkDefinition f = frameworks.get(code, version).definition;
        Assessment latest = stored.latestSubmitted(f.code(), f.version(), practiceId)
                .orElseThrow(() -> ApiProblem.notFound("Submitted " + f.key() + " assessment of practice", practiceId));
        FrameworkStatistics all = reader.read(f, StatisticKey.ALL, range);
        List<AreaComparison> areas = all.areas().stream().map(a -> {
            Comparison c = Comparison.of(latest.scores.area(a.code()).line().score(), a.mean());
            return new AreaComparison(a.code(), a.title(), c.subject(), c.average(), c.difference());
        }).toList();
        String title = replicas.title(practiceId).orElse(null);
        return new Position(practiceId, title, latest.id, all.from(), all.to(), all.assessments(),
                Comparison.of(latest.scores.overall().score(), all.overall().mean()), areas);
    }
}
