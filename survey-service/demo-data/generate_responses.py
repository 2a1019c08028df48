#!/usr/bin/env python3
"""Generate synthetic, valid response bodies for a survey definition.

Usage:
    generate_responses.py DEFINITION_JSON COUNT [--seed N] [--ndjson]

Prints COUNT response bodies, either as one JSON array or (with --ndjson) one per line. Each body is

    {"answers": {"<question code>": <value>, ...}, "otherText": {"<question code>": "text"}}

"otherText" appears only when some answer is "other" (a single-choice value "other", or a
multiple-choice list that contains "other"). Value types by question type:

    single-choice    option code (string)         multiple-choice  list of option codes (at least one)
    integer / rating / year  whole number in [min, max]  decimal  number in [min, max]
    free-text        string (at most maxLength)   country          ISO 3166-1 alpha-2 code (European list)
    yes-no           "yes" / "no"

Required questions are always answered. Optional ones are sometimes skipped. A question with a
condition is answered only when the condition holds, and never otherwise. The script uses only the
standard library and gives the same output for the same --seed.

Any definition works, and choices are uniform by default. For the ERASMI survey
("erasmi-networks"), the WEIGHTS table below pulls choices loosely towards the shares the ERASMI
compendium (2021) reports for its 55 surveyed networks. Most of those shares are stated there
only in words ("about half", "a quarter"), so the numbers below are approximate.
"""

import argparse
import json
import math
import random
import sys

# European ISO 3166-1 alpha-2 codes used for "country" questions.
EUROPEAN_COUNTRIES = [
    "AD", "AL", "AT", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
    "GB", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT",
    "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "SM", "TR", "UA", "VA",
]

OPTIONAL_SKIP_PROBABILITY = 0.2
DEFAULT_MULTI_PROBABILITY = 0.3
DEFAULT_OTHER_PROBABILITY = 0.08
BASE = 55.0  # ERASMI: 55 networks; the counts below are "out of 55" unless noted

# Loose weights per question code. Single-choice/country: relative weights. Multiple-choice: per option
# the probability of being selected (count / base). Yes-no: probability of "yes". Codes missing from a
# definition are ignored, so the table does no harm for other surveys.
WEIGHTS = {
    # Fig. 1: 14 DE, 12 TR, 11 IT, 7 IE, 4 UK, 4 Europe wide / global, 3 other (SE, NL, MT)
    "country": {"DE": 14, "TR": 12, "IT": 11, "IE": 7, "GB": 5, "SE": 1, "NL": 1, "MT": 1,
                "FR": 1, "AT": 1, "BE": 1},
    "europe_wide_or_global": 4 / BASE,
    # Fig. 2: State 12, Project consortium 9, Inter-territorial 7, Joint provision 5 (stated);
    # the remaining 22 split as a guess between Non-state (most frequent), Migrant, Informal.
    "network_type": {"non-state-integration-network": 14, "state-integration-network": 12,
                     "project-consortium": 9, "inter-territorial-network": 7,
                     "joint-provision-of-corresponding-services": 5, "migrant-network": 5,
                     "informal-group": 3},
    # Fig. 3
    "vision_mission": {"foster-integration": 45 / BASE, "networking-of-actors-services": 14 / BASE,
                       "raising-awareness": 10 / BASE, "political-representation": 8 / BASE,
                       "empowerment": 8 / BASE},
    # Fig. 4 ("almost every" network: integration in general)
    "fields_of_action": {"inclusion-integration-in-general": 52 / BASE, "labour-market": 27 / BASE,
                         "language": 27 / BASE, "health": 14 / BASE, "housing": 14 / BASE,
                         "education-and-training": 46 / BASE, "culture-and-sports": 18 / BASE,
                         "other": 5 / BASE},
    # Fig. 5 (45 "each" for migrants and refugees)
    "target_groups": {"migrants": 45 / BASE, "refugees": 45 / BASE, "public-administration": 21 / BASE,
                      "ngos": 27 / BASE, "volunteers": 27 / BASE, "companies": 15 / BASE,
                      "other": 8 / BASE},
    # Fig. 6
    "degree_of_formalisation": {"formal-cooperation-agreement": 24, "soft-formal-agreements-and-norms": 14,
                                "informal": 11, "mix-formal-informal": 6},
    # Fig. 7
    "coordinating_organisation_type": {"state-actors": 21, "ngos": 14, "no-coordinating-organisation": 8,
                                       "single-person-or-volunteer": 5, "company": 4,
                                       "educational-institution": 3},
    # Fig. 8
    "member_types": {"ngos": 29 / BASE, "state-actors": 26 / BASE, "educational-institutions": 14 / BASE,
                     "volunteers": 11 / BASE, "companies": 10 / BASE, "migrants-and-refugees": 8 / BASE,
                     "other": 4 / BASE},
    # Fig. 9
    "resources": {"project-funding": 30 / BASE, "state-funding": 18 / BASE, "personnel-support": 18 / BASE,
                  "membership-fees": 14 / BASE, "donations": 14 / BASE,
                  "available-infrastructure": 6 / BASE, "contributions-in-kind": 4 / BASE},
    # Fig. 10
    "internal_communication": {"regular-network-meetings": 34 / BASE, "e-mails-and-newsletters": 27 / BASE,
                               "video-telephony": 18 / BASE, "website": 18 / BASE,
                               "instant-messaging": 16 / BASE, "social-media": 14 / BASE,
                               "internal-or-external-events": 11 / BASE,
                               "working-groups-or-committees": 10 / BASE, "telephone": 9 / BASE,
                               "bilateral-meetings": 9 / BASE, "cloud-based-file-sharing": 8 / BASE,
                               "other": 3 / BASE},
    # Fig. 11: "almost half" use none / no statement -> about 29 of 55 use some format;
    # the option shares below are relative to those 29.
    "uses_facilitation": 29 / BASE,
    "facilitation_formats": {"moderated-discussions": 14 / 29, "workshop-formats": 14 / 29,
                             "participatory-approaches": 4 / 29, "keynote-speeches-or-presentations": 7 / 29,
                             "informal-settings": 6 / 29, "brainstorming": 3 / 29, "fishbowl": 2 / 29,
                             "round-tables": 2 / 29, "other": 8 / 29},
    # Fig. 12
    "external_communication": {"press": 27 / BASE, "social-media": 25 / BASE, "own-events": 15 / BASE,
                               "website": 14 / BASE, "print": 10 / BASE,
                               "participation-at-external-events": 8 / BASE,
                               "bilateral-meetings-with-stakeholders": 3 / BASE,
                               "e-mails-or-newsletters": 3 / BASE},
    # Fig. 13: "every fourth" has none -> 41 of 55 with measures; shares relative to 41.
    "has_evaluation": 41 / BASE,
    "evaluation_measures": {"reporting": 15 / 41, "external-evaluation": 15 / 41,
                            "quantitative-evaluation": 14 / 41, "qualitative-evaluation": 12 / 41,
                            "active-participation-and-member-testimonials": 11 / 41,
                            "internal-target-agreements": 7 / 41, "internal-progress-meetings": 2 / 41},
    # Fig. 14: "a quarter" name none -> 41 of 55 with measures; shares relative to 41.
    "has_sustainability_measures": 41 / BASE,
    "sustainability_measures": {"administrative-structures-or-regular-funding": 10 / 41,
                                "networking-and-network-management": 9 / 41,
                                "public-relations-work": 7 / 41, "training-of-staff-and-multipliers": 7 / 41,
                                "partners-take-on-coordination": 3 / 41, "further-funded-projects": 6 / 41,
                                "extension-of-the-network": 5 / 41, "other": 7 / 41},
    # Fig. 15
    "policy_framework": {"supportive": 20, "restrictive": 8, "divergent-policies": 4,
                         "partially-supportive": 3, "no-impact": 2, "no-statement": 18},
}

# Loose consistency rules: an option is only drawn when an earlier answer is in the given set
# (Fig. 2 text: Inter-territorial networks only in Turkey, Joint provision only in Turkey and Italy,
# Informal groups only in Ireland).
ONLY_WHEN = {
    "network_type": {
        "inter-territorial-network": ("country", {"TR"}),
        "joint-provision-of-corresponding-services": ("country", {"TR", "IT"}),
        "informal-group": ("country", {"IE"}),
    },
}

CITIES = {
    "DE": ["Halberstadt", "Dortmund", "Magdeburg", "Erfurt", "Wernigerode", "Augsburg", "Leipzig", "Kassel"],
    "TR": ["Istanbul", "Gaziantep", "Hatay", "Mersin", "Izmir", "Konya", "Bursa", "Adana"],
    "IT": ["Perugia", "Corciano", "Allerona", "Bologna", "Turin", "Palermo", "Bari"],
    "IE": ["Limerick", "Sligo", "Roscommon", "Dublin", "Cork", "Galway"],
    "GB": ["Belfast", "London", "Glasgow", "Manchester"],
    "SE": ["Ronneby", "Malmö"], "NL": ["Groningen", "Utrecht"], "MT": ["Valletta"],
    "FR": ["Strasbourg"], "AT": ["Krems"], "BE": ["Brussels"],
}
NAME_PATTERNS = [
    "Integration Network {city}", "{city} Welcome Network", "Newcomers Network {city}",
    "{city} Intercultural Project", "Refugee Support Alliance {city}", "{city} Migrant Forum",
    "Network for Inclusion {city}", "{city} Labour Market Integration Consortium",
]
PHRASES = [
    "regular and transparent communication", "trust between state and non-state actors",
    "room for informal exchange", "committed volunteers", "stable project funding",
    "reaching migrants and refugees", "language barriers", "changing legal frameworks",
    "knowledge management when contact persons change", "restrictions due to Covid-19",
    "involving migrant organisations", "a shared vision and mission",
]
# "other, please specify" texts, per question where the compendium names examples
OTHER_TEXTS = {
    "fields_of_action": ["Research", "Legal protection", "Intercultural opening"],
    "target_groups": ["Educational institutions", "Citizens"],
    "member_types": ["Actors in the field of sports and culture", "Investors"],
    "internal_communication": ["Online forum", "Extranet", "Doodle"],
    "facilitation_formats": ["Bar Camps", "Poster Exhibitions", "Network Cafés", "Marketplace of Ideas"],
    "sustainability_measures": ["Embedding in a local integration strategy", "Online portal"],
}
DEFAULT_OTHER_TEXTS = ["Something else", "Other (see notes)", "Not listed"]


def condition_holds(question, answers):
    cond = question.get("condition")
    if not cond:
        return True
    value = answers.get(cond.get("question"))
    if isinstance(value, list):
        return any(v in cond.get("anyOf", []) for v in value)
    return value is not None and value in cond.get("anyOf", [])


def option_codes(question):
    codes = [o["code"] for o in question.get("options") or []]
    if question.get("otherOption"):
        codes.append("other")
    return codes


def allowed(code, option, answers):
    rule = ONLY_WHEN.get(code, {}).get(option)
    return rule is None or answers.get(rule[0]) in rule[1]


def weighted_choice(rng, items, weights):
    total = sum(weights)
    if total <= 0:
        return rng.choice(items)
    r = rng.random() * total
    for item, w in zip(items, weights):
        r -= w
        if r < 0:
            return item
    return items[-1]


def sentence(rng, max_length):
    text = "; ".join(rng.sample(PHRASES, rng.randint(1, 3)))
    text = text[0].upper() + text[1:] + "."
    return text[:max_length].strip() or "n/a"[:max_length]


def gen_single(rng, q, answers):
    codes = [c for c in option_codes(q) if allowed(q["code"], c, answers)] or option_codes(q)
    table = WEIGHTS.get(q["code"])
    if isinstance(table, dict):
        weights = [table.get(c, DEFAULT_OTHER_PROBABILITY if c == "other" else 0.0) for c in codes]
    else:
        weights = [1.0] * len(codes)
    return weighted_choice(rng, codes, weights)


def gen_multi(rng, q, answers):
    codes = [c for c in option_codes(q) if allowed(q["code"], c, answers)] or option_codes(q)
    table = WEIGHTS.get(q["code"])
    probs = []
    for c in codes:
        if isinstance(table, dict) and c in table:
            probs.append(table[c])
        elif c == "other":
            probs.append(DEFAULT_OTHER_PROBABILITY)
        else:
            probs.append(DEFAULT_MULTI_PROBABILITY if not isinstance(table, dict) else 0.05)
    chosen = [c for c, p in zip(codes, probs) if rng.random() < p]
    if not chosen:  # at least one selection
        chosen = [weighted_choice(rng, codes, probs)]
    return chosen


def bounds(q, default_min, default_max):
    lo = q.get("min")
    hi = q.get("max")
    lo = default_min if lo is None else lo
    hi = default_max if hi is None else hi
    if lo > hi:
        hi = lo
    return lo, hi


def gen_integer(rng, q):
    lo, hi = bounds(q, 0, 100)
    lo_i, hi_i = math.ceil(lo), math.floor(hi)
    if q["code"] == "members_count":
        # case-study sizes range from 2 to about 150: log-uniform 2..200, clipped to bounds
        value = int(round(math.exp(rng.uniform(math.log(2), math.log(200)))))
        return max(lo_i, min(hi_i, value))
    if hi_i - lo_i > 1000 and lo_i >= 0:
        value = int(round(math.exp(rng.uniform(math.log(lo_i + 1), math.log(hi_i + 1))))) - 1
        return max(lo_i, min(hi_i, value))
    return rng.randint(lo_i, hi_i)


def gen_year(rng, q):
    lo, hi = bounds(q, 1900, 2021)
    lo_i, hi_i = math.ceil(lo), math.floor(hi)
    # most case-study networks were founded 2003-2019: skew towards recent years
    value = int(round(rng.triangular(max(lo_i, 1990), hi_i, max(lo_i, min(hi_i, 2016)))))
    return max(lo_i, min(hi_i, value))


def gen_decimal(rng, q):
    lo, hi = bounds(q, 0, 1000)
    value = round(rng.uniform(lo, hi), 2)
    return max(lo, min(hi, value))


def gen_text(rng, q, answers, context):
    max_length = q.get("maxLength") or 5000
    code = q["code"]
    if code == "network_name":
        text = rng.choice(NAME_PATTERNS).format(city=context["city"])
    elif code == "location":
        text = context["city"]
    elif code == "coordinating_organisation":
        kind = answers.get("coordinating_organisation_type")
        text = {
            "state-actors": "Municipality of {city}", "ngos": "{city} Refugee Aid e.V.",
            "single-person-or-volunteer": "A volunteer coordinator", "company": "{city} Enterprise Ltd",
            "educational-institution": "{city} Public Training Centre",
        }.get(kind, "{city} Coordination Office").format(city=context["city"])
    elif code == "website":
        text = "https://network-%d.example.org" % context["index"]
    elif code in ("contact_email", "email"):
        text = "contact@network-%d.example.org" % context["index"]
    else:
        text = sentence(rng, max_length)
    return text[:max_length].strip() or "x"


def draw_country(rng, code):
    table = WEIGHTS.get(code)
    if not isinstance(table, dict):
        return rng.choice(EUROPEAN_COUNTRIES)
    return weighted_choice(rng, EUROPEAN_COUNTRIES, [table.get(c, 0.0) for c in EUROPEAN_COUNTRIES])


def generate_one(rng, definition, index):
    answers = {}
    other_text = {}
    # draw the country first, so that a name or location asked before it can match it
    country = draw_country(rng, next((q["code"] for q in definition["questions"] if q["type"] == "country"), "country"))
    context = {"index": index + 1, "country": country, "city": rng.choice(CITIES.get(country, ["Springfield"]))}
    for q in definition["questions"]:
        code, qtype = q["code"], q["type"]
        if not condition_holds(q, answers):
            continue
        if not q.get("required") and rng.random() < OPTIONAL_SKIP_PROBABILITY:
            continue
        if qtype == "single-choice":
            value = gen_single(rng, q, answers)
        elif qtype == "multiple-choice":
            value = gen_multi(rng, q, answers)
            exclusive = [o["code"] for o in q.get("options") or [] if o.get("exclusive") and o["code"] in value]
            if exclusive and len(value) > 1:  # an exclusive option ("none", "no statement") is chosen alone
                value = [c for c in value if c not in exclusive] or exclusive[:1]
        elif qtype == "yes-no":
            p = WEIGHTS.get(code)
            value = "yes" if rng.random() < (p if isinstance(p, float) else 0.5) else "no"
        elif qtype == "country":
            value = context.pop("country", None) or draw_country(rng, code)
        elif qtype in ("integer", "rating"):
            value = gen_integer(rng, q) if qtype == "integer" else rng.randint(*map(int, bounds(q, 1, 5)))
        elif qtype == "year":
            value = gen_year(rng, q)
        elif qtype == "decimal":
            value = gen_decimal(rng, q)
        elif qtype == "free-text":
            value = gen_text(rng, q, answers, context)
        else:
            raise SystemExit("unknown question type %r for %s" % (qtype, code))
        answers[code] = value
        if value == "other" or (isinstance(value, list) and "other" in value):
            other_text[code] = rng.choice(OTHER_TEXTS.get(code, DEFAULT_OTHER_TEXTS))
    body = {"answers": answers}
    if other_text:
        body["otherText"] = other_text
    return body


def main(argv=None):
    parser = argparse.ArgumentParser(description="Generate synthetic survey response bodies.")
    parser.add_argument("definition", help="survey definition JSON file")
    parser.add_argument("count", type=int, help="number of responses")
    parser.add_argument("--seed", type=int, default=None, help="random seed (deterministic output)")
    parser.add_argument("--ndjson", action="store_true", help="one JSON body per line instead of an array")
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error("COUNT must not be negative")
    with open(args.definition, encoding="utf-8") as f:
        definition = json.load(f)
    rng = random.Random(args.seed)
    bodies = [generate_one(rng, definition, i) for i in range(args.count)]
    if args.ndjson:
        for body in bodies:
            sys.stdout.write(json.dumps(body, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(json.dumps(bodies, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
