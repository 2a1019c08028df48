package org.inclusionhub.assessment.frameworks;

import java.util.List;

/**
 * The two rating scales. A checklist item is met, not met or not applicable. A benchmark key factor
 * is rated on a maturity scale the IncluCities source does not define, so Inclusion Hub defines it:
 * 0 not in place, 1 planned, 2 partly in place, 3 fully in place (or not applicable).
 */
public final class RatingScale {

    public static final String MET = "met";
    public static final String NOT_MET = "not-met";
    public static final String NOT_APPLICABLE = "not-applicable";
    public static final List<String> CHECKLIST = List.of(MET, NOT_MET, NOT_APPLICABLE);
    public static final List<String> MATURITY = List.of("0", "1", "2", "3", NOT_APPLICABLE);
    public static final int MAX_MATURITY = 3;
    public static final List<String> MATURITY_LABELS = List.of("not in place", "planned", "partly in place", "fully in place");

    private RatingScale() {
    }

    public static List<String> of(FrameworkDefinition framework) {
        return framework.isBenchmark() ? MATURITY : CHECKLIST;
    }
}
