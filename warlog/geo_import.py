"""Import GeoNames dump files into an open gazetteer database (a copy: see ``import_geonames``).

Formats (https://download.geonames.org/export/dump/): allCountries.zip, XX.zip, XX.txt (19
tab-separated columns) and admin1CodesASCII.txt (code, name, ascii name, geonameid). Any line that
does not parse raises ``GazetteerError`` naming the file and line; nothing is kept in that case.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

from .errors import GazetteerError
from .geo_build import ALTERNATE, LOOSE, PRIMARY
from .geo_names import is_latin, loose_key, name_keys

DUMP_COLUMNS = 19
FEATURE_CLASSES = frozenset("PA")
BATCH_ROWS = 20_000


def import_into(conn: sqlite3.Connection, path: Path) -> dict:
    if not path.is_file():
        raise GazetteerError("no such file", source=str(path))
    countries = {r[0] for r in conn.execute("SELECT country_code FROM countries")}
    if path.name.lower().startswith("admin1codes"):
        with open(path, encoding="utf-8", errors="strict") as fh:
            return _import_admin1(conn, _lines(fh, str(path)), str(path), countries)
    if path.suffix.lower() == ".zip":
        return _import_zip(conn, path, countries)
    with open(path, encoding="utf-8", errors="strict") as fh:
        return _import_dump(conn, _lines(fh, str(path)), str(path), countries)


def _lines(fh: io.TextIOBase, source: str) -> Iterator[tuple[int, str]]:
    number = 0
    try:
        for line in fh:
            number += 1
            yield number, line
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"line {number + 1}: not UTF-8 text ({exc.reason})", source=source) from exc


def _import_zip(conn: sqlite3.Connection, path: Path, countries: set[str]) -> dict:
    stats = {"places": 0, "names": 0, "files": 0}
    try:
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.namelist() if m.endswith(".txt") and not m.lower().startswith("readme")]
            if not members:
                raise GazetteerError("zip holds no GeoNames .txt file", source=str(path))
            for member in members:
                source = f"{path}!{member}"
                with zf.open(member) as raw:
                    text = io.TextIOWrapper(raw, encoding="utf-8", errors="strict")
                    part = _import_dump(conn, _lines(text, source), source, countries)
                stats = {k: stats[k] + part.get(k, 1 if k == "files" else 0) for k in stats}
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile) as exc:
        raise GazetteerError(f"corrupt or truncated zip archive ({exc})", source=str(path)) from exc
    return stats


def parse_dump_line(line: str, source: str, number: int, countries: set[str]) -> tuple | None:
    """One GeoNames dump row as a places tuple plus its names; None for a blank line."""
    if not line.strip():
        return None
    cols = line.rstrip("\n").rstrip("\r").split("\t")
    if len(cols) != DUMP_COLUMNS:
        raise GazetteerError(
            f"line {number}: expected {DUMP_COLUMNS} tab-separated GeoNames columns, "
            f"found {len(cols)} (not a GeoNames dump, or a truncated file)",
            source=source,
        )
    try:
        gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
        pop = int(cols[14] or 0)
    except ValueError as exc:
        raise GazetteerError(f"line {number}: bad number ({exc})", source=source) from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerError(f"line {number}: coordinates out of range ({lat}, {lon})", source=source)
    cc = cols[8]
    if cc and cc not in countries:
        raise GazetteerError(f"line {number}: unknown country code {cc!r}", source=source)
    return (
        gid,
        cols[1],
        lat,
        lon,
        cols[7] or None,
        cc or None,
        cols[10] or None,
        cols[11] or None,
        pop,
    ), cols


def _import_dump(conn: sqlite3.Connection, lines, source: str, countries: set[str]) -> dict:
    places, names, n_places, n_names = [], [], 0, 0
    for number, line in lines:
        parsed = parse_dump_line(line, source, number, countries)
        if parsed is None or parsed[1][6] not in FEATURE_CLASSES or not parsed[0][5]:
            continue
        place, cols = parsed
        places.append(place)
        names.extend(_names_of(place[0], cols[1], cols[2], cols[3]))
        if len(places) >= BATCH_ROWS:
            n_places, n_names = n_places + len(places), n_names + len(names)
            _flush(conn, places, names)
    if not n_places and not places:
        raise GazetteerError("no populated place or admin unit rows found", source=source)
    n_places, n_names = n_places + len(places), n_names + len(names)
    _flush(conn, places, names)
    return {"places": n_places, "names": n_names}


def _names_of(gid: int, name: str, ascii_name: str, alternates: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for n, kind in [
        (name, PRIMARY),
        (ascii_name, PRIMARY),
        *((a, ALTERNATE) for a in alternates.split(",") if a),
    ]:
        if not is_latin(n) or (kind == ALTERNATE and n.isupper() and len(n) <= 4):
            continue
        out.extend((k, gid, kind) for k in name_keys(n))
        lk = loose_key(n)
        if lk:
            out.append((lk, gid, LOOSE))
    return out


def _flush(conn: sqlite3.Connection, places: list, names: list) -> None:
    conn.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?)", places)
    conn.executemany(
        "INSERT INTO names VALUES (?,?,?) ON CONFLICT(key, geonameid) DO UPDATE "
        "SET kind = min(kind, excluded.kind)",
        names,
    )
    for p in places:
        if p[4] == "ADM1" and p[6]:
            conn.execute("INSERT OR IGNORE INTO admin1 VALUES (?,?,?,?)", (p[5], p[6], p[1], p[0]))
        elif p[4] == "ADM2" and p[6] and p[7]:
            conn.execute("INSERT OR IGNORE INTO admin2 VALUES (?,?,?,?,?)", (p[5], p[6], p[7], p[1], p[0]))
    places.clear()
    names.clear()


def _import_admin1(conn: sqlite3.Connection, lines, source: str, countries: set[str]) -> dict:
    rows = []
    for number, line in lines:
        if not line.strip():
            continue
        cols = line.rstrip("\r\n").split("\t")
        code = cols[0].split(".")
        if len(cols) != 4 or len(code) != 2 or not cols[3].isdigit():
            raise GazetteerError(
                f"line {number}: expected 'CC.code<TAB>name<TAB>ascii name<TAB>geonameid' "
                "(admin1CodesASCII.txt format)",
                source=source,
            )
        if code[0] not in countries:
            raise GazetteerError(f"line {number}: unknown country code {code[0]!r}", source=source)
        rows.append((code[0], code[1], cols[1], int(cols[3])))
    if not rows:
        raise GazetteerError("no admin-1 rows found", source=source)
    conn.executemany("INSERT OR IGNORE INTO admin1 VALUES (?,?,?,?)", rows)
    return {"admin1": len(rows)}
