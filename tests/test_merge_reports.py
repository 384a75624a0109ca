"""Forty differently worded and figured reports of one clash, through the real pipeline and the store.

Issue 3: they ingest into one event (or the clash plus its linked air-strike event) citing all forty
articles with every source's claim kept; a clash the same day ~65 km away stays separate; reordering
the input gives the same events.
"""

from __future__ import annotations

import json
import random

import pytest
from fixtures_store.factory import STORE_KINDS, open_test_store
from fixtures_store.khasham import khasham_reports, markada_report

from warlog.ingest import ingest
from warlog.merge import distance_km

KHASHAM = (35.30088, 40.28916)


@pytest.fixture(params=STORE_KINDS)
def store(request, tmp_path):
    yield from open_test_store(request.param, tmp_path)


@pytest.fixture(scope="module")
def extracted(pipeline):
    """Each report's own extraction (to compare the merged events against)."""
    from warlog.ingest import RawItem, to_article

    rows = khasham_reports() + [markada_report()]
    return [
        pipeline.extract(to_article(RawItem(r["url"], r["text"], r["published"]), None, pipeline.settings))
        for r in rows
    ]


def _write(rows, path):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _near(event, point, km=40.0):
    loc = event.location
    return loc and loc.latitude is not None and distance_km(loc.latitude, loc.longitude, *point) <= km


def _ingest(rows, store, pipeline, tmp_path, name):
    report = ingest([_write(rows, tmp_path / name)], store, pipeline)
    assert report.rejected == 0, store.rejections()
    return store.events()


def test_forty_reports_of_one_clash_make_one_event(store, pipeline, extracted, tmp_path):
    rows = khasham_reports() + [markada_report()]
    events = _ingest(rows, store, pipeline, tmp_path, "reports.jsonl")
    ids = {r.article.id for r in extracted[:40]}
    markada = extracted[40].article.id
    clash = [e for e in events if ids & set(e.article_ids)]
    assert len(clash) <= 2, [
        (e.event_type, e.location and e.location.name, len(e.article_ids)) for e in clash
    ]
    assert set().union(*(e.article_ids for e in clash)) == ids  # all forty cited
    assert all(markada not in e.article_ids for e in clash)  # the Markada clash stays apart
    (separate,) = [e for e in events if markada in e.article_ids]
    assert distance_km(separate.location.latitude, separate.location.longitude, *KHASHAM) > 50
    kept = sorted((c.source or "", c.low or 0, c.article_id) for e in clash for c in e.claims)
    own = sorted(
        (c.source or "", c.low or 0, r.article.id)
        for r in extracted[:40]
        for e in r.reported()
        for c in e.claims
    )
    assert kept == own  # every source's claim, with its article
    main = max(clash, key=lambda e: len(e.article_ids))
    assert main.event_date == "2018-02-07" and _near(main, KHASHAM)
    assert main.fatalities == min(c.acled_value or c.low for c in main.claims if c.kind == "killed")


def test_reordering_the_reports_gives_the_same_events(pipeline, tmp_path):
    from warlog.store import open_store

    rows = khasham_reports() + [markada_report()]
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    got = []
    for name, order in (("a", rows), ("b", shuffled), ("c", rows[::-1])):
        with open_store(str(tmp_path / f"{name}.sqlite")) as s:
            events = _ingest(order, s, pipeline, tmp_path, f"{name}.jsonl")
            got.append(
                sorted(
                    (e.id, tuple(e.article_ids), e.fatalities, e.event_type, len(e.claims)) for e in events
                )
            )
    assert got[0] == got[1] == got[2]
