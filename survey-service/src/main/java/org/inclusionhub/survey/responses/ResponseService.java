package org.inclusionhub.survey.responses;

import org.inclusionhub.commons.domain.Caller;
import org.inclusionhub.commons.domain.ConflictException;
import org.inclusionhub.commons.domain.DomainException;
import org.inclusionhub.commons.domain.ExpectedVersion;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.NotFoundException;
import org.inclusionhub.commons.domain.Timestamps;
import org.inclusionhub.commons.domain.UnprocessableException;
import org.inclusionhub.commons.domain.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.inclusionhub.survey.responses.events.SurveyResponseEvents;
import org.inclusionhub.survey.surveys.PublishedDefinitions;
import org.inclusionhub.survey.surveys.SurveyDefinition;

/** Responses: validated against the survey version, idempotent on retry, owned by the partner who sent them. */
@ApplicationScoped
public class ResponseService {

    private final PublishedDefinitions definitions;
    private final SurveyResponseEvents events;
    private final EntityManager em;
    private final RequestFingerprints fingerprints;
    private final SurveyResponses stored;

    public ResponseService(PublishedDefinitions definitions, SurveyResponseEvents events, EntityManager em,
            RequestFingerprints fingerprints, SurveyResponses stored) {
        this.definitions = definitions;
        this.events = events;
        this.em = em;
        this.fingerprints = fingerprints;
        this.stored = stored;
    }

    /** The stored response and whether this answer replays an earlier request with the same Idempotency-Key. */
    public record Submission(SurveyResponse response, boolean replayed) {
    }

    /**
     * Stores one response. The idempotency key was checked where it arrived ({@link IdempotencyKeys}); an item of
     * a keyed batch brings a derived one. With an idempotency key, a retry of the same request (same survey version, once
     * resolved, and same content) returns the first result and stores nothing new.
     *
     * @throws DomainException 404 for no such published survey, 422 when the key was used for another request or the
     *         answers do not fit
     */
    @Transactional
    public Submission submit(String surveyCode, Integer version, ResponseContent content, Caller caller, String idempotencyKey) {
        SurveyDefinition survey = definitions.require(surveyCode, version);
        return store(survey, content, () -> validated(survey, content), caller, idempotencyKey, IDEMPOTENCY_KEY);
    }

    /** Where a single submission's idempotency key comes from, named in a problem about it. */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /**
     * {@link #submit} once the survey version is resolved; {@code valid} is asked for only when the request is
     * not a replay, so a caller that checked the answers already (a bulk) hands its result over.
     */
    @Transactional
    Submission store(SurveyDefinition survey, ResponseContent content, Supplier<ResponseValidator.Result> valid, Caller caller,
            String idempotencyKey, String keyField) {
        UUID id = UUID.randomUUID();
        if (idempotencyKey != null) {
            String hash = fingerprints.of(survey, content);
            // claim the key first: a concurrent request with the same key waits here for this one
            int claimed = em.createNativeQuery("insert into idempotency_record (owner, key, request_hash, response_id, created_at) "
                    + "values (:o, :k, :h, :r, now()) on conflict (owner, key) do nothing")
                    .setParameter("o", caller.owner()).setParameter("k", idempotencyKey).setParameter("h", hash)
                    .setParameter("r", id).executeUpdate();
            if (claimed == 0) {
                Object[] earlier = (Object[]) em.createNativeQuery(
                        "select request_hash, cast(response_id as text) from idempotency_record where owner = :o and key = :k")
                        .setParameter("o", caller.owner()).setParameter("k", idempotencyKey).getSingleResult();
                if (!hash.equals(earlier[0])) {
                    throw new UnprocessableException(keyField + " " + idempotencyKey
                            + " was already used for a different request; use a new key for a new response",
                            List.of(new Violation(keyField, "was already used for a different request")));
                }
                return new Submission(SurveyResponse.findById(UUID.fromString((String) earlier[1])), true);
            }
        }
        ResponseValidator.Result answers = valid.get();
        SurveyResponse r = new SurveyResponse();
        r.id = id;
        r.surveyCode = survey.code();
        r.surveyVersion = survey.version();
        r.owner = caller.owner();
        r.setAnswers(answers.answers(), answers.otherText());
        r.status = ResponseStatus.SUBMITTED.code();
        r.createdAt = Timestamps.now();
        r.updatedAt = r.createdAt;
        stored.insert(r);
        events.record(SurveyResponseEvents.SUBMITTED, r);
        return new Submission(r, false);
    }

    @Transactional
    public SurveyResponse update(String surveyCode, UUID id, ExpectedVersion expected, ResponseContent content, Caller caller) {
        SurveyResponse r = find(surveyCode, id, caller);
        expected.require(r.version);
        if (r.status() != ResponseStatus.SUBMITTED) {
            throw new ConflictException("a withdrawn response cannot be updated");
        }
        ResponseValidator.Result valid = validated(definitions.find(r.surveyCode, r.surveyVersion).orElseThrow(), content);
        r.setAnswers(valid.answers(), valid.otherText());
        r.updatedAt = Timestamps.now();
        em.flush();
        events.record(SurveyResponseEvents.UPDATED, r);
        return r;
    }

    @Transactional
    public SurveyResponse withdraw(String surveyCode, UUID id, ExpectedVersion expected, Caller caller) {
        SurveyResponse r = find(surveyCode, id, caller);
        expected.checkIfGiven(r.version);
        if (!r.status().canBecome(ResponseStatus.WITHDRAWN)) {
            throw new ConflictException("the response is already withdrawn");
        }
        r.status = ResponseStatus.WITHDRAWN.code();
        r.withdrawnAt = Timestamps.now();
        r.updatedAt = r.withdrawnAt;
        em.flush();
        events.record(SurveyResponseEvents.WITHDRAWN, r);
        return r;
    }

    /** Another partner's response answers 404, as if it did not exist. */
    public SurveyResponse find(String surveyCode, UUID id, Caller caller) {
        SurveyResponse r = SurveyResponse.findById(id);
        if (r == null || !r.surveyCode.equals(surveyCode) || !caller.actsFor(r.owner)) {
            throw new NotFoundException("Response", id);
        }
        return r;
    }

    /** @throws DomainException 400 without answers, 422 listing every answer that does not fit */
    static ResponseValidator.Result validated(SurveyDefinition definition, ResponseContent content) {
        if (content == null || content.answers() == null) {
            throw InvalidInputException.because("a JSON body {\"answers\": {...}} is required");
        }
        ResponseValidator.Result result = ResponseValidator.validate(definition, content);
        if (!result.isValid()) {
            throw new UnprocessableException(result.violations().size() + " answer(s) do not fit survey "
                    + definition.key() + "; nothing was stored", result.violations());
        }
        return result;
    }
}
