package org.inclusionhub.survey.responses;

import org.inclusionhub.commons.domain.IdempotencyKeys;
import org.inclusionhub.commons.persistence.IdempotencyRecords;
import org.inclusionhub.commons.persistence.RequestFingerprints;
import org.inclusionhub.commons.domain.Caller;
import org.inclusionhub.commons.domain.DomainException;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.UnprocessableException;
import org.inclusionhub.commons.domain.Violation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.inclusionhub.survey.surveys.PublishedDefinitions;
import org.inclusionhub.survey.surveys.SurveyDefinition;

/**
 * Many responses in one request, each stored or refused on its own (one transaction per item).
 * <ul>
 * <li>A batch {@code Idempotency-Key}: a replay of the same items answers the first result and stores
 * nothing new; other items under the same key answer 422.</li>
 * <li>An item's own key ({@code idempotencyKey} in the item): a partial retry stores only the items that
 * are missing.</li>
 * </ul>
 */
@ApplicationScoped
public class BulkSubmissions {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(BulkSubmissions.class);

    /** The most items in one bulk request. */
    public static final int MAX_ITEMS = 1000;
    /** Valid items stored per transaction. */
    static final int CHUNK = 250;

    /**
     * One item as sent: its content, or why it could not be read ({@code unreadable}, whose field is
     * {@link Violation#BODY} when the item as a whole is not a JSON object); and its own key, if any.
     */
    public record Item(ResponseContent content, String idempotencyKey, Violation unreadable) {
    }

    /**
     * The outcome of one item: stored ({@code id}; {@code replayed} when it was stored before), refused by a
     * domain rule ({@code refusal}), or failed for a reason of the server's ({@code errorId}, logged).
     */
    public record Outcome(int index, UUID id, boolean replayed, DomainException refusal, String errorId) {

        static Outcome stored(int index, UUID id, boolean replayed) {
            return new Outcome(index, id, replayed, null, null);
        }

        static Outcome refused(int index, DomainException refusal) {
            return new Outcome(index, null, false, refusal, null);
        }

        static Outcome failed(int index, String errorId) {
            return new Outcome(index, null, false, null, errorId);
        }
    }

    private final ResponseService responses;
    private final PublishedDefinitions definitions;
    private final RequestFingerprints fingerprints;
    private final EntityManager em;

    public BulkSubmissions(ResponseService responses, PublishedDefinitions definitions, RequestFingerprints fingerprints,
            EntityManager em) {
        this.responses = responses;
        this.definitions = definitions;
        this.fingerprints = fingerprints;
        this.em = em;
    }

    /** @throws InvalidInputException (400, validation, naming body) unless a batch of {@code count} holds 1 to MAX_ITEMS */
    public static void requireCount(int count) {
        if (count < 1 || count > MAX_ITEMS) {
            throw InvalidInputException.ofBody("a bulk submission holds 1 to " + MAX_ITEMS + " responses");
        }
    }

    /**
     * @throws DomainException 400 for an empty or oversized batch or a malformed key; 422 when the batch key was
     *         used for other items
     */
    public List<Outcome> submitAll(String surveyCode, Integer version, List<Item> items, Caller caller,
            String batchKey) {
        requireCount(items.size());
        if (batchKey != null) {
            IdempotencyKeys.requireValid(batchKey, "Idempotency-Key");
        }
        SurveyDefinition survey = definitions.require(surveyCode, version);
        if (batchKey != null) {
            String hash = fingerprints.of(items, survey.code(), survey.version());
            QuarkusTransaction.requiringNew().run(() -> claim(caller.owner(), batchKey, hash, items.size()));
        }
        Outcome[] outcomes = new Outcome[items.size()];
        ResponseValidator.Result[] answers = new ResponseValidator.Result[items.size()];
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                answers[i] = checked(items.get(i), survey);
                valid.add(i);
            } catch (DomainException e) {
                outcomes[i] = Outcome.refused(i, e);
            }
        }
        for (int from = 0; from < valid.size(); from += CHUNK) {
            storeChunk(survey, items, answers, valid.subList(from, Math.min(valid.size(), from + CHUNK)), caller, batchKey, outcomes);
        }
        return List.of(outcomes);
    }

    /**
     * The answers of an item that can be stored as it is.
     *
     * @throws DomainException 400 when it is unreadable or its key is malformed, 422 when its answers do not fit
     */
    private static ResponseValidator.Result checked(Item item, SurveyDefinition survey) {
        if (item.unreadable() != null) {
            throw InvalidInputException.of(List.of(item.unreadable()));
        }
        if (item.idempotencyKey() != null) {
            IdempotencyKeys.requireValid(item.idempotencyKey(), "idempotencyKey");
        }
        return ResponseService.validated(survey, item.content());
    }

    /**
     * Stores valid items together, in one transaction, which is what makes a bulk fast. If that transaction
     * fails (a key already used for other answers, a database error), the chunk is stored again item by
     * item, each on its own, so every item still gets its own outcome.
     */
    private void storeChunk(SurveyDefinition survey, List<Item> items, ResponseValidator.Result[] answers, List<Integer> chunk,
            Caller caller, String batchKey, Outcome[] outcomes) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i : chunk) {
                    outcomes[i] = stored(i, store(survey, items.get(i), answers[i], i, caller, batchKey));
                }
            });
        } catch (RuntimeException together) {
            for (int i : chunk) {
                outcomes[i] = storeAlone(survey, items.get(i), answers[i], i, caller, batchKey);
            }
        }
    }

    private ResponseService.Submission store(SurveyDefinition survey, Item item, ResponseValidator.Result answers, int index,
            Caller caller, String batchKey) {
        return responses.store(survey, item.content(), () -> answers, caller, keyOf(item, index, batchKey),
                item.idempotencyKey() != null ? "idempotencyKey" : ResponseService.IDEMPOTENCY_KEY);
    }

    private static Outcome stored(int index, ResponseService.Submission s) {
        return Outcome.stored(index, s.response().id, s.replayed());
    }

    /** An item's own key, else the key it is stored under in a keyed batch ({@code <batch key>#<index>}, V2__bulk_submission.sql). */
    private static String keyOf(Item item, int index, String batchKey) {
        return item.idempotencyKey() != null ? item.idempotencyKey() : batchKey != null ? batchKey + "#" + index : null;
    }

    /** One item in a transaction of its own; a failure is that item's outcome alone. */
    private Outcome storeAlone(SurveyDefinition survey, Item item, ResponseValidator.Result answers, int index,
            Caller caller, String batchKey) {
        try {
            return stored(index, QuarkusTransaction.requiringNew().call(() -> store(survey, item, answers, index, caller, batchKey)));
        } catch (DomainException e) {
            return Outcome.refused(index, e);
        } catch (RuntimeException e) {
            // this item is rolled back; the others keep their own outcome, and a keyed retry stores it once
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e, "bulk item %d failed (error id %s)", index, errorId);
            return Outcome.failed(index, errorId);
        }
    }

    /**
     * Claims a batch key: in idempotency_record, where single submissions claim theirs, so that one key names one
     * request whichever endpoint it came to (a single submission and a batch under one key stored two responses),
     * and in bulk_submission with the batch's size. A batch creates no one response: its idempotency record holds
     * a fresh id that names nothing, and a hash marked {@code bulk:}, which no single submission's equals.
     */
    private void claim(String owner, String key, String hash, int count) {
        new IdempotencyRecords(em, "response_id").claim(owner, key, "bulk:" + hash, UUID.randomUUID(), "Idempotency-Key");
        em.createNativeQuery("""
                insert into bulk_submission (owner, key, request_hash, item_count, created_at) values (:o, :k, :h, :n, now())
                on conflict (owner, key) do nothing""")
                .setParameter("o", owner).setParameter("k", key).setParameter("h", hash).setParameter("n", count).executeUpdate();
        String earlier = (String) em.createNativeQuery("select request_hash from bulk_submission where owner = :o and key = :k")
                .setParameter("o", owner).setParameter("k", key).getSingleResult();
        if (!earlier.equals(hash)) {
            throw new UnprocessableException("Idempotency-Key " + key
                    + " was already used for a different batch; use a new key for new responses",
                    List.of(new Violation("Idempotency-Key", "was already used for a different batch")));
        }
    }
}
