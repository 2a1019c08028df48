package org.inclusionhub.assessment.stats;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.inclusionhub.commons.domain.Countries;
import org.inclusionhub.commons.domain.Violation;

/**
 * The country and theme a statistics or learning request narrows to. A country must exist (ISO 3166-1
 * alpha-2, any case: {@code country=XX} answered zero counts, as if nobody there had been assessed); a theme
 * must be written as the catalogue writes its codes ({@code theme=Employment} answered zero counts). A
 * well-formed theme this service has not seen still answers zero counts: the vocabulary is the catalogue's.
 */
public final class SegmentFilters {

    private static final Pattern THEME_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private SegmentFilters() {
    }

    /** Adds what is wrong with {@code country} and {@code theme} (either may be null) to {@code violations}. */
    public static void check(String country, String theme, List<Violation> violations) {
        if (country != null && !Countries.isValid(country.toUpperCase(Locale.ROOT))) {
            violations.add(new Violation("country", "is not an ISO 3166-1 alpha-2 country code, such as BE"));
        }
        if (theme != null && !THEME_CODE.matcher(theme).matches()) {
            violations.add(new Violation("theme", "must be a theme code of the catalogue: 1 to 100 lower-case letters, "
                    + "digits and dashes, such as employment"));
        }
    }
}
