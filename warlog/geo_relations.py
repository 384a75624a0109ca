"""Relative place expressions: "near X", "outskirts of X", "X countryside", "8 km east of X",
"between X and Y", "in X province"; each maps to a relation, ACLED geo_precision and UCDP where_prec.

ACLED geo_precision: 1 the named town; 2 near a town or a small part of a region, coded to the
town; 3 only a larger region. UCDP where_prec: 1 exact place; 2 within about 25 km of a known
point; 3 admin-2 unit; 4 admin-1 unit; 5 a part of a country larger than that (a road between
distant towns, "northern X"); 6 the country.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "a few": 3,
    "several": 5,
    "some": 5,
    "a": 1,
}
BEARINGS = {
    "north": 0,
    "northeast": 45,
    "north-east": 45,
    "east": 90,
    "southeast": 135,
    "south-east": 135,
    "south": 180,
    "southwest": 225,
    "south-west": 225,
    "west": 270,
    "northwest": 315,
    "north-west": 315,
}
UNIT_KM = {
    "km": 1.0,
    "kms": 1.0,
    "kilometres": 1.0,
    "kilometers": 1.0,
    "kilometre": 1.0,
    "kilometer": 1.0,
    "miles": 1.609,
    "mile": 1.609,
    "mi": 1.609,
}
_NUM = r"(\d+(?:[.,]\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
OFFSET_RE = re.compile(
    _NUM
    + r"[\s-]*("
    + "|".join(UNIT_KM)
    + r")\.?\s*\(?[^()]{0,20}?\)?\s*("
    + "|".join(sorted(BEARINGS, key=len, reverse=True))
    + r")\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village|locality)\s+of\s+)?$",
    re.I,
)
DISTANCE_RE = re.compile(
    _NUM + r"[\s-]*(" + "|".join(UNIT_KM) + r")\.?\s+(?:away\s+)?(?:from|outside(?:\s+of)?)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|locality)\s+of\s+)?$",
    re.I,
)
COMMUNE_RE = re.compile(r"\b(?:commune|municipality|arrondissement)\s+of\s+$", re.I)
OUTSKIRTS_RE = re.compile(
    r"\b(outskirts|edge|suburbs?|periphery)\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I
)
NEAR_RE = re.compile(
    r"\b(near|nearby|close\s+to|around|outside(?:\s+of)?|in\s+the\s+vicinity\s+of|not\s+far\s+"
    r"from|on\s+the\s+road\s+to|en\s+route\s+to|in\s+the\s+area\s+of|area\s+of|surroundings\s+of"
    r"|(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
    r"south-east|south-west)\s+of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
# "the Tanghin area of Ouagadougou": a named part of the town, not its surroundings.
NAMED_AREA_RE = re.compile(r"(?<!\.)\s(?!The\b)[A-Z][\w'’-]*\s+$")
BETWEEN_RE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns|villages|cities)\s+of\s+)?$", re.I)
# The second of two places: "between Mentao and X", "between Dablo (Dablo, Sanmatenga) and X".
BETWEEN_SECOND_RE = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:(?:towns|villages|cities)\s+of\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s*\([^()]{0,40}\))?\s+and\s+(?:the\s+)?$"
)
COUNTRYSIDE_RE = re.compile(
    r"^(?:'s)?\s+(countryside|outskirts|suburbs|environs|surroundings|area|axis|"
    r"region|vicinity|district)\b",
    re.I,
)
AXIS_RE = re.compile(r"-(?:[A-Z][\w'’]*[\s-]?){1,3}\s*(?:axis|corridor)\b")
PART_RE = re.compile(
    r"\b(northern|southern|eastern|western|central|north-eastern|north-western|"
    r"south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+$",
    re.I,
)


@dataclass(slots=True)
class Relation:
    relation: str
    geo_precision: int
    where_prec: int
    distance_km: float | None = None
    bearing_deg: float | None = None


def _number(text: str) -> float:
    text = text.lower().replace(",", ".")
    return float(NUMBER_WORDS.get(text, 0) or text)


def relation_before(left: str) -> Relation | None:
    """The relation the words just before a toponym express (``left`` ends where the name begins)."""
    left = left[-80:]
    m = OFFSET_RE.search(left)
    if m:
        km = _number(m.group(1)) * UNIT_KM[m.group(2).lower()]
        bearing = BEARINGS[m.group(3).lower()]
        return Relation(
            f"{m.group(1)} {m.group(2)} {m.group(3).lower()} of",
            2 if km <= 25 else 3,
            2 if km <= 25 else 5,
            km,
            float(bearing),
        )
    m = DISTANCE_RE.search(left)
    if m:  # "35 kilometres from Moyale": near it, in no known direction (no offset point)
        km = _number(m.group(1)) * UNIT_KM[m.group(2).lower()]
        return Relation(f"{m.group(1)} {m.group(2)} from", 2, 2 if km <= 25 else 5, km)
    if COMMUNE_RE.search(left):
        return Relation("district", 2, 3)  # "in the commune of Materi": the commune, not its town
    if OUTSKIRTS_RE.search(left):
        return Relation("outskirts", 2, 2)
    m = NEAR_RE.search(left)
    if m and not (m.group(1).lower() == "area of" and NAMED_AREA_RE.search(left, 0, m.start())):
        return Relation("near", 2, 2)
    if BETWEEN_RE.search(left):
        return Relation("between", 2, 2)
    if BETWEEN_SECOND_RE.search(left):
        return Relation("between", 2, 2)
    return None


def relation_after(right: str) -> Relation | None:
    if AXIS_RE.match(right):
        return Relation("between", 2, 2)  # "the Djibo-Bourzanga axis": on the road between them
    m = COUNTRYSIDE_RE.search(right[:30])
    if not m:
        return None
    word = m.group(1).lower()
    return Relation(
        "countryside" if word in ("countryside", "environs", "region", "district") else "near", 2, 2
    )


def unit_relation(admin_level: int | None, left: str, named_as_unit: bool | str = True) -> Relation | None:
    """Relations of an admin unit or a country: "province", "county", "country".

    ``named_as_unit``: the unit word the text gives the name ("province", "county"), True for one
    not known, False for a bare name. Only a top-level region named as such ("Idlib province",
    "the Centre region") is a larger region (ACLED's geo_precision 3); a lower unit ("Soum province"
    in Burkina Faso, a district) or a county, and a first-level unit named bare ("in Turkana"), are a
    small part of a region, coded to its seat: geo_precision 2."""
    part = PART_RE.search(left[-20:])
    if admin_level == 0:
        return Relation(
            f"{part.group(1).lower()} part of country" if part else "country", 3, 5 if part else 6
        )
    word = named_as_unit.lower() if isinstance(named_as_unit, str) else None
    if admin_level == 1:
        large = word in LARGE_UNIT_WORDS or (named_as_unit is True and word is None)
        return Relation("province", 3 if large else 2, 4)
    if admin_level == 2:
        return Relation("district", 2, 3)
    return None


# Words that name a top-level region; "county", "district" name smaller units (a Kenyan county is
# first-level but small).
LARGE_UNIT_WORDS = frozenset({"province", "region", "state", "governorate", "department", "prefecture"})


def offset_point(lat: float, lon: float, distance_km: float, bearing_deg: float) -> tuple[float, float]:
    """The point ``distance_km`` from (lat, lon) along ``bearing_deg`` (great circle)."""
    r = distance_km / 6371.0
    p1, l1, b = math.radians(lat), math.radians(lon), math.radians(bearing_deg)
    p2 = math.asin(math.sin(p1) * math.cos(r) + math.cos(p1) * math.sin(r) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(r) * math.cos(p1), math.cos(r) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540) % 360 - 180, 5)
