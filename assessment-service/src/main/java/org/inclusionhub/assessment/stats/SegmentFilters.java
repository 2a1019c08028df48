package org.inclusionhub.assessment.stats;

import java.util.List;
import java.util.Locale;
import org.inclusionhub.commons.domain.Countries;
import org.inclusionhub.commons.domain.Themes;
import org.inclusionhub.commons.domain.Violation;

/**
 * The country and theme a statistics or learning request narrows to. A country must exist (ISO 3166-1
 * alpha-2, any case: {@code country=XX} answered zero counts, as if nobody there had been assessed); a theme
 * must be one of the catalogue's codes ({@link Themes}: {@code theme=Employment} or {@code theme=bogus}
 * answered zero counts).
 */
public final class SegmentFilters {

    private SegmentFilters() {
    }

    /** Adds what is wrong with {@code country} and {@code theme} (either may be null) to {@code violations}. */
    public static void check(String country, String theme, List<Violation> violations) {
        if (country != null && !Countries.isValid(country.toUpperCase(Locale.ROOT))) {
            violations.add(new Violation("country", "is not an ISO 3166-1 alpha-2 country code, such as BE"));
        }
        if (theme != null && !Themes.isKnown(theme)) {
            violations.add(new Violation("theme", "'" + theme + "' is not a theme of the catalogue; the themes are "
                    + String.join(", ", Themes.LABELS.keySet())));
        }
    }
}
