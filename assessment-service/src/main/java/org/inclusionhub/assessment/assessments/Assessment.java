package org.inclusionhub.assessment.assessments;

import org.inclusionhub.commons.domain.ConflictException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;

/** An assessment of a practice or a place against one framework version, with the scores it earns. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "framework_code")
    public String frameworkCode;
    @Column(name = "framework_version")
    public int frameworkVersion;
    @Column(name = "subject_type")
    public String subjectType;
    @Column(name = "practice_id")
    public UUID practiceId;
    @Column(name = "subject_name")
    public String subjectName;
    @Column(name = "subject_country")
    public String subjectCountry;
    public String assessor;
    public String owner;
    public String status;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<AssessmentContent.Answer> answers;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<AssessmentContent.Rating> ratings;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> evidence;
    @JdbcTypeCode(SqlTypes.JSON)
    public Scores scores;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public static Assessment draft(UUID id, FrameworkDefinition framework, AssessmentContent content, String owner, Instant now) {
        Assessment a = new Assessment();
        a.id = id;
        a.owner = owner;
        a.status = AssessmentStatus.DRAFT.code();
        a.createdAt = now;
        a.apply(framework, content, now);
        return a;
    }

    /** Replaces the content of a draft (valid against {@code framework}) and recomputes its scores. */
    public void apply(FrameworkDefinition framework, AssessmentContent content, Instant now) {
        requireDraft("edited");
        frameworkCode = framework.code();
        frameworkVersion = framework.version();
        AssessmentContent.Subject s = content.subject();
        subjectType = s.type();
        practiceId = AssessmentContent.Subject.PRACTICE.equals(s.type()) ? s.practiceId() : null;
        subjectName = AssessmentContent.Subject.PLACE.equals(s.type()) ? s.name().strip() : null;
        subjectCountry = AssessmentContent.Subject.PLACE.equals(s.type()) ? s.country() : null;
        assessor = content.assessor();
        answers = content.answers();
        ratings = content.ratings();
        evidence = content.evidence();
        scores = Scoring.score(framework, answers, ratings);
        updatedAt = now;
    }

    /** @throws ConflictException unless this is a draft */
    public void submit(Instant now) {
        requireDraft("submitted");
        status = AssessmentStatus.SUBMITTED.code();
        submittedAt = now;
        updatedAt = now;
    }

    /** @throws ConflictException unless this is submitted */
    public void withdraw(Instant now) {
        if (!status().canBecome(AssessmentStatus.WITHDRAWN)) {
            throw new ConflictException("only a submitted assessment can be withdrawn; this one is " + status);
        }
        status = AssessmentStatus.WITHDRAWN.code();
        withdrawnAt = now;
        updatedAt = now;
    }

    public AssessmentStatus status() {
        return AssessmentStatus.fromCode(status).orElseThrow(() -> new IllegalStateException("stored status " + status));
    }

    /** Changing content and submitting need a draft (a new assessment has no status yet). */
    void requireDraft(String action) {
        if (status != null && status() != AssessmentStatus.DRAFT) {
            throw new ConflictException("a " + status + " assessment cannot be " + action
                    + "; a revision is a new assessment");
        }
    }
}
