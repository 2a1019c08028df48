package org.inclusionhub.commons.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.inclusionhub.commons.domain.UnprocessableException;
import org.inclusionhub.commons.domain.Violation;

/**
 * A service's {@code idempotency_record} table: one row per (owner, idempotency key) holding the hash of the
 * request that first used the key and the id of what it created (IETF draft "The Idempotency-Key HTTP Header
 * Field", section 2.6: a key reused with another request is an error).
 *
 * <p>A request claims its key before it creates anything, in its own transaction: a concurrent retry with the same
 * key waits on the key's row until the first request ends, then reads what it created (or claims the key itself
 * when the first rolled back).
 */
public final class IdempotencyRecords {

    private final EntityManager em;
    private final String resultColumn;

    /** @param resultColumn the uuid column naming what a request created ({@code response_id}, ...) */
    public IdempotencyRecords(EntityManager em, String resultColumn) {
        if (!resultColumn.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a column name: " + resultColumn);
        }
        this.em = em;
        this.resultColumn = resultColumn;
    }

    /**
     * Claims {@code key} of {@code owner} for the request with {@code requestHash}, which is about to create
     * {@code resultId}; must run in the transaction that creates it.
     *
     * @return empty when this request is the first with the key (and must now create {@code resultId}); the id an
     *         earlier request with the same key and the same hash created, when this one is its retry
     * @throws UnprocessableException (422, naming {@code keyField}) when the key was used for another request
     */
    public Optional<UUID> claim(String owner, String key, String requestHash, UUID resultId, String keyField) {
        int claimed = em.createNativeQuery("insert into idempotency_record (owner, key, request_hash, " + resultColumn
                + ", created_at) values (:o, :k, :h, :r, now()) on conflict (owner, key) do nothing")
                .setParameter("o", owner).setParameter("k", key).setParameter("h", requestHash).setParameter("r", resultId)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] earlier = (Object[]) em.createNativeQuery("select request_hash, cast(" + resultColumn
                + " as text) from idempotency_record where owner = :o and key = :k")
                .setParameter("o", owner).setParameter("k", key).getSingleResult();
        if (!requestHash.equals(earlier[0])) {
            throw new UnprocessableException(keyField + " " + key + " was already used for a different request; a new "
                    + "request needs a new key", List.of(new Violation(keyField, "was already used for a different request")));
        }
        return Optional.of(UUID.fromString((String) earlier[1]));
    }
}
