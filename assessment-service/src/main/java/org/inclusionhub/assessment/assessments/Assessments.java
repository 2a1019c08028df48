package org.inclusionhub.assessment.assessments;

import org.inclusionhub.commons.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The queries over assessments: a filtered page, a subject's history, a practice's latest submitted one. */
@ApplicationScoped
public class Assessments {

    /** Which assessments: any of the fields may be null (not filtered). */
    public record Filter(String framework, UUID practiceId, String subjectName, String subjectCountry) {
    }

    /** One page, newest first, and the number of all matches. */
    public record Page(List<Assessment> items, long total) {
    }

    /**
     * With {@code status} draft: the drafts of {@code draftsOf} (an admin's: all drafts); with another status:
     * those; without: every assessment but drafts.
     */
    @Transactional
    public Page page(Filter filter, AssessmentStatus status, Caller draftsOf, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status == AssessmentStatus.DRAFT) {
            where.append(" and status = 'draft'");
            if (!draftsOf.admin()) {
                where.append(" and owner = :owner");
                params.put("owner", draftsOf.owner());
            }
        } else if (status != null) {
            where.append(" and status = :status");
            params.put("status", status.code());
        } else {
            where.append(" and status <> 'draft'");
        }
        restrict(where, params, filter);
        var query = Assessment.<Assessment>find(where + " order by createdAt desc, id", params);
        return new Page(query.page(page, size).list(), query.count());
    }

    /** Submitted and withdrawn assessments of the filter's subject, oldest first. */
    @Transactional
    public List<Assessment> history(Filter filter) {
        StringBuilder where = new StringBuilder("status <> 'draft'");
        Map<String, Object> params = new HashMap<>();
        restrict(where, params, filter);
        return Assessment.list(where + " order by submittedAt, id", params);
    }

    /** The latest submitted assessment of a practice under one framework version. */
    @Transactional
    public Optional<Assessment> latestSubmitted(String framework, int version, UUID practiceId) {
        return Assessment.<Assessment>find("frameworkCode = ?1 and frameworkVersion = ?2 and practiceId = ?3 and status = 'submitted' "
                + "order by submittedAt desc", framework, version, practiceId).firstResultOptional();
    }

    private static void restrict(StringBuilder where, Map<String, Object> params, Filter filter) {
        equal(where, params, "frameworkCode", filter.framework());
        equal(where, params, "practiceId", filter.practiceId());
        equal(where, params, "subjectName", filter.subjectName());
        equal(where, params, "subjectCountry", filter.subjectCountry());
    }

    private static void equal(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
