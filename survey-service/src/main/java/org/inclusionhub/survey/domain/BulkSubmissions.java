package org.inclusionhub.survey.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.problem.Violation;

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

    /** One item as sent: its content, or why it could not be read; and its own key, if any. */
    public record Item(ResponseContent content, String idempotencyKey, String unreadable) {
    }

    /** The outcome of one item: 201 (stored or, with {@code replayed}, stored before) or the 4xx it got. */
    public record Outcome(int index, int status, UUID id, boolean replayed, String detail, List<Violation> violations) {
    }

    private final ResponseService responses;
    private final SurveyService surveys;
    private final EntityManager em;
    private final ObjectMapper canonical;

    public BulkSubmissions(ResponseService responses, SurveyService surveys, EntityManager em, ObjectMapper mapper) {
        this.responses = responses;
        this.surveys = surveys;
        this.em = em;
        this.canonical = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /**
     * @throws ApiProblem 400 for an empty or oversized batch or a malformed key; 422 when the batch key was
     *         used for other items
     */
    public List<Outcome> submitAll(String surveyCode, Integer version, List<Item> items, ResponseService.Caller caller,
            String batchKey) {
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw ApiProblem.badRequest("a bulk submission holds 1 to " + MAX_ITEMS + " responses");
        }
        if (batchKey != null) {
            IdempotencyKeys.requireValid(batchKey, "Idempotency-Key");
            Survey survey = surveys.published(surveyCode, version);
            String hash = fingerprint(survey, items);
            QuarkusTransaction.requiringNew().run(() -> claim(caller.owner(), batchKey, hash, items.size()));
        }
        Survey survey = QuarkusTransaction.requiringNew().call(() -> surveys.published(surveyCode, version));
        Outcome[] outcomes = new Outcome[items.size()];
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Outcome refused = checked(items.get(i), i, survey.definition);
            if (refused != null) {
                outcomes[i] = refused;
            } else {
                valid.add(i);
            }
        }
        for (int from = 0; from < valid.size(); from += CHUNK) {
            storeChunk(surveyCode, survey.version, items, valid.subList(from, Math.min(valid.size(), from + CHUNK)), caller,
                    batchKey, outcomes);
        }
        return List.of(outcomes);
    }

    /** The outcome of an item that cannot be stored as it is (unreadable, answers that do not fit, a bad key), or null. */
    private static Outcome checked(Item item, int index, SurveyDefinition definition) {
        if (item.unreadable() != null) {
            return new Outcome(index, 400, null, false, "not a response object: " + item.unreadable(), null);
        }
        try {
            if (item.idempotencyKey() != null) {
                IdempotencyKeys.requireValid(item.idempotencyKey(), "idempotencyKey");
            }
            ResponseService.validated(definition, item.content());
            return null;
        } catch (ApiProblem e) {
            return new Outcome(index, e.problem().status(), null, false, e.problem().detail(), e.problem().violations());
        }
    }

    /**
     * Stores valid items together, in one transaction, which is what makes a bulk fast. If that transaction
     * fails (a key already used for other answers, a database error), the chunk is stored again item by
     * item, each on its own, so every item still gets its own outcome.
     */
    private void storeChunk(String surveyCode, int version, List<Item> items, List<Integer> chunk, ResponseService.Caller caller,
            String batchKey, Outcome[] outcomes) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i : chunk) {
                    ResponseService.Submission s = responses.submit(surveyCode, version, items.get(i).content(), caller,
                            keyOf(items.get(i), i, batchKey));
                    outcomes[i] = new Outcome(i, 201, s.response().id, s.replayed(), null, null);
                }
            });
        } catch (RuntimeException together) {
            for (int i : chunk) {
                outcomes[i] = submitOne(surveyCode, version, items.get(i), i, caller, batchKey);
            }
        }
    }

    private static String keyOf(Item item, int index, String batchKey) {
        return item.idempotencyKey() != null ? item.idempotencyKey() : batchKey != null ? IdempotencyKeys.ofItem(batchKey, index) : null;
    }

    private Outcome submitOne(String surveyCode, int version, Item item, int index, ResponseService.Caller caller,
            String batchKey) {
        if (item.unreadable() != null) {
            return new Outcome(index, 400, null, false, "not a response object: " + item.unreadable(), null);
        }
        try {
            ResponseService.Submission s = responses.submit(surveyCode, version, item.content(), caller, keyOf(item, index, batchKey));
            return new Outcome(index, 201, s.response().id, s.replayed(), null, null);
        } catch (ApiProblem e) {
            return new Outcome(index, e.problem().status(), null, false, e.problem().detail(), e.problem().violations());
        } catch (RuntimeException e) {
            // this item is rolled back; the others keep their own outcome, and a keyed retry stores it once
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e, "bulk item %d failed (error id %s)", index, errorId);
            return new Outcome(index, 500, null, false, "this item could not be stored; retry it (error id " + errorId + ")", null);
        }
    }

    private void claim(String owner, String key, String hash, int count) {
        em.createNativeQuery("""
                insert into bulk_submission (owner, key, request_hash, item_count, created_at) values (:o, :k, :h, :n, now())
                on conflict (owner, key) do nothing""")
                .setParameter("o", owner).setParameter("k", key).setParameter("h", hash).setParameter("n", count).executeUpdate();
        String earlier = (String) em.createNativeQuery("select request_hash from bulk_submission where owner = :o and key = :k")
                .setParameter("o", owner).setParameter("k", key).getSingleResult();
        if (!earlier.equals(hash)) {
            throw ApiProblem.unprocessable("Idempotency-Key " + key
                    + " was already used for a different batch; use a new key for new responses", List.of());
        }
    }

    /** The survey version resolved (so ?version=1 equals the default when 1 is the latest), then every item. */
    private String fingerprint(Survey survey, List<Item> items) {
        try {
            String text = survey.code + "@" + survey.version + "|" + canonical.writeValueAsString(items);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
