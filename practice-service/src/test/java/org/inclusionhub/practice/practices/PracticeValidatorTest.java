package org.inclusionhub.practice.practices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.inclusionhub.commons.domain.Violation;
import org.junit.jupiter.api.Test;

class PracticeValidatorTest {

    private static PracticeContent valid() {
        return new PracticeContent("Homelands", "Music workshops with refugee and local musicians.", null, Map.of(),
                "BE", null, "Brussels", "national", List.of(new PracticeContent.Organisation("IYMF", "ngo")), List.of(),
                List.of("culture-and-arts"), List.of("migrant-artists"), 2016, null, true, List.of("amif"),
                new PracticeContent.Budget(new BigDecimal("1000.50"), "EUR"), "https://example.org",
                new PracticeContent.SourceRef("spring", "Homelands")).normalised();
    }

    private static List<String> fields(PracticeContent content) {
        return PracticeValidator.validate(content.normalised()).stream().map(Violation::field).toList();
    }

    @Test
    void validContentHasNoViolations() {
        assertThat(PracticeValidator.validate(valid())).isEmpty();
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        PracticeContent empty = new PracticeContent(null, " ", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        assertThat(fields(empty)).containsExactlyInAnyOrder("title", "summary", "country", "scope", "organisations",
                "themes", "targetGroups", "source.collection");
    }

    @Test
    void unknownCodesAreNamedWithTheirPosition() {
        PracticeContent c = valid();
        PracticeContent bad = new PracticeContent(c.title(), c.summary(), null, Map.of(), "XX", null, null, "planetary",
                List.of(new PracticeContent.Organisation("Someone", "guild")), List.of(), List.of("employment", "cooking"),
                List.of("aliens"), null, null, false, List.of("lottery"), null, null,
                new PracticeContent.SourceRef("wikipedia", null));
        assertThat(fields(bad)).containsExactlyInAnyOrder("country", "scope", "organisations[0].type", "themes[1]",
                "targetGroups[0]", "funding[0]", "source.collection");
    }

    @Test
    void yearsMustBeOrderedAndOngoingHasNoEnd() {
        PracticeContent c = valid();
        PracticeContent bad = new PracticeContent(c.title(), c.summary(), null, Map.of(), "BE", null, null, "local",
                c.organisations(), List.of(), c.themes(), c.targetGroups(), 2019, 2015, true, List.of(), null, null,
                c.source());
        assertThat(PracticeValidator.validate(bad.normalised()))
                .extracting(Violation::message)
                .contains("must not be before startYear (2019)", "must be empty for an ongoing practice");
    }

    @Test
    void budgetWebsiteAndTranslationsAreChecked() {
        PracticeContent c = valid();
        PracticeContent bad = new PracticeContent(c.title(), c.summary(), null,
                Map.of("xx", new PracticeContent.Translation(null, null)), "BE", null, null, "local", c.organisations(),
                List.of(), c.themes(), c.targetGroups(), null, null, false, List.of(),
                new PracticeContent.Budget(new BigDecimal("-1"), "EURO"), "ftp://example.org", c.source());
        assertThat(fields(bad)).containsExactlyInAnyOrder("translations[xx]", "translations[xx].title",
                "budget.amount", "budget.currency", "website");
    }

    @Test
    void textLengthsAreBounded() {
        PracticeContent c = valid();
        PracticeContent bad = new PracticeContent("x".repeat(301), c.summary(), null, Map.of(), "BE", null, null,
                "local", c.organisations(), List.of(), c.themes(), c.targetGroups(), null, null, false, List.of(), null,
                null, c.source());
        assertThat(PracticeValidator.validate(bad.normalised())).singleElement()
                .isEqualTo(new Violation("title", "must be at most 300 characters (has 301)"));
    }

    /** The CSV form separates names with ; and an organisation's name from its type with |: a name holding one would come back split. */
    @Test
    void namesHoldNoCsvListSeparator() {
        PracticeContent c = valid();
        PracticeContent bad = new PracticeContent(c.title(), c.summary(), null, Map.of(), "BE", null, null, "local",
                List.of(new PracticeContent.Organisation("Org; with semicolon", "ngo"), new PracticeContent.Organisation("A|B", "ngo")),
                List.of("Partner; semi", "Fine partner"), c.themes(), c.targetGroups(), null, null, false, List.of(), null,
                null, c.source());
        assertThat(fields(bad)).containsExactlyInAnyOrder("organisations[0].name", "organisations[1].name", "partners[0]");
    }
}
