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

/**
 * The queries over stored responses: a page of a {@link ResponseSelection}, and every selected response
 * streamed. A partner sees only its own responses; an admin sees all. Ordered by creation, then id.
 */
@ApplicationScoped
public class SurveyResponses {

    /** Rows streamed between two clears of the persistence context, so an export holds few in memory. */
    private static final int STREAM_CHUNK = 500;

    /** One page and the number of all matches. */
    public record Page(List<SurveyResponse> items, long total) {
    }

    private final EntityManager em;

    public SurveyResponses(EntityManager em) {
        this.em = em;
    }

    /** One page of the selected responses, oldest first. */
    @Transactional
    public Page page(ResponseSelection selection, Caller caller, int page, int size) {
        Query query = query(selection, caller);
        var found = SurveyResponse.<SurveyResponse>find(query.where + " order by createdAt, id", query.params);
        return new Page(found.page(page, size).list(), found.count());
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
