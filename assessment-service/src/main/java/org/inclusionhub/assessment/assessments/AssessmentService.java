package org.inclusionhub.assessment.assessments;

import org.inclusionhub.commons.domain.Caller;
import org.inclusionhub.commons.domain.ConflictException;
import org.inclusionhub.commons.domain.ExpectedVersion;
import org.inclusionhub.commons.domain.IdempotencyKeys;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.NotFoundException;
import org.inclusionhub.commons.domain.Timestamps;
import org.inclusionhub.commons.domain.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.inclusionhub.assessment.assessments.events.AssessmentEvents;
import org.inclusionhub.assessment.frameworks.Framework;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;
import org.inclusionhub.assessment.replica.PracticeReplica;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.persistence.IdempotencyRecords;
import org.inclusionhub.commons.persistence.RequestFingerprints;

/** The write side of assessments: validated drafts, immutable submissions, withdrawals kept in history. */
@ApplicationScoped
public class AssessmentService {

    /** The header (and violation field) of an idempotency key. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final AssessmentEvents events;
    private final RequestFingerprints fingerprints;
    private final IdempotencyRecords keys;

    public AssessmentService(AssessmentEvents events, RequestFingerprints fingerprints, EntityManager em) {
        this.events = events;
        this.fingerprints = fingerprints;
        this.keys = new IdempotencyRecords(em, "assessment_id");
    }

    /** What a create answered: the assessment, and whether an earlier request with the same idempotency key stored it. */
    public record Creation(Assessment assessment, boolean replayed) {
    }

    /**
     * {@link #create(AssessmentContent, String, boolean)} at most once per idempotency key of the owner (null: no
     * key). A retry with the same key and request answers the assessment the first created ({@code replayed}).
     *
     * @throws InvalidInputException (400) for a malformed key
     * @throws UnprocessableException (422) when the key was used for a different request
     */
    @Transactional
    public Creation create(AssessmentContent content, String owner, boolean submit, String idempotencyKey) {
        if (idempotencyKey == null) {
            return new Creation(create(content, owner, submit), false);
        }
        IdempotencyKeys.requireValid(idempotencyKey, IDEMPOTENCY_KEY);
        UUID id = UUID.randomUUID();
        Optional<UUID> earlier = keys.claim(owner, idempotencyKey, fingerprints.of(java.util.Arrays.asList(content, submit)), id, IDEMPOTENCY_KEY);
        if (earlier.isPresent()) {
            return new Creation(Assessment.findById(earlier.get()), true);
        }
        return new Creation(create(id, content, owner, submit), false);
    }

    @Transactional
    public Assessment create(AssessmentContent content, String owner, boolean submit) {
        return create(UUID.randomUUID(), content, owner, submit);
    }

    private Assessment create(UUID id, AssessmentContent content, String owner, boolean submit) {
        AssessmentContent valid = content == null ? null : content.normalised();
        FrameworkDefinition framework = validated(valid);
        Assessment assessment = Assessment.draft(id, framework, valid, owner, Timestamps.now());
        if (submit) {
            assessment.submit(Timestamps.now());
        }
        assessment.persistAndFlush();
        if (submit) {
            events.record(AssessmentEvents.SUBMITTED, assessment);
        }
        return assessment;
    }

    @Transactional
    public Assessment update(UUID id, ExpectedVersion expected, AssessmentContent content, Caller caller) {
        Assessment assessment = findFor(id, caller);
        expected.require(assessment.version);
        if (assessment.status() != AssessmentStatus.DRAFT) {
            throw new ConflictException("a " + assessment.status + " assessment cannot be edited; a revision is a new assessment");
        }
        AssessmentContent valid = content == null ? null : content.normalised();
        FrameworkDefinition framework = validated(valid);
        assessment.apply(framework, valid, Timestamps.now());
        Assessment.getEntityManager().flush();
        return assessment;
    }

    @Transactional
    public Assessment submit(UUID id, ExpectedVersion expected, Caller caller) {
        Assessment assessment = findFor(id, caller);
        expected.checkIfGiven(assessment.version);
        requireAssessable(assessment.practiceId, "subject.practiceId");
        assessment.submit(Timestamps.now());
        Assessment.getEntityManager().flush();
        events.record(AssessmentEvents.SUBMITTED, assessment);
        return assessment;
    }

    @Transactional
    public Assessment withdraw(UUID id, ExpectedVersion expected, Caller caller) {
        Assessment assessment = findFor(id, caller);
        expected.checkIfGiven(assessment.version);
        assessment.withdraw(Timestamps.now());
        Assessment.getEntityManager().flush();
        events.record(AssessmentEvents.WITHDRAWN, assessment);
        return assessment;
    }

    /** Reading: submitted and withdrawn assessments are public; a draft only for its owner or an admin. */
    public Assessment read(UUID id, Caller caller) {
        Assessment a = Assessment.findById(id);
        if (a == null || (a.status() == AssessmentStatus.DRAFT && (caller == null || !caller.actsFor(a.owner)))) {
            throw new NotFoundException("Assessment", id);
        }
        return a;
    }

    private Assessment findFor(UUID id, Caller caller) {
        Assessment a = Assessment.findById(id);
        if (a == null || !caller.actsFor(a.owner)) {
            throw new NotFoundException("Assessment", id);
        }
        return a;
    }

    private FrameworkDefinition validated(AssessmentContent content) {
        if (content == null) {
            throw InvalidInputException.ofBody("a JSON body describing the assessment is required");
        }
        List<Violation> violations = new ArrayList<>(AssessmentValidator.validateShape(content));
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
        FrameworkDefinition framework = (content.frameworkVersion() == null ? Framework.latest(content.framework())
                : Framework.find(content.framework(), content.frameworkVersion()))
                .orElseThrow(() -> InvalidInputException.of(List.of(new Violation(
                        content.frameworkVersion() == null || Framework.latest(content.framework()).isEmpty()
                                ? "framework" : "frameworkVersion", "'" + content.framework()
                        + "'" + (content.frameworkVersion() == null ? "" : " version " + content.frameworkVersion())
                        + " is not a known framework; GET /api/v1/frameworks lists them")))).definition;
        violations.addAll(AssessmentValidator.validateAgainst(framework, content));
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
        if (AssessmentContent.Subject.PRACTICE.equals(content.subject().type())) {
            requireAssessable(content.subject().practiceId(), "subject.practiceId");
        }
        return framework;
    }

    private static void requireAssessable(UUID practiceId, String field) {
        if (practiceId == null) {
            return;
        }
        PracticeReplica practice = PracticeReplica.findById(practiceId);
        if (practice == null || practice.deleted) {
            throw new UnprocessableException("practice " + practiceId + " is not in the catalogue (as far as this "
                    + "service has heard from the practices topic)", List.of(new Violation(field, "unknown practice")));
        }
        if (!practice.isAssessable()) {
            throw new UnprocessableException("practice " + practiceId + " is archived and cannot be assessed",
                    List.of(new Violation(field, "archived practice")));
        }
    }
}
