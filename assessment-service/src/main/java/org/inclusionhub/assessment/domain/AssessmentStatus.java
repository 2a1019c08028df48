package org.inclusionhub.assessment.domain;

/** A draft is editable; a submitted assessment is immutable and can only be withdrawn, which keeps it in history. */
public final class AssessmentStatus {
    public static final String DRAFT = "draft";
    public static final String SUBMITTED = "submitted";
    public static final String WITHDRAWN = "withdrawn";

    private AssessmentStatus() {
    }
}
