package org.inclusionhub.commons.api;

import java.util.ArrayList;
import java.util.List;
import org.inclusionhub.commons.domain.Violation;

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
}
