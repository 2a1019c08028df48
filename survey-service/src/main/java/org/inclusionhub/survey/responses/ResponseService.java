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
import org.inclusionhub.commons.persistence.IdempotencyRecords;
import org.inclusionhub.commons.persistence.RequestFingerprints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
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
    private final IdempotencyRecords keys;

    public ResponseService(PublishedDefinitions definitions, SurveyResponseEvents events, EntityManager em,
            RequestFingerprints fingerprints, SurveyResponses stored) {
        this.definitions = definitions;
        this.events = events;
        this.em = em;
        this.fingerprints = fingerprints;
        this.stored = stored;
        this.keys = new IdempotencyRecords(em, "response_id");
    }

    /** The stored response and whether this answer replays an earlier request with the same Idempotency-Key. */
    public record Submission(SurveyResponse response, boolean replayed) {
    }

    /**
     * Stores one response. The idempotency key was checked where it arrived ({@link org.inclusionhub.commons.domain.IdempotencyKeys}); an item of
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
            Optional<UUID> earlier = keys.claim(caller.owner(), idempotencyKey, fingerprints.of(content, survey.code(), survey.version()), id, keyField);
            if (earlier.isPresent()) {
                return new Submission(SurveyResponse.findById(earlier.get()), true);
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
        if (content == null) {
            throw InvalidInputException.ofBody("a JSON body {\"answers\": {...}} is required");
        }
        if (content.answers() == null) {
            throw InvalidInputException.of(List.of(new Violation("answers", "is required: an object of answers by question code")));
        }
        ResponseValidator.Result result = ResponseValidator.validate(definition, content);
        if (!result.isValid()) {
            throw new UnprocessableException(result.violations().size() + " answer(s) do not fit survey "
                    + definition.key() + "; nothing was stored", result.violations());
        }
        return result;
    }
}
