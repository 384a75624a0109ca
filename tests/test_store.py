"""The store suite: every test runs on SQLite and on a real PostgreSQL server (WARLOG_TEST_PG_URL)."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from fixtures_store.factory import (
    FAR_VILLAGE,
    STORE_KINDS,
    claim,
    clash,
    open_test_store,
    place,
    result,
    story,
)

from warlog.store import EventFilter


@pytest.fixture(params=STORE_KINDS)
def store(request, tmp_path):
    yield from open_test_store(request.param, tmp_path)


def test_migrations_are_named_and_recorded(store):
    assert store.migrations() == [
        "0001_articles_mentions_events",
        "0002_rejections",
        "0003_mention_coordinates",
        "0004_mentions_country_day_index",
    ]
    assert store.migrate() == []  # reopening applies nothing twice


def test_add_result_is_idempotent_by_content_hash(store):
    r = result(story(1), [clash([claim("SOHR", 45)])])
    first, again = store.add_result(r), store.add_result(r)
    assert first.added and not again.added
    assert store.counts() == {"articles": 1, "mentions": 1, "events": 1, "rejections": 0}
    assert store.has_article(r.article.content_hash)
    assert [a.id for a in store.articles()] == [r.article.id]


def test_reports_of_one_clash_merge_and_claims_accumulate(store):
    reports = [
        result(story(1), [clash([claim("the coalition", 100, "more than")])]),
        result(story(2), [clash([claim("Syrian Observatory", 45)])]),
        result(
            story(3),
            [clash([claim("state media", 24, "dozens", acled=12)], a1="pro-government forces", a2=None)],
        ),
    ]
    for r in reports:
        store.add_result(r)
    (event,) = store.events()
    assert event.article_ids == sorted(r.article.id for r in reports)
    assert sorted(c.source for c in event.claims) == ["Syrian Observatory", "state media", "the coalition"]
    assert event.fatalities == 12  # ACLED: the lowest reported figure
    assert (event.ucdp.low, event.ucdp.best, event.ucdp.high) == (12, 45, 100)
    assert event.notes.startswith("On 7 February 2018, pro-government forces clashed with SDF")
    assert {c.article_id for c in event.claims} == {r.article.id for r in reports}


def test_event_60_km_away_the_same_day_stays_separate(store):
    far = place("Al-Kishmah", *FAR_VILLAGE, relation="in")
    store.add_result(result(story(1), [clash([claim("SOHR", 45)])]))
    store.add_result(result(story(2), [clash([claim("SOHR", 7)], where=far)]))
    store.add_result(result(story(3), [clash([claim("AFP", 40)])]))
    events = store.events()
    assert sorted(len(e.article_ids) for e in events) == [1, 2]
    assert {e.location.name for e in events} == {"Khasham", "Al-Kishmah"}


def test_higher_type_absorbs_lower(store):
    strike = clash(
        [claim("the coalition", 100, "more than")],
        event_type="Explosions/Remote violence",
        sub="Air/drone strike",
        a1="US-led coalition",
        a2="pro-government forces",
        assoc2=(),
    )
    store.add_result(result(story(1), [strike]))
    store.add_result(result(story(2), [clash([claim("SOHR", 45)])]))
    (event,) = store.events()
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_two_events_of_one_article_stay_apart(store):
    strike = clash(
        event_type="Explosions/Remote violence",
        sub="Air/drone strike",
        a1="US-led coalition",
        a2="pro-government forces",
        assoc2=(),
    )
    store.add_result(result(story(1), [clash(), strike]))
    assert len(store.events()) == 2


@pytest.mark.parametrize("order", list(itertools.permutations(range(4)))[::5])
def test_reordering_the_input_gives_the_same_events(store, order):
    far = place("Al-Kishmah", *FAR_VILLAGE, relation="in")
    vague = place("Deir ez-Zor province", 35.336, 40.140, precision=3, relation="in")
    reports = [
        result(story(1), [clash([claim("SOHR", 45)])]),
        result(story(2), [clash([claim("AFP", 30)], where=far)]),
        result(story(3), [clash([claim("SANA", 24, "dozens", acled=12)], where=vague, precision=2)]),
        result(story(4), [clash([claim("the coalition", 100, "more than")], day="2018-02-08")]),
    ]
    for i in order:
        store.add_result(reports[i])
    got = sorted((e.id, tuple(e.article_ids), e.fatalities) for e in store.events())
    assert got == EXPECTED_ORDER_FREE.setdefault(type(store).__name__, got)


EXPECTED_ORDER_FREE: dict[str, list] = {}


def test_a_later_article_can_split_an_event(store):
    # A province-level, week-precision report first joins the precise Khasham clash ...
    vague = place("Deir ez-Zor province", 35.336, 40.140, precision=3, relation="in")
    store.add_result(result(story(1), [clash([claim("SOHR", 45)])]))
    store.add_result(result(story(2), [clash([claim("SANA", 20)], where=vague, precision=2)]))
    assert len(store.events()) == 1
    # ... until a precise report 10 km away across the province line joins the clash, which the vague
    # report (Deir ez-Zor only) cannot: the vague report becomes an event of its own.
    border = place("Tall Barak", 35.39, 40.29, admin1="Al-Hasakah", precision=1, relation="in")
    store.add_result(result(story(3), [clash([claim("ANHA", 50)], where=border)]))
    sizes = sorted(len(e.article_ids) for e in store.events())
    assert sizes == [1, 2]


def test_syndicated_copies_are_one_source(store):
    text = story(1, "The Syrian Observatory said 45 fighters were killed in the clashes on Wednesday night.")
    copy = text.replace("Wednesday night", "Wednesday evening")
    store.add_result(result(text, [clash([claim("Syrian Observatory", 45)])], outlet="AFP"))
    outcome = store.add_result(result(copy, [clash([claim("Syrian Observatory", 45)])], outlet="Yahoo News"))
    assert outcome.added and outcome.duplicate_of is not None
    (event,) = store.events()
    assert len(event.article_ids) == 2 and len(event.claims) == 1
    from warlog.export import ucdp_rows

    (row,) = ucdp_rows([event], store.article_info())
    assert row["number_of_sources"] == 1


def test_background_events_are_kept_but_not_merged(store):
    store.add_result(result(story(1), [clash(), clash(day="2017-09-01", status="background")]))
    assert store.counts()["mentions"] == 2
    assert [e.event_date for e in store.events()] == ["2018-02-07"]


def test_events_filters(store):
    far = place("Al-Kishmah", *FAR_VILLAGE, relation="in")
    store.add_result(result(story(1), [clash()]))
    store.add_result(
        result(story(2), [clash(day="2018-03-01", where=far, a1="Islamic State", a1_inter=2, assoc2=())])
    )
    assert len(store.events(country="syria")) == 2 == len(store.events(country="SYR"))
    assert len(store.events(admin1="Deir ez-Zor", since=date(2018, 2, 8))) == 1
    assert len(store.events(EventFilter(until=date(2018, 2, 7)))) == 1
    assert [e.actor1.name for e in store.events(actor="islamic")] == ["Islamic State"]
    assert store.events(event_type="Protests") == []


def test_rejections_are_recorded_once(store):
    store.record_rejection("feed.jsonl:3", "malformed JSON", "W107")
    store.record_rejection("feed.jsonl:3", "malformed JSON", "W107")
    store.record_rejection("x.bin", "binary data", "W102")
    assert [(r.source, r.code) for r in store.rejections()] == [("feed.jsonl:3", "W107"), ("x.bin", "W102")]


def test_failed_add_rolls_back_everything(store, monkeypatch):
    r = result(story(1), [clash()])

    def boom(*args, **kwargs):
        raise RuntimeError("crash while merging")

    monkeypatch.setattr(type(store), "_write_event", boom)
    with pytest.raises(RuntimeError):
        store.add_result(r)
    monkeypatch.undo()
    assert store.counts()["articles"] == 0
    assert store.add_result(r).added and store.counts()["events"] == 1


def test_rebuild_matches_incremental_merging(store):
    far = place("Al-Kishmah", *FAR_VILLAGE, relation="in")
    for i, where in enumerate([None, far, None, None]):
        store.add_result(result(story(i), [clash([claim("SOHR", 10 + i)], where=where)]), merge=False)
    assert store.counts()["events"] == 4
    assert store.rebuild_events() == 2
    assert sorted(len(e.article_ids) for e in store.events()) == [1, 3]


def test_an_older_store_is_migrated_on_opening(tmp_path, monkeypatch):
    from warlog.store import migrations, open_store

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
    with open_store(url) as old:
        assert old.migrations() == ["0001_articles_mentions_events", "0002_rejections"]
    monkeypatch.undo()
    with open_store(url) as s:
        assert s.migrations()[2:] == ["0003_mention_coordinates", "0004_mentions_country_day_index"]
        assert s.migrate() == []


def test_mentions_without_coordinate_columns_still_merge(store):
    store.add_result(result(story(1), [clash([claim("SOHR", 45)])]))
    store._execute("UPDATE mentions SET lat = NULL, lon = NULL, geo_precision = NULL")  # as before 0003
    store.add_result(result(story(2), [clash([claim("AFP", 40)])]))
    (event,) = store.events()
    assert len(event.article_ids) == 2


def test_two_writers_at_once_give_the_same_store_as_one(store, tmp_path):
    """Two processes' worth of writers (two connections, two threads) on one store."""
    import threading

    from warlog.store import open_store

    far = place("Al-Kishmah", *FAR_VILLAGE, relation="in")
    reports = [
        result(story(i), [clash([claim("SOHR", i)], where=far if i % 3 == 0 else None)]) for i in range(24)
    ]
    url = getattr(store, "pg_url", None) or f"sqlite:///{store.path}"
    errors: list[BaseException] = []

    def write(part):
        try:
            with open_store(url) as s:
                for r in part:
                    s.add_result(r)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(reports[k::2],)) for k in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with open_store(str(tmp_path / "serial.sqlite")) as serial:
        for r in reports:
            serial.add_result(r)
        expected = sorted((e.id, tuple(e.article_ids)) for e in serial.events())
    assert sorted((e.id, tuple(e.article_ids)) for e in store.events()) == expected
