package org.inclusionhub.practice.vocabularies;

import java.util.List;
import org.inclusionhub.commons.domain.Themes;

/**
 * The controlled vocabularies of the catalogue, derived from the source collections (the SPRING
 * practice pages, the YOUMIG collection's categories, the ERASMI fields of action and target groups,
 * and the IncluCities benchmark themes).
 */
public final class Vocabularies {

    public static final Vocabulary SCOPES = Vocabulary.of("scopes", "Geographic reach of a practice",
            "local", "Local", "regional", "Regional", "national", "National",
            "transnational", "Transnational", "global", "Global");

    public static final Vocabulary ORGANISATION_TYPES = Vocabulary.of("organisationTypes", "Kinds of implementing organisation",
            "ngo", "NGO or civil-society association",
            "municipality", "Municipality or local authority",
            "regional-or-national-authority", "Regional or national authority",
            "university-or-research", "University or research institute",
            "company", "Company",
            "international-organisation", "International organisation",
            "migrant-organisation", "Migrant organisation",
            "network", "Network or partnership",
            "other", "Other");

    public static final Vocabulary THEMES = Vocabulary.of("themes", "What a practice works on", Themes.LABELS);

    public static final Vocabulary TARGET_GROUPS = Vocabulary.of("targetGroups", "Who a practice is for",
            "migrants", "Migrants",
            "refugees", "Refugees",
            "asylum-seekers", "Asylum seekers",
            "newcomers", "Newcomers",
            "youth", "Youth",
            "children", "Children",
            "women", "Women",
            "families", "Families",
            "unaccompanied-minors", "Unaccompanied minors",
            "victims-of-trafficking", "Victims of trafficking",
            "migrant-artists", "Migrant artists",
            "receiving-society", "Receiving society",
            "public-administrations", "Public administrations",
            "ngos-and-volunteers", "NGOs and volunteers",
            "employers", "Employers",
            "emigrants-and-diaspora", "Emigrants and diaspora",
            "returnees", "Returnees",
            "job-seekers", "Job seekers",
            "entrepreneurs", "Entrepreneurs",
            "students", "Students",
            "roma", "Roma");

    public static final Vocabulary FUNDING = Vocabulary.of("funding", "Sources of funding",
            "amif", "Asylum, Migration and Integration Fund (AMIF)",
            "esf", "European Social Fund (ESF/ESF+)",
            "erdf", "European Regional Development Fund (ERDF)",
            "erasmus-plus", "Erasmus+",
            "horizon-2020", "Horizon 2020",
            "interreg", "Interreg",
            "other-eu", "Other EU programme",
            "national", "National public funds",
            "regional", "Regional public funds",
            "municipal", "Municipal funds",
            "private-or-foundation", "Private or foundation",
            "self-financed", "Self-financed");

    public static final Vocabulary SOURCES = Vocabulary.of("sources", "Collections a practice comes from",
            "spring", "SPRING good practices",
            "youmig", "YOUMIG good practice collection",
            "erasmi", "ERASMI compendium of networks",
            "inclucities", "IncluCities benchmarks",
            "direct-submission", "Direct submission");

    public static final Vocabulary STATUSES = Vocabulary.of("statuses", "Editorial status",
            "draft", "Draft", "published", "Published", "archived", "Archived");

    public static final List<Vocabulary> ALL = List.of(SCOPES, ORGANISATION_TYPES, THEMES, TARGET_GROUPS,
            FUNDING, SOURCES, STATUSES);

    private Vocabularies() {
    }
}
