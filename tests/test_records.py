"""The records' JSON form: a stable contract (issue 2, "Event JSON keys"), lossless round trips."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from warlog.records import (
    Actor,
    Article,
    ArticleResult,
    Claim,
    Event,
    Location,
    Span,
    UCDPDeaths,
    json_schema,
)

ARTICLES = Path(__file__).parent / "fixtures" / "articles"

EVENT_KEYS = [
    "id",
    "status",
    "event_date",
    "time_precision",
    "date_prec",
    "event_type",
    "sub_event_type",
    "disorder_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "interaction",
    "civilian_targeting",
    "location",
    "claims",
    "fatalities",
    "ucdp",
    "notes",
    "article_ids",
    "spans",
]
ACTOR_KEYS = ["name", "inter", "country", "spans"]
LOCATION_KEYS = [
    "name",
    "geonameid",
    "latitude",
    "longitude",
    "country",
    "iso3",
    "admin1",
    "admin2",
    "geo_precision",
    "where_prec",
    "relation",
    "spans",
]
CLAIM_KEYS = ["source", "kind", "victims", "low", "high", "text", "spans"]
UCDP_KEYS = ["low", "best", "high"]
SPAN_KEYS = ["start", "end", "text"]
ARTICLE_KEYS = ["id", "text", "published", "outlet", "url", "dateline", "agency", "language"]

TEXT = "MOGADISHU - A suicide bomber killed at least eight people in Mogadishu on Thursday, police said."


def span(word: str) -> Span:
    start = TEXT.index(word)
    return Span.of(TEXT, start, start + len(word))


def hand_made_result() -> ArticleResult:
    """Every record filled by hand: no model, no gazetteer."""
    article = Article(
        id=Article.hash_text(TEXT)[:16],
        text=TEXT,
        published=date(2024, 10, 4),
        dateline="Mogadishu",
        language="en",
        content_hash=Article.hash_text(TEXT),
    )
    claim = Claim(
        source="police",
        kind="killed",
        victims="people",
        low=8,
        high=None,
        quantifier="at least",
        acled_value=8,
        text="killed at least eight people",
        spans=[span("killed at least eight people")],
        source_spans=[span("police")],
        article_id=article.id,
    )
    event = Event(
        id="e1",
        status="reported",
        event_date="2024-10-03",
        time_precision=1,
        date_prec=1,
        event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb",
        disorder_type="Political violence",
        actor1=Actor(name="Al Shabaab", inter=2, inter_label="Rebel group", country="SOM"),
        actor2=Actor(name="Civilians (Somalia)", inter=7, country="SOM"),
        interaction=27,
        civilian_targeting="Civilian targeting",
        location=Location(
            name="Mogadishu",
            geonameid=53654,
            latitude=2.03711,
            longitude=45.34375,
            country="Somalia",
            iso3="SOM",
            admin1="Banaadir",
            geo_precision=1,
            where_prec=1,
            relation="in",
            spans=[span("Mogadishu on")],
        ),
        claims=[claim],
        fatalities=8,
        ucdp=UCDPDeaths(low=8, best=8, high=8),
        notes="A suicide bomber ...",
        article_ids=[article.id],
        spans=[span("suicide bomber")],
        date_spans=[span("on Thursday")],
    )
    return ArticleResult(article=article, events=[event])


@pytest.fixture(scope="module")
def fixture_results(pipeline) -> list[ArticleResult]:
    out = []
    for p in sorted(ARTICLES.glob("*.txt")):
        expected = json.loads(p.with_suffix(".expected.json").read_text())
        out.append(pipeline.extract(p.read_text(), published=expected["article"]["published"]))
    return out


def walk(obj, path="$"):
    """(path, value) of every value in a JSON tree."""
    yield path, obj
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, f"{path}[{i}]")


def test_hand_made_result_round_trips_through_json():
    r = hand_made_result()
    text = json.dumps(r.to_json())
    back = ArticleResult.model_validate(json.loads(text))
    assert back == r
    assert ArticleResult.model_validate_json(r.model_dump_json()) == r
    assert json.dumps(back.to_json()) == text


def test_pipeline_results_round_trip_through_json(fixture_results):
    for r in fixture_results:
        j = r.to_json()
        back = ArticleResult.model_validate(json.loads(json.dumps(j, ensure_ascii=False)))
        assert back.to_json() == j


def test_event_json_has_the_contract_keys():
    j = hand_made_result().to_json()
    assert set(ARTICLE_KEYS) <= set(j["article"])
    e = j["events"][0]
    assert set(EVENT_KEYS) <= set(e)
    for k in ("actor1", "actor2"):
        assert set(ACTOR_KEYS) <= set(e[k])
    assert set(LOCATION_KEYS) <= set(e["location"])
    assert set(CLAIM_KEYS) <= set(e["claims"][0])
    assert set(UCDP_KEYS) <= set(e["ucdp"])
    for s in e["spans"] + e["claims"][0]["spans"] + e["location"]["spans"]:
        assert set(SPAN_KEYS) <= set(s)


def test_pipeline_events_have_the_contract_keys(fixture_results):
    events = [e for r in fixture_results for e in r.to_json()["events"]]
    assert events
    for e in events:
        assert set(EVENT_KEYS) <= set(e)
        assert isinstance(e["assoc_actor_1"], list) and isinstance(e["assoc_actor_2"], list)
        for a in [e["actor1"], e["actor2"], *e["assoc_actor_1"], *e["assoc_actor_2"]]:
            if a is not None:
                assert set(ACTOR_KEYS) <= set(a)
        if e["location"] is not None:
            assert set(LOCATION_KEYS) <= set(e["location"])
        for c in e["claims"]:
            assert set(CLAIM_KEYS) <= set(c)
        assert set(UCDP_KEYS) <= set(e["ucdp"])


def test_open_ended_claim_keeps_high_as_null():
    c = hand_made_result().to_json()["events"][0]["claims"][0]
    assert "high" in c and c["high"] is None


def test_schema_lists_the_contract_keys():
    s = json_schema()
    defs = s["$defs"]
    for model, keys in (
        ("Event", EVENT_KEYS),
        ("Actor", ACTOR_KEYS),
        ("Location", LOCATION_KEYS),
        ("Claim", CLAIM_KEYS),
        ("UCDPDeaths", UCDP_KEYS),
        ("Span", SPAN_KEYS),
        ("Article", ARTICLE_KEYS),
    ):
        assert set(keys) <= set(defs[model]["properties"]), model


def test_schema_is_deterministic():
    assert json.dumps(json_schema(), sort_keys=True) == json.dumps(json_schema(), sort_keys=True)


def test_unknown_keys_are_rejected():
    j = hand_made_result().to_json()
    j["events"][0]["evnet_date"] = "2024-10-03"
    with pytest.raises(ValidationError):
        ArticleResult.model_validate(j)


def test_span_of_slices_the_text():
    s = span("suicide bomber")
    assert TEXT[s.start : s.end] == s.text == "suicide bomber"


def test_every_span_in_pipeline_output_matches_the_article_text(fixture_results):
    for r in fixture_results:
        j = r.to_json()
        text = j["article"]["text"]
        for path, v in walk(j["events"]):
            if isinstance(v, dict) and set(SPAN_KEYS) <= set(v) and isinstance(v.get("start"), int):
                assert text[v["start"] : v["end"]] == v["text"], f"{j['article']['id']} {path}"


def test_unknown_values_are_null_not_empty_strings(fixture_results):
    for r in fixture_results:
        j = r.to_json()
        empties = [p for p, v in walk(j) if v == ""]
        assert not empties, f"{j['article']['id']}: empty strings at {empties[:5]}"


def test_article_ids_point_to_the_article(fixture_results):
    for r in fixture_results:
        for e in r.events:
            assert r.article.id in e.article_ids


def test_derived_fatalities_come_from_death_claims(fixture_results):
    """ACLED fatalities are derived from the claims: none without a death claim, never negative."""
    for r in fixture_results:
        for e in r.reported():
            assert e.fatalities is None or e.fatalities >= 0
            if not [c for c in e.claims if c.kind == "killed" and c.low]:
                assert not e.fatalities, f"{r.article.id}: fatalities {e.fatalities} without a death claim"
