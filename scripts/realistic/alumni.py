#!/usr/bin/env python3
"""Realistic alumni for `make content-large`: people drawn from Faker's real name, city, company
and job lists in 48 locales and 15 scripts, with Zipf-weighted pools (a few names, cities and
employers are common, most are rare, as in a real directory), former names, nicknames, bios,
mentors and consent choices that vary.

Adds alumni to a content folder that `homecoming sample` wrote (the sample university, whose
curated people the fixed benchmark queries look for), so OUT ends up with `--alumni` people in
all. Deterministic: the same arguments write the same files. Prints the figures the benchmark
depends on (distinct words, cities, employers). Needs Faker (`scripts/setup.sh` installs it
into .tools/py).

    alumni.py --out target/content-large --alumni 100000
"""

import argparse
import bisect
import itertools
import json
import os
import random
import re
import sys
import unicodedata

from faker import Faker
from faker.decode import unidecode

# locale, ISO country, weight (share of the alumni body), how a full name is written.
# "gf": given then family name; "fg": family first, with a space; "fg-": family first, no space.
LOCALES = [
    ("en_US", "US", 110, "gf"), ("en_GB", "GB", 120, "gf"), ("zh_CN", "CN", 110, "fg-"),
    ("en_IN", "IN", 45, "gf"), ("hi_IN", "IN", 25, "gf"), ("ta_IN", "IN", 10, "gf"),
    ("de_DE", "DE", 40, "gf"), ("fr_FR", "FR", 30, "gf"), ("es_ES", "ES", 20, "gf"),
    ("es_MX", "MX", 20, "gf"), ("es_AR", "AR", 8, "gf"), ("es_CO", "CO", 8, "gf"),
    ("pt_BR", "BR", 20, "gf"), ("pt_PT", "PT", 6, "gf"), ("it_IT", "IT", 18, "gf"),
    ("pl_PL", "PL", 15, "gf"), ("cs_CZ", "CZ", 6, "gf"), ("sk_SK", "SK", 3, "gf"),
    ("ru_RU", "RU", 15, "gf"), ("uk_UA", "UA", 8, "gf"), ("bg_BG", "BG", 3, "gf"),
    ("el_GR", "GR", 8, "gf"), ("tr_TR", "TR", 12, "gf"), ("ar_AA", "EG", 10, "gf"),
    ("ar_SA", "SA", 8, "gf"), ("fa_IR", "IR", 6, "gf"), ("he_IL", "IL", 5, "gf"),
    ("bn_BD", "BD", 6, "gf"), ("th_TH", "TH", 8, "gf"), ("vi_VN", "VN", 12, "fg"),
    ("id_ID", "ID", 12, "gf"), ("ja_JP", "JP", 25, "fg"), ("ko_KR", "KR", 25, "fg-"),
    ("zh_TW", "TW", 15, "fg-"), ("ka_GE", "GE", 2, "gf"), ("hy_AM", "AM", 2, "gf"),
    ("nl_NL", "NL", 12, "gf"), ("sv_SE", "SE", 8, "gf"), ("da_DK", "DK", 6, "gf"),
    ("no_NO", "NO", 5, "gf"), ("fi_FI", "FI", 5, "gf"), ("hu_HU", "HU", 5, "fg"),
    ("ro_RO", "RO", 6, "gf"), ("hr_HR", "HR", 3, "gf"), ("lt_LT", "LT", 2, "gf"),
    ("sw", "KE", 10, "gf"), ("yo_NG", "NG", 12, "gf"), ("zu_ZA", "ZA", 8, "gf"),
    ("en_AU", "AU", 15, "gf"), ("en_CA", "CA", 15, "gf"), ("en_IE", "IE", 8, "gf"),
    ("en_NZ", "NZ", 5, "gf"), ("fil_PH", "PH", 8, "gf"), ("az_AZ", "AZ", 2, "gf"),
    ("et_EE", "EE", 2, "gf"),
]
# Where people move to when they live abroad, and how often.
ABROAD = {"US": 30, "GB": 25, "DE": 8, "SG": 6, "AE": 6, "CA": 6, "AU": 6, "FR": 4, "NL": 4,
          "CH": 4, "HK": 4, "JP": 3, "CN": 3, "IE": 3}
ABROAD_LOCALE = {"SG": "en_US", "AE": "ar_SA", "CH": "de_DE", "HK": "zh_TW"}
# Locales whose lorem words are their own language (the rest would give Latin): bios in the
# others are written in English.
OWN_WORDS = {"en_US", "de_DE", "fr_FR", "es_ES", "es_MX", "es_AR", "pt_BR", "pt_PT", "it_IT",
             "pl_PL", "cs_CZ", "ru_RU", "uk_UA", "el_GR", "ar_AA", "ar_SA", "fa_IR", "he_IL",
             "bn_BD", "th_TH", "vi_VN", "ja_JP", "zh_CN", "zh_TW", "hy_AM", "nl_NL", "da_DK",
             "az_AZ", "fil_PH"}
# Scripts that need a Latin form of the name (the alumni office's own record). Hanzi gets its
# pinyin at build time too; kana/kanji names come with Faker's romanisation.
NEEDS_LATIN = re.compile(r"[^\u0000-\u024f\u1e00-\u1eff\s'’.-]")
POOL = {"given": 2500, "family": 2500, "city": 1200, "employer": 2500, "job": 600}


def zipf(n, s=1.07):
    """Cumulative Zipf weights for ranks 1..n."""
    return list(itertools.accumulate(1.0 / (k ** s) for k in range(1, n + 1)))


class Pool:
    """Distinct values drawn from `make`, each then picked with Zipf weights by a fixed rank."""

    def __init__(self, make, size, rng, patience=150):
        seen, values, misses = set(), [], 0
        # Until the pool is full, or the source has clearly run out of new values.
        while len(values) < size and misses < patience:
            v = make()
            if v and v not in seen:
                seen.add(v)
                values.append(v)
                misses = 0
            else:
                misses += 1
        rng.shuffle(values)
        self.values, self.cum = values, zipf(len(values))

    def pick(self, rng):
        return self.values[bisect.bisect(self.cum, rng.random() * self.cum[-1])]


def clean(text):
    """Faker's company and city strings, without the stray commas and doubled spaces."""
    return re.sub(r"\s+", " ", text.replace("\n", " ")).strip(" ,")


class Locale:
    def __init__(self, code, country, order, seed):
        self.code, self.country, self.order = code, country, order
        self.fake = Faker(code)
        self.fake.seed_instance(seed)
        rng = random.Random(seed)
        f = self.fake
        has = lambda name: hasattr(f, name)
        self.given = {
            "f": Pool(f.first_name_female if has("first_name_female") else f.first_name,
                      POOL["given"], rng),
            "m": Pool(f.first_name_male if has("first_name_male") else f.first_name,
                      POOL["given"], rng),
        }
        family_f = f.last_name_female if has("last_name_female") else f.last_name
        family_m = f.last_name_male if has("last_name_male") else f.last_name
        self.family = {"f": Pool(family_f, POOL["family"], rng),
                       "m": Pool(family_m, POOL["family"], rng)}
        self.city = Pool(lambda: clean(f.city()), POOL["city"], rng)
        self.employer = Pool(lambda: clean(f.company()), POOL["employer"], rng)
        self.job = Pool(lambda: clean(f.job()), POOL["job"], rng)
        self.romanized = None
        if code == "ja_JP":
            # Faker's romanised names, kept beside their kanji so a person's two forms agree.
            from faker.providers.person.ja_JP import Provider as Names

            self.romanized = {}
            for pairs in (Names.first_name_female_pairs, Names.first_name_male_pairs,
                          Names.last_name_pairs):
                for kanji, _kana, roman in pairs:
                    self.romanized[kanji] = roman

    def full(self, given, family):
        if self.order == "fg-":
            return family + given
        if self.order == "fg":
            return f"{family} {given}"
        return f"{given} {family}"

    def latin(self, given, family):
        """The name in Latin letters, given name first, or None when it is already Latin."""
        if not NEEDS_LATIN.search(given + family):
            return None
        if self.romanized is not None:
            g, f = self.romanized.get(given), self.romanized.get(family)
            if g and f:
                return f"{f} {g}"
        parts = []
        for p in ((family, given) if self.order.startswith("fg") else (given, family)):
            roman = unidecode(p).strip()
            # Hanzi come one syllable at a time: "Xiao Ming " is one given name, "Xiaoming".
            roman = "".join(w.capitalize() for w in roman.split()) if self.code.startswith("zh") else roman
            parts.append(roman.title() if roman.isupper() or roman.islower() else roman)
        name = " ".join(p for p in parts if p)
        return name if re.fullmatch(r"[A-Za-z][A-Za-z '’.-]*", name) else None

    def bio(self, rng, english):
        source = self if self.code in OWN_WORDS else english
        n = 1 + rng.randrange(3)
        text = " ".join(source.fake.sentence(nb_words=8 + rng.randrange(10)) for _ in range(n))
        # The checker's limit is 500 characters: cut at a word.
        return text if len(text) <= 480 else text[:480].rsplit(" ", 1)[0] + "."


def slug(text):
    text = unicodedata.normalize("NFKD", unidecode(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "alumnus"


def pick_weighted(rng, items, cum):
    return items[bisect.bisect(cum, rng.random() * cum[-1])]


CONSENT = [("name_latin", 0.97), ("former_names", 0.8), ("nickname", 0.85), ("city", 0.8),
           ("country", 0.93), ("employer", 0.7), ("job_title", 0.72), ("industry", 0.88),
           ("bio", 0.85), ("chapters", 0.9), ("contact", 0.55)]


def consent(rng):
    listed = rng.random() > 0.07
    style = rng.random()
    # Some share everything, some almost nothing, most choose field by field.
    if style < 0.15:
        public = [f for f, _ in CONSENT]
    elif style < 0.25:
        public = [f for f in ("name_latin", "country") if rng.random() < 0.9]
    else:
        public = [f for f, p in CONSENT if rng.random() < p]
    return {"listed": listed, "public": public}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="content folder written by `homecoming sample`")
    ap.add_argument("--alumni", type=int, required=True, help="alumni in all, sample ones included")
    ap.add_argument("--seed", type=int, default=20261201)
    args = ap.parse_args()

    site = json.load(open(os.path.join(args.out, "site.json"), encoding="utf-8"))
    majors = [m["id"] for c in site["colleges"] for d in c["departments"] for m in d["majors"]]
    industries = [i["id"] for i in site["industries"]]
    chapters = {}
    for c in site["chapters"]:
        if c["kind"] == "regional":
            chapters.setdefault(c["scope"], []).append(c["id"])
    alumni_dir = os.path.join(args.out, "alumni")
    os.makedirs(alumni_dir, exist_ok=True)
    used = {name[:-5] for name in os.listdir(alumni_dir) if name.endswith(".json")}
    todo = args.alumni - len(used)
    if todo <= 0:
        print(f"{args.out} already has {len(used)} alumni", file=sys.stderr)
        return

    print(f"building name, city, employer and job pools for {len(LOCALES)} locales…", file=sys.stderr)
    locales = [Locale(code, country, order, args.seed + i)
               for i, (code, country, _, order) in enumerate(LOCALES)]
    by_code = {l.code: l for l in locales}
    english = by_code["en_US"]
    loc_cum = list(itertools.accumulate(w for _, _, w, _ in LOCALES))
    by_country = {}
    for l in locales:
        by_country.setdefault(l.country, l)
    abroad = list(ABROAD)
    abroad_cum = list(itertools.accumulate(ABROAD.values()))
    industry_cum = zipf(len(industries), 0.8)
    degrees = ["BA", "BSc", "BEng", "MA", "MSc", "MBA", "PhD", "LLB", "LLM", "MEng", "BFA"]
    degree_cum = list(itertools.accumulate([22, 24, 10, 10, 14, 7, 5, 4, 2, 1, 1]))
    rng = random.Random(args.seed)

    for n in range(todo):
        loc = pick_weighted(rng, locales, loc_cum)
        sex = "f" if rng.random() < 0.5 else "m"
        given, family = loc.given[sex].pick(rng), loc.family[sex].pick(rng)
        name = loc.full(given, family)
        latin = loc.latin(given, family)
        year = max(1955, 2026 - int(rng.random() ** 1.6 * 70))
        base = slug(latin or name)
        pid, k = f"{base}-{year}", 2
        while pid in used:
            pid, k = f"{base}-{year}-{k}", k + 1
        used.add(pid)
        # Most live where they come from; some moved to another country's cities.
        home = loc
        country = loc.country
        if rng.random() < 0.18:
            country = pick_weighted(rng, abroad, abroad_cum)
            home = by_code.get(ABROAD_LOCALE.get(country, ""), by_country.get(country, loc))
        rec = {
            "$schema": "../../schemas/alumnus.schema.json",
            "id": pid,
            "name": name,
            "class_year": year,
            "degree": pick_weighted(rng, degrees, degree_cum),
            "major": majors[rng.randrange(len(majors))],
        }
        if latin:
            rec["name_latin"] = latin
        if sex == "f" and rng.random() < 0.14:
            rec["former_names"] = [loc.full(given, loc.family["f"].pick(rng))]
        if loc.order == "gf" and rng.random() < 0.06 and len(given) > 4:
            rec["nickname"] = given[: 3 + rng.randrange(2)]
        if rng.random() < 0.9:
            rec["city"] = home.city.pick(rng)
            rec["country"] = country
        if rng.random() < 0.85:
            rec["employer"] = home.employer.pick(rng)
            rec["job_title"] = home.job.pick(rng)
            rec["industry"] = pick_weighted(rng, industries, industry_cum)
        if rng.random() < 0.35:
            rec["bio"] = loc.bio(rng, english)
        if country in chapters and rng.random() < 0.4:
            rec["chapters"] = chapters[country]
        if rng.random() < 0.04 and "industry" in rec:
            rec["mentor"] = {"capacity": 1 + rng.randrange(3),
                             "topics": [rec["job_title"].lower()[:60]],
                             "languages": ["English"]}
        if rng.random() < 0.3:
            rec["contact"] = {"method": "email", "address": f"{pid}@example.com"}
        rec["consent"] = consent(rng)
        if "mentor" in rec:
            # Offering mentoring is consenting to be found for it (no random draw: the rest of
            # the data stays as it was).
            rec["consent"]["public"].append("mentoring")
        with open(os.path.join(alumni_dir, pid + ".json"), "w", encoding="utf-8") as out:
            json.dump(rec, out, ensure_ascii=False, indent=2)
            out.write("\n")
        if (n + 1) % 50000 == 0:
            print(f"  {n + 1} written", file=sys.stderr)
    print(f"wrote {todo} realistic alumni into {alumni_dir} ({len(used)} in all)", file=sys.stderr)


if __name__ == "__main__":
    main()
