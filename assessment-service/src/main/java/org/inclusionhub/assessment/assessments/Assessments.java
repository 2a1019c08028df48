package org.inclusionhub.assessment.assessments;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.inclusionhub.commons.domain.Caller;
import org.inclusionhub.commons.persistence.KeysetCursor;
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

    /** One page, newest first, the number of all matches and, when there is a next page, its cursor. */
    public record Page(List<Assessment> items, long total, KeysetCursor next) {
    }

    /**
     * With {@code status} draft: the drafts of {@code draftsOf} (an admin's: all drafts); with another status:
     * those; without: every assessment but drafts. With {@code after} the page starts behind that item (keyset
     * paging, {@code page} not used); without, at {@code page * size}.
     */
    @Transactional
    public Page page(Filter filter, AssessmentStatus status, Caller draftsOf, KeysetCursor after, int page, int size) {
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
        long total = Assessment.count(where.toString(), params);
        int first = page * size;
        if (after != null) {
            where.append(" and (createdAt < :afterAt or (createdAt = :afterAt and id > :afterId))");
            params.put("afterAt", after.createdAt());
            params.put("afterId", after.id());
            first = 0;
        }
        List<Assessment> found = Assessment.<Assessment>find(where + " order by createdAt desc, id", params)
                .range(first, first + size).list();
        KeysetCursor.Page<Assessment> keyset = KeysetCursor.page(found, size, a -> new KeysetCursor(a.createdAt, a.id));
        return new Page(keyset.items(), total, keyset.next());
    }

    /** A practice with a submitted assessment under a framework version, named by its catalogue title. */
    public record AssessedPractice(
            @Schema(required = true, examples = "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41") UUID practiceId,
            @Schema(required = true, description = "Its title in the catalogue", examples = "Mentoring for newcomers")
            String title) {
    }

    /**
     * The practices with a submitted assessment under one framework version, by title, for a picker: at most
     * {@code size}, those whose title contains every word of {@code q}, in any order, case and accents ignored
     * ({@code search_fold}, migration V5), when it is given. Titles come
     * from the practice replica; a practice it does not know (yet) is left out.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<AssessedPractice> assessedPractices(String framework, int version, String q, int size) {
        List<String> words = q == null ? List.of() : List.of(q.strip().split("\\s+"));
        StringBuilder sql = new StringBuilder("""
                select r.id, r.title from practice_replica r
                where exists (select 1 from assessment a where a.practice_id = r.id and a.framework_code = :framework
                              and a.framework_version = :version and a.status = 'submitted')""");
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and search_fold(r.title) like '%' || search_fold(cast(:w").append(i).append(" as text)) || '%'");
        }
        var query = Assessment.getEntityManager().createNativeQuery(sql.append(" order by lower(r.title), r.id limit :size").toString())
                .setParameter("framework", framework).setParameter("version", version).setParameter("size", size);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, likeLiteral(words.get(i)));
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new AssessedPractice((UUID) r[0], (String) r[1])).toList();
    }

    /** {@code text} matched literally inside a LIKE pattern (backslash is PostgreSQL's default escape). */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
