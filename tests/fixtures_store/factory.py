"""Hand-built ``Event`` / ``ArticleResult`` records (no NLP) and the store fixture over both databases.

The example clash: late on Wednesday 7 February 2018 pro-government forces attacked SDF positions
near Khasham (Deir ez-Zor, Syria); the US-led coalition answered with air strikes.
"""

from __future__ import annotations

import os
import uuid
from datetime import date

import pytest

from warlog.records import Actor, Article, ArticleResult, Claim, Event, Location

KHASHAM = (35.30088, 40.28916)
# A made-up village 60 km due east of Khasham (60 km / 90.8 km per degree of longitude there).
FAR_VILLAGE = (35.30088, 40.28916 + 60 / 90.8)


def actor(name: str, inter: int | None = None, country: str | None = "SYR") -> Actor:
    return Actor(name=name, inter=inter, country=country)


def place(
    name: str = "Khasham",
    lat: float | None = KHASHAM[0],
    lon: float | None = KHASHAM[1],
    admin1: str | None = "Deir ez-Zor",
    precision: int = 2,
    relation: str | None = "near",
) -> Location:
    return Location(
        name=name,
        latitude=lat,
        longitude=lon,
        country="Syria",
        iso3="SYR",
        admin1=admin1,
        geo_precision=precision,
        where_prec=2,
        relation=relation,
        geonameid=None,
    )


def claim(
    source: str | None,
    low: int | None,
    quantifier: str | None = None,
    acled: int | None = None,
    kind: str = "killed",
    high: int | None = None,
    victims: str | None = None,
) -> Claim:
    text = f"{quantifier or ''} {low} {kind}, {source or 'reports'} said".strip()
    return Claim(
        source=source,
        kind=kind,
        low=low,
        high=high,
        quantifier=quantifier,
        acled_value=acled,
        text=text,
        victims=victims,
    )


def clash(
    claims: list[Claim] | None = None,
    day: str = "2018-02-07",
    where: Location | None = None,
    a1: str | None = "pro-government forces",
    a2: str | None = "SDF",
    precision: int = 1,
    assoc2: list[str] | tuple = ("US-led coalition",),
    event_type: str = "Battles",
    sub: str = "Armed clash",
    status: str = "reported",
    a1_inter: int = 1,
) -> Event:
    return Event(
        id="e0",
        status=status,
        event_date=day,
        time_precision=precision,
        date_prec=1,
        event_type=event_type,
        sub_event_type=sub,
        disorder_type="Political violence",
        actor1=actor(a1, a1_inter) if a1 else None,
        actor2=actor(a2, 2) if a2 else None,
        assoc_actor_2=[actor(n, 8, "USA") for n in assoc2],
        inter1=a1_inter if a1 else None,
        inter2=2 if a2 else None,
        interaction=12,
        location=where or place(),
        claims=claims or [],
    )


def result(
    text: str, events: list[Event], published: date | None = date(2018, 2, 8), outlet: str | None = "AFP"
) -> ArticleResult:
    digest = Article.hash_text(text)
    article = Article(
        id=digest[:16], text=text, published=published, outlet=outlet, content_hash=digest, language="en"
    )
    events = [
        e.model_copy(update={"id": f"{article.id}-{i}", "article_ids": [article.id]})
        for i, e in enumerate(events)
    ]
    return ArticleResult(article=article, events=events)


_NOUNS = (
    "convoy village bridge checkpoint market road river farm school clinic mosque bakery field well "
    "hill truck camp station office garage orchard square tower port"
).split()
_VERBS = "saw heard reported described filmed counted visited crossed left reached watched passed".split()


def story(n: int, extra: str = "") -> str:
    """A distinct short English article text (never a near-duplicate of another ``story``)."""
    import random

    rng = random.Random(n)
    words = [
        f"The {rng.choice(_NOUNS)} of the {rng.choice(_NOUNS)} was {rng.choice(_VERBS)} by a "
        f"resident at {rng.randint(1, 12)} in the morning, and he said that it was near the {rng.choice(_NOUNS)}."
        for _ in range(4)
    ]
    return f"Report number {n} from the east of Syria. {' '.join(words)} {extra}".strip()


def pg_url_or_skip() -> str:
    url = os.environ.get("WARLOG_TEST_PG_URL")
    if not url:
        pytest.skip("WARLOG_TEST_PG_URL is unset: no PostgreSQL server (source .ci/postgres.sh to start one)")
    return url


def with_schema(url: str, schema: str) -> str:
    return url + ("&" if "?" in url else "?") + f"options=-csearch_path%3D{schema}"


STORE_KINDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def open_test_store(kind: str, tmp_path):
    """A fresh store on SQLite (a WAL file) or PostgreSQL (a private schema, dropped after)."""
    from warlog.store import open_store

    if kind == "sqlite":
        s = open_store(f"sqlite:///{tmp_path / 'events.sqlite'}")
        yield s
        s.close()
        return
    import psycopg

    url = pg_url_or_skip()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    s = open_store(with_schema(url, schema))
    s.pg_url = with_schema(url, schema)
    yield s
    s.close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


class FakePipeline:
    """Stands in for the NLP pipeline in ingest tests: one clash per article, a failure on demand."""

    def __init__(self, fail_on: str | None = None):
        self.fail_on = fail_on
        self.calls = 0

    def extract(self, article):
        from warlog.errors import InputError

        self.calls += 1
        if self.fail_on and self.fail_on in article.text:
            raise InputError("cannot extract", source=article.id)
        events = [
            clash([claim("SOHR", 45)]).model_copy(
                update={"id": f"{article.id}-0", "article_ids": [article.id]}
            )
        ]
        return ArticleResult(article=article, events=events)

    def extract_many(self, articles, batch_size: int = 32):
        for a in articles:
            yield self.extract(a)
