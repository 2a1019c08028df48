package org.inclusionhub.commons.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.persistence.KeysetCursor;

/**
 * The one rule for page parameters of every list: {@code page} counts from 0 and is at most
 * {@value #MAX_PAGE}; {@code size} is 1 to the list's own maximum. An offset past that is a client error,
 * not a slow query.
 */
public final class Paging {

    public static final int MAX_PAGE = 100_000;

    private Paging() {
    }

    /** @return the violations of {@code page} and {@code size} (empty when both are fine) */
    public static List<Violation> violations(int page, int size, int maxSize) {
        List<Violation> v = new ArrayList<>();
        if (page < 0 || page > MAX_PAGE) {
            v.add(new Violation("page", "must be between 0 and " + MAX_PAGE + " (pages count from 0)"));
        }
        if (size < 1 || size > maxSize) {
            v.add(new Violation("size", "must be between 1 and " + maxSize));
        }
        return v;
    }

    /**
     * Reads {@code cursor} (keyset paging), adding a violation when it is not a cursor this service wrote, or when it comes with a {@code page} other than 0 (the two exclude each other).
     *
     * @return the cursor, or null when none was sent or it is not valid (then {@code violations} says why)
     */
    public static KeysetCursor cursor(String cursor, int page, List<Violation> violations) {
        if (cursor == null) {
            return null;
        }
        Optional<KeysetCursor> read = KeysetCursor.decode(cursor);
        if (read.isEmpty()) {
            violations.add(new Violation("cursor", "must be the next of an earlier page, as answered"));
        }
        if (page != 0) {
            violations.add(new Violation("page", "must be left out (or 0) with cursor: a cursor says where the page starts"));
        }
        return read.orElse(null);
    }
}
