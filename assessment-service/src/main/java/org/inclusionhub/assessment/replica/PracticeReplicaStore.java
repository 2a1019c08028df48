package org.inclusionhub.assessment.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.inclusionhub.commons.JsonColumns;

/** The writes of the practice replica ({@code practice_replica}); a whole batch in one statement. */
@ApplicationScoped
public class PracticeReplicaStore {

    /** The state of one practice as an event reports it: the snapshot, and whether the event deleted it. */
    public record State(PracticeReplicaProjection.PracticeSnapshot snapshot, boolean deleted) {
    }

    private final EntityManager em;
    private final JsonColumns json;

    public PracticeReplicaStore(EntityManager em, JsonColumns json) {
        this.em = em;
        this.json = json;
    }

    /** The catalogue title of a practice, when this service has heard of it. */
    @Transactional
    public Optional<String> title(UUID practiceId) {
        return PracticeReplica.<PracticeReplica>findByIdOptional(practiceId).map(r -> r.title);
    }

    /**
     * Inserts or overwrites the replica of each practice, unless the replica already holds a newer version
     * (an equal version is overwritten, as a redelivered or repeated event of that version would).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(Collection<State> states) {
        if (states.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(states.size());
        // sorted so that concurrent batches lock rows in the same order
        states.stream().sorted(Comparator.comparing(s -> s.snapshot().id())).forEach(s -> {
            PracticeReplicaProjection.PracticeSnapshot p = s.snapshot();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", p.id().toString());
            row.put("title", p.title());
            row.put("country", p.country());
            row.put("region", p.region());
            row.put("scope", p.scope());
            row.put("themes", p.themes() == null ? List.of() : p.themes());
            row.put("target_groups", p.targetGroups() == null ? List.of() : p.targetGroups());
            row.put("status", p.status());
            row.put("version", p.version());
            row.put("deleted", s.deleted());
            rows.add(row);
        });
        em.createNativeQuery("""
                insert into practice_replica (id, title, country, region, scope, themes, target_groups, status, version, deleted,
                    updated_at)
                select d.id, d.title, d.country, d.region, d.scope, d.themes, d.target_groups, d.status, d.version, d.deleted, now()
                from jsonb_to_recordset(cast(:rows as jsonb)) as d(id uuid, title text, country text, region text, scope text,
                     themes jsonb, target_groups jsonb, status text, version bigint, deleted boolean)
                on conflict (id) do update set title = excluded.title, country = excluded.country, region = excluded.region,
                    scope = excluded.scope, themes = excluded.themes, target_groups = excluded.target_groups,
                    status = excluded.status, version = excluded.version, deleted = excluded.deleted, updated_at = excluded.updated_at
                where practice_replica.version <= excluded.version""")
                .setParameter("rows", json.write(rows)).executeUpdate();
    }

}
