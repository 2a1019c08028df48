package org.inclusionhub.practice.practices;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a keyset (cursor) page ends: the sort order, the list it belongs to ({@link PracticeQuery#fingerprint}),
 * the last item's sort key as PostgreSQL wrote it, and its id. Sent to clients as an opaque base64url text; the
 * next page starts after that item, so items published or archived between two pages neither repeat nor push
 * others out of sight.
 */
public record PracticeCursor(String sort, String query, String key, UUID id) {

    /** 2 since the cursor names its list; a version 1 cursor (without it) is no longer read. */
    private static final String VERSION = "2";

    /** The text a client sends back as {@code cursor}. */
    public String encode() {
        String plain = String.join("\n", VERSION, sort, query, id.toString(), key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the cursor, or empty when the text is not one this service wrote */
    public static Optional<PracticeCursor> decode(String text) {
        try {
            String plain = StandardCharsets.UTF_8.newDecoder() // malformed UTF-8 is refused, not replaced
                    .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(text.strip()))).toString();
            String[] parts = plain.split("\n", 5);
            PracticeSort sort = parts.length == 5 ? PracticeSort.fromParam(parts[1]) : null;
            if (sort == null || !VERSION.equals(parts[0]) || !sort.acceptsKey(parts[4])) {
                return Optional.empty();
            }
            return Optional.of(new PracticeCursor(parts[1], parts[2], parts[4], UUID.fromString(parts[3])));
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
