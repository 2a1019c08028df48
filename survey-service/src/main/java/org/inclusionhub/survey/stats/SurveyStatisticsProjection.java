package org.inclusionhub.survey.stats;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.inclusionhub.commons.inbox.IncomingEvents;
import org.inclusionhub.commons.live.StatisticsChanges;
import org.inclusionhub.survey.domain.Survey;
import org.inclusionhub.survey.events.SurveyResponseEvents;

/**
 * Survey statistics kept from the survey-responses topic. Each response's current contribution is
 * recorded; an update moves the counts from the old answers to the new ones, a withdrawal removes
 * them, and a redelivered event changes nothing.
 */
@ApplicationScoped
public class SurveyStatisticsProjection {

    static final String CONSUMER = "survey-statistics";
    private static final Set<String> TYPES = Set.of(SurveyResponseEvents.SUBMITTED, SurveyResponseEvents.UPDATED,
            SurveyResponseEvents.WITHDRAWN);
    private static final TypeReference<Map<String, ResponseContribution.Amount>> AMOUNTS = new TypeReference<>() {
    };

    /** The name of the change stream of the survey statistics. */
    public static final String STREAM = "survey-statistics";

    private final IncomingEvents incoming;
    private final StatisticsChanges changes;
    private final EntityManager em;
    private final ObjectMapper mapper;

    public SurveyStatisticsProjection(IncomingEvents incoming, StatisticsChanges changes, EntityManager em, ObjectMapper mapper) {
        this.incoming = incoming;
        this.changes = changes;
        this.em = em;
        this.mapper = mapper;
    }

    @Incoming("survey-responses")
    @Blocking(ordered = true)
    @Transactional
    public void onResponseEvent(String payload) {
        incoming.accept(CONSUMER, payload, TYPES).ifPresent(event -> {
            SurveyResponseEvents.ResponseEvent r = incoming.data(event, SurveyResponseEvents.ResponseEvent.class);
            Applied previous = previous(r.id());
            if (previous != null && r.version() <= previous.version()) {
                return;
            }
            String survey = r.survey() + "@" + r.surveyVersion();
            Map<String, ResponseContribution.Amount> delta = new HashMap<>();
            if (previous != null) {
                previous.amounts().forEach((key, amount) -> delta.put(key, negate(amount)));
            }
            Map<String, ResponseContribution.Amount> current = Map.of();
            if (!SurveyResponseEvents.WITHDRAWN.equals(event.type())) {
                Survey definition = Survey.find(r.survey(), r.surveyVersion()).orElseThrow();
                current = ResponseContribution.of(definition.definition, r.answers());
                current.forEach((key, amount) -> delta.merge(key, amount, SurveyStatisticsProjection::add));
            }
            apply(survey, delta);
            record(r.id(), survey, r.version(), current);
            changes.record(STREAM, survey);
        });
    }

    /** What a response last added, and at which version of the response. */
    private record Applied(long version, Map<String, ResponseContribution.Amount> amounts) {
    }

    private Applied previous(UUID responseId) {
        List<?> rows = em.createNativeQuery("select version, cast(amounts as text) from survey_contribution where response_id = :id")
                .setParameter("id", responseId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        try {
            return new Applied(((Number) row[0]).longValue(), mapper.readValue((String) row[1], AMOUNTS));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unreadable contribution of response " + responseId, e);
        }
    }

    private void record(UUID responseId, String survey, long version, Map<String, ResponseContribution.Amount> current) {
        em.createNativeQuery("""
                insert into survey_contribution (response_id, survey, version, amounts) values (:id, :s, :v, cast(:a as jsonb))
                on conflict (response_id) do update set version = excluded.version, amounts = excluded.amounts""")
                .setParameter("id", responseId).setParameter("s", survey).setParameter("v", version)
                .setParameter("a", mapper.valueToTree(current).toString()).executeUpdate();
    }

    /** One statement per change: every (segment, metric) moves by its delta. */
    private void apply(String survey, Map<String, ResponseContribution.Amount> delta) {
        delta.values().removeIf(a -> a.n() == 0 && a.total().signum() == 0);
        if (delta.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                insert into survey_stat (survey, segment, metric, n, total)
                select :survey, split_part(d.key, '|', 1), substr(d.key, length(split_part(d.key, '|', 1)) + 2),
                       (d.value ->> 'n')::bigint, (d.value ->> 'total')::numeric
                from jsonb_each(cast(:delta as jsonb)) d
                on conflict (survey, segment, metric)
                do update set n = survey_stat.n + excluded.n, total = survey_stat.total + excluded.total""")
                .setParameter("survey", survey).setParameter("delta", mapper.valueToTree(delta).toString()).executeUpdate();
    }

    private static ResponseContribution.Amount negate(ResponseContribution.Amount a) {
        return new ResponseContribution.Amount(-a.n(), a.total().negate());
    }

    private static ResponseContribution.Amount add(ResponseContribution.Amount a, ResponseContribution.Amount b) {
        return new ResponseContribution.Amount(a.n() + b.n(), a.total().add(b.total()));
    }

}
