package org.inclusionhub.assessment.stats;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.inclusionhub.assessment.events.AssessmentEvents;
import org.inclusionhub.assessment.replica.PracticeReplica;
import org.inclusionhub.commons.inbox.IncomingEvents;
import org.inclusionhub.commons.live.StatisticsChanges;

/**
 * The score statistics of each framework version, kept current from this service's own
 * assessments topic: per segment (all, a country, a theme) and metric, a count and a total.
 * A submission adds its contribution and records it; a withdrawal subtracts what was recorded.
 */
@ApplicationScoped
public class ScoreStatisticsProjection {

    static final String CONSUMER = "score-statistics";

    private static final Set<String> TYPES = Set.of(AssessmentEvents.SUBMITTED, AssessmentEvents.WITHDRAWN);

    /** The name of the change stream of the score statistics. */
    public static final String STREAM = "assessment-statistics";

    private final IncomingEvents incoming;
    private final StatisticsChanges changes;
    private final EntityManager em;
    private final ObjectMapper mapper;

    public ScoreStatisticsProjection(IncomingEvents incoming, StatisticsChanges changes, EntityManager em, ObjectMapper mapper) {
        this.incoming = incoming;
        this.changes = changes;
        this.em = em;
        this.mapper = mapper;
    }

    @Incoming("assessments")
    @Blocking(ordered = true)
    @Transactional
    public void onAssessmentEvent(String payload) {
        incoming.accept(CONSUMER, payload, TYPES).ifPresent(event -> {
            AssessmentEvents.AssessmentEvent data = incoming.data(event, AssessmentEvents.AssessmentEvent.class);
            if (AssessmentEvents.SUBMITTED.equals(event.type())) {
                add(data);
            } else {
                remove(data);
            }
            changes.record(STREAM, data.framework() + "@" + data.frameworkVersion());
        });
    }

    private void add(AssessmentEvents.AssessmentEvent a) {
        if (em.find(ContributionRow.class, a.id()) != null) {
            return;
        }
        String framework = a.framework() + "@" + a.frameworkVersion();
        List<String> segments = segmentsOf(a);
        Map<String, ScoreContribution.Amount> metrics = ScoreContribution.of(a.scores(), a.ratings());
        apply(framework, segments, metrics, 1);
        ContributionRow row = new ContributionRow();
        row.assessmentId = a.id();
        row.framework = framework;
        row.segments = segments;
        row.metrics = mapper.convertValue(metrics, new TypeReference<Map<String, Map<String, Object>>>() {
        });
        em.persist(row);
    }

    private void remove(AssessmentEvents.AssessmentEvent a) {
        ContributionRow row = em.find(ContributionRow.class, a.id());
        if (row == null) {
            return;
        }
        Map<String, ScoreContribution.Amount> metrics = mapper.convertValue(row.metrics,
                new TypeReference<Map<String, ScoreContribution.Amount>>() {
                });
        apply(row.framework, row.segments, metrics, -1);
        em.remove(row);
    }

    private void apply(String framework, List<String> segments, Map<String, ScoreContribution.Amount> metrics, int sign) {
        for (String segment : segments) {
            metrics.forEach((metric, amount) -> em.createNativeQuery("""
                    insert into score_stat (framework, segment, metric, n, total) values (:f, :s, :m, :n, :t)
                    on conflict (framework, segment, metric)
                    do update set n = score_stat.n + excluded.n, total = score_stat.total + excluded.total""")
                    .setParameter("f", framework).setParameter("s", segment).setParameter("m", metric)
                    .setParameter("n", sign * amount.n())
                    .setParameter("t", java.math.BigDecimal.valueOf(sign * amount.total()))
                    .executeUpdate());
        }
    }

    /** 'all', the subject's country, and (for a practice) each of its themes, as the replica knows them now. */
    private static List<String> segmentsOf(AssessmentEvents.AssessmentEvent a) {
        List<String> segments = new ArrayList<>();
        segments.add("all");
        if (a.practiceId() != null) {
            PracticeReplica practice = PracticeReplica.findById(a.practiceId());
            if (practice != null) {
                if (practice.country != null) {
                    segments.add("country:" + practice.country.strip());
                }
                practice.themes.forEach(t -> segments.add("theme:" + t));
            }
        } else if (a.subjectCountry() != null) {
            segments.add("country:" + a.subjectCountry().strip());
        }
        return segments;
    }
}
