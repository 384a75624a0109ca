"""Country names, demonyms and codes (pycountry + countryinfo), for actors and places."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pycountry

# Short names as ACLED and news write them, where pycountry's common name differs.
SHORT_NAMES = {
    "COD": "Democratic Republic of Congo", "COG": "Republic of Congo", "SYR": "Syria", "IRN": "Iran",
    "RUS": "Russia", "KOR": "South Korea", "PRK": "North Korea", "TZA": "Tanzania", "BOL": "Bolivia",
    "VEN": "Venezuela", "LAO": "Laos", "VNM": "Vietnam", "MDA": "Moldova", "PSE": "Palestine",
    "CIV": "Ivory Coast", "TUR": "Turkey", "CZE": "Czech Republic", "GBR": "United Kingdom",
    "USA": "United States", "FSM": "Micronesia", "BRN": "Brunei", "CPV": "Cape Verde",
    "SWZ": "eSwatini", "MKD": "North Macedonia", "TWN": "Taiwan",
}
# Extra names and demonyms used in news, written by the project.
EXTRA_NAMES = {
    "USA": ["US", "U.S.", "U.S.A.", "America", "United States of America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "England"],
    "COD": ["DRC", "DR Congo", "Congo-Kinshasa"], "COG": ["Congo-Brazzaville"],
    "CIV": ["Cote d'Ivoire", "Côte d'Ivoire"], "PSE": ["Gaza Strip", "West Bank", "Palestinian Territories"],
    "MMR": ["Burma"], "SWZ": ["Swaziland"], "TUR": ["Türkiye", "Turkiye"], "CZE": ["Czechia"],
    "ARE": ["UAE"], "CAF": ["CAR"], "BFA": ["Burkina"],
}
EXTRA_DEMONYMS = {
    "USA": ["American", "US"], "GBR": ["British"], "BFA": ["Burkinabe", "Burkinabè"], "COD": ["Congolese"],
    "SYR": ["Syrian"], "ISR": ["Israeli"], "PSE": ["Palestinian"], "YEM": ["Yemeni"], "SDN": ["Sudanese"],
    "SSD": ["South Sudanese"], "NGA": ["Nigerian"], "NER": ["Nigerien"], "MLI": ["Malian"], "BEN": ["Beninese"],
    "KEN": ["Kenyan"], "SOM": ["Somali"], "ETH": ["Ethiopian"], "AFG": ["Afghan"], "PAK": ["Pakistani"],
    "IRQ": ["Iraqi"], "UKR": ["Ukrainian"], "RUS": ["Russian"], "MMR": ["Myanmar", "Burmese"],
    "CMR": ["Cameroonian"], "TCD": ["Chadian"], "CAF": ["Central African"], "MOZ": ["Mozambican"],
    "LBY": ["Libyan"], "EGY": ["Egyptian"], "TUR": ["Turkish"], "IRN": ["Iranian"], "LBN": ["Lebanese"],
    "SAU": ["Saudi"], "FRA": ["French"], "TGO": ["Togolese"], "GHA": ["Ghanaian"], "UGA": ["Ugandan"],
    "TZA": ["Tanzanian"], "COL": ["Colombian"], "MEX": ["Mexican"], "PHL": ["Filipino", "Philippine"],
    "IND": ["Indian"], "CHN": ["Chinese"], "ISL": ["Icelandic"], "DZA": ["Algerian"],
}


# Countries whose national police include a gendarmerie (reports say "gendarmes"): the francophone
# states of West and Central Africa and the Maghreb, France and a few others (ISO alpha-3).
GENDARMERIE = frozenset(
    "FRA TUR ROU ARG DZA MAR TUN MRT SEN MLI BFA NER TCD CIV GIN BEN TGO CMR CAF COG COD GAB GNQ MDG DJI COM "
    "BDI".split()
)


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    numeric: int


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    out = {}
    for c in pycountry.countries:
        name = SHORT_NAMES.get(c.alpha_3) or getattr(c, "common_name", None) or c.name
        out[c.alpha_3] = Country(c.alpha_3, c.alpha_2, name, int(c.numeric))
    return out


# Countries named with "the" after "of" in ACLED's actor names: "Military Forces of the United
# States", "Police Forces of the Democratic Republic of Congo" (but "Civilians (United States)").
ARTICLE_NAMES = frozenset({"USA", "GBR", "COD", "COG", "CAF", "PHL", "NLD", "ARE"})


def of_country(pattern: str, iso3: str | None) -> str:
    """An actor-name pattern with the article its country takes after "of"."""
    return pattern.replace("of {country}", "of the {country}") if iso3 in ARTICLE_NAMES else pattern


def country(code: str | None) -> Country | None:
    """By ISO alpha-3 or alpha-2 code."""
    if not code:
        return None
    table = countries()
    if len(code) == 2:
        return next((c for c in table.values() if c.iso2 == code.upper()), None)
    return table.get(code.upper())


@lru_cache(maxsize=1)
def name_index() -> dict[str, str]:
    """Lower-cased country name -> ISO alpha-3."""
    index: dict[str, str] = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), SHORT_NAMES.get(c.alpha_3)):
            if n:
                index.setdefault(n.lower(), c.alpha_3)
    for iso3, names in EXTRA_NAMES.items():
        for n in names:
            index[n.lower()] = iso3
    return index


@lru_cache(maxsize=1)
def demonym_index() -> dict[str, str]:
    """Lower-cased demonym ("kenyan") -> ISO alpha-3."""
    from countryinfo import CountryInfo

    index: dict[str, str] = {}
    for c in pycountry.countries:
        try:
            dem = CountryInfo(c.alpha_3).demonym()
        except (KeyError, ValueError):
            dem = None
        if dem:
            index.setdefault(dem.lower(), c.alpha_3)
    for iso3, dems in EXTRA_DEMONYMS.items():
        for d in dems:
            index[d.lower()] = iso3
    return index


def iso3_of(word: str) -> str | None:
    """A country name or demonym -> ISO alpha-3 (None when neither)."""
    w = word.lower().strip()
    return name_index().get(w) or demonym_index().get(w)
