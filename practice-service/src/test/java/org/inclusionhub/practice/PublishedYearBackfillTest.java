package org.inclusionhub.practice;

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
 * The backfill of V6 (published practices per year of publication): the tests' clean start migrates an empty
 * catalogue, so this one migrates a blank database of its own to V5, stores practices there as V5 knew them,
 * migrates on and checks that the kept publishedYear counts equal a GROUP BY over the rows, and that the
 * triggers keep them from then on.
 */
class PublishedYearBackfillTest {

    private static final String ROLE = "practice";
    private static final String PASSWORD = "inclusionhub";
    /** The sessions' time zone: a year counted in it instead of UTC differs for the last 14 hours of a year. */
    private static final String FAR_EAST = "set time zone 'Pacific/Kiritimati'";

    @Test
    void theMigrationCountsThePracticesAlreadyPublished() throws SQLException {
        BackfillDatabase database = BackfillDatabase.recreated("practice_backfill_test", ROLE, PASSWORD, FAR_EAST);
        database.migrateTo("5");
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            // 60 practices: published in 2015, 2016, 2018 and 2019 (none in 2017), every fifth at 18:00 UTC on 31
            // December (the next year in the sessions' time zone, UTC+14); every seventh archived after publication;
            // every eleventh a draft
            s.execute("""
                    insert into practice (id, title, summary, scope, source_collection, status, version, created_at,
                        updated_at, published_at)
                    select gen_random_uuid(), 'Backfilled ' || i, 'A practice stored before V6.', 'local', 'backfill',
                        case when i % 11 = 0 then 'draft' when i % 7 = 0 then 'archived' else 'published' end, 1, now(), now(),
                        case when i % 11 = 0 then null
                             else make_timestamptz(2015 + i % 4 + (i % 4 >= 2)::int, case when i % 5 = 0 then 12 else 6 end,
                                 case when i % 5 = 0 then 31 else 1 end, 18, 0, 0, 'UTC') end
                    from generate_series(1, 60) i""");
            assertThat(kept(s)).as("V5 keeps no years").isEmpty();

            database.migrateOn();

            Map<Integer, Long> recomputed = recomputed(s);
            assertThat(recomputed.keySet()).containsExactly(2015, 2016, 2018, 2019);
            assertThat(kept(s)).isEqualTo(recomputed);

            // and the triggers keep the counts from then on
            s.execute("update practice set status = 'published', published_at = timestamptz '2016-12-31 20:00:00+00'"
                    + " where status = 'draft'");
            s.execute("update practice set status = 'archived' where published_at < timestamptz '2016-01-01 00:00:00+00'");
            assertThat(recomputed(s)).doesNotContainKeys(2015, 2017);
            assertThat(kept(s)).isEqualTo(recomputed(s));
        }
    }

    private static Map<Integer, Long> kept(Statement s) throws SQLException {
        return counts(s, "select cast(value as integer), n from practice_facet_count where facet = 'publishedYear' and n <> 0");
    }

    private static Map<Integer, Long> recomputed(Statement s) throws SQLException {
        return counts(s, "select cast(date_part('year', published_at at time zone 'UTC') as integer), count(*) from practice"
                + " where status = 'published' group by 1");
    }

    private static Map<Integer, Long> counts(Statement s, String sql) throws SQLException {
        Map<Integer, Long> counts = new TreeMap<>();
        try (ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getInt(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
