"""Exports in the reference datasets' own columns: ACLED CSV, UCDP GED CSV, GeoJSON, JSONL, PLOVER
JSON and Parquet. Every writer takes events or ``ArticleResult``s (their reported events), plus
optionally what is known of the articles (``ArticleInfo`` by id: outlet, date, title).

PLOVER crosswalk (``warlog/data/plover_crosswalk.json``; mode and contexts there too):

    ACLED sub-event type                      PLOVER event type / mode
    Armed clash, Government regains territory,
      Non-state actor overtakes territory     ASSAULT / firearms
    Air/drone strike                          ASSAULT / aerial
    Shelling/artillery/missile attack,
      Remote explosive/landmine/IED, Grenade  ASSAULT / explosives
    Suicide bomb                              ASSAULT / suicide
    Chemical weapon                           ASSAULT / cbrn
    Attack, Excessive force against protesters ASSAULT / (none)
    Sexual violence                           ASSAULT / sexual
    Mob violence                              ASSAULT / beat
    Abduction/forced disappearance, Arrests,
      Disrupted weapons use                   COERCE / seize
    Looting/property destruction              COERCE / destroy
    Peaceful protest, Protest with intervention PROTEST / demo
    Violent demonstration                     PROTEST / riot
    Agreement                                 AGREE
    Headquarters or base established          MOBILIZE / troops
    Non-violent transfer of territory         RETREAT / withdraw
    Change to group/activity, Other           (no PLOVER equivalent: null)
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import IO

from .merge import ArticleInfo, derive_fatalities
from .records import Actor, ArticleResult, Event
from .triggers import interaction

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
UCDP_COLUMNS = [
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
]
FORMATS = ["acled-csv", "ucdp-csv", "geojson", "jsonl", "plover-json", "parquet"]
# UCDP's regions from ACLED's.
UCDP_REGIONS = {
    "Middle East": "Middle East",
    "Europe": "Europe",
    "North America": "Americas",
    "Central America": "Americas",
    "South America": "Americas",
    "Caribbean": "Americas",
    "Oceania": "Asia",
    "South Asia": "Asia",
    "Southeast Asia": "Asia",
    "East Asia": "Asia",
    "Caucasus and Central Asia": "Europe",
}
# ACLED time_precision -> UCDP date_prec (1 day; 3 week; 4 month).
UCDP_DATE_PREC = {1: 1, 2: 3, 3: 4}
NON_UCDP_TYPES = {"Protests", "Riots", "Strategic developments"}

Items = Iterable[Event | ArticleResult]


# --- reference tables --------------------------------------------------------------------------


def _data(name: str) -> dict:
    return json.loads(resources.files("warlog").joinpath("data", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    return {
        iso3: region for region, codes in _data("acled_regions.json")["regions"].items() for iso3 in codes
    }


@lru_cache(maxsize=1)
def plover_crosswalk() -> dict[str, dict]:
    return _data("plover_crosswalk.json")["crosswalk"]


@lru_cache(maxsize=512)
def country_codes(iso3: str | None, name: str | None) -> tuple[str | None, int | None, str | None]:
    """(alpha-3, ISO 3166 numeric, common name) from whichever is known."""
    import pycountry

    found = None
    for key in (iso3, name):
        if not key:
            continue
        try:
            found = pycountry.countries.lookup(key)
            break
        except LookupError:
            continue
    if found is None:
        return iso3, None, name
    common = getattr(found, "common_name", None) or found.name
    return found.alpha_3, int(found.numeric), name if name and len(name) > 3 else common


def acled_region(iso3: str | None) -> str | None:
    return _regions().get(iso3) if iso3 else None


# --- gathering events --------------------------------------------------------------------------


def collect(
    items: Items, articles: dict[str, ArticleInfo] | None = None
) -> tuple[list[Event], dict[str, ArticleInfo]]:
    """Events (the reported events of results) and what is known of their articles."""
    events, info = [], dict(articles or {})
    for item in items:
        if isinstance(item, ArticleResult):
            a = item.article
            info.setdefault(a.id, ArticleInfo(a.id, a.id, a.published, a.outlet or a.agency, a.title))
            events.extend(item.reported())
        else:
            events.append(item)
    return events, info


def _names(actors: list[Actor]) -> str | None:
    return "; ".join(a.name for a in actors) or None


def _inter(event: Event, side: int) -> int | None:
    value = event.inter1 if side == 1 else event.inter2
    actor = event.actor1 if side == 1 else event.actor2
    return value if value is not None else (actor.inter if actor else None)


def sources(event: Event, info: dict[str, ArticleInfo]) -> str | None:
    names = sorted({outlet for a in event.article_ids if a in info and (outlet := info[a].outlet)})
    return "; ".join(names) or None


def independent_sources(event: Event, info: dict[str, ArticleInfo]) -> int:
    """Articles citing the event, syndicated copies (one near-duplicate group) counted once."""
    return len({info[a].dup_group if a in info else a for a in event.article_ids})


def event_id_cnty(event: Event, iso3: str | None) -> str:
    return f"{iso3 or 'XXX'}{event.id.removeprefix('ev').upper()}"


# --- ACLED -------------------------------------------------------------------------------------


def acled_row(event: Event, info: dict[str, ArticleInfo], timestamp: int) -> dict:
    loc = event.location
    iso3, numeric, country = country_codes(loc.iso3, loc.country) if loc else (None, None, None)
    inter1, inter2 = _inter(event, 1), _inter(event, 2)
    day = event.event_date[:10] if event.event_date else None
    return {
        "event_id_cnty": event_id_cnty(event, iso3),
        "event_date": day,
        "year": int(day[:4]) if day else None,
        "time_precision": event.time_precision,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1.name if event.actor1 else None,
        "assoc_actor_1": _names(event.assoc_actor_1),
        "inter1": inter1,
        "actor2": event.actor2.name if event.actor2 else None,
        "assoc_actor_2": _names(event.assoc_actor_2),
        "inter2": inter2,
        "interaction": event.interaction if event.interaction is not None else interaction(inter1, inter2),
        "civilian_targeting": event.civilian_targeting,
        "iso": numeric,
        "region": acled_region(iso3),
        "country": country,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "admin3": None,
        "location": loc.name if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "source": sources(event, info),
        "source_scale": None,
        "notes": event.notes,
        "fatalities": event.fatalities
        if event.fatalities is not None
        else derive_fatalities(event.claims)[0],
        "tags": None,
        "timestamp": timestamp,
    }


def acled_rows(
    items: Items, articles: dict[str, ArticleInfo] | None = None, timestamp: int | None = None
) -> list[dict]:
    """One dict per event with exactly ACLED's columns (None where unknown)."""
    events, info = collect(items, articles)
    stamp = int(time.time()) if timestamp is None else timestamp
    return [acled_row(e, info, stamp) for e in events]


def _write_csv(rows: list[dict], columns: list[str], fh: IO[str]) -> None:
    writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in rows)


def write_acled_csv(items: Items, fh: IO[str], articles: dict[str, ArticleInfo] | None = None) -> int:
    rows = acled_rows(items, articles)
    _write_csv(rows, ACLED_COLUMNS, fh)
    return len(rows)


# --- UCDP GED ----------------------------------------------------------------------------------


def type_of_violence(event: Event) -> int | None:
    """1 state-based, 2 non-state, 3 one-sided; None for what UCDP does not code (protests, ...)."""
    if event.event_type in NON_UCDP_TYPES or event.event_type is None:
        return None
    inters = {_inter(event, 1), _inter(event, 2)} | {
        a.inter for a in event.assoc_actor_1 + event.assoc_actor_2
    }
    if event.event_type == "Violence against civilians" or event.civilian_targeting or 7 in inters:
        return 3
    return 1 if 1 in inters else 2


def ucdp_dates(event: Event) -> tuple[str | None, str | None]:
    if not event.event_date:
        return None, None
    d = date.fromisoformat(event.event_date[:10])
    if event.time_precision == 3:
        end = (d.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return d.replace(day=1).isoformat(), end.isoformat()
    half = 3 if event.time_precision == 2 else 0
    return (d - timedelta(days=half)).isoformat(), (d + timedelta(days=half)).isoformat()


def _side_of(victims: str | None, event: Event) -> str:
    text = (victims or "").lower()
    if "civilian" in text:
        return "civilians"
    for side, actor in (("a", event.actor1), ("b", event.actor2)):
        if actor and text and any(w in text for w in actor.name.lower().split() if len(w) > 3):
            return side
    return "unknown"


def deaths_by_side(event: Event) -> dict[str, int | None]:
    groups: dict[str, list] = {"a": [], "b": [], "civilians": [], "unknown": []}
    for c in event.claims:
        groups[_side_of(c.victims, event)].append(c)
    best = {k: derive_fatalities(v)[1].best for k, v in groups.items()}
    total = derive_fatalities(event.claims)[1]
    known = sum(v or 0 for k, v in best.items() if k != "unknown")
    unknown = max(0, (total.best or 0) - known) if total.best is not None else None
    return {
        "deaths_a": best["a"] or 0,
        "deaths_b": best["b"] or 0,
        "deaths_civilians": best["civilians"] or 0,
        "deaths_unknown": unknown or 0,
        "best": total.best,
        "low": total.low,
        "high": total.high,
    }


def priogrid_gid(lat: float | None, lon: float | None) -> int | None:
    if lat is None or lon is None:
        return None
    return int((lat + 90) // 0.5) * 720 + int((lon + 180) // 0.5) + 1


def _article_meta(event: Event, info: dict[str, ArticleInfo]) -> dict[str, str | None]:
    known = [info[a] for a in event.article_ids if a in info]
    cite = "; ".join(f"{a.outlet or 'unknown outlet'},{a.published or ''},{a.id}" for a in known)
    return {
        "source_article": cite or None,
        "source_date": "; ".join(sorted({a.published.isoformat() for a in known if a.published})) or None,
        "source_headline": "; ".join(a.title for a in known if a.title) or None,
    }


def ucdp_row(event: Event, info: dict[str, ArticleInfo]) -> dict | None:
    tov = type_of_violence(event)
    if tov is None:
        return None
    loc = event.location
    iso3, _, country = country_codes(loc.iso3, loc.country) if loc else (None, None, None)
    lat, lon = (loc.latitude, loc.longitude) if loc else (None, None)
    side_a, side_b = (a.name if a else None for a in (event.actor1, event.actor2))
    start, end = ucdp_dates(event)
    row = dict.fromkeys(UCDP_COLUMNS)
    row.update(
        {
            "id": event.id,
            "relid": event.id,
            "year": int(start[:4]) if start else None,
            "type_of_violence": tov,
            "dyad_name": f"{side_a} - {side_b}" if side_a and side_b else None,
            "side_a": side_a,
            "side_b": side_b,
            "number_of_sources": independent_sources(event, info),
            **_article_meta(event, info),
            "source_original": "; ".join(sorted({c.source for c in event.claims if c.source})) or None,
            "where_prec": loc.where_prec if loc else None,
            "where_coordinates": ", ".join(x for x in (loc.name, loc.admin1) if x) if loc else None,
            "where_description": f"{loc.relation or 'in'} {loc.name}" if loc else None,
            "adm_1": loc.admin1 if loc else None,
            "adm_2": loc.admin2 if loc else None,
            "latitude": lat,
            "longitude": lon,
            "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else None,
            "priogrid_gid": priogrid_gid(lat, lon),
            "country": country,
            "region": UCDP_REGIONS.get(acled_region(iso3) or "", "Africa" if acled_region(iso3) else None),
            "date_prec": event.date_prec or UCDP_DATE_PREC.get(event.time_precision or 0),
            "date_start": start,
            "date_end": end,
            **deaths_by_side(event),
        }
    )
    return row


def ucdp_rows(items: Items, articles: dict[str, ArticleInfo] | None = None) -> list[dict]:
    """UCDP GED rows for the organised-violence events (UCDP codes no protests or riots)."""
    events, info = collect(items, articles)
    return [row for row in (ucdp_row(e, info) for e in events) if row is not None]


def write_ucdp_csv(items: Items, fh: IO[str], articles: dict[str, ArticleInfo] | None = None) -> int:
    rows = ucdp_rows(items, articles)
    _write_csv(rows, UCDP_COLUMNS, fh)
    return len(rows)


# --- GeoJSON, JSONL, PLOVER, Parquet -----------------------------------------------------------


def geojson(items: Items, articles: dict[str, ArticleInfo] | None = None) -> dict:
    """A FeatureCollection of Points (RFC 7946: [longitude, latitude]); null geometry when unplaced."""
    events, info = collect(items, articles)
    stamp = int(time.time())
    features = []
    for event in events:
        props = acled_row(event, info, stamp)
        lat, lon = props.pop("latitude"), props.pop("longitude")
        geometry = (
            {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        )
        props.update(id=event.id, article_ids=event.article_ids)
        features.append({"type": "Feature", "id": event.id, "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(items: Items, fh: IO[str], articles: dict[str, ArticleInfo] | None = None) -> int:
    data = geojson(items, articles)
    json.dump(data, fh, ensure_ascii=False)
    fh.write("\n")
    return len(data["features"])


def write_jsonl(items: Items, fh: IO[str], articles: dict[str, ArticleInfo] | None = None) -> int:
    """The full records: one event per line with its claims, spans and article ids."""
    events, _ = collect(items, articles)
    for event in events:
        fh.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
    return len(events)


def plover_record(event: Event) -> dict:
    cross = plover_crosswalk().get(
        event.sub_event_type or "", {"event_type": None, "mode": None, "context": []}
    )
    loc = event.location
    iso3 = country_codes(loc.iso3, loc.country)[0] if loc else None
    return {
        "id": event.id,
        "event_date": event.event_date,
        "event_type": cross["event_type"],
        "mode": cross["mode"],
        "context": cross["context"],
        "actor": event.actor1.name if event.actor1 else None,
        "actor_country": event.actor1.country if event.actor1 else None,
        "recipient": event.actor2.name if event.actor2 else None,
        "recipient_country": event.actor2.country if event.actor2 else None,
        "placename": loc.name if loc else None,
        "admin1": loc.admin1 if loc else None,
        "country": iso3,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geonames_id": loc.geonameid if loc else None,
        "fatalities": event.fatalities,
        "acled_event_type": event.event_type,
        "acled_sub_event_type": event.sub_event_type,
        "text": event.notes,
        "source_articles": event.article_ids,
    }


def write_plover_json(items: Items, fh: IO[str], articles: dict[str, ArticleInfo] | None = None) -> int:
    events, _ = collect(items, articles)
    json.dump([plover_record(e) for e in events], fh, ensure_ascii=False, indent=1)
    fh.write("\n")
    return len(events)


def write_parquet(items: Items, path, articles: dict[str, ArticleInfo] | None = None) -> int:
    """ACLED's columns, typed, plus the event id, its article ids and its claims as JSON."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    events, info = collect(items, articles)
    rows = acled_rows(events, info)
    for row, event in zip(rows, events, strict=True):
        row.update(
            id=event.id,
            article_ids=event.article_ids,
            claims_json=json.dumps([c.to_json() for c in event.claims], ensure_ascii=False),
        )
    ints = {
        "year",
        "time_precision",
        "inter1",
        "inter2",
        "interaction",
        "iso",
        "geo_precision",
        "fatalities",
        "timestamp",
    }
    fields = [
        (c, pa.int64() if c in ints else pa.float64() if c in ("latitude", "longitude") else pa.string())
        for c in ACLED_COLUMNS
    ] + [("id", pa.string()), ("article_ids", pa.list_(pa.string())), ("claims_json", pa.string())]
    schema = pa.schema(fields)
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)
    return len(rows)


WRITERS = {
    "acled-csv": write_acled_csv,
    "ucdp-csv": write_ucdp_csv,
    "geojson": write_geojson,
    "jsonl": write_jsonl,
    "plover-json": write_plover_json,
}


def export(items: Items, fmt: str, out, articles: dict[str, ArticleInfo] | None = None) -> int:
    """Write events in ``fmt`` to ``out`` (a text stream; for parquet a path or binary stream)."""
    if fmt == "parquet":
        return write_parquet(items, out, articles)
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    return WRITERS[fmt](items, out, articles)
