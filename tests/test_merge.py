"""Merging rules as pure functions: compatibility, clustering, derived fatalities, near-duplicates."""

from __future__ import annotations

import random

from fixtures_store.factory import FAR_VILLAGE, claim, clash, place, story
from hypothesis import given, settings
from hypothesis import strategies as st

from warlog.merge import (
    build_event,
    cluster_mentions,
    compatible,
    connected_components,
    derive_fatalities,
    distance_km,
    estimated_jaccard,
    make_mention,
    minhash,
)

WINDOW, KM = 1, 25.0


def test_distance_km_of_the_60_km_village():
    assert abs(distance_km(35.30088, 40.28916, *FAR_VILLAGE) - 60) < 0.5


def test_same_actor_pair_place_and_day_are_compatible():
    a, b = make_mention("a", 0, clash()), make_mention("b", 0, clash(a2=None))
    assert compatible(a, b, WINDOW, KM)
    far = make_mention("c", 0, clash(where=place("Al-Kishmah", *FAR_VILLAGE)))
    assert not compatible(a, far, WINDOW, KM)
    other_pair = make_mention("d", 0, clash(a1="Islamic State", a1_inter=2, assoc2=()))
    assert not compatible(a, other_pair, WINDOW, KM)
    later = make_mention("e", 0, clash(day="2018-02-10"))
    assert not compatible(a, later, WINDOW, KM)
    assert not compatible(a, make_mention("a", 1, clash()), WINDOW, KM)  # one article's two events


def test_imprecise_date_matches_within_its_week():
    week = make_mention("a", 0, clash(day="2018-02-05", precision=2))
    assert compatible(week, make_mention("b", 0, clash(day="2018-02-08")), WINDOW, KM)


def test_acled_fatalities_are_the_lowest_figure_and_ucdp_keeps_the_range():
    claims = [
        claim("the coalition", 100, "more than"),
        claim("SOHR", 45),
        claim("state media", 24, "dozens", acled=12),
        claim("SOHR", 20, victims="pro-government fighters"),
    ]
    fatalities, ucdp = derive_fatalities(claims)
    assert fatalities == 12
    assert (ucdp.low, ucdp.best, ucdp.high) == (12, 45, 100)
    assert derive_fatalities([claim("SOHR", 3, kind="injured")]) == (0, derive_fatalities([])[1])


def test_near_duplicate_signatures():
    text = story(1, "The Syrian Observatory said 45 fighters were killed in the clashes on Wednesday night.")
    copy = text.replace("Wednesday night", "Wednesday evening")
    assert estimated_jaccard(minhash(text), minhash(copy)) >= 0.8
    assert estimated_jaccard(minhash(text), minhash(story(2))) < 0.5


def _mentions(seed: int):
    rng = random.Random(seed)
    far = place("Al-Kishmah", *FAR_VILLAGE)
    out = []
    for i in range(12):
        where = far if rng.random() < 0.3 else place(precision=rng.choice([1, 2, 3]))
        day = rng.choice(["2018-02-06", "2018-02-07", "2018-02-08", "2018-02-11"])
        event = clash([claim("SOHR", rng.randint(1, 50))], day=day, where=where, a2=rng.choice(["SDF", None]))
        out.append(make_mention(f"art{i:02d}", 0, event))
    return out


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.randoms(use_true_random=False))
def test_clustering_is_order_independent(seed, rnd):
    mentions = _mentions(seed)
    shuffled = mentions[:]
    rnd.shuffle(shuffled)
    key = lambda clusters: sorted(sorted(m.id for m in c) for c in clusters)  # noqa: E731
    assert key(cluster_mentions(mentions, WINDOW, KM)) == key(cluster_mentions(shuffled, WINDOW, KM))
    comps = key(connected_components(shuffled, WINDOW, KM))
    assert comps == key(connected_components(mentions, WINDOW, KM))


def test_clusters_never_cross_components():
    mentions = _mentions(7)
    comp_of = {m.id: i for i, comp in enumerate(connected_components(mentions, WINDOW, KM)) for m in comp}
    for c in cluster_mentions(mentions, WINDOW, KM):
        assert len({comp_of[m.id] for m in c}) == 1


def test_build_event_takes_the_most_precise_date_and_place():
    vague = make_mention(
        "a", 0, clash(where=place("Deir ez-Zor province", precision=3), precision=2, day="2018-02-06")
    )
    exact = make_mention("b", 0, clash(where=place(precision=1)))
    (cluster,) = cluster_mentions([vague, exact], WINDOW, KM)
    event = build_event(cluster, {})
    assert (event.event_date, event.time_precision, event.location.geo_precision) == ("2018-02-07", 1, 1)
    assert event.article_ids == ["a", "b"]
