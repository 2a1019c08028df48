package org.inclusionhub.assessment.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.inclusionhub.commons.testing.BackfillDatabase;
import org.junit.jupiter.api.Test;

/**
 * The backfill of V4 (submission times of the contributions, assessments per month): the tests' clean start migrates
 * an empty database, so this one migrates a blank database of its own to V3, stores assessments and their
 * contributions there as V3 knew them, migrates on and checks that each contribution has its assessment's submission
 * time and that score_timeline equals a GROUP BY over the counted assessments.
 */
class ScoreTimelineBackfillTest {

    private static final String ROLE = "assessment";
    private static final String PASSWORD = "inclusionhub";
    /** The sessions' time zone: a month taken in it instead of UTC differs for the last 14 hours of a month. */
    private static final String FAR_EAST = "set time zone 'Pacific/Kiritimati'";

    @Test
    void theMigrationTimesTheContributionsAndCountsThemPerMonth() throws SQLException {
        BackfillDatabase database = BackfillDatabase.recreated("assessment_backfill_test", ROLE, PASSWORD, FAR_EAST);
        database.migrateTo("3");
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into framework (id, code, version, name, kind, definition, created_at) values
                    (gen_random_uuid(), 'backfill', 1, 'Backfill', 'checklist', '{}', now()),
                    (gen_random_uuid(), 'backfill', 2, 'Backfill', 'checklist', '{}', now())""");
            // 60 assessments of two versions, submitted in 2025 (none in April) and January 2026, every fifth at 18:00
            // UTC on the last day of its month (the next month in the sessions' time zone, UTC+14); every seventh
            // withdrawn since, every eleventh a draft
            s.execute("""
                    insert into assessment (id, framework_code, framework_version, subject_type, subject_name,
                        subject_country, assessor, owner, status, answers, ratings, evidence, scores, version, created_at,
                        updated_at, submitted_at)
                    select gen_random_uuid(), 'backfill', 1 + i % 2, 'place', 'Place ' || i, 'BE', 'Backfiller', 'test',
                        case when i % 11 = 0 then 'draft' when i % 7 = 0 then 'withdrawn' else 'submitted' end,
                        '[]', '[]', '[]', '{}', 1, now(), now(),
                        case when i % 11 = 0 then null
                             when i % 5 = 0 then make_timestamptz(2025, 1 + i % 12, 1, 18, 0, 0, 'UTC')
                                 + interval '1 month' - interval '1 day'
                             else make_timestamptz(2025, 1 + i % 12, 10, 9, 0, 0, 'UTC') end
                        + case when i % 12 = 3 then interval '9 months' else interval '0' end
                    from generate_series(1, 60) i""");
            // the projection's rows as V3 wrote them: one per counted (submitted) assessment, no submission time
            s.execute("""
                    insert into score_contribution (assessment_id, framework, segments, metrics)
                    select id, framework_code || '@' || framework_version, '["all", "country:BE"]',
                        '{"count": {"n": 1, "total": 0}}'
                    from assessment where status = 'submitted'""");

            database.migrateOn();

            assertThat(count(s, "select count(*) from score_contribution c join assessment a on a.id = c.assessment_id"
                    + " where c.submitted_at = a.submitted_at")).isEqualTo(count(s, "select count(*) from score_contribution"))
                    .isEqualTo(count(s, "select count(*) from assessment where status = 'submitted'"));
            Map<String, Long> recomputed = counts(s, """
                    select framework_code || '@' || framework_version || ' '
                        || to_char(date_trunc('month', submitted_at at time zone 'UTC'), 'YYYY-MM-DD'), count(*)
                    from assessment where status = 'submitted' group by 1""");
            assertThat(recomputed).containsKeys("backfill@1 2025-01-01", "backfill@1 2025-11-01", "backfill@2 2026-01-01")
                    .doesNotContainKeys("backfill@1 2025-04-01", "backfill@2 2025-04-01");
            assertThat(counts(s, "select framework || ' ' || to_char(period, 'YYYY-MM-DD'), n from score_timeline"))
                    .isEqualTo(recomputed);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, Long> counts(Statement s, String sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
