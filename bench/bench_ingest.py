"""Ingest throughput (articles/s, with and without merging) and database size per 10,000 events.

    python bench/bench_ingest.py                      # SQLite only
    python bench/bench_ingest.py --pg postgresql://postgres@127.0.0.1:54329/warlog_test
    python bench/bench_ingest.py --pipeline --pipeline-articles 300   # also the real NLP pipeline

Two layers are timed:
- store: pre-built ``ArticleResult``s (synthetic reports of synthetic events, about three reports per
  event, ~1.5 kB of text each) through ``Store.add_result``: the cost of storing and merging alone;
- pipeline (``--pipeline``): ``warlog.ingest.ingest`` on generated article files with the real
  spaCy pipeline, end to end.
Numbers depend on the machine; the PostgreSQL run uses a private schema, dropped afterwards.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from warlog.records import Actor, Article, ArticleResult, Claim, Event, Location
from warlog.store import open_store

COUNTRIES = [  # iso3, name, admin1, lat, lon
    ("SYR", "Syria", "Deir ez-Zor", 35.3, 40.1),
    ("IRQ", "Iraq", "Nineveh", 36.3, 43.1),
    ("YEM", "Yemen", "Taiz", 13.6, 44.0),
    ("NGA", "Nigeria", "Borno", 11.8, 13.2),
    ("MLI", "Mali", "Mopti", 14.5, -4.2),
    ("AFG", "Afghanistan", "Helmand", 31.6, 64.4),
    ("UKR", "Ukraine", "Donetsk", 48.0, 37.8),
    ("SDN", "Sudan", "North Darfur", 13.6, 25.3),
    ("SOM", "Somalia", "Lower Shabelle", 1.9, 44.6),
    ("COD", "DR Congo", "North Kivu", -1.2, 29.2),
]
ACTORS = [
    "Military Forces",
    "Police Forces",
    "Islamic State",
    "Al Shabaab",
    "JNIM",
    "Rebel Coalition",
    "Militia",
    "Unidentified Armed Group",
    "Civilians",
    "Protesters",
]
TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Violence against civilians", "Attack"),
]
SOURCES = ["local officials", "the army", "a monitoring group", "state media", "residents", "the UN"]
FILLER = (
    "the of and to in a that for on was with he it as at by from said have has are be this were an "
    "which or had not but they their its who been after will would also more than two into over"
).split()


def make_events(n_events: int, rng: random.Random) -> list[dict]:
    start = date(2018, 1, 1)
    out = []
    for _ in range(n_events):
        iso3, name, admin1, lat, lon = rng.choice(COUNTRIES)
        a1, a2 = rng.sample(ACTORS, 2)
        out.append(
            {
                "iso3": iso3,
                "country": name,
                "admin1": admin1,
                "lat": lat + rng.uniform(-2, 2),
                "lon": lon + rng.uniform(-2, 2),
                "day": start + timedelta(days=rng.randrange(365)),
                "a1": f"{a1} ({name})",
                "a2": f"{a2} ({name})",
                "type": rng.choice(TYPES),
            }
        )
    return out


def make_result(i: int, truth: dict, rng: random.Random) -> ArticleResult:
    words = " ".join(rng.choice(FILLER) if k % 3 else f"w{i}x{k}" for k in range(250))
    text = f"Report {i}: fighting between {truth['a1']} and {truth['a2']} in {truth['admin1']}. {words}."
    digest = Article.hash_text(text)
    article = Article(
        id=digest[:16],
        text=text,
        published=truth["day"] + timedelta(days=1),
        outlet="Bench Wire",
        content_hash=digest,
        language="en",
    )
    loc = Location(
        name=f"Town{int(truth['lat'] * 100)}",
        latitude=truth["lat"] + rng.uniform(-0.05, 0.05),
        longitude=truth["lon"] + rng.uniform(-0.05, 0.05),
        country=truth["country"],
        iso3=truth["iso3"],
        admin1=truth["admin1"],
        geo_precision=rng.choice([1, 1, 2]),
        where_prec=1,
    )
    claims = [
        Claim(
            source=rng.choice(SOURCES),
            kind="killed",
            low=rng.randint(1, 40),
            text="n killed",
            article_id=article.id,
        )
        for _ in range(rng.randint(0, 2))
    ]
    event = Event(
        id=f"{article.id}-0",
        event_date=truth["day"].isoformat(),
        time_precision=1,
        date_prec=1,
        event_type=truth["type"][0],
        sub_event_type=truth["type"][1],
        disorder_type="Political violence",
        actor1=Actor(name=truth["a1"], inter=1),
        actor2=Actor(name=truth["a2"], inter=2),
        location=loc,
        claims=claims,
        article_ids=[article.id],
    )
    return ArticleResult(article=article, events=[event])


def make_results(n_articles: int, seed: int = 7) -> list[ArticleResult]:
    rng = random.Random(seed)
    truths = make_events(max(1, n_articles // 3), rng)
    return [make_result(i, rng.choice(truths), rng) for i in range(n_articles)]


def time_store(url: str, results: list[ArticleResult], merge: bool) -> dict:
    store = open_store(url)
    t0 = time.perf_counter()
    for r in results:
        store.add_result(r, merge=merge)
    elapsed = time.perf_counter() - t0
    counts, size = store.counts(), store.size_bytes()
    store.close()
    return {
        "articles_per_s": len(results) / elapsed,
        "events": counts["events"],
        "bytes": size,
        "bytes_per_10k_events": size * 10_000 / max(1, counts["events"]),
    }


def pg_schema_url(base: str) -> tuple[str, str]:
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    return base + ("&" if "?" in base else "?") + f"options=-csearch_path%3D{schema}", schema


def drop_schema(base: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


def bench_store(label: str, make_url, results: list[ArticleResult]) -> None:
    for merge in (False, True):
        url, cleanup = make_url()
        try:
            r = time_store(url, results, merge)
        finally:
            cleanup()
        print(
            f"{label:10s} store  merge={'on ' if merge else 'off'} {len(results):6d} articles "
            f"{r['articles_per_s']:8.1f} articles/s  {r['events']:6d} events  "
            f"{r['bytes'] / 1e6:7.1f} MB  {r['bytes_per_10k_events'] / 1e6:7.1f} MB per 10,000 events"
        )


def bench_pipeline(n: int, tmp: Path) -> None:
    from warlog.ingest import ingest
    from warlog.pipeline import default_pipeline

    src = tmp / "articles"
    src.mkdir()
    rng = random.Random(3)
    truths = make_events(max(1, n // 3), rng)
    for i in range(n):
        t = rng.choice(truths)
        body = (
            f"{t['country'].upper()}: {t['a1']} clashed with {t['a2']} near the town of Town{i % 50} in "
            f"{t['admin1']} on {t['day']:%A}, killing at least {rng.randint(2, 30)} people, "
            f"{rng.choice(SOURCES)} said. Residents said the fighting lasted several hours. Report {i}."
        )
        (src / f"{i:05d}.txt").write_text(body)
    pipeline = default_pipeline()
    pipeline.extract("warm up: soldiers clashed with rebels near Goma on Monday, officials said.")
    for merge in (False, True):
        store = open_store(str(tmp / f"pipe-{merge}.sqlite"))
        t0 = time.perf_counter()
        report = ingest([src], store, pipeline, merge=merge, published="2018-06-01")
        elapsed = time.perf_counter() - t0
        print(
            f"{'sqlite':10s} ingest merge={'on ' if merge else 'off'} {report.seen:6d} articles "
            f"{report.seen / elapsed:8.1f} articles/s  {store.counts()['events']:6d} events "
            f"({report.rejected} rejected; real spaCy pipeline, end to end)"
        )
        store.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000, help="synthetic articles for the store runs")
    parser.add_argument("--pg", help="PostgreSQL URL (a private schema is created and dropped)")
    parser.add_argument("--pipeline", action="store_true", help="also time ingest with the real NLP pipeline")
    parser.add_argument("--pipeline-articles", type=int, default=300)
    args = parser.parse_args(argv)
    results = make_results(args.articles)
    tmp = Path(tempfile.mkdtemp(prefix="warlog-bench-"))
    try:
        counter = iter(range(10**6))

        def sqlite_url():
            path = tmp / f"bench-{next(counter)}.sqlite"
            return f"sqlite:///{path}", lambda: None

        bench_store("sqlite", sqlite_url, results)
        if args.pg:

            def pg_url():
                url, schema = pg_schema_url(args.pg)
                return url, lambda: drop_schema(args.pg, schema)

            bench_store("postgresql", pg_url, results)
        if args.pipeline:
            bench_pipeline(args.pipeline_articles, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
