package org.inclusionhub.assessment.stats;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.assessment.assessments.Assessment;
import org.inclusionhub.assessment.assessments.Assessments;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;
import org.inclusionhub.assessment.frameworks.FrameworkService;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.statistics.StatisticKey;

@Path("/api/v1/frameworks/{code}/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Score statistics per framework version, kept current from assessment events")
public class StatisticsResource {

    /** A subject's latest submitted scores against the average of all submitted assessments. */
    public record Position(UUID practiceId, UUID assessmentId, Comparison overall, List<AreaComparison> areas) {
    }

    public record Comparison(Double subject, Double average, Double difference) {
        static Comparison of(Double subject, Double average) {
            return new Comparison(subject, average,
                    subject == null || average == null ? null : Math.round((subject - average) * 100) / 100.0);
        }
    }

    public record AreaComparison(String code, String title, Double subject, Double average, Double difference) {
    }

    private final FrameworkService frameworks;
    private final StatisticsReader reader;
    private final Assessments stored;

    public StatisticsResource(FrameworkService frameworks, StatisticsReader reader, Assessments stored) {
        this.frameworks = frameworks;
        this.reader = reader;
        this.stored = stored;
    }

    /** All submitted assessments, or those of practices in one country ({@code country=BE}) or with one theme. */
    @GET
    @Transactional
    public FrameworkStatistics statistics(@PathParam("code") String code, @QueryParam("version") Integer version,
            @QueryParam("country") String country, @QueryParam("theme") String theme) {
        if (country != null && theme != null) {
            throw ApiProblem.invalid(List.of(new Violation("theme", "filter by country or by theme, not both")));
        }
        String segment = country != null ? ScoreMetric.countrySegment(country)
                : theme != null ? ScoreMetric.themeSegment(theme) : StatisticKey.ALL;
        return reader.read(frameworks.get(code, version).definition, segment);
    }

    @GET
    @Path("/practices/{practiceId}")
    @Transactional
    public Position position(@PathParam("code") String code, @PathParam("practiceId") UUID practiceId,
            @QueryParam("version") Integer version) {
        FrameworkDefinition f = frameworks.get(code, version).definition;
        Assessment latest = stored.latestSubmitted(f.code(), f.version(), practiceId)
                .orElseThrow(() -> ApiProblem.notFound("Submitted " + f.key() + " assessment of practice", practiceId));
        FrameworkStatistics all = reader.read(f, StatisticKey.ALL);
        List<AreaComparison> areas = all.areas().stream().map(a -> {
            Comparison c = Comparison.of(latest.scores.area(a.code()).line().score(), a.mean());
            return new AreaComparison(a.code(), a.title(), c.subject(), c.average(), c.difference());
        }).toList();
        return new Position(practiceId, latest.id, Comparison.of(latest.scores.overall().score(), all.overall().mean()), areas);
    }
}
