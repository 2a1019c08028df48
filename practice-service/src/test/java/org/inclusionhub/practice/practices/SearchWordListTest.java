package org.inclusionhub.practice.practices;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The catalogue's word list for typos and compound parts (V8__search_words.sql) under concurrent writers. */
@QuarkusTest
class SearchWordListTest {

    @Inject
    DataSource dataSource;

    @Test
    void writersBringingTheSameNewWordNeitherWaitForEachOtherNorShowItTwice() throws SQLException {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            insertDraft(first, a, "Ferries of Rottnest");
            insertDraft(first, b, "Ferries and newcomers");
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            // a title change moves no facet count, so only the word list could make the second writer wait
            retitle(first, a, "Quokkaferries of Rottnest");
            try (Statement s = second.createStatement()) {
                s.execute("set local lock_timeout = '2s'");
            }
            // with a unique key on the word, this would wait for the first transaction and time out
            retitle(second, b, "Quokkaferries and newcomers");
            first.commit();
            second.commit();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select cast(parts_and_typos as text) from search_similar('quokkaferies')")) {
            rs.next();
            assertThat(rs.getString(1).split("'quokkaferries'", -1)).as(rs.getString(1)).hasSize(2);
        } finally {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement delete = c.prepareStatement("delete from practice where id in (?, ?)")) {
                delete.setObject(1, a);
                delete.setObject(2, b);
                delete.executeUpdate();
            }
        }
    }

    private static void retitle(Connection connection, UUID id, String title) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update practice set title = ? where id = ?")) {
            update.setString(1, title);
            update.setObject(2, id);
            update.executeUpdate();
        }
    }

    private static void insertDraft(Connection connection, UUID id, String title) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into practice (id, title, summary, scope,"
                + " source_collection, status, version, created_at, updated_at)"
                + " values (?, ?, 'A test of the word list.', 'local', 'inclusion-hub', 'draft', 1, now(), now())")) {
            insert.setObject(1, id);
            insert.setString(2, title);
            insert.executeUpdate();
        }
    }
}
