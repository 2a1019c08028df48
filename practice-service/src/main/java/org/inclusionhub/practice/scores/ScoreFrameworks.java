package org.inclusionhub.practice.scores;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.inclusionhub.commons.JsonColumns;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.Violation;

/**
 * The criteria frameworks this service knows from assessment-service's {@code framework.published} events
 * ({@code score_framework}), and the rule that a score filter or sort names one of them.
 */
@ApplicationScoped
public class ScoreFrameworks {

    /** The query parameter a framework code arrives in, named by the violation. */
    public static final String FIELD = "scoreFramework";

    private final EntityManager em;
    private final JsonColumns json;
    // frameworks are never removed, so a code once found stays known without asking the database again
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public ScoreFrameworks(EntityManager em, JsonColumns json) {
        this.em = em;
        this.json = json;
    }

    /**
     * Passes when {@code code} is null (no score filter) or a known framework code.
     *
     * @throws InvalidInputException naming {@value #FIELD}, with the known codes, for any other code
     */
    @Transactional
    public void requireKnown(String code) {
        if (code == null || known.contains(code)) {
            return;
        }
        List<String> codes = codes();
        if (codes.contains(code)) {
            known.add(code);
            return;
        }
        throw InvalidInputException.of(List.of(new Violation(FIELD, "'" + code + "' is no assessment framework"
                + (codes.isEmpty() ? " (none is known yet: assessment-service announces its frameworks as it starts)"
                        : "; one of " + String.join(", ", codes)))));
    }

    /** Every known framework code, sorted. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> codes() {
        return em.createNativeQuery("select code from score_framework order by code").getResultList();
    }

    /**
     * Stores each framework at its version, unless that or a later version of its code is stored already (the
     * announcements at every start of assessment-service write nothing).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(Collection<ScoreFrameworkProjection.PublishedFramework> frameworks) {
        if (frameworks.isEmpty()) {
            return;
        }
        // sorted, so that concurrent batches lock the rows in one order
        List<ScoreFrameworkProjection.PublishedFramework> rows = frameworks.stream()
                .sorted(Comparator.comparing(ScoreFrameworkProjection.PublishedFramework::code)).toList();
        em.createNativeQuery("""
                insert into score_framework (code, name, latest_version, updated_at)
                select r.code, r.name, r.version, now()
                from jsonb_to_recordset(cast(:rows as jsonb)) as r(code text, name text, version integer)
                on conflict (code) do update set name = excluded.name, latest_version = excluded.latest_version,
                    updated_at = excluded.updated_at
                where excluded.latest_version > score_framework.latest_version
                   or (excluded.latest_version = score_framework.latest_version and excluded.name <> score_framework.name)""")
                .setParameter("rows", json.write(rows)).executeUpdate();
    }
}
