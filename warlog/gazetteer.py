"""The embedded gazetteer: GeoNames entries in a local SQLite index, opened (not loaded).

``Gazetteer.open()`` opens the index at ``settings.gazetteer_path`` and builds it there first when
it is missing. Builds and imports write a new file and swap it in with ``os.replace``, so a failed
import leaves the previous index intact.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import GazetteerError
from .geo_build import SCHEMA_VERSION, build_into, own_table
from .geo_names import name_key
from .settings import Settings, default_settings

ADMIN_CODES = ("ADM1", "ADM2", "ADM3", "ADM4", "ADMD")
COUNTRY_CODES = ("PCLI", "PCLS", "PCLD", "PCLF", "PCL", "PCLIX", "TERR")


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry (GeoNames columns)."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    feature_code: str | None
    country_code: str | None
    admin1_code: str | None
    admin2_code: str | None
    population: int

    @property
    def is_country(self) -> bool:
        return self.feature_code in COUNTRY_CODES

    @property
    def is_admin(self) -> bool:
        return self.feature_code in ADMIN_CODES

    @property
    def admin_level(self) -> int | None:
        """0 country, 1 admin-1, 2 admin-2, None for a populated place or a feature."""
        if self.is_country:
            return 0
        if self.feature_code in ("ADM1", "ADM2"):
            return int(self.feature_code[-1])
        return None


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    iso3: str
    name: str
    geonameid: int
    languages: str


_PLACE_COLUMNS = (
    "p.geonameid, p.name, p.latitude, p.longitude, p.feature_code, p.country_code, "
    "p.admin1_code, p.admin2_code, p.population"
)


class Gazetteer:
    """Read-only access to the index; lookups are cached per instance."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self.countries = self._load_countries()
        self._admin1: dict[tuple[str, str], str] | None = None
        self._admin2: dict[tuple[str, str, str], str | None] = {}
        self.candidates = lru_cache(maxsize=200_000)(self._candidates)
        self.entry = lru_cache(maxsize=50_000)(self._entry)

    @classmethod
    def open(cls, path=None, settings: Settings | None = None, build_if_missing: bool = True) -> Gazetteer:
        settings = settings or default_settings()
        path = Path(path) if path else settings.gazetteer_path
        if not path.exists():
            if not build_if_missing:
                raise GazetteerError(
                    "gazetteer index missing: run `warlog gazetteer build`", source=str(path)
                )
            build_gazetteer(path, settings)
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        try:
            version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise GazetteerError(f"not a warlog gazetteer index ({exc})", source=str(path)) from exc
        if not version or version[0] != SCHEMA_VERSION:
            conn.close()
            raise GazetteerError(
                "gazetteer index of another version: run `warlog gazetteer build`", source=str(path)
            )
        return cls(conn, path)

    def close(self) -> None:
        self.conn.close()

    # --- lookups -------------------------------------------------------------------------------

    def _candidates(self, key: str) -> tuple[tuple[Entry, int], ...]:
        """Entries a name key may denote, with the kind of name (0 primary .. 3 demonym)."""
        rows = self.conn.execute(
            f"SELECT {_PLACE_COLUMNS}, n.kind FROM names n JOIN places p ON p.geonameid = n.geonameid "
            "WHERE n.key = ? AND p.latitude IS NOT NULL",
            (key,),
        ).fetchall()
        return tuple((Entry(*r[:9]), r[9]) for r in rows)

    def entry(self, geonameid: int) -> Entry | None:
        """The entry of a GeoNames id, if the index has it."""
        return self._entry(geonameid)

    def _entry(self, geonameid: int) -> Entry | None:
        row = self.conn.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places p WHERE geonameid = ?", (geonameid,)
        ).fetchone()
        return Entry(*row) if row else None

    def known_keys(self, keys: set[str]) -> set[str]:
        """The subset of ``keys`` that name some entry (one query for a whole document)."""
        found: set[str] = set()
        keys_list = sorted(keys)
        for i in range(0, len(keys_list), 500):
            chunk = keys_list[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0]
                for r in self.conn.execute(f"SELECT DISTINCT key FROM names WHERE key IN ({marks})", chunk)
            )
        return found

    def country(self, code: str | None) -> Country | None:
        return self.countries.get(code) if code else None

    def admin1_name(self, country_code: str | None, admin1_code: str | None) -> str | None:
        if self._admin1 is None:
            self._admin1 = {
                (r[0], r[1]): r[2]
                for r in self.conn.execute("SELECT country_code, admin1_code, name FROM admin1")
            }
        return self._admin1.get((country_code, admin1_code)) if country_code and admin1_code else None

    def admin2_name(
        self, country_code: str | None, admin1_code: str | None, admin2_code: str | None
    ) -> str | None:
        if not (country_code and admin1_code and admin2_code):
            return None
        # 47,000 rows: looked up by primary key and remembered, never loaded whole (a cold start pays
        # only for the units it names)
        key = (country_code, admin1_code, admin2_code)
        if key not in self._admin2:
            row = self.conn.execute(
                "SELECT name FROM admin2 WHERE country_code=? AND admin1_code=? AND admin2_code=?", key
            ).fetchone()
            self._admin2[key] = row[0] if row else None
        return self._admin2[key]

    def admin1_entry(self, country_code: str | None, admin1_code: str | None) -> Entry | None:
        row = self.conn.execute(
            "SELECT geonameid FROM admin1 WHERE country_code=? AND admin1_code=?", (country_code, admin1_code)
        ).fetchone()
        return self.entry(row[0]) if row else None

    def seat(self, unit: Entry) -> Entry | None:
        """The town a country or admin unit is coded to (ACLED codes regions to their capital):
        the capital, else the unit's namesake town, else its most populous town."""
        if unit.admin_level is None:
            return None
        args: tuple[str | None, ...]
        if unit.is_country:
            if (seat := _seats().get(unit.country_code or "")) and (entry := self.entry(seat)):
                return entry  # Cotonou, not Porto-Novo (data/geo_seats.tsv)
            where, args = "country_code = ? AND feature_code = 'PPLC'", (unit.country_code,)
        else:
            namesakes = [
                e
                for e, kind in self.candidates(name_key(unit.name))
                if e.admin_level is None
                and e.country_code == unit.country_code
                and e.admin1_code == unit.admin1_code
            ]
            if namesakes:
                return max(namesakes, key=lambda e: e.population)
            where, args = (
                "country_code = ? AND admin1_code = ? AND feature_code LIKE 'PPL%'",
                (unit.country_code, unit.admin1_code),
            )
            if unit.admin_level == 2:
                where, args = where + " AND admin2_code = ?", args + (unit.admin2_code,)
        row = self.conn.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places p WHERE {where} ORDER BY population DESC LIMIT 1", args
        ).fetchone()
        return Entry(*row) if row else None

    def name_keys(self, country_code: str) -> list[str]:
        """Every name key (primary and alternate) of the country's places: its naming habits."""
        rows = self.conn.execute(
            "SELECT DISTINCT n.key FROM names n JOIN places p ON p.geonameid = n.geonameid "
            "WHERE p.country_code = ? AND n.kind IN (0, 1)",  # not skeleton keys nor demonyms
            (country_code,),
        )
        return [r[0] for r in rows]

    def stats(self) -> dict:
        meta = dict(self.conn.execute("SELECT key, value FROM meta"))
        return {"path": str(self.path), "size_bytes": self.path.stat().st_size, **meta}

    def _load_countries(self) -> dict[str, Country]:
        rows = self.conn.execute("SELECT country_code, iso3, name, geonameid, languages FROM countries")
        return {r[0]: Country(*r) for r in rows}


@lru_cache(maxsize=1)
def _seats() -> dict[str, int]:
    """Country code -> GeoNames id of its seat of government, where it is not the PPLC."""
    return {row[0]: int(row[1]) for row in own_table("geo_seats.tsv")}


def _fresh_temp(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.unlink(tmp)
    return Path(tmp)


def _finish(conn: sqlite3.Connection, tmp: Path, path: Path) -> None:
    conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    os.replace(tmp, path)


def build_gazetteer(path=None, settings: Settings | None = None) -> dict:
    """Build the index from installed packages into ``path`` (atomically); returns stats."""
    settings = settings or default_settings()
    path = Path(path) if path else settings.gazetteer_path
    start = time.perf_counter()
    tmp = _fresh_temp(path)
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        stats = build_into(conn)
        _finish(conn, tmp, path)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    return {
        **stats,
        "path": str(path),
        "size_bytes": path.stat().st_size,
        "seconds": round(time.perf_counter() - start, 2),
    }


def import_geonames(file, path=None, settings: Settings | None = None) -> dict:
    """Add a GeoNames dump (allCountries.zip, XX.zip, XX.txt, admin1CodesASCII.txt) to the index.

    The index is copied, the dump added to the copy, and the copy swapped in only when the whole
    file was read; any error (naming the file and line) leaves the index as it was.
    """
    from .geo_import import import_into

    settings = settings or default_settings()
    path = Path(path) if path else settings.gazetteer_path
    if not path.exists():
        build_gazetteer(path, settings)
    start = time.perf_counter()
    tmp = _fresh_temp(path)
    shutil.copyfile(path, tmp)
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA synchronous=OFF")
        stats = import_into(conn, Path(file))
        _finish(conn, tmp, path)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    return {**stats, "path": str(path), "seconds": round(time.perf_counter() - start, 2)}
