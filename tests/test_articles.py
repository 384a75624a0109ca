"""The project's own articles through the real pipeline, scored against hand-coded facts.

Each ``tests/fixtures/articles/NAME.txt`` (written for these tests) has a ``NAME.expected.json`` in the
format of ``../shared/examples/*.expected.json``: what an ACLED/UCDP coder records from it. The checker
below reads the same facts as ``../shared/tools/check_expected.py``, a little stricter:

- actors are looked up in the matched event only (not in any event of the same day), and country
  words are ignored when comparing names, so "Civilians (Kenya)" never passes for "Police Forces of
  Kenya";
- the sub-event type is checked (``sub_event_type`` or ``acceptable_sub_event_types``);
- ``location.acceptable_admin1`` lists other spellings of the first-level division;
- claims are looked up in the matched event, with their kind, value and source.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
NAMES = sorted(p.name.removesuffix(".expected.json") for p in ARTICLES.glob("*.expected.json"))

STOP = {"the", "of", "forces", "force", "and", "de", "al", "group", "s", "a", "an", "on", "in", "its"}
# Country words: every generated actor carries one, so they must not make two actors "the same".
COUNTRY_WORDS = {
    "kenya",
    "kenyan",
    "nigeria",
    "nigerian",
    "somalia",
    "somali",
    "syria",
    "syrian",
    "burkina",
    "faso",
    "burkinabe",
    "uganda",
    "ugandan",
    "yemen",
    "yemeni",
}


def _words(text: str | None) -> set[str]:
    return {
        w for w in re.findall(r"[a-z]+", (text or "").lower()) if w not in STOP and w not in COUNTRY_WORDS
    }


def same_name(a: str | None, b: str | None) -> bool:
    """Half of the shorter name's words are in the other (check_expected.py's rule, country words aside)."""
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = math.pi / 180
    x = (
        math.sin((lat2 - lat1) * r / 2) ** 2
        + math.cos(lat1 * r) * math.cos(lat2 * r) * math.sin((lon2 - lon1) * r / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(min(1.0, x)))


def tolerance_km(gold: dict) -> float:
    m = re.search(r"tolerance\s+(\d+)\s*km", gold["location"].get("note") or "")
    return float(m.group(1)) if m else 10.0


def distance_km(event: dict, gold: dict) -> float:
    loc = event.get("location") or {}
    if loc.get("latitude") is None or loc.get("longitude") is None:
        return math.inf
    g = gold["location"]
    return km(g["latitude"], g["longitude"], loc["latitude"], loc["longitude"])


def gold_dates(gold: dict) -> set[str]:
    return {gold["date"], *gold.get("acceptable_dates", [])}


def gold_types(gold: dict) -> set[str]:
    return {gold["event_type"], *gold.get("acceptable_event_types", [])}


def gold_sub_types(gold: dict) -> set[str]:
    return {gold["sub_event_type"], *gold.get("acceptable_sub_event_types", [])} - {None}


def event_actor_names(event: dict) -> list[str]:
    names = [(event.get(k) or {}).get("name") for k in ("actor1", "actor2")]
    for k in ("assoc_actor_1", "assoc_actor_2"):
        names += [a.get("name") for a in event.get(k) or []]
    return [n for n in names if n]


def actor_found(gold_actor: dict, names: list[str], alternatives: list[dict] = ()) -> bool:
    cands = [c for a in [gold_actor, *alternatives] for c in [a.get("canonical"), *a.get("mentions", [])]]
    return any(same_name(n, c) for n in names for c in cands)


def claim_found(gold: dict, claims: list[dict]) -> bool:
    low = gold.get("low")
    if low is None:
        return True
    slack = max(1, low // 2) if "dozen" in (gold.get("text") or "") else 0
    for c in claims:
        if c.get("low") is None or abs(c["low"] - low) > slack:
            continue
        if gold.get("kind") and c.get("kind") and c["kind"] != gold["kind"]:
            continue
        if not gold.get("source") or _words(c.get("source")) & _words(gold["source"]):
            return True
    return False


@dataclass
class Score:
    misses: list[str] = field(default_factory=list)
    total: int = 0

    def check(self, ok: bool, what: str) -> None:
        self.total += 1
        if not ok:
            self.misses.append(what)


def match_events(
    gold_events: list[dict], events: list[dict]
) -> tuple[list[tuple[dict, dict | None]], list[dict]]:
    """Each gold event (required ones first) takes the unused output event that fits it best."""
    used: set[int] = set()
    pairs = []
    for g in sorted(gold_events, key=lambda g: bool(g.get("optional"))):
        free = [i for i in range(len(events)) if i not in used]
        rank = sorted(
            free,
            key=lambda i: (
                events[i].get("event_date") not in gold_dates(g),
                distance_km(events[i], g) > tolerance_km(g) + 15,
                events[i].get("event_type") not in gold_types(g),
            ),
        )
        best = rank[0] if rank else None
        if g.get("optional"):
            e = events[best] if best is not None else {}
            if e.get("event_date") in gold_dates(g) and distance_km(e, g) <= tolerance_km(g) + 15:
                used.add(best)
            continue
        if best is not None:
            used.add(best)
        pairs.append((g, events[best] if best is not None else None))
    extra = [e for i, e in enumerate(events) if i not in used]
    return pairs, extra


def check_event(score: Score, g: dict, e: dict | None) -> None:
    gid = g["id"]
    if e is None:
        score.check(False, f"{gid}: no reported event at all")
        return
    loc = e.get("location") or {}
    score.check(
        e.get("event_date") in gold_dates(g),
        f"{gid}: event_date {e.get('event_date')} not in {sorted(gold_dates(g))}",
    )
    if g.get("time_precision") is not None:
        score.check(
            e.get("time_precision") == g["time_precision"],
            f"{gid}: time_precision {e.get('time_precision')} != {g['time_precision']}",
        )
    score.check(
        e.get("event_type") in gold_types(g),
        f"{gid}: event_type {e.get('event_type')!r} not in {sorted(gold_types(g))}",
    )
    if gold_sub_types(g):
        score.check(
            e.get("sub_event_type") in gold_sub_types(g),
            f"{gid}: sub_event_type {e.get('sub_event_type')!r} not in {sorted(gold_sub_types(g))}",
        )
    names = event_actor_names(e)
    for key in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        if isinstance(g.get(key), dict):
            alts = g.get("acceptable_actor2", []) if key == "actor2" else []
            score.check(
                actor_found(g[key], names, alts), f"{gid}: {key} {g[key]['canonical']!r} not among {names}"
            )
    d, tol = distance_km(e, g), tolerance_km(g)
    score.check(
        d <= tol,
        f"{gid}: place {loc.get('name')!r} ({loc.get('latitude')}, {loc.get('longitude')}) is "
        f"{d:.0f} km from {g['location']['name']} (tolerance {tol:.0f} km)",
    )
    admin1s = [g["location"].get("admin1"), *g["location"].get("acceptable_admin1", [])]
    if admin1s[0]:
        got = (loc.get("admin1") or "").lower()
        score.check(
            any(got == a.lower() or same_name(got, a) for a in admin1s),
            f"{gid}: admin1 {loc.get('admin1')!r} not in {admin1s}",
        )
    if g["location"].get("geo_precision") is not None:
        score.check(
            loc.get("geo_precision") == g["location"]["geo_precision"],
            f"{gid}: geo_precision {loc.get('geo_precision')} != {g['location']['geo_precision']}",
        )
    claims = e.get("claims") or []
    got_claims = [(c.get("kind"), c.get("low"), c.get("high"), c.get("source")) for c in claims]
    for gc in g.get("fatality_claims", []) + g.get("other_claims", []):
        score.check(
            claim_found(gc, claims),
            f"{gid}: claim {gc.get('kind', 'killed')} {gc['low']} by {gc.get('source')!r} "
            f"({gc.get('text')!r}) not among {got_claims}",
        )
    fat = g.get("fatalities") or {}
    if fat.get("acled") is not None:
        ok = {fat["acled"], *fat.get("acled_acceptable", [])}
        score.check(
            e.get("fatalities") in ok, f"{gid}: ACLED fatalities {e.get('fatalities')} not in {sorted(ok)}"
        )


def non_casualty_numbers(expected: dict) -> set[int]:
    real = {
        gc.get("low")
        for g in expected["events"]
        for gc in g.get("fatality_claims", []) + g.get("other_claims", [])
    }
    found = {
        int(n)
        for ne in expected.get("not_events", [])
        for n in re.findall(r"\d+", ne["text"].replace(",", ""))
    }
    return found - real


def score_output(expected: dict, output: dict) -> Score:
    score = Score()
    events = [e for e in output.get("events", []) if (e.get("status") or "reported") == "reported"]
    pairs, extra = match_events(expected["events"], events)
    for g, e in pairs:
        check_event(score, g, e)
    described = [
        (
            e.get("event_date"),
            e.get("event_type"),
            (e.get("location") or {}).get("name"),
            [s.get("text") for s in e.get("spans", [])][:4],
        )
        for e in extra
    ]
    score.check(not extra, f"{len(extra)} reported event(s) match nothing in the gold: {described}")
    bogus = non_casualty_numbers(expected)
    bad = [c.get("text") for e in events for c in e.get("claims", []) if c.get("low") in bogus]
    score.check(not bad, f"claims made from numbers that are not casualty counts: {bad}")
    return score


def load(name: str) -> tuple[str, dict]:
    return (ARTICLES / f"{name}.txt").read_text(encoding="utf-8"), json.loads(
        (ARTICLES / f"{name}.expected.json").read_text()
    )


def test_there_are_enough_articles_of_each_kind():
    assert len(NAMES) >= 10
    kinds = {e["sub_event_type"] for n in NAMES for e in load(n)[1]["events"]}
    for sub in (
        "Peaceful protest",
        "Violent demonstration",
        "Remote explosive/landmine/IED",
        "Air/drone strike",
        "Abduction/forced disappearance",
        "Arrests",
        "Suicide bomb",
    ):
        assert sub in kinds
    assert sum(1 for n in NAMES if not load(n)[1]["events"]) >= 2, "two articles with no conflict event"
    assert any(len([e for e in load(n)[1]["events"] if not e.get("optional")]) >= 2 for n in NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_article_text_is_wire_sized(name):
    text, expected = load(name)
    assert 150 <= len(text.split()) <= 400
    assert expected["article"]["published"]


@pytest.mark.parametrize("name", NAMES)
def test_article_facts(pipeline, name):
    text, expected = load(name)
    result = pipeline.extract(text, published=expected["article"]["published"]).to_json()
    score = score_output(expected, result)
    assert not score.misses, (
        f"{name}: {score.total - len(score.misses)}/{score.total} facts\n  " + "\n  ".join(score.misses)
    )


@pytest.mark.parametrize("name", NAMES)
def test_article_metadata(pipeline, name):
    text, expected = load(name)
    article = pipeline.article(text, published=expected["article"]["published"])
    assert article.published.isoformat() == expected["article"]["published"]
    assert article.language == "en"
    assert (article.dateline or "").lower() == expected["article"]["dateline"].lower(), (
        f"{name}: dateline {article.dateline!r}, expected {expected['article']['dateline']!r} from {text[:40]!r}"
    )


@pytest.mark.parametrize("name", NAMES)
def test_library_and_file_reading_agree(pipeline, name, tmp_path):
    """``extract`` on the text and ``extract_file`` on the same bytes give the same events."""
    text, expected = load(name)
    published = expected["article"]["published"]
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    a = pipeline.extract(text, published=published).to_json()
    b = pipeline.extract_file(str(path), published=published).to_json()
    assert a["events"] == b["events"]


# The checker itself, on hand-made outputs (no model needed).


def _event(**kw):
    base = {
        "status": "reported",
        "event_date": "2024-01-16",
        "time_precision": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": {"name": "Military Forces of Syria"},
        "assoc_actor_1": [],
        "actor2": {"name": "Civilians (Syria)"},
        "assoc_actor_2": [],
        "location": {
            "name": "Saraqib",
            "latitude": 35.86,
            "longitude": 36.80,
            "admin1": "Idlib",
            "geo_precision": 1,
        },
        "claims": [
            {"kind": "killed", "low": 9, "high": 9, "source": "Syrian Observatory for Human Rights"},
            {"kind": "killed", "low": 11, "high": None, "source": "White Helmets rescue workers"},
            {"kind": "injured", "low": 20, "high": None, "source": "White Helmets"},
        ],
        "fatalities": 9,
        "spans": [],
    }
    base.update(kw)
    return base


def test_checker_accepts_the_gold_and_rejects_errors():
    _, expected = load("airstrike_saraqib")
    assert score_output(expected, {"events": [_event()]}).misses == []
    wrong = score_output(
        expected,
        {
            "events": [
                _event(
                    event_date="2024-01-17",
                    actor2={"name": "Police Forces of Syria"},
                    location={"name": "Syria", "latitude": 35.0, "longitude": 38.0},
                )
            ]
        },
    )
    text = "\n".join(wrong.misses)
    assert "event_date" in text and "actor2" in text and "place" in text and "admin1" in text
    bogus = score_output(
        expected, {"events": [_event(claims=[{"kind": "killed", "low": 12, "source": None}])]}
    )
    assert any("not casualty counts" in m for m in bogus.misses)
    assert any("match nothing" in m for m in score_output(expected, {"events": [_event(), _event()]}).misses)


def test_checker_wants_zero_events_for_no_event_articles():
    _, expected = load("football_kampala")
    assert score_output(expected, {"events": []}).misses == []
    assert score_output(expected, {"events": [_event(status="background")]}).misses == []
    assert score_output(expected, {"events": [_event()]}).misses


@pytest.mark.parametrize(
    "text, language",
    [
        ("Militants slaughtered 12 villagers overnight.", "en"),  # a headline: no function words
        ("Gunmen kill five in Garissa", "en"),
        ("Des hommes armés ont attaqué un village près de Djibo.", None),
        ("Hombres armados atacaron una aldea cerca de la frontera.", None),
        ("武装分子袭击了北部的一个村庄", None),
        ("12 34 56", None),
    ],
)
def test_language_of_short_texts(text, language):
    from warlog.articles import detect_language

    assert detect_language(text) == language
