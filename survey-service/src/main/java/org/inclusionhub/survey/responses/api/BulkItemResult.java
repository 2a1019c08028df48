package org.inclusionhub.survey.responses.api;

import java.util.List;
import java.util.UUID;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.DomainProblems;
import org.inclusionhub.commons.problem.Problem;
import org.inclusionhub.survey.responses.BulkSubmissions;

/**
 * One item of a bulk answer: {@code status} 201 when stored (or, with {@code replayed}, stored before), the
 * 4xx of the rule it broke with its {@code detail} and {@code violations}, or 500 with an error id to retry.
 */
public record BulkItemResult(int index, int status, UUID id, boolean replayed, String detail, List<Violation> violations) {

    static BulkItemResult of(BulkSubmissions.Outcome outcome) {
        if (outcome.refusal() != null) {
            Problem problem = DomainProblems.of(outcome.refusal());
            return new BulkItemResult(outcome.index(), problem.status(), null, false, problem.detail(), problem.violations());
        }
        if (outcome.errorId() != null) {
            return new BulkItemResult(outcome.index(), 500, null, false,
                    "this item could not be stored; retry it (error id " + outcome.errorId() + ")", null);
        }
        return new BulkItemResult(outcome.index(), 201, outcome.id(), outcome.replayed(), null, null);
    }
}
