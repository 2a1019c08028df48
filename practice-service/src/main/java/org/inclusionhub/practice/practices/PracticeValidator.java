package org.inclusionhub.practice.practices;

import org.inclusionhub.commons.api.Text;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inclusionhub.commons.domain.Countries;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.practice.vocabularies.Vocabularies;
import org.inclusionhub.practice.vocabularies.Vocabulary;

/**
 * The rules a practice's content must follow. Returns every violation, with the field's path, so
 * that one answer tells a client (or an import) all that is wrong.
 */
public final class PracticeValidator {

    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_DESCRIPTION = 20000;
    static final int MAX_NAME = 300;
    /** The most entries of any list in a practice (organisations, partners, themes, funding, ...). */
    static final int MAX_LIST = 100;
    /** The most translations of one practice. */
    static final int MAX_TRANSLATIONS = 30;
    static final int EARLIEST_YEAR = 1900;
    /** A practice run across countries may name no lead country. */
    private static final Set<String> MAY_LACK_COUNTRY = Set.of("transnational", "global");
    private static final Set<String> LANGUAGES = Set.of(java.util.Locale.getISOLanguages());

    private PracticeValidator() {
    }

    /** @param content already {@link PracticeContent#normalised() normalised} */
    public static List<Violation> validate(PracticeContent content) {
        List<Violation> v = new ArrayList<>();
        text(v, "title", content.title(), MAX_TITLE, true);
        text(v, "summary", content.summary(), MAX_SUMMARY, true);
        text(v, "description", content.description(), MAX_DESCRIPTION, false);
        translations(v, content.translations());
        if (content.language() != null && !LANGUAGES.contains(content.language())) {
            v.add(new Violation("language", "'" + content.language() + "' is not an ISO 639-1 language code (e.g. en, de, tr)"));
        }
        if (content.country() == null) {
            if (content.scope() == null || !MAY_LACK_COUNTRY.contains(content.scope())) {
                v.add(new Violation("country", "is required unless the scope is transnational or global (ISO 3166-1 alpha-2, e.g. BE)"));
            }
        } else if (!Countries.isValid(content.country())) {
            v.add(new Violation("country", "'" + content.country() + "' is not an ISO 3166-1 alpha-2 code (e.g. BE, GB, TR)"));
        }
        text(v, "region", content.region(), MAX_NAME, false);
        text(v, "city", content.city(), MAX_NAME, false);
        code(v, "scope", content.scope(), Vocabularies.SCOPES, true);
        organisations(v, content.organisations());
        names(v, "partners", content.partners());
        codes(v, "themes", content.themes(), Vocabularies.THEMES, true);
        codes(v, "targetGroups", content.targetGroups(), Vocabularies.TARGET_GROUPS, true);
        codes(v, "funding", content.funding(), Vocabularies.FUNDING, false);
        years(v, content);
        budget(v, content.budget());
        website(v, content.website());
        source(v, content.source());
        return v;
    }

    private static void text(List<Violation> v, String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                v.add(new Violation(field, "is required"));
            }
        } else if (value.indexOf('\0') >= 0) {
            v.add(new Violation(field, "must not contain NUL characters"));
        } else if (Text.length(value) > max) {
            v.add(new Violation(field, "must be at most " + max + " characters (has " + Text.length(value) + ")"));
        }
    }

    private static void translations(List<Violation> v, Map<String, PracticeContent.Translation> translations) {
        if (translations.size() > MAX_TRANSLATIONS) {
            v.add(new Violation("translations", "holds at most " + MAX_TRANSLATIONS + " languages"));
            return;
        }
        translations.forEach((language, translation) -> {
            String field = "translations[" + language + "]";
            if (language == null || !LANGUAGES.contains(language)) {
                v.add(new Violation(field, "'" + language + "' is not an ISO 639-1 language code (e.g. de, fr, it)"));
            }
            if (translation == null || translation.title() == null || translation.title().isBlank()) {
                v.add(new Violation(field + ".title", "is required"));
            } else {
                text(v, field + ".title", translation.title(), MAX_TITLE, true);
                text(v, field + ".summary", translation.summary(), MAX_SUMMARY, false);
            }
        });
    }

    private static void code(List<Violation> v, String field, String value, Vocabulary vocabulary, boolean required) {
        if (value == null) {
            if (required) {
                v.add(new Violation(field, "is required; one of " + vocabulary.codes()));
            }
        } else if (!vocabulary.contains(value)) {
            v.add(new Violation(field, "'" + value + "' is not one of " + vocabulary.codes()));
        }
    }

    /** @return false (and a violation) when the list is longer than {@link #MAX_LIST} */
    private static boolean bounded(List<Violation> v, String field, List<?> values) {
        if (values.size() > MAX_LIST) {
            v.add(new Violation(field, "holds at most " + MAX_LIST + " entries (has " + values.size() + ")"));
            return false;
        }
        return true;
    }

    private static void codes(List<Violation> v, String field, List<String> values, Vocabulary vocabulary, boolean required) {
        if (!bounded(v, field, values)) {
            return;
        }
        if (required && values.isEmpty()) {
            v.add(new Violation(field, "needs at least one of " + vocabulary.codes()));
        }
        for (int i = 0; i < values.size(); i++) {
            code(v, field + "[" + i + "]", values.get(i), vocabulary, true);
        }
    }

    private static void names(List<Violation> v, String field, List<String> values) {
        if (!bounded(v, field, values)) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            text(v, field + "[" + i + "]", values.get(i), MAX_NAME, true);
            listSeparators(v, field + "[" + i + "]", values.get(i));
        }
    }

    /**
     * A name holds neither {@code ;} nor {@code |}: the CSV form of a practice separates list items and an
     * organisation's name and type with them, so such a name would come back from an export as other names.
     */
    private static void listSeparators(List<Violation> v, String field, String name) {
        if (name != null && (name.indexOf(';') >= 0 || name.indexOf('|') >= 0)) {
            v.add(new Violation(field, "must not contain ; or | (they separate names in the CSV form)"));
        }
    }

    private static void organisations(List<Violation> v, List<PracticeContent.Organisation> organisations) {
        if (organisations.isEmpty()) {
            v.add(new Violation("organisations", "needs at least one implementing organisation"));
        }
        if (!bounded(v, "organisations", organisations)) {
            return;
        }
        for (int i = 0; i < organisations.size(); i++) {
            PracticeContent.Organisation org = organisations.get(i);
            String field = "organisations[" + i + "]";
            if (org == null) {
                v.add(new Violation(field, "must not be null"));
                continue;
            }
            text(v, field + ".name", org.name() == null || org.name().isBlank() ? null : org.name(), MAX_NAME, true);
            listSeparators(v, field + ".name", org.name());
            code(v, field + ".type", org.type(), Vocabularies.ORGANISATION_TYPES, true);
        }
    }

    private static void years(List<Violation> v, PracticeContent c) {
        int latest = Year.now().getValue() + 10;
        year(v, "startYear", c.startYear(), latest);
        year(v, "endYear", c.endYear(), latest);
        if (c.startYear() != null && c.endYear() != null && c.endYear() < c.startYear()) {
            v.add(new Violation("endYear", "must not be before startYear (" + c.startYear() + ")"));
        }
        if (Boolean.TRUE.equals(c.ongoing()) && c.endYear() != null) {
            v.add(new Violation("endYear", "must be empty for an ongoing practice"));
        }
    }

    private static void year(List<Violation> v, String field, Integer year, int latest) {
        if (year != null && (year < EARLIEST_YEAR || year > latest)) {
            v.add(new Violation(field, "must be between " + EARLIEST_YEAR + " and " + latest));
        }
    }

    private static void budget(List<Violation> v, PracticeContent.Budget budget) {
        if (budget == null) {
            return;
        }
        if (budget.amount() == null || budget.amount().compareTo(BigDecimal.ZERO) < 0) {
            v.add(new Violation("budget.amount", "is required and must not be negative"));
        } else if (budget.amount().scale() > 2 || budget.amount().precision() - budget.amount().scale() > 14) {
            v.add(new Violation("budget.amount", "must have at most 14 digits before and 2 after the decimal point"));
        }
        try {
            if (budget.currency() == null) {
                v.add(new Violation("budget.currency", "is required (ISO 4217, e.g. EUR)"));
            } else {
                Currency.getInstance(budget.currency());
            }
        } catch (IllegalArgumentException e) {
            v.add(new Violation("budget.currency", "'" + budget.currency() + "' is not an ISO 4217 currency code"));
        }
    }

    private static void website(List<Violation> v, String website) {
        if (website == null) {
            return;
        }
        try {
            URI uri = new URI(website);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                v.add(new Violation("website", "must be an absolute http or https URL"));
            } else if (website.length() > 2000) {
                v.add(new Violation("website", "must be at most 2000 characters"));
            }
        } catch (URISyntaxException e) {
            v.add(new Violation("website", "is not a valid URL: " + e.getReason()));
        }
    }

    private static void source(List<Violation> v, PracticeContent.SourceRef source) {
        if (source == null) {
            v.add(new Violation("source.collection", "is required; one of " + Vocabularies.SOURCES.codes()));
            return;
        }
        code(v, "source.collection", source.collection(), Vocabularies.SOURCES, true);
        if (source.reference() != null) {
            text(v, "source.reference", source.reference().strip(), MAX_NAME, false);
        }
    }
}
