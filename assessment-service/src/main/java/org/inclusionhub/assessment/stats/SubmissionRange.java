package org.inclusionhub.assessment.stats;

import java.time.LocalDate;

/**
 * Which submission days (UTC) statistics cover: from {@code from} to {@code to}, both included; a null bound is
 * open on that side, and {@link #ALL} (both null) covers every assessment.
 */
public record SubmissionRange(LocalDate from, LocalDate to) {

    /** Every assessment, whenever submitted. */
    public static final SubmissionRange ALL = new SubmissionRange(null, null);

    /** Whether this range leaves some assessments out (a bound is given). */
    public boolean isBounded() {
        return from != null || to != null;
    }
}
