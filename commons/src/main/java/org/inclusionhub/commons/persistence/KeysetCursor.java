package org.inclusionhub.commons.persistence;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Where a keyset (cursor) page of a list ordered by creation time, then id, ends: the last item's creation time
 * and id. Sent to clients as an opaque base64url text; the next page starts after that item, so items added,
 * changed or removed between two pages neither repeat nor push others out of sight (unlike offset pages).
 */
public record KeysetCursor(Instant createdAt, UUID id) {

    private static final String VERSION = "c1";
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /**
     * The page out of {@code fetched}, read with one row more than {@code size} to learn whether another page
     * follows: its first {@code size} rows, and the cursor after its last one when there is more.
     */
    public static <T> Page<T> page(List<T> fetched, int size, Function<T, KeysetCursor> cursorOf) {
        if (fetched.size() <= size) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, size);
        return new Page<>(items, cursorOf.apply(items.get(size - 1)));
    }

    /** A keyset page: its items and the cursor of the next page (null on the last). */
    public record Page<T>(List<T> items, KeysetCursor next) {
    }

    /** The text a client sends back as {@code cursor}. */
    public String encode() {
        String plain = String.join("\n", VERSION, createdAt.toString(), id.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the cursor, or empty when the text is not one this service wrote */
    public static Optional<KeysetCursor> decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            Instant createdAt = Instant.parse(parts[1]);
            if (createdAt.isBefore(EARLIEST) || createdAt.isAfter(LATEST)) {
                return Optional.empty(); // no row was created then, and PostgreSQL could not even bind it
            }
            return Optional.of(new KeysetCursor(createdAt, UUID.fromString(parts[2])));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
