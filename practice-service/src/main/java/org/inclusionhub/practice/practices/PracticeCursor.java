package org.inclusionhub.practice.practices;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a keyset (cursor) page ends: the sort order, the last item's sort key as PostgreSQL wrote it, and its
 * id. Sent to clients as an opaque base64url text; the next page starts after that item, so items published
 * or archived between two pages neither repeat nor push others out of sight.
 */
public record PracticeCursor(String sort, String key, UUID id) {

    private static final String VERSION = "1";

    /** The text a client sends back as {@code cursor}. */
    public String encode() {
        String plain = String.join("\n", VERSION, sort, id.toString(), key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the cursor, or empty when the text is not one this service wrote */
    public static Optional<PracticeCursor> decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            String[] parts = plain.split("\n", 4);
            PracticeSort sort = parts.length == 4 ? PracticeSort.fromParam(parts[1]) : null;
            if (sort == null || !VERSION.equals(parts[0]) || !sort.acceptsKey(parts[3])) {
                return Optional.empty();
            }
            return Optional.of(new PracticeCursor(parts[1], parts[3], UUID.fromString(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
