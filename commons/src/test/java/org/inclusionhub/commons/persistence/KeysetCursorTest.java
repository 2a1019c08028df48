package org.inclusionhub.commons.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysetCursorTest {

    @Test
    void aCursorReadsBackExactlyToTheMicrosecond() {
        KeysetCursor cursor = new KeysetCursor(Instant.parse("2026-12-06T22:00:00.123456Z"), UUID.randomUUID());
        assertThat(KeysetCursor.decode(cursor.encode())).contains(cursor);
    }

    @Test
    void aTextThisServiceDidNotWriteIsNoCursor() {
        assertThat(KeysetCursor.decode("not a cursor")).isEmpty();
        assertThat(KeysetCursor.decode("bm9wZQ")).isEmpty(); // base64url of "nope"
        assertThat(KeysetCursor.decode(java.util.Base64.getUrlEncoder().encodeToString(
                "c1\nyesterday\n3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41".getBytes()))).isEmpty();
        // a forged time no row can have (PostgreSQL cannot bind it either)
        assertThat(KeysetCursor.decode(new KeysetCursor(Instant.parse("+999999999-12-31T23:59:59Z"), UUID.randomUUID())
                .encode())).isEmpty();
    }

    @Test
    void onlyAPageWithMoreBehindItHasANext() {
        List<Instant> fetched = List.of(Instant.EPOCH, Instant.EPOCH.plusSeconds(1), Instant.EPOCH.plusSeconds(2));
        UUID id = UUID.randomUUID();
        KeysetCursor.Page<Instant> full = KeysetCursor.page(fetched, 2, t -> new KeysetCursor(t, id));
        assertThat(full.items()).hasSize(2);
        assertThat(full.next()).isEqualTo(new KeysetCursor(Instant.EPOCH.plusSeconds(1), id));
        assertThat(KeysetCursor.page(fetched, 3, t -> new KeysetCursor(t, id)).next()).isNull();
    }
}
