package org.inclusionhub.assessment.learning;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.commons.JsonColumns;
import org.inclusionhub.commons.SqlValues;

/**
 * The queries of the learning projection ({@code learning_profile}: one row per submitted assessment, the newest
 * of each subject and framework version marked {@code latest}) and of the replica context it weighs.
 */
@ApplicationScoped
public class LearningProfileStore {

    private static final TypeReference<Map<String, Double>> AREA_SCORES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Integer>> LEVELS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> CODES = new TypeReference<>() {
    };
    private static final String PROFILE_COLUMNS = """
            cast(assessment_id as text), framework, subject_type, cast(practice_id as text), subject_name,
            cast(subject_country as text), submitted_at, overall, cast(area_scores as text), cast(levels as text)""";

    private final EntityManager em;
    private final JsonColumns json;

    public LearningProfileStore(EntityManager em, JsonColumns json) {
        this.em = em;
        this.json = json;
    }

    /** Records the profiles of newly submitted assessments (one already recorded keeps its row). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Collection<LearningProfile> profiles) {
        if (profiles.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(profiles.size());
        for (LearningProfile p : profiles) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("assessment_id", p.assessmentId().toString());
            row.put("framework", p.framework());
            row.put("subject_key", p.subject().key());
            row.put("subject_type", p.subject().type());
            row.put("practice_id", p.subject().practiceId() == null ? null : p.subject().practiceId().toString());
            row.put("subject_name", p.subject().name());
            row.put("subject_country", p.subject().country());
            row.put("submitted_at", p.submittedAt().toString());
            row.put("overall", p.overall());
            row.put("area_scores", p.areaScores());
            row.put("levels", p.levels());
            rows.add(row);
        }
        em.createNativeQuery("""
                insert into learning_profile (assessment_id, framework, subject_key, subject_type, practice_id, subject_name,
                    subject_country, submitted_at, overall, area_scores, levels)
                select d.assessment_id, d.framework, d.subject_key, d.subject_type, d.practice_id, d.subject_name,
                    d.subject_country, d.submitted_at, d.overall, d.area_scores, d.levels
                from jsonb_to_recordset(cast(:rows as jsonb)) as d(assessment_id uuid, framework text, subject_key text,
                    subject_type text, practice_id uuid, subject_name text, subject_country text, submitted_at timestamptz,
                    overall numeric, area_scores jsonb, levels jsonb)
                on conflict (assessment_id) do nothing""")
                .setParameter("rows", json.write(rows)).executeUpdate();
    }

    /** Forgets the profiles of withdrawn assessments; answers the (framework, subject key) pairs they belonged to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String[]> delete(Collection<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                delete from learning_profile where assessment_id = any(cast(:ids as uuid[])) returning framework, subject_key""")
                .setParameter("ids", ids(assessmentIds)).getResultList();
        return rows.stream().map(r -> new String[] {(String) r[0], (String) r[1]}).toList();
    }

    /** Marks, for each (framework, subject key), its newest remaining submission as the one that counts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markLatest(Collection<String[]> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                with s as (select * from unnest(cast(:frameworks as text[]), cast(:keys as text[])) as s(framework, subject_key)),
                newest as (select distinct on (p.framework, p.subject_key) p.assessment_id
                           from learning_profile p join s using (framework, subject_key)
                           order by p.framework, p.subject_key, p.submitted_at desc, p.assessment_id desc)
                update learning_profile p set latest = p.assessment_id in (select assessment_id from newest)
                from s where p.framework = s.framework and p.subject_key = s.subject_key""")
                .setParameter("frameworks", subjects.stream().map(s -> s[0]).toArray(String[]::new))
                .setParameter("keys", subjects.stream().map(s -> s[1]).toArray(String[]::new))
                .executeUpdate();
    }

    /** The latest profile of every subject assessed under a framework version ('code@version'). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LearningProfile> latest(String framework) {
        return profiles("framework = :framework and latest", Map.of("framework", framework));
    }

    /** The latest profiles of places under a framework version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LearningProfile> latestPlaces(String framework) {
        return profiles("framework = :framework and latest and subject_type = 'place'", Map.of("framework", framework));
    }

    /** The catalogue context of these practices, as the replica holds them now (unknown ones are absent). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, SubjectContext> practiceContexts(Collection<UUID> practiceIds) {
        if (practiceIds.isEmpty()) {
            return Map.of();
        }
        return contexts("id = any(cast(:ids as uuid[]))", Map.of("ids", ids(practiceIds)), Integer.MAX_VALUE);
    }

    /**
     * Published practices with no submitted assessment under the framework version that share a theme or a target
     * group with {@code subject}, or (for a subject without either, such as a place) its country: at most
     * {@code limit}, for the relevance rule to order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SubjectContext> unassessed(String framework, SubjectContext subject, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("framework", framework);
        params.put("themes", subject.themes().toArray(String[]::new));
        params.put("groups", subject.targetGroups().toArray(String[]::new));
        params.put("country", subject.country() == null ? "" : subject.country());
        return List.copyOf(contexts("""
                status = 'published' and not deleted
                and (jsonb_exists_any(themes, cast(:themes as text[])) or jsonb_exists_any(target_groups, cast(:groups as text[]))
                     or (cardinality(cast(:themes as text[])) = 0 and cardinality(cast(:groups as text[])) = 0
                         and country = :country))
                and not exists (select 1 from learning_profile p where p.framework = :framework and p.practice_id = r.id)""",
                params, limit).values());
    }

    private Map<UUID, SubjectContext> contexts(String where, Map<String, Object> params, int limit) {
        var query = em.createNativeQuery("""
                select cast(id as text), title, cast(country as text), region, scope, cast(themes as text),
                       cast(target_groups as text)
                from practice_replica r where %s order by title, id limit :limit""".formatted(where));
        params.forEach(query::setParameter);
        query.setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, SubjectContext> found = new LinkedHashMap<>();
        for (Object[] r : rows) {
            UUID id = UUID.fromString((String) r[0]);
            found.put(id, new SubjectContext(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    json.read((String) r[5], CODES, "replica themes"), json.read((String) r[6], CODES, "replica target groups")));
        }
        return found;
    }

    private List<LearningProfile> profiles(String where, Map<String, Object> params) {
        var query = em.createNativeQuery("select " + PROFILE_COLUMNS + " from learning_profile where " + where
                + " order by subject_key");
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<LearningProfile> profiles = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            LearningSubject subject = new LearningSubject((String) r[2], r[3] == null ? null : UUID.fromString((String) r[3]),
                    (String) r[4], (String) r[5]);
            profiles.add(new LearningProfile(UUID.fromString((String) r[0]), (String) r[1], subject, SqlValues.instant(r[6]),
                    r[7] == null ? null : ((BigDecimal) r[7]).doubleValue(),
                    json.read((String) r[8], AREA_SCORES, "learning profile areas"),
                    json.read((String) r[9], LEVELS, "learning profile levels")));
        }
        return profiles;
    }

    private static String[] ids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
