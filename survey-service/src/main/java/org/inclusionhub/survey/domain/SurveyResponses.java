package org.inclusionhub.survey.domain;

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
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.Violation;

/**
 * The queries over stored responses: a page of a survey's responses, and every response of one version
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

    /** @throws InvalidInputException when {@code status} is neither submitted nor withdrawn */
    @Transactional
    public Page page(String surveyCode, String status, Caller caller, int page, int size) {
        Query query = query("surveyCode = :code", Map.of("code", surveyCode), status, caller);
        var found = SurveyResponse.<SurveyResponse>find(query.where + " order by createdAt, id", query.params);
        return new Page(found.page(page, size).list(), found.count());
    }

    /**
     * Hands every response of one survey version to {@code action}, streamed in a read-only transaction of its own.
     *
     * @throws InvalidInputException when {@code status} is neither submitted nor withdrawn (before anything is read)
     */
    public void forEachOfVersion(String surveyCode, int version, String status, Caller caller,
            Consumer<SurveyResponse> action) {
        Query query = query("surveyCode = :code and surveyVersion = :version", Map.of("code", surveyCode, "version", version),
                status, caller);
        ChunkedReads.forEach(em, STREAM_CHUNK, () -> {
            var jpql = em.createQuery("from SurveyResponse where " + query.where + " order by createdAt, id", SurveyResponse.class)
                    .setHint(HibernateHints.HINT_FETCH_SIZE, STREAM_CHUNK).setHint(HibernateHints.HINT_READ_ONLY, true);
            query.params.forEach(jpql::setParameter);
            return jpql.getResultStream();
        }, action);
    }

    /** Checks the status filter; call before streaming, so a bad filter is refused before an answer starts. */
    public static void requireKnownStatus(String status) {
        if (status != null && ResponseStatus.fromCode(status).isEmpty()) {
            throw InvalidInputException.of(List.of(new Violation("status", "'" + status + "' is not one of [submitted, withdrawn]")));
        }
    }

    private record Query(String where, Map<String, Object> params) {
    }

    private static Query query(String where, Map<String, Object> base, String status, Caller caller) {
        requireKnownStatus(status);
        StringBuilder text = new StringBuilder(where);
        Map<String, Object> params = new HashMap<>(base);
        if (status != null) {
            text.append(" and status = :status");
            params.put("status", status);
        }
        if (!caller.admin()) {
            text.append(" and owner = :owner");
            params.put("owner", caller.owner());
        }
        return new Query(text.toString(), params);
    }
}
