#!/usr/bin/env python3
"""Build the 55 ERASMI demo responses (survey erasmi-networks, version 2) that reproduce every figure
the ERASMI compendium states, check them, and write them to erasmi-demo-responses.json.

Usage:
    generate_compendium_responses.py [--check] [--output PATH] [--table]

    --check   build and check only, write nothing
    --output  where to write the JSON array (default: erasmi-demo-responses.json beside this script)
    --table   also print the Markdown rows of COMPENDIUM.md's constraint table (figure, line, statement,
              target, required, generated)

Sources: the compendium (Apfelbaum, Apitz & Radom 2021, CC BY 4.0; seed 004, 55 networks, figures in
words and numbers, see COMPENDIUM.md), the survey definition
../src/main/resources/surveys/erasmi-networks-v2.json and compendium-figures.json (the figures, the
same file the Java test checks against the statistics API).

The output is deterministic: no randomness, only a stable hash (SHA-256) to spread answers. 23 of the
55 networks are the good practices named in the compendium's appendix (country, type, coordination,
degree of formalisation, founding year, fields of action and target groups from their profiles); the
other 32 are invented, so that the totals and cross statements of the report come out. Option counts
are set in the tables below; a stated number is met exactly, a statement in words by a count in its
range (see COMPENDIUM.md for the word-to-range table).

Before writing, the script recomputes every figure of compendium-figures.json from the generated
bodies (sum of option counts of a question over all respondents; or sum of cross-tab cells, a
respondent counted once per selected pair) and validates every body against the definition
(required, conditions, option codes, exclusive options, other + otherText, country codes, yes/no,
bounds, maxLength). Any failure is printed and the script exits with status 1 without writing.
Standard library only.
"""

import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFINITION = os.path.join(HERE, "..", "src", "main", "resources", "surveys", "erasmi-networks-v2.json")
FIGURES = os.path.join(HERE, "compendium-figures.json")
OUTPUT = os.path.join(HERE, "erasmi-demo-responses.json")

# ISO 3166-1 alpha-2 (the 249 codes of java.util.Locale.getISOCountries(), which the service accepts)
ISO_COUNTRIES = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI
FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN
IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE
YT ZA ZM ZW""".split())

# ---------------------------------------------------------------------------------------------------
# The 55 networks. Types: NS non-state integration network, ST state integration network, PC project
# consortium, IN inter-territorial network, JP joint provision of corresponding services, MN migrant
# network, IG informal group. Coordination: state, ngos, none, single (person or volunteer), company,
# edu (educational institution). Formalisation: formal, soft, informal, mix.
# Columns: name, country, Europe wide or global, type, coordination, coordinator, formalisation,
#          location, founding year (None: not stated), members (None: not stated), website
# ---------------------------------------------------------------------------------------------------
NAMED = [  # the good practices listed in the appendix (seed L489-534) and their profiles (L539-2279)
    ("CFE Refugee Entrepreneurship Network", "GB", True, "NS", "ngos", "Centre for Entrepreneurs (CFE)",
     "soft", "London / global network based in the United Kingdom", 2018, 60,
     "https://centreforentrepreneurs.org/networks/refugee-entrepreneurship-network/"),
    ("MAGNET Network (Migrant Acceleration for Growth - Network for Entrepreneurship Training)", "AT", True,
     "PC", "edu", "University of Danube (Austria)", "formal",
     "Europe wide, partners from Austria, Germany, Spain and Bulgaria", 2017, 8, "https://migrantacceleration.eu/"),
    ("Voices of Young Refugees in Europe (VYRE)", "FR", True, "MN", "none", None, "soft",
     "Strasbourg (headquarters)", 2008, None, "https://www.wearevyre.net/"),
    ("Caritas-Diakonie-Zora Netzwerk Halberstadt", "DE", False, "NS", "none", None, "soft",
     "Halberstadt / Saxony-Anhalt", None, 3, "http://www.zora.de/"),
    ("Integrationsnetzwerk Dortmund \"lokal willkommen\"", "DE", False, "ST", "state",
     "City of Dortmund, Social Welfare Office", "formal", "Dortmund / North Rhine-Westphalia", 2016, 90,
     "https://www.facebook.com/lokalwillkommen/"),
    ("IQ Netzwerk Sachsen-Anhalt", "DE", False, "NS", "ngos", "Caritasverband für das Bistum Magdeburg e.V.",
     "formal", "Saxony-Anhalt", 2012, 25, "https://www.sachsen-anhalt.netzwerk-iq.de/"),
    ("Migrantinnen Netzwerk Bayern", "DE", False, "MN", "ngos", "Migrantinnen-Netzwerk Bayern e.V.", "formal",
     "Augsburg / Bavaria", 2013, 100, "https://www.migrantinnen-bayern.de"),
    ("Netzwerk für Integration der Landeshauptstadt Erfurt", "DE", False, "ST", "state",
     "Internationaler Bund - IB Mitte gGmbH on behalf of the City of Erfurt", "formal", "Erfurt / Thuringia",
     2004, 80, "https://www.integration-migration-thueringen.de/netzwerk"),
    ("Newcomers Network Harz", "DE", False, "MN", "none", None, "informal", "Wernigerode / Saxony-Anhalt",
     2015, 100, None),
    ("Narrative 4 Girl's Stories", "IE", False, "IG", "ngos", "Narrative 4 Ireland", "soft",
     "Limerick City / Munster", 2017, 15, "http://narrative4.ie/girls-stories-2/"),
    ("New Communities Partnership (NCP)", "IE", False, "MN", "ngos", "New Communities Partnership", "formal",
     "Dublin and Cork", 2003, 150, "https://www.newcommunities.ie/"),
    ("Roscommon Refugee Resettlement Programme", "IE", False, "ST", "state", "Roscommon County Council", "soft",
     "Roscommon County", 2019, 20, "https://www.rosleaderpartnership.ie/"),
    ("Sligo Global Kitchen", "IE", False, "IG", "single", "An individual volunteer", "mix", "Sligo / County Sligo",
     2014, 40, None),
    ("Sligo Intercultural Project", "IE", False, "IG", "ngos", "Sligo Family Resource Centre", "informal",
     "Sligo / County Sligo", 2013, 30, "https://sligofamilyresourcecentre.org/"),
    ("A Misura di Bambino - Percorsi di affido professionale di MSNA", "IT", False, "PC", "state",
     "Municipality of Corciano", "formal", "Corciano / Umbria", 2017, 3, None),
    ("Centri di Accoglienza Straordinaria Perugia", "IT", False, "JP", "ngos", "Associazione Arcisolidarietà",
     "formal", "Perugia / Umbria", 2014, 3, None),
    ("Orti in Pace", "IT", False, "NS", "ngos", "Associazione Il Ginepro", "soft", "Allerona / Umbria", 2016, 12, None),
    ("Grupp 39", "SE", False, "NS", "edu", "Folkuniversitet (with Ronneby Municipality)", "soft",
     "Ronneby / Blekinge län", 2010, 6, "https://enisamednolucanin.wixsite.com/grupp39"),
    ("Mahir Eller Projesi / Living and Working Together", "TR", False, "IN", "state",
     "Ministry of National Education of Turkey", "soft", "Şanlıurfa, İstanbul, Hatay, Gaziantep and eight further provinces",
     2017, 14, "http://www.mahirellerprojesi.com"),
    ("Rebuilding the Lives in the Land of Hope", "TR", False, "JP", "state", "Tuzla Public Training Centre", "formal",
     "Tuzla / Istanbul", 2016, 3, None),
    ("Tuzla Municipality Mother-Child Education Centre (AÇEM)", "TR", False, "JP", "state", "Tuzla Municipality",
     "formal", "Tuzla / Istanbul", 2014, 2, None),
    ("Tuzla Social Assistance and Solidarity Platform", "TR", False, "MN", "ngos",
     "Tuzla Social Assistance and Solidarity Association (TUZLADER)", "mix", "Tuzla / Istanbul", 1991, 45,
     "https://www.facebook.com/tuzladernek"),
    ("EMINENT Network", "GB", False, "PC", "company", "East Belfast Enterprise", "soft",
     "Belfast / Northern Ireland", 2019, 6, None),
]
INVENTED = [
    ("European Refugee Mentoring Alliance", "BE", True, "PC", "ngos", "Brussels Mentoring Platform asbl", "formal",
     "Brussels, partners in nine EU countries", 2018, 11),
    ("Integrationsnetzwerk Magdeburg", "DE", False, "ST", "state", "City of Magdeburg, Integration Office", "formal",
     "Magdeburg / Saxony-Anhalt", 2009, 70),
    ("Netzwerk Integration Halberstadt", "DE", False, "ST", "state", "City of Halberstadt", "formal",
     "Halberstadt / Saxony-Anhalt", 2016, 35),
    ("Integrationsnetzwerk Kassel", "DE", False, "ST", "state", "City of Kassel, Municipal Integration Centre",
     "formal", "Kassel / Hesse", 2012, 60),
    ("Leipziger Netzwerk Migration und Integration", "DE", False, "ST", "state",
     "City of Leipzig, Department for Migration and Integration", "formal", "Leipzig / Saxony", 2011, 120),
    ("Integrationsnetzwerk Landkreis Harz", "DE", False, "ST", "state", "District of Harz, integration coordination",
     "formal", "Halberstadt / Saxony-Anhalt", 2015, 45),
    ("Willkommensnetzwerk Quedlinburg", "DE", False, "ST", "single", "A volunteer integration officer", "mix",
     "Quedlinburg / Saxony-Anhalt", 2015, 25),
    ("Limerick Integration Working Group", "IE", False, "ST", "state", "Limerick City and County Council", "soft",
     "Limerick / Munster", 2016, 30),
    ("Tavolo Immigrazione Bologna", "IT", False, "ST", "state", "Comune di Bologna", "soft",
     "Bologna / Emilia-Romagna", 2010, 40),
    ("Gaziantep Migration Coordination Network", "TR", False, "ST", "state",
     "Gaziantep Metropolitan Municipality, Migration Department", "formal", "Gaziantep", 2014, 50),
    ("Provincial Directorates Network for Migration Services", "TR", False, "IN", "state",
     "Ministry of Interior, Presidency of Migration Management", "formal", "Ankara and 81 provinces", 2015, 81),
    ("Southeast Anatolia Municipalities Refugee Services Network", "TR", False, "IN", "state",
     "Ministry of Interior", "formal", "Şanlıurfa, Kilis, Mardin and Hatay", 2016, 12),
    ("Marmara Municipalities Migration Working Network", "TR", False, "IN", "state",
     "Ministry of Family and Social Services", "formal", "Istanbul, Kocaeli and Bursa", 2017, 20),
    ("Inter-Provincial Education Network for Syrian Pupils", "TR", False, "IN", "state",
     "Ministry of National Education of Turkey", "formal", "Adana, Mersin, Konya and Kayseri", 2016, 26),
    ("Aegean Provinces Social Cohesion Network", "TR", False, "IN", "state",
     "Ministry of Family and Social Services", "soft", "İzmir, Manisa and Aydın", 2018, 9),
    ("Border Provinces Health and Protection Network", "TR", False, "IN", "state", "Ministry of Health", "formal",
     "Hatay, Kilis and Gaziantep", 2016, 7),
    ("Rete di Accoglienza SAI Palermo", "IT", False, "JP", "ngos", "Consorzio Solidarietà Palermo", "formal",
     "Palermo / Sicily", 2012, 9),
    ("Progetto Accoglienza Diffusa Bari", "IT", False, "JP", "ngos", "Cooperativa Sociale Ponte Bari", "formal",
     "Bari / Apulia", 2015, 6),
    ("Perugia Migrant Women's Circle", "IT", False, "MN", "single", "A volunteer coordinator", "informal",
     "Perugia / Umbria", 2017, 25),
    ("Runder Tisch Asyl Blankenburg", "DE", False, "NS", "single", "A volunteer spokesperson", "informal",
     "Blankenburg / Saxony-Anhalt", 2015, 18),
    ("Galway Intercultural Friends Network", "IE", False, "NS", "single", "A volunteer coordinator", "informal",
     "Galway / Connacht", 2016, 22),
    ("Rete Accoglienza Diffusa Umbria", "IT", False, "NS", "ngos", "Associazione Umbria Accoglie", "informal",
     "Perugia / Umbria", 2016, 15),
    ("Tavolo Asilo Bari", "IT", False, "NS", "none", None, "informal", "Bari / Apulia", 2017, 10),
    ("Rete Solidale Palermo", "IT", False, "NS", "none", None, "informal", "Palermo / Sicily", 2015, 14),
    ("Glasgow Refugee Support Network", "GB", False, "NS", "none", None, "informal", "Glasgow / Scotland", 2016, 16),
    ("Manchester Migrant Solidarity Forum", "GB", False, "NS", "none", None, "informal", "Manchester / England", 2018, 12),
    ("Valletta Migrant Support Network", "MT", False, "NS", "none", None, "informal", "Valletta", 2014, 9),
    ("Magdeburg Labour Market Integration Consortium", "DE", False, "PC", "edu", "Otto von Guericke University Magdeburg",
     "soft", "Magdeburg / Saxony-Anhalt", 2019, 7),
    ("Gaziantep Livelihoods Project Consortium", "TR", False, "PC", "company", "Anatolia Development Consulting Ltd",
     "mix", "Gaziantep", 2018, 5),
    ("Consorzio Integra Lavoro Torino", "IT", False, "PC", "ngos", "Cooperativa Sociale Integra", "mix",
     "Turin / Piedmont", 2019, 6),
    ("London Refugee Employment Partnership", "GB", False, "PC", "company", "Skills Bridge Ltd", "mix", "London", 2017, 8),
    ("Groningen Newcomers Work Consortium", "NL", False, "PC", "company", "Noord Werkt B.V.", "soft",
     "Groningen", 2019, 5),
]

TYPE_CODES = {"NS": "non-state-integration-network", "ST": "state-integration-network", "PC": "project-consortium",
              "IN": "inter-territorial-network", "JP": "joint-provision-of-corresponding-services",
              "MN": "migrant-network", "IG": "informal-group"}
COORD_CODES = {"state": "state-actors", "ngos": "ngos", "none": "no-coordinating-organisation",
               "single": "single-person-or-volunteer", "company": "company", "edu": "educational-institution"}
FORM_CODES = {"formal": "formal-cooperation-agreement", "soft": "soft-formal-agreements-and-norms",
              "informal": "informal", "mix": "mix-formal-informal"}

# Complete answers taken from the appendix profiles (fields of action, target groups), mapped to v2 options;
# these networks get exactly these options. "other" texts follow the profile where it names one.
PROFILE_FIELDS = {
    "CFE Refugee Entrepreneurship Network": ["inclusion-integration-in-general", "labour-market", "education-and-training"],
    "MAGNET Network": ["inclusion-integration-in-general", "labour-market", "education-and-training"],
    "Voices of Young Refugees": ["inclusion-integration-in-general", "education-and-training"],
    "Caritas-Diakonie-Zora": ["inclusion-integration-in-general", "labour-market", "language", "health", "housing",
                              "education-and-training", "culture-and-sports"],
    "Integrationsnetzwerk Dortmund": ["labour-market", "education-and-training", "language", "health", "housing",
                                      "culture-and-sports"],
    "IQ Netzwerk": ["inclusion-integration-in-general", "labour-market", "education-and-training"],
    "Migrantinnen Netzwerk": ["inclusion-integration-in-general", "other"],
    "Netzwerk für Integration der Landeshauptstadt Erfurt": ["inclusion-integration-in-general"],
    "Newcomers Network Harz": ["language", "housing", "culture-and-sports"],
    "Narrative 4": ["inclusion-integration-in-general", "culture-and-sports"],
    "New Communities Partnership": ["inclusion-integration-in-general", "labour-market", "education-and-training", "language"],
    "Roscommon": ["inclusion-integration-in-general", "education-and-training", "language", "health", "housing"],
    "Sligo Global Kitchen": ["inclusion-integration-in-general", "education-and-training"],
    "Sligo Intercultural Project": ["inclusion-integration-in-general", "education-and-training"],
    "A Misura di Bambino": ["inclusion-integration-in-general", "housing"],
    "Centri di Accoglienza": ["inclusion-integration-in-general", "housing", "health", "other"],
    "Orti in Pace": ["inclusion-integration-in-general", "labour-market", "education-and-training", "culture-and-sports"],
    "Grupp 39": ["inclusion-integration-in-general", "education-and-training", "language", "housing", "culture-and-sports"],
    "Mahir Eller": ["inclusion-integration-in-general", "labour-market", "education-and-training"],
    "Rebuilding the Lives": ["inclusion-integration-in-general", "labour-market", "education-and-training", "language"],
    "AÇEM": ["inclusion-integration-in-general", "labour-market", "education-and-training", "language", "culture-and-sports"],
    "Tuzla Social Assistance": ["inclusion-integration-in-general", "education-and-training", "culture-and-sports"],
    "EMINENT": ["labour-market", "education-and-training"],
}
PROFILE_TARGETS = {
    "CFE Refugee Entrepreneurship Network": ["refugees", "ngos", "volunteers", "companies"],
    "MAGNET Network": ["refugees", "ngos", "volunteers", "companies"],
    "Voices of Young Refugees": ["refugees", "migrants", "ngos", "volunteers"],
    "Caritas-Diakonie-Zora": ["migrants", "refugees", "public-administration", "ngos", "volunteers", "companies"],
    "Integrationsnetzwerk Dortmund": ["refugees", "migrants", "ngos", "volunteers"],
    "IQ Netzwerk": ["migrants", "refugees", "public-administration", "ngos", "companies"],
    "Migrantinnen Netzwerk": ["migrants"],
    "Netzwerk für Integration der Landeshauptstadt Erfurt": ["public-administration", "ngos", "volunteers", "companies", "other"],
    "Newcomers Network Harz": ["migrants"],
    "Narrative 4": ["migrants"],
    "New Communities Partnership": ["refugees", "migrants", "other"],
    "Roscommon": ["refugees", "public-administration", "ngos"],
    "Sligo Global Kitchen": ["refugees", "migrants", "volunteers"],
    "Sligo Intercultural Project": ["refugees", "migrants", "volunteers"],
    "A Misura di Bambino": ["migrants", "refugees"],
    "Centri di Accoglienza": ["migrants", "refugees"],
    "Orti in Pace": ["migrants", "refugees"],
    "Grupp 39": ["migrants", "public-administration", "volunteers"],
    "Mahir Eller": ["refugees", "migrants", "public-administration", "companies"],
    "Rebuilding the Lives": ["refugees", "migrants", "public-administration", "ngos", "volunteers"],
    "AÇEM": ["refugees", "migrants", "public-administration", "ngos", "volunteers", "other"],
    "Tuzla Social Assistance": ["refugees", "migrants", "ngos", "volunteers"],
    "EMINENT": ["migrants", "other"],
}
PROFILE_OTHER = {
    ("Migrantinnen Netzwerk", "fields_of_action"): "Legal, political and social equality of migrant women",
    ("Centri di Accoglienza", "fields_of_action"): "Legal protection",
    ("Netzwerk für Integration der Landeshauptstadt Erfurt", "target_groups"): "Training providers",
    ("New Communities Partnership", "target_groups"): "Ethnic minorities",
    ("AÇEM", "target_groups"): "Women and their children aged 3 to 6",
    ("EMINENT", "target_groups"): "Public and private education providers",
    ("EMINENT", "sustainability_measures"): "Online portal with open-source documents",
    ("MAGNET Network", "internal_communication"): "Online wiki (Notion)",
    ("CFE Refugee Entrepreneurship Network", "member_types"): "Investors and philanthropic foundations",
    ("Orti in Pace", "member_types"): "Cultural associations",
}

# Options a named network certainly has (the prose or its profile says so); the rest is allocated.
MUST = {
    "Caritas-Diakonie-Zora": {"internal_communication": ["regular-network-meetings", "working-groups-or-committees",
                                                         "internal-or-external-events", "e-mails-and-newsletters", "telephone"],
                              "facilitation_formats": ["participatory-approaches"], "member_types": ["ngos"],
                              "external_communication": ["social-media", "website", "press"],
                              "resources": ["personnel-support", "state-funding", "donations"]},
    "CFE Refugee Entrepreneurship Network": {"internal_communication": ["regular-network-meetings", "video-telephony",
                                                                        "instant-messaging", "cloud-based-file-sharing"],
                                             "resources": ["donations"], "member_types": ["other"],
                                             "sustainability_measures": ["networking-and-network-management"]},
    "MAGNET Network": {"internal_communication": ["video-telephony", "instant-messaging", "cloud-based-file-sharing", "other"],
                       "external_communication": ["social-media", "e-mails-or-newsletters", "website"],
                       "resources": ["project-funding"], "sustainability_measures": ["further-funded-projects"]},
    "Voices of Young Refugees": {"internal_communication": ["social-media", "e-mails-and-newsletters", "website", "instant-messaging"],
                                 "external_communication": ["participation-at-external-events", "website", "social-media"],
                                 "resources": ["project-funding"], "member_types": ["migrants-and-refugees", "ngos"],
                                 "evaluation_measures": ["qualitative-evaluation", "active-participation-and-member-testimonials"],
                                 "sustainability_measures": ["extension-of-the-network", "partners-take-on-coordination"]},
    "Integrationsnetzwerk Dortmund": {"sustainability_measures": ["training-of-staff-and-multipliers"],
                                      "internal_communication": ["regular-network-meetings", "working-groups-or-committees"]},
    "Netzwerk für Integration der Landeshauptstadt Erfurt": {
        "evaluation_measures": ["reporting", "internal-target-agreements"], "member_types": ["state-actors", "ngos"],
        "internal_communication": ["regular-network-meetings", "e-mails-and-newsletters", "working-groups-or-committees"]},
    "Newcomers Network Harz": {"evaluation_measures": ["active-participation-and-member-testimonials"],
                               "member_types": ["migrants-and-refugees"], "resources": ["contributions-in-kind"],
                               "internal_communication": ["instant-messaging"], "facilitation_formats": ["informal-settings"]},
    "Tuzla Social Assistance": {"internal_communication": ["regular-network-meetings", "instant-messaging"],
                                "member_types": ["volunteers"], "facilitation_formats": ["informal-settings"]},
    "Orti in Pace": {"facilitation_formats": ["informal-settings"], "member_types": ["other"]},
    "EMINENT": {"sustainability_measures": ["other"], "resources": ["project-funding"]},
    "Migrantinnen Netzwerk": {"internal_communication": ["working-groups-or-committees"],
                              "member_types": ["migrants-and-refugees"], "resources": ["membership-fees"]},
    "Sligo Global Kitchen": {"member_types": ["migrants-and-refugees", "volunteers"]},
    "Sligo Intercultural Project": {"member_types": ["migrants-and-refugees", "volunteers"], "resources": ["donations"]},
    "Roscommon": {"member_types": ["state-actors", "volunteers", "educational-institutions", "ngos"]},
    "IQ Netzwerk": {"member_types": ["ngos", "companies", "educational-institutions"], "resources": ["state-funding"]},
    "Grupp 39": {"member_types": ["educational-institutions", "state-actors"]},
    "New Communities Partnership": {"member_types": ["ngos"]},
}
# Single answers fixed for a named or invented network
FIXED = {
    "MAGNET Network": {"has_evaluation": "no", "has_sustainability_measures": "yes", "uses_facilitation": "yes"},
    "Netzwerk für Integration der Landeshauptstadt Erfurt": {"has_evaluation": "yes", "uses_facilitation": "yes"},
    "Newcomers Network Harz": {"has_evaluation": "yes", "uses_facilitation": "yes"},
    "Voices of Young Refugees": {"has_evaluation": "yes", "has_sustainability_measures": "yes", "uses_facilitation": "yes"},
    "Integrationsnetzwerk Dortmund": {"has_sustainability_measures": "yes", "uses_facilitation": "yes"},
    "CFE Refugee Entrepreneurship Network": {"has_sustainability_measures": "yes"},
    "EMINENT": {"has_sustainability_measures": "yes"},
    "Caritas-Diakonie-Zora": {"uses_facilitation": "yes"},
    "Orti in Pace": {"uses_facilitation": "yes"},
    "Tuzla Social Assistance": {"uses_facilitation": "yes"},
    "Migrantinnen Netzwerk": {"uses_facilitation": "yes"},
}
# Networks that state no objective (Fig. 3's exclusive "no statement"), and the invented networks whose
# target groups are refugees only or neither migrants nor refugees (the report: "only in individual
# cases is the focus on just one group").
VISION_NO_STATEMENT = ["Gaziantep Livelihoods Project Consortium", "Groningen Newcomers Work Consortium",
                       "Valletta Migrant Support Network"]
TARGETS_REFUGEES_ONLY = ["Gaziantep Livelihoods Project Consortium", "Glasgow Refugee Support Network"]
TARGETS_NEITHER = ["Integrationsnetzwerk Kassel", "Leipziger Netzwerk Migration und Integration",
                   "Integrationsnetzwerk Landkreis Harz", "Marmara Municipalities Migration Working Network"]


def build_networks():
    nets = []
    for row in NAMED:
        name, country, ew, typ, coord, coord_name, form, location, year, members, site = row
        nets.append(dict(name=name, country=country, ew=ew, type=typ, coord=coord, coord_name=coord_name, form=form,
                         location=location, year=year, members=members, website=site, named=True))
    for row in INVENTED:
        name, country, ew, typ, coord, coord_name, form, location, year, members = row
        nets.append(dict(name=name, country=country, ew=ew, type=typ, coord=coord, coord_name=coord_name, form=form,
                         location=location, year=year, members=members, website=None, named=False))
    keys = sorted(set(PROFILE_FIELDS) | set(PROFILE_TARGETS) | set(MUST) | set(FIXED) | {k for k, _ in PROFILE_OTHER})
    for n in nets:
        matches = [k for k in keys if k in n["name"]]
        if len(matches) > 1:
            raise Failure("%s matches several profile keys: %s" % (n["name"], matches))
        n["key"] = matches[0] if matches else n["name"]
    for k in keys:
        if not any(n["key"] == k for n in nets):
            raise Failure("profile key %r names no network" % k)
    return nets


def by_key(table, net, default=None):
    return table.get(net["key"], table.get(net["name"], default))


# ---------------------------------------------------------------------------------------------------
# Allocation: per option a list of quotas (count, predicate); the bonus steers who gets it, a stable
# hash spreads the rest.
# ---------------------------------------------------------------------------------------------------
def typ(*types):
    return lambda n: n["type"] in types


def cty(*countries):
    return lambda n: n["country"] in countries and not n["ew"]


def both(a, b):
    return lambda n: a(n) and b(n)


def neg(p):
    return lambda n: not p(n)


def stable(*parts):
    digest = hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()
    return int(digest[:12], 16) / float(16 ** 12)


def bonus_for(table, option, net):
    total = 0.0
    for pred, value in table.get(option, []):
        if pred(net):
            total += value
    return total


# Multiple choice: option -> total or [(count, predicate), ...]; BONUS: option -> [(predicate, bonus)]
MULTI = {
    "vision_mission": {
        "targets": {"foster-integration": 45, "networking-of-actors-services": 14, "raising-awareness": 10,
                    "political-representation": 8, "empowerment": 8},
        "bonus": {"foster-integration": [(typ("MN"), -2)],
                  "political-representation": [(typ("MN"), 2), (typ("NS"), 0.5)],
                  "empowerment": [(typ("MN", "IG"), 2)],
                  "networking-of-actors-services": [(typ("ST", "IN", "NS"), 1)],
                  "raising-awareness": [(typ("NS", "IG"), 1)]}},
    "fields_of_action": {
        "targets": {"inclusion-integration-in-general": 51, "labour-market": 27, "language": 27, "health": 13,
                    "housing": 14, "education-and-training": 46, "culture-and-sports": 18, "other": 4},
        "bonus": {"inclusion-integration-in-general": [(typ("IN"), -1)],
                  "labour-market": [(typ("PC", "IN", "JP"), 1)],
                  "language": [(typ("ST", "MN", "IG", "IN"), 1)],
                  "health": [(typ("JP", "ST"), 1)], "housing": [(typ("JP", "ST", "NS"), 1)],
                  "culture-and-sports": [(typ("NS", "MN"), 1)], "other": [(typ("PC", "ST"), 1)]}},
    "target_groups": {
        "targets": {"migrants": 45, "refugees": 45, "public-administration": 21, "ngos": 27, "volunteers": 27,
                    "companies": 15, "other": 8},
        "bonus": {"migrants": [(lambda n: n["name"] in TARGETS_NEITHER + TARGETS_REFUGEES_ONLY, -5)],
                  "refugees": [(lambda n: n["name"] in TARGETS_NEITHER, -5)],
                  "public-administration": [(typ("ST", "IN"), 1), (lambda n: n["name"] in TARGETS_NEITHER, 2)],
                  "ngos": [(typ("ST", "PC"), 1), (lambda n: n["name"] in TARGETS_NEITHER, 2)],
                  "volunteers": [(typ("NS", "MN", "IG"), 1)], "companies": [(typ("PC", "IN"), 1)]}},
    "member_types": {
        "targets": {"ngos": 29, "state-actors": 26, "educational-institutions": 14, "volunteers": 11, "companies": 10,
                    "migrants-and-refugees": [(6, typ("MN", "IG")), (2, neg(typ("MN", "IG")))], "other": 4},
        "bonus": {"ngos": [(typ("NS", "PC", "JP", "ST"), 1)], "state-actors": [(typ("ST", "IN", "JP"), 2)],
                  "educational-institutions": [(typ("PC", "IN", "ST"), 1)], "volunteers": [(typ("NS", "IG", "MN"), 1)],
                  "companies": [(typ("PC", "IN"), 1)]}},
    "resources": {
        "targets": {"project-funding": 30, "state-funding": 18, "personnel-support": 18, "membership-fees": 14,
                    "donations": 13, "available-infrastructure": 6, "contributions-in-kind": 4},
        "bonus": {"project-funding": [(typ("PC"), 3), (typ("NS", "JP", "MN"), 1)],
                  "state-funding": [(typ("ST", "IN"), 2), (typ("JP"), 1)],
                  "personnel-support": [(typ("ST", "IN"), 1)], "membership-fees": [(typ("MN", "NS"), 1)],
                  "donations": [(typ("NS", "IG", "MN"), 1)], "available-infrastructure": [(typ("IG", "MN", "NS"), 1)],
                  "contributions-in-kind": [(typ("IG", "MN"), 2)]}},
    "internal_communication": {
        "targets": {"regular-network-meetings": 34, "e-mails-and-newsletters": 27, "video-telephony": 18, "website": 18,
                    "instant-messaging": [(9, typ("MN", "IG")), (7, neg(typ("MN", "IG")))], "social-media": 14,
                    "internal-or-external-events": 11,
                    "working-groups-or-committees": [(7, both(typ("ST"), cty("DE"))), (3, neg(typ("ST")))],
                    "telephone": 9, "bilateral-meetings": 9, "cloud-based-file-sharing": 8, "other": 3},
        "bonus": {"regular-network-meetings": [(typ("ST", "NS", "IN", "JP"), 1)],
                  "e-mails-and-newsletters": [(typ("ST", "PC", "NS"), 1)],
                  "video-telephony": [(typ("PC"), 1), (lambda n: n["ew"], 2)], "website": [(typ("PC", "ST"), 1)],
                  "social-media": [(typ("MN", "IG", "NS"), 1)], "cloud-based-file-sharing": [(typ("PC"), 1)],
                  "working-groups-or-committees": [(cty("DE"), 1)], "other": [(typ("PC"), 1)]}},
    "facilitation_formats": {
        "targets": {"moderated-discussions": 14, "workshop-formats": 14, "participatory-approaches": 3,
                    "keynote-speeches-or-presentations": 7,
                    "informal-settings": [(3, typ("MN")), (3, neg(typ("MN")))], "brainstorming": 3, "fishbowl": 2,
                    "round-tables": 2, "other": 8},
        "bonus": {"moderated-discussions": [(typ("ST", "IN", "JP"), 1)], "workshop-formats": [(typ("PC", "ST", "NS"), 1)],
                  "informal-settings": [(typ("IG"), 1)], "keynote-speeches-or-presentations": [(typ("PC", "IN"), 1)]}},
    "external_communication": {
        "targets": {"press": 27, "social-media": 25, "own-events": 15, "website": 14, "print": 10,
                    "participation-at-external-events": 8, "bilateral-meetings-with-stakeholders": 3,
                    "e-mails-or-newsletters": 3},
        "bonus": {"press": [(typ("ST", "IN", "JP"), 1)], "social-media": [(typ("MN", "IG", "NS", "PC"), 1)],
                  "own-events": [(typ("ST", "NS"), 1)], "website": [(typ("PC"), 1)], "print": [(typ("ST", "JP"), 1)]}},
    "evaluation_measures": {
        "targets": {"reporting": 15, "external-evaluation": 15, "quantitative-evaluation": 14,
                    "qualitative-evaluation": 12, "active-participation-and-member-testimonials": 11,
                    "internal-target-agreements": 7, "internal-progress-meetings": 2},
        "bonus": {"reporting": [(typ("ST", "PC", "IN"), 1)], "external-evaluation": [(typ("PC", "JP"), 2)],
                  "quantitative-evaluation": [(typ("ST", "IN", "JP"), 1)],
                  "active-participation-and-member-testimonials": [(typ("MN", "IG", "NS"), 2)],
                  "internal-target-agreements": [(typ("ST"), 1)]}},
    "sustainability_measures": {
        "targets": {"administrative-structures-or-regular-funding": 10, "networking-and-network-management": 9,
                    "public-relations-work": 7, "training-of-staff-and-multipliers": 7, "partners-take-on-coordination": 4,
                    "further-funded-projects": 6, "extension-of-the-network": 5, "other": 7},
        "bonus": {"administrative-structures-or-regular-funding": [(typ("ST"), 3), (typ("IN"), 1)],
                  "further-funded-projects": [(typ("PC"), 2)], "partners-take-on-coordination": [(typ("MN", "IG"), 2)],
                  "networking-and-network-management": [(typ("NS"), 1)], "other": [(typ("ST", "PC"), 1)]}},
}
# Single choice questions allocated the same way; the last option takes everybody left.
SINGLE = {
    "uses_facilitation": {"targets": [("yes", 30), ("no", 9), ("no-statement", 16)],
                          "bonus": {"yes": [(typ("ST", "PC", "MN"), 1)], "no": [(typ("IN", "IG"), 1)]}},
    "has_evaluation": {"targets": [("yes", 41), ("no", 5), ("no-statement", 9)],
                       "bonus": {"yes": [(typ("ST", "PC", "JP", "IN"), 1)], "no": [(typ("IG"), 1)]}},
    "has_sustainability_measures": {"targets": [("yes", 41), ("no", 5), ("no-statement", 9)],
                                    "bonus": {"yes": [(typ("ST", "PC", "NS"), 1)], "no": [(typ("IG", "JP"), 1)]}},
    "policy_framework": {"targets": [("divergent-policies", [(2, cty("DE")), (1, cty("IE")), (1, cty("IT"))]),
                                     ("supportive", 20), ("restrictive", 8), ("partially-supportive", 3),
                                     ("no-impact", 2), ("no-statement", 18)],
                         "bonus": {"supportive": [(lambda n: n["coord"] == "state", 2)],
                                   "restrictive": [(typ("MN", "NS"), 1)], "divergent-policies": [(typ("ST", "NS"), 1)]}},
}
OTHER_TEXTS = {
    "fields_of_action": ["Research", "Intercultural opening"],
    "target_groups": ["Educational institutions", "Citizens", "Local residents", "Schools and teachers"],
    "member_types": ["Sports clubs", "Researchers"],
    "internal_communication": ["Online forum", "Extranet", "Doodle for appointments"],
    "facilitation_formats": ["Bar Camp", "Poster exhibition", "Network Café", "Marketplace of Ideas",
                             "Bar Camp at the annual conference", "Poster exhibition of member projects",
                             "Network Café with short inputs", "Marketplace of Ideas for new projects"],
    "sustainability_measures": ["Embedding in the local integration strategy",
                                "Embedding in the regional integration strategy", "Cooperation agreement with the county",
                                "Alumni group of former participants", "Embedding in the municipal integration concept",
                                "Handbook for future coordinators"],
}


class Failure(Exception):
    pass


def quotas(spec):
    return spec if isinstance(spec, list) else [(spec, None)]


def allocate_multi(question, nets, eligible, selections, fixed_complete):
    spec = MULTI[question]
    bonus = spec.get("bonus", {})
    for option, target in spec["targets"].items():
        attributed = set()
        for count, pred in quotas(target):
            have = [i for i in eligible if option in selections[i] and i not in attributed
                    and (pred is None or pred(nets[i]))]
            if len(have) > count:
                raise Failure("%s %s: %d fixed or required selections exceed the quota of %d"
                              % (question, option, len(have), count))
            attributed.update(have)
            candidates = [i for i in eligible if option not in selections[i] and i not in fixed_complete
                          and (pred is None or pred(nets[i]))
                          and not (question == "vision_mission" and "no-statement" in selections[i])]
            candidates.sort(key=lambda i: -(bonus_for(bonus, option, nets[i]) + stable(question, option, nets[i]["name"])))
            need = count - len(have)
            if need > len(candidates):
                raise Failure("%s %s: needs %d more, only %d candidates" % (question, option, need, len(candidates)))
            for i in candidates[:need]:
                selections[i].add(option)
                attributed.add(i)


def cover(question, nets, eligible, selections, fixed_complete, must):
    """Give every eligible respondent with nothing selected one option, moved from a respondent with two or
    more (not fixed, not a must), keeping every quota predicate of that option unchanged."""
    spec = MULTI[question]
    for r in eligible:
        if selections[r]:
            continue
        moved = False
        options = sorted(spec["targets"], key=lambda o: -stable("cover", question, o, nets[r]["name"]))
        for option in options:
            preds = [p for _, p in quotas(spec["targets"][option]) if p is not None]
            donors = [s for s in eligible if option in selections[s] and len(selections[s]) >= 2
                      and s not in fixed_complete and option not in must.get(s, ())
                      and all(p(nets[s]) == p(nets[r]) for p in preds)]
            if donors:
                donor = max(donors, key=lambda s: (len(selections[s]), stable("donor", question, nets[s]["name"])))
                selections[donor].discard(option)
                selections[r].add(option)
                moved = True
                break
        if not moved:
            raise Failure("%s: no option can be moved to %s" % (question, nets[r]["name"]))


def allocate_single(question, nets, answers):
    spec = SINGLE[question]
    bonus = spec.get("bonus", {})
    assigned = {i: FIXED_FOR(nets[i]).get(question) for i in range(len(nets))}
    assigned = {i: v for i, v in assigned.items() if v is not None}
    targets = spec["targets"]
    for k, (option, target) in enumerate(targets):
        last = k == len(targets) - 1
        for count, pred in quotas(target):
            have = [i for i, v in assigned.items() if v == option and (pred is None or pred(nets[i]))]
            if last and pred is None:
                for i in range(len(nets)):
                    if i not in assigned:
                        assigned[i] = option
                continue
            candidates = [i for i in range(len(nets)) if i not in assigned and (pred is None or pred(nets[i]))]
            candidates.sort(key=lambda i: -(bonus_for(bonus, option, nets[i]) + stable(question, option, nets[i]["name"])))
            need = count - len(have)
            if need < 0 or need > len(candidates):
                raise Failure("%s %s: cannot reach %d" % (question, option, count))
            for i in candidates[:need]:
                assigned[i] = option
    for i, option in assigned.items():
        answers[i][question] = option


def FIXED_FOR(net):
    return by_key(FIXED, net, {}) or {}


# ---------------------------------------------------------------------------------------------------
# Texts for the questions without figures
# ---------------------------------------------------------------------------------------------------
SUCCESS = ["Regular and transparent communication", "Trust between state and non-state actors",
           "Room for informal exchange", "Committed volunteers", "Professional coordination",
           "A shared vision and mission", "Involving migrants and refugees as members",
           "Low membership barriers", "Stable funding of the coordination", "Good personal contacts"]
CHALLENGES = ["Uncertain project funding", "Reaching the target group", "Language barriers",
              "Knowledge management when contact persons change", "Restrictions due to Covid-19",
              "Changing legal frameworks", "Continuity of voluntary work", "Competition between service providers"]
DESCRIPTIONS = {
    "NS": "Network of civil society organisations in {place} exchanging information and coordinating integration services.",
    "ST": "Municipal integration network in {place} where state and non-state actors exchange information and start integration projects.",
    "PC": "Consortium of partners that jointly applied for funding to run an integration project in {place}.",
    "IN": "Cooperation of state actors of several provinces ({place}) providing services to refugees under temporary protection.",
    "JP": "State and non-state actors providing a joint service (reception, education) for migrants and refugees in {place}.",
    "MN": "Network of migrants and migrant organisations in {place} fostering exchange and self-representation.",
    "IG": "Informal group in {place} where locals, migrants and refugees meet for joint activities.",
}
IMPACT = {"NS": ["local", "regional"], "ST": ["local"], "PC": ["regional", "national"], "IN": ["regional", "national"],
          "JP": ["local"], "MN": ["local", "regional"], "IG": ["local"]}


def slug(name):
    out = []
    for ch in name.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")[:40].strip("-")


def pick(items, *parts):
    return items[int(stable(*parts) * len(items))]


# ---------------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------------
def build(definition):
    nets = build_networks()
    n = len(nets)
    answers = [dict() for _ in range(n)]
    other_text = [dict() for _ in range(n)]
    for i, net in enumerate(nets):
        a = answers[i]
        a["network_name"] = net["name"]
        if net["year"] is not None:
            a["founding_year"] = net["year"]
        a["country"] = net["country"]
        a["location"] = net["location"]
        a["europe_wide_or_global"] = "yes" if net["ew"] else "no"
        a["network_type"] = TYPE_CODES[net["type"]]
        a["degree_of_formalisation"] = FORM_CODES[net["form"]]
        a["coordinating_organisation_type"] = COORD_CODES[net["coord"]]
        if net["coord_name"]:
            a["coordinating_organisation"] = net["coord_name"]
        if net["members"] is not None:
            a["members_count"] = net["members"]
        place = net["location"].split(" / ")[0]
        a["brief_description"] = DESCRIPTIONS[net["type"]].format(place=place)
    for question in ("uses_facilitation", "has_evaluation", "has_sustainability_measures", "policy_framework"):
        allocate_single(question, nets, answers)

    conditional = {"facilitation_formats": "uses_facilitation", "evaluation_measures": "has_evaluation",
                   "sustainability_measures": "has_sustainability_measures"}
    required = {q["code"]: q.get("required", False) for q in definition["questions"]}
    selections = {}
    for question in MULTI:
        cond = conditional.get(question)
        eligible = [i for i in range(n) if cond is None or answers[i].get(cond) == "yes"]
        sel = {i: set() for i in eligible}
        fixed_complete = set()
        must = {}
        for i in eligible:
            net = nets[i]
            if question == "fields_of_action" and by_key(PROFILE_FIELDS, net):
                sel[i] = set(by_key(PROFILE_FIELDS, net))
                fixed_complete.add(i)
            elif question == "target_groups" and by_key(PROFILE_TARGETS, net):
                sel[i] = set(by_key(PROFILE_TARGETS, net))
                fixed_complete.add(i)
            elif question == "vision_mission" and net["name"] in VISION_NO_STATEMENT:
                sel[i] = {"no-statement"}
                fixed_complete.add(i)
            m = (by_key(MUST, net, {}) or {}).get(question)
            if m:
                if i in fixed_complete:
                    raise Failure("%s: %s has both a complete answer and required options" % (question, net["name"]))
                must[i] = set(m)
                sel[i] |= set(m)
        for name in set(MUST):
            if not any(nets[i]["key"] == name for i in range(n)):
                raise Failure("MUST names an unknown network: %s" % name)
        for i in range(n):
            m = (by_key(MUST, nets[i], {}) or {}).get(question)
            if m and i not in sel:
                raise Failure("%s: %s must have %s but is not asked" % (question, nets[i]["name"], m))
        allocate_multi(question, nets, eligible, sel, fixed_complete)
        if required.get(question):
            cover(question, nets, eligible, sel, fixed_complete, must)
        selections[question] = sel

    option_order = {q["code"]: [o["code"] for o in q.get("options") or []] + ["other"] for q in definition["questions"]}
    other_counter = {}
    for question, sel in selections.items():
        for i, chosen in sel.items():
            if not chosen:
                continue
            answers[i][question] = [o for o in option_order[question] if o in chosen]
            if "other" in chosen:
                text = PROFILE_OTHER.get((nets[i]["key"], question))
                if text is None:
                    k = other_counter.get(question, 0)
                    other_counter[question] = k + 1
                    texts = OTHER_TEXTS[question]
                    text = texts[k % len(texts)]
                other_text[i][question] = text

    for i, net in enumerate(nets):
        a = answers[i]
        a["success_factors"] = "; ".join(sorted({pick(SUCCESS, "s1", net["name"]), pick(SUCCESS, "s2", net["name"])})) + "."
        if stable("challenges?", net["name"]) < 0.8:
            a["challenges"] = "; ".join(sorted({pick(CHALLENGES, "c1", net["name"]), pick(CHALLENGES, "c2", net["name"])})) + "."
        levels = ["transnational"] if net["ew"] else list(IMPACT[net["type"]])
        if not net["ew"] and stable("national?", net["name"]) < 0.25 and "national" not in levels:
            levels.append("national")
        a["impact_levels"] = [lv for lv in ("local", "regional", "national", "transnational") if lv in levels]
        if net["type"] in ("ST", "IN"):
            a["part_of_strategic_concept"] = "yes"
        elif stable("strategy", net["name"]) < 0.85:
            a["part_of_strategic_concept"] = "yes" if stable("strategy?", net["name"]) < 0.4 else "no"
        if net["website"]:
            a["website"] = net["website"]
        elif not net["named"]:
            a["website"] = "https://%s.example.org" % slug(net["name"])
        if not net["named"]:
            a["contact_email"] = "info@%s.example.org" % slug(net["name"])

    order = [q["code"] for q in definition["questions"]]
    bodies = []
    for i in range(n):
        body = {"answers": {code: answers[i][code] for code in order if code in answers[i]}}
        if other_text[i]:
            body["otherText"] = {code: other_text[i][code] for code in order if code in other_text[i]}
        bodies.append(body)
    return bodies


# ---------------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------------
def validate(definition, body):
    """The v2 rules of ResponseValidator; returns a list of problems."""
    problems = []
    answers = body.get("answers", {})
    others = body.get("otherText", {})
    if set(body) - {"answers", "otherText"}:
        problems.append("unexpected keys %s" % sorted(set(body) - {"answers", "otherText"}))
    questions = {q["code"]: q for q in definition["questions"]}
    for code in answers:
        if code not in questions:
            problems.append("%s: not a question" % code)
    seen = {}
    for q in definition["questions"]:
        code = q["code"]
        value = answers.get(code)
        present = value is not None and not (isinstance(value, str) and not value.strip()) and value != []
        cond = q.get("condition")
        asked = True
        if cond:
            on = seen.get(cond["question"])
            asked = any(v in cond["anyOf"] for v in on) if isinstance(on, list) else on in cond["anyOf"]
        if not asked:
            if present or code in answers:
                problems.append("%s: answered although not asked" % code)
            continue
        if not present:
            if q.get("required"):
                problems.append("%s: required" % code)
            if code in answers:
                problems.append("%s: empty value" % code)
            continue
        options = [o["code"] for o in q.get("options") or []] + (["other"] if q.get("otherOption") else [])
        exclusive = {o["code"] for o in q.get("options") or [] if o.get("exclusive")}
        t = q["type"]
        if t == "single-choice":
            if not isinstance(value, str) or value not in options:
                problems.append("%s: %r not an option" % (code, value))
        elif t == "multiple-choice":
            if not isinstance(value, list) or not all(isinstance(v, str) and v in options for v in value):
                problems.append("%s: %r not a list of options" % (code, value))
            elif len(set(value)) != len(value):
                problems.append("%s: duplicate options" % code)
            elif exclusive & set(value) and len(value) > 1:
                problems.append("%s: exclusive option combined" % code)
        elif t == "yes-no":
            if value not in ("yes", "no"):
                problems.append("%s: not yes/no" % code)
        elif t == "country":
            if value not in ISO_COUNTRIES:
                problems.append("%s: %r not ISO 3166-1 alpha-2" % (code, value))
        elif t == "free-text":
            if not isinstance(value, str) or len(value) > q.get("maxLength", 5000):
                problems.append("%s: text too long or not a text" % code)
        elif t in ("integer", "year", "rating"):
            if not isinstance(value, int) or isinstance(value, bool):
                problems.append("%s: not a whole number" % code)
            elif ("min" in q and value < q["min"]) or ("max" in q and value > q["max"]):
                problems.append("%s: %s out of [%s, %s]" % (code, value, q.get("min"), q.get("max")))
        elif t == "decimal":
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                problems.append("%s: not a number" % code)
        else:
            problems.append("%s: unknown type %s" % (code, t))
        seen[code] = value
    for code, text in others.items():
        value = answers.get(code)
        chose_other = value == "other" or (isinstance(value, list) and "other" in value)
        if not chose_other:
            problems.append("otherText.%s: given without 'other'" % code)
        elif not isinstance(text, str) or not text.strip() or len(text) > 500:
            problems.append("otherText.%s: must be a string of 1 to 500 characters" % code)
    for code, value in answers.items():
        if (value == "other" or (isinstance(value, list) and "other" in value)) and not others.get(code):
            problems.append("%s: 'other' without otherText" % code)
    return problems


def selected(body, code):
    value = body["answers"].get(code)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def figure_value(bodies, target):
    if "question" in target:
        opts = set(target["options"])
        return sum(sum(1 for v in selected(b, target["question"]) if v in opts) for b in bodies)
    cross = target["cross"]
    rows, cols = set(cross["rowOptions"]), set(cross["columnOptions"])
    return sum(sum(1 for v in selected(b, cross["rows"]) if v in rows)
               * sum(1 for v in selected(b, cross["columns"]) if v in cols) for b in bodies)


def check_figures(definition, figures, bodies):
    problems, results = [], []
    if figures.get("survey") != definition["code"] or figures.get("version") != definition["version"]:
        problems.append("figures are for %s v%s, definition is %s v%s" % (figures.get("survey"), figures.get("version"),
                                                                         definition["code"], definition["version"]))
    if figures.get("respondents") != len(bodies):
        problems.append("figures expect %s respondents, generated %d" % (figures.get("respondents"), len(bodies)))
    questions = {q["code"]: q for q in definition["questions"]}

    def known(code, options):
        q = questions.get(code)
        if q is None:
            return "unknown question %s" % code
        if q["type"] in ("single-choice", "multiple-choice"):
            valid = {o["code"] for o in q.get("options") or []} | ({"other"} if q.get("otherOption") else set())
        elif q["type"] == "yes-no":
            valid = {"yes", "no"}
        elif q["type"] == "country":
            valid = ISO_COUNTRIES
        else:
            return "%s is not categorical" % code
        bad = [o for o in options if o not in valid]
        return "%s: unknown options %s" % (code, bad) if bad else None

    for k, f in enumerate(figures["figures"]):
        t = f["target"]
        label = "%s L%s %r" % (f["figure"], f["line"], f["statement"])
        refs = [(t["question"], t["options"])] if "question" in t else [
            (t["cross"]["rows"], t["cross"]["rowOptions"]), (t["cross"]["columns"], t["cross"]["columnOptions"])]
        for code, options in refs:
            err = known(code, options)
            if err:
                problems.append("%s: %s" % (label, err))
        value = figure_value(bodies, t)
        if "count" in f:
            ok = value == f["count"]
            want = str(f["count"])
        else:
            ok = f["min"] <= value <= f["max"]
            want = "%d-%d" % (f["min"], f["max"])
        results.append((f, want, value, ok))
        if not ok:
            problems.append("%s: wants %s, generated %d" % (label, want, value))
    return problems, results


def options_text(code, options):
    if code == "country" and len(options) > 10:
        return "every country but " + ", ".join(sorted(ISO_COUNTRIES - set(options)))
    return ", ".join(options)


def target_text(t):
    if "question" in t:
        return "`%s` %s" % (t["question"], options_text(t["question"], t["options"]))
    c = t["cross"]
    return "`%s` %s × `%s` %s" % (c["rows"], options_text(c["rows"], c["rowOptions"]),
                                   c["columns"], options_text(c["columns"], c["columnOptions"]))


def main(argv=None):
    parser = argparse.ArgumentParser(description="Build and check the ERASMI compendium demo responses (v2).")
    parser.add_argument("--check", action="store_true", help="build and check only, write nothing")
    parser.add_argument("--output", default=OUTPUT, help="output file (JSON array)")
    parser.add_argument("--table", action="store_true", help="print the Markdown rows of the constraint table")
    args = parser.parse_args(argv)
    with open(DEFINITION, encoding="utf-8") as f:
        definition = json.load(f)
    with open(FIGURES, encoding="utf-8") as f:
        figures = json.load(f)
    try:
        bodies = build(definition)
    except Failure as e:
        print("FAILED to build: %s" % e, file=sys.stderr)
        return 1
    problems = []
    names = [b["answers"]["network_name"] for b in bodies]
    if len(set(names)) != len(names):
        problems.append("network names are not distinct")
    for b in bodies:
        problems += ["%s: %s" % (b["answers"].get("network_name"), p) for p in validate(definition, b)]
    fig_problems, results = check_figures(definition, figures, bodies)
    problems += fig_problems
    if args.table:
        for f, want, value, ok in results:
            print("| %s | %s | %s | %s | %s | %d |" % (f["figure"], f["line"], f["statement"].replace("|", "/"),
                                                       target_text(f["target"]), want, value))
    exact = sum(1 for f, _, _, _ in results if "count" in f)
    print("%d responses; %d figures checked (%d exact, %d ranges); %d problems"
          % (len(bodies), len(results), exact, len(results) - exact, len(problems)), file=sys.stderr)
    if problems:
        for p in problems:
            print("FAIL " + p, file=sys.stderr)
        return 1
    if not args.check:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(json.dumps(bodies, ensure_ascii=False, indent=2) + "\n")
        print("wrote %s" % os.path.relpath(args.output), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
