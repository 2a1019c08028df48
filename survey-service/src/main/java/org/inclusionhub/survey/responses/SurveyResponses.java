package org.inclusionhub.survey.responses;

import org.inclusionhub.commons.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.jpa.HibernateHints;
import org.inclusionhub.commons.persistence.ChunkedReads;
import org.inclusionhub.commons.persistence.KeysetCursor;

/**
 * The queries over stored responses: a page of a {@link ResponseSelection}, and every selected response
 * streamed. A partner sees only its own responses; an admin sees all. Ordered by creation, then id.
 */
@ApplicationScoped
public class SurveyResponses {

    /** Rows streamed between two clears of the persistence context, so an export holds few in memory. */
    private static final int STREAM_CHUNK = 500;

    /** One page and the number of all matches. */
    public record Page(List<SurveyResponse> items, long total, KeysetCursor next) {
    }

    private final EntityManager em;

    public SurveyResponses(EntityManager em) {
        this.em = em;
    }

    /**
     * Stores a new response (version 0) with one insert. Every submission passes here, so the row is written
     * directly rather than as a managed entity that the transaction would flush and check for changes; later
     * reads and updates load it as a {@link SurveyResponse} as usual.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(SurveyResponse r) {
        em.createNativeQuery("""
                insert into survey_response (id, survey_code, survey_version, owner, answers, other_text, status, version,
                    created_at, updated_at)
                values (:id, :survey, :surveyVersion, :owner, cast(:answers as jsonb), cast(:otherText as jsonb), :status,
                    :version, :createdAt, :updatedAt)""")
                .setParameter("id", r.id).setParameter("survey", r.surveyCode).setParameter("surveyVersion", r.surveyVersion)
                .setParameter("owner", r.owner).setParameter("answers", r.answersJson)
                .setParameter("otherText", r.otherTextJson).setParameter("status", r.status).setParameter("version", r.version)
                .setParameter("createdAt", r.createdAt).setParameter("updatedAt", r.updatedAt).executeUpdate();
    }

    /**
     * One page of the selected responses, oldest first. With {@code after} the page starts behind that response
     * (keyset paging, {@code page} not used); without, at {@code page * size}.
     */
    @Transactional
    public Page page(ResponseSelection selection, Caller caller, KeysetCursor after, int page, int size) {
        Query query = query(selection, caller);
        long total = SurveyResponse.count(query.where, query.params);
        String where = query.where;
        Map<String, Object> params = new HashMap<>(query.params);
        int first = page * size;
        if (after != null) {
            where += " and (createdAt > :afterAt or (createdAt = :afterAt and id > :afterId))";
            params.put("afterAt", after.createdAt());
            params.put("afterId", after.id());
            first = 0;
        }
        List<SurveyResponse> found = SurveyResponse.<SurveyResponse>find(where + " order by createdAt, id", params)
                .range(first, first + size).list();
        KeysetCursor.Page<SurveyResponse> keyset = KeysetCursor.page(found, size, r -> new KeysetCursor(r.createdAt, r.id));
        return new Page(keyset.items(), total, keyset.next());
    }

    /** Hands every selected response to {@code action}, oldest first, streamed in a read-only transaction of its own. */
    public void forEach(ResponseSelection selection, Caller caller, Consumer<SurveyResponse> action) {
        Query query = query(selection, caller);
        ChunkedReads.forEach(em, STREAM_CHUNK, () -> {
            var jpql = em.createQuery("from SurveyResponse where " + query.where + " order by createdAt, id", SurveyResponse.class)
                    .setHint(HibernateHints.HINT_FETCH_SIZE, STREAM_CHUNK).setHint(HibernateHints.HINT_READ_ONLY, true);
            query.params.forEach(jpql::setParameter);
            return jpql.getResultStream();
        }, action);
    }

    private record Query(String where, Map<String, Object> params) {
    }

    private static Query query(ResponseSelection selection, Caller caller) {
        StringBuilder text = new StringBuilder("surveyCode = :code and status in :statuses");
        Map<String, Object> params = new HashMap<>();
        params.put("code", selection.surveyCode());
        params.put("statuses", selection.statuses().stream().map(ResponseStatus::code).toList());
        if (selection.version() != null) {
            text.append(" and surveyVersion = :version");
            params.put("version", selection.version());
        }
        if (selection.updatedSince() != null) {
            text.append(" and updatedAt >= :since");
            params.put("since", selection.updatedSince());
        }
        if (!caller.admin()) {
            text.append(" and owner = :owner");
            params.put("owner", caller.owner());
        }
        return new Query(text.toString(), params);
    }
}
