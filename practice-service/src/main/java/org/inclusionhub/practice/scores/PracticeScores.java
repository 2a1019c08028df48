package org.inclusionhub.practice.scores;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.commons.SqlValues;

/** Reads the latest submitted scores per framework of a set of practices, in one query. */
@ApplicationScoped
public class PracticeScores {

    private final EntityManager em;
    private final ObjectMapper mapper;

    public PracticeScores(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    public Map<UUID, List<LatestScore>> latest(Collection<UUID> practiceIds) {
        Map<UUID, List<LatestScore>> result = new HashMap<>();
        if (practiceIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select distinct on (practice_id, framework) practice_id, framework, framework_version, assessment_id,
                       overall, coverage, cast(areas as text), submitted_at
                from practice_score where practice_id in (:ids)
                order by practice_id, framework, submitted_at desc""")
                .setParameter("ids", practiceIds).getResultList();
        for (Object[] r : rows) {
            result.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new LatestScore((String) r[1],
                    ((Number) r[2]).intValue(), (UUID) r[3], number(r[4]), number(r[5]), areas((String) r[6]), SqlValues.instant(r[7])));
        }
        return result;
    }

    private Map<String, Double> areas(String json) {
        try {
            return mapper.readValue(json, new TypeReference<Map<String, Double>>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException("unreadable stored area scores", e);
        }
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
