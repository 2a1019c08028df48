package org.inclusionhub.survey.responses.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.DomainProblems;
import org.inclusionhub.commons.problem.Problem;
import org.inclusionhub.survey.responses.BulkSubmissions;

/**
 * One item of a bulk answer: {@code status} 201 when stored (or, with {@code replayed}, stored before), the
 * 4xx of the rule it broke with its {@code detail} and {@code violations}, or 500 with an error id to retry.
 */
@Schema(description = "The outcome of one item of a bulk submission")
public record BulkItemResult(
        @Schema(required = true, description = "The item's position among the request's items, from 0 (NDJSON: blank lines are not items)", examples = "0") int index,
        @Schema(required = true, description = "201 stored (with replayed: stored before); the 4xx of the rule the item "
                + "broke, as a single submission would answer it (400 unreadable item, no answers or malformed "
                + "idempotencyKey, 422 answers that do not fit or a key used for other answers); 500 when it could not "
                + "be stored for a reason of the server's: retry it", examples = "201") int status,
        @Schema(description = "The stored response's id; null unless status is 201",
                examples = "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41") UUID id,
        @Schema(required = true, description = "true when an earlier request with the same key stored the item; nothing new "
                + "was stored", examples = "false") boolean replayed,
        @Schema(description = "Why the item was refused or failed (with an error id for 500); null when stored",
                examples = "2 answer(s) do not fit survey erasmi-networks@3; nothing was stored") String detail,
        @Schema(description = "The item's field problems, when it broke a validation rule; null otherwise")
        List<Violation> violations) {

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
