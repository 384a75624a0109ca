"""Exports: exact reference column names (read back with pandas), valid GeoJSON, PLOVER, notes."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from click.testing import CliRunner
from fixtures_store.factory import FAR_VILLAGE, claim, clash, place, result, story

from warlog.cli import main
from warlog.export import (
    ACLED_COLUMNS,
    UCDP_COLUMNS,
    acled_rows,
    geojson,
    interaction,
    priogrid_gid,
    write_acled_csv,
    write_ucdp_csv,
)
from warlog.notes import write_notes
from warlog.records import Event
from warlog.store import open_store

# ACLED's and UCDP GED's published column lists, written out again here on purpose.
ACLED_REFERENCE = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
).split(",")
UCDP_REFERENCE = {
    "side_a",
    "side_b",
    "type_of_violence",
    "date_start",
    "date_end",
    "date_prec",
    "where_prec",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "low",
    "high",
    "source_article",
    "source_headline",
    "country",
}
CLAIMS = [
    claim("the coalition", 100, "more than"),
    claim("the Syrian Observatory", 45),
    claim("state media", 24, "dozens", acled=12),
]


@pytest.fixture()
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'ex.sqlite'}"
    with open_store(url) as s:
        for i, c in enumerate(CLAIMS):
            s.add_result(result(story(i), [clash([c])], outlet=["AFP", "Reuters", "SANA"][i]))
        protest = clash(
            event_type="Protests",
            sub="Peaceful protest",
            a1="Protesters (Syria)",
            a2=None,
            assoc2=(),
            where=place("Al-Kishmah", *FAR_VILLAGE, relation="in"),
        )
        s.add_result(result(story(9), [protest], outlet="Enab Baladi"))
    return url


def _export(db, fmt, tmp_path):
    out = tmp_path / f"out.{fmt}"
    res = CliRunner().invoke(main, ["export", "--db", db, "--format", fmt, "-o", str(out)])
    assert res.exit_code == 0, res.output
    return out


def test_acled_csv_has_exactly_acleds_columns(db, tmp_path):
    df = pd.read_csv(_export(db, "acled-csv", tmp_path))
    assert list(df.columns) == ACLED_REFERENCE == ACLED_COLUMNS
    clash_row = df[df.event_type == "Battles"].iloc[0]
    assert clash_row.iso == 760 and clash_row.region == "Middle East" and clash_row.country == "Syria"
    assert clash_row.fatalities == 12 and clash_row.interaction == 12
    assert clash_row.source == "AFP; Reuters; SANA"
    assert clash_row.notes.startswith("On 7 February 2018, pro-government forces clashed with SDF")


def test_ucdp_csv_has_geds_columns(db, tmp_path):
    df = pd.read_csv(_export(db, "ucdp-csv", tmp_path))
    assert list(df.columns) == UCDP_COLUMNS and UCDP_REFERENCE <= set(df.columns)
    (row,) = df.itertuples()  # the protest is not organised violence
    assert (row.type_of_violence, row.low, row.best, row.high) == (1, 12, 45, 100)
    assert row.date_start == row.date_end == "2018-02-07" and row.priogrid_gid == priogrid_gid(
        35.30088, 40.28916
    )


# RFC 7946's FeatureCollection of Points (null geometry allowed), as a JSON Schema.
POSITION = {"type": "array", "minItems": 2, "maxItems": 3, "items": {"type": "number"}}
POINT = {
    "type": "object",
    "required": ["type", "coordinates"],
    "properties": {"type": {"const": "Point"}, "coordinates": POSITION},
}
GEOJSON_POINTS = {
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "geometry", "properties"],
                "properties": {
                    "type": {"const": "Feature"},
                    "id": {"type": ["string", "number"]},
                    "geometry": {"oneOf": [{"type": "null"}, POINT]},
                    "properties": {"type": ["object", "null"]},
                },
            },
        },
    },
}


def test_geojson_is_a_valid_feature_collection(db, tmp_path):
    import jsonschema

    data = json.loads(_export(db, "geojson", tmp_path).read_text())
    jsonschema.validate(data, GEOJSON_POINTS)
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 2
    for f in data["features"]:
        assert f["type"] == "Feature" and set(f) == {"type", "id", "geometry", "properties"}
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90 and lon > lat  # [lon, lat] order at Khasham
        assert "event_id_cnty" in f["properties"]


def test_jsonl_round_trips_full_records(db, tmp_path):
    lines = _export(db, "jsonl", tmp_path).read_text().splitlines()
    events = [Event.model_validate_json(line) for line in lines]
    battle = next(e for e in events if e.event_type == "Battles")
    assert len(battle.claims) == 3 and all(c.article_id for c in battle.claims)


def test_plover_json_goes_through_the_crosswalk(db, tmp_path):
    records = json.loads(_export(db, "plover-json", tmp_path).read_text())
    assert sorted((r["event_type"], r["mode"]) for r in records) == [
        ("ASSAULT", "firearms"),
        ("PROTEST", "demo"),
    ]


def test_parquet_has_acled_columns(db, tmp_path):
    df = pd.read_parquet(_export(db, "parquet", tmp_path))
    assert list(df.columns)[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert set(df.event_type) == {"Battles", "Protests"}


def test_acled_rows_from_article_results_skip_background():
    r = result(story(1), [clash(CLAIMS), clash(day="2017-06-01", status="background")])
    rows = acled_rows([r])
    assert len(rows) == 1 and rows[0]["source"] == "AFP" and rows[0]["fatalities"] == 12
    buf = io.StringIO()
    assert write_acled_csv([r], buf) == 1
    assert buf.getvalue().splitlines()[0] == ",".join(ACLED_COLUMNS)
    assert write_ucdp_csv([r], io.StringIO()) == 1


def test_geojson_of_an_unplaced_event_has_null_geometry():
    event = clash(where=place(lat=None, lon=None))
    (feature,) = geojson([event])["features"]
    assert feature["geometry"] is None


def test_interaction_codes():
    assert interaction(2, 1) == 12 and interaction(6, None) == 60 and interaction(None, None) is None


def test_notes_read_like_acleds():
    note = write_notes(clash(CLAIMS))
    assert note == (
        "On 7 February 2018, pro-government forces clashed with SDF (supported by US-led coalition) near Khasham "
        "(Deir ez-Zor, Syria). The coalition reported more than 100 killed; the Syrian Observatory reported 45 "
        "killed; state media reported dozens killed."
    )
    vague = clash([], precision=3, a2=None, assoc2=(), sub="Air/drone strike", a1="Russian air force")
    assert (
        write_notes(vague)
        == "In February 2018, Russian air force carried out air/drone strikes near Khasham (Deir ez-Zor, Syria)."
    )
