"""The store interface and the SQL logic that SQLite and PostgreSQL share.

Each article goes in with one transaction holding its row, its event mentions and the re-clustered
events around them: a crash (even ``kill -9``) leaves either all of an article or none of it, and
the unique content hash makes a rerun skip what is already there.
"""

from __future__ import annotations

import abc
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from ..merge import (
    NEAR_DUPLICATE_JACCARD,
    ArticleInfo,
    Mention,
    band_keys,
    build_event,
    cluster_mentions,
    compatible,
    connected_components,
    decode_signature,
    encode_signature,
    estimated_jaccard,
    event_id_for,
    make_mention,
    minhash,
)
from ..records import Article, ArticleResult, Event
from ..settings import Settings, default_settings
from . import migrations as schema

# The widest date range one mention can span (a month's precision): bounds the neighbour query.
MAX_SPAN_DAYS = 31
PARSED_CACHE_SIZE = 200_000


@dataclass(frozen=True)
class Rejection:
    source: str
    reason: str
    code: str | None = None
    rejected_at: str | None = None


@dataclass
class AddOutcome:
    """What ``Store.add_result`` did: ``added`` is False when the article was already stored."""

    article_id: str
    added: bool
    event_ids: list[str] = field(default_factory=list)
    duplicate_of: str | None = None


@dataclass(frozen=True)
class EventFilter:
    country: str | None = None
    admin1: str | None = None
    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    actor: str | None = None
    limit: int | None = None


def bounding_box(loc, km: float) -> tuple[float, float, float, float] | None:
    """(lat_min, lat_max, lon_min, lon_max) around a precise place; None when no box applies."""
    if loc is None or loc.latitude is None or loc.longitude is None or (loc.geo_precision or 1) >= 3:
        return None
    dlat = km / 110.574 + 0.01
    cos = math.cos(math.radians(loc.latitude))
    if cos < 0.05:
        return None  # near a pole every longitude is close
    dlon = km / (111.320 * cos) + 0.01
    if abs(loc.longitude) + dlon > 180:
        return None  # the box would cross the antimeridian
    return loc.latitude - dlat, loc.latitude + dlat, loc.longitude - dlon, loc.longitude + dlon


def _union(boxes: list[tuple[float, float, float, float] | None]) -> tuple[float, float, float, float] | None:
    """The box around all boxes; None when any is None (no spatial filter then)."""
    if not boxes or any(b is None for b in boxes):
        return None
    real = [b for b in boxes if b is not None]
    return min(b[0] for b in real), max(b[1] for b in real), min(b[2] for b in real), max(b[3] for b in real)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store(abc.ABC):
    """An event dataset: articles, their event mentions, merged events, rejected inputs."""

    settings: Settings

    @abc.abstractmethod
    def add_result(
        self, result: ArticleResult, *, source: str | None = None, merge: bool = True
    ) -> AddOutcome:
        """Store one article and its events (idempotent by content hash); merge across articles."""

    @abc.abstractmethod
    def has_article(self, content_hash: str) -> bool: ...

    @abc.abstractmethod
    def record_rejection(self, source: str, reason: str, code: str | None = None) -> None: ...

    @abc.abstractmethod
    def rejections(self) -> list[Rejection]: ...

    @abc.abstractmethod
    def events(self, filters: EventFilter | None = None, **kwargs) -> list[Event]: ...

    @abc.abstractmethod
    def articles(self) -> list[Article]: ...

    @abc.abstractmethod
    def article_info(self, ids: list[str] | None = None) -> dict[str, ArticleInfo]: ...

    @abc.abstractmethod
    def counts(self) -> dict[str, int]: ...

    @abc.abstractmethod
    def rebuild_events(self) -> int:
        """Re-cluster every stored mention from scratch; returns the number of events."""

    @abc.abstractmethod
    def size_bytes(self) -> int: ...

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class SQLStore(Store):
    """Everything but the connection: subclasses give ``_execute``, ``_transaction`` and friends."""

    dialect = "sqlite"

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or default_settings()
        # Parsed mentions by id. Safe across transactions and processes: a mention row never
        # changes once written (only its event_id, which is not cached here).
        self._parsed: dict[str, Mention] = {}

    # --- what a dialect provides ---------------------------------------------------------------

    @abc.abstractmethod
    def _execute(self, sql: str, params: tuple | list = ()) -> object: ...

    @abc.abstractmethod
    def _execute_many(self, sql: str, rows: list[tuple]) -> None: ...

    @abc.abstractmethod
    def _query(self, sql: str, params: tuple | list = ()) -> list[tuple]: ...

    @abc.abstractmethod
    @contextmanager
    def _transaction(self) -> Iterator[None]: ...

    def _lock_writers(self) -> None:
        """Serialise writers for the length of the transaction (SQLite's BEGIN IMMEDIATE does)."""

    # --- migrations ----------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded; returns the names applied."""
        applied = []
        with self._transaction():
            self._lock_writers()
            self._execute(schema.CREATE_TABLE)
            done = {row[0] for row in self._query("SELECT name FROM _migrations")}
            for name, sql in schema.MIGRATIONS:
                if name in done:
                    continue
                for stmt in schema.statements(self.dialect, sql):
                    self._execute(stmt)
                self._execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (name, _now()))
                applied.append(name)
        return applied

    def migrations(self) -> list[str]:
        return [row[0] for row in self._query("SELECT name FROM _migrations ORDER BY name")]

    # --- articles ------------------------------------------------------------------------------

    def has_article(self, content_hash: str) -> bool:
        return bool(self._query("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)))

    def add_result(
        self, result: ArticleResult, *, source: str | None = None, merge: bool = True
    ) -> AddOutcome:
        article = result.article
        signature = minhash(article.text)
        mentions = [make_mention(article.id, i, e) for i, e in enumerate(result.events)]
        with self._transaction():
            self._lock_writers()
            if self.has_article(article.content_hash):
                return AddOutcome(article.id, added=False)
            group, regrouped = self._duplicate_group(article.id, signature)
            self._insert_article(article, source, group, signature)
            for m in mentions:
                self._insert_mention(m)
            reported = [m for m in mentions if m.event.status == "reported"]
            seeds = reported + (self._mentions_of(regrouped) if merge else [])
            ids = self._remerge(seeds) if merge else self._singletons(reported)
        others = sorted(a for a in regrouped if a != article.id)
        return AddOutcome(article.id, True, ids, duplicate_of=others[0] if others else None)

    def _insert_article(self, article: Article, source: str | None, group: str, signature: list[int]) -> None:
        self._execute(
            "INSERT INTO articles (id, content_hash, published, title, outlet, agency, url, source, dup_group,"
            " minhash, json, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.content_hash,
                article.published.isoformat() if article.published else None,
                article.title,
                article.outlet,
                article.agency,
                article.url,
                source,
                group,
                encode_signature(signature),
                article.model_dump_json(),
                _now(),
            ),
        )
        self._execute_many(
            "INSERT INTO article_bands (band, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(band, article.id) for band in band_keys(signature)],
        )

    def _duplicate_group(self, article_id: str, signature: list[int]) -> tuple[str, list[str]]:
        """The article's near-duplicate group (the smallest member id) and articles regrouped."""
        bands = band_keys(signature)
        marks = ", ".join("?" for _ in bands)
        rows = self._query(
            f"SELECT DISTINCT a.id, a.dup_group, a.minhash FROM article_bands b JOIN articles a ON a.id = b.article_id"
            f" WHERE b.band IN ({marks})",
            bands,
        )
        groups = {
            g
            for _, g, sig in rows
            if estimated_jaccard(signature, decode_signature(sig)) >= NEAR_DUPLICATE_JACCARD
        }
        if not groups:
            return article_id, []
        group = min(groups | {article_id})
        stale = sorted(g for g in groups if g != group)
        if stale:
            marks = ", ".join("?" for _ in stale)
            self._execute(f"UPDATE articles SET dup_group = ? WHERE dup_group IN ({marks})", [group, *stale])
        members = self._query("SELECT id FROM articles WHERE dup_group = ?", (group,))
        return group, [row[0] for row in members]

    def _insert_mention(self, m: Mention) -> None:
        loc = m.event.location
        self._execute(
            "INSERT INTO mentions (id, article_id, idx, status, day_lo, day_hi, country, lat, lon, geo_precision,"
            " event_id, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
            (
                m.id,
                m.article_id,
                int(m.id.rsplit(":", 1)[1]),
                m.event.status,
                m.day_lo,
                m.day_hi,
                (loc.iso3 or loc.country) if loc else None,
                loc.latitude if loc else None,
                loc.longitude if loc else None,
                loc.geo_precision if loc else None,
                m.event.model_dump_json(),
            ),
        )

    # --- merging -------------------------------------------------------------------------------

    @property
    def _window(self) -> tuple[int, float]:
        return self.settings.merge_window_days, self.settings.merge_max_distance_km

    def _load_mentions(
        self, where: str, params: tuple | list, cache: dict[str, Mention] | None = None
    ) -> dict[str, tuple[Mention, str | None]]:
        """Reported mentions matching ``where``; ``cache`` spares parsing a row's JSON twice."""
        rows = self._query(
            f"SELECT id, article_id, json, event_id FROM mentions WHERE status = 'reported' AND {where}",
            params,
        )
        cache = {} if cache is None else cache
        out = {}
        for mid, article_id, raw, event_id in rows:
            if mid not in cache:
                event = Event.model_validate_json(raw)
                cache[mid] = make_mention(article_id, int(mid.rsplit(":", 1)[1]), event)
            out[mid] = (cache[mid], event_id)
        return out

    def _mentions_of(self, article_ids: list[str]) -> list[Mention]:
        if not article_ids:
            return []
        marks = ", ".join("?" for _ in article_ids)
        return [m for m, _ in self._load_mentions(f"article_id IN ({marks})", article_ids).values()]

    def _candidates(self, frontier: list[Mention], cache: dict[str, Mention]) -> dict[str, str | None]:
        """Stored mentions that could be ``compatible`` with any of ``frontier``: one query, a
        superset (dates, countries, a bounding box), filtered exactly in Python. Returns id -> event id.
        """
        dated = [m for m in frontier if m.day_lo is not None and m.day_hi is not None]
        if not dated:
            return {}
        window, km = self._window
        lo = min(m.day_lo for m in dated if m.day_lo is not None)
        hi = max(m.day_hi for m in dated if m.day_hi is not None)
        where = "status = 'reported' AND day_lo BETWEEN ? AND ? AND day_hi >= ?"
        params: list = [lo - window - MAX_SPAN_DAYS, hi + window, lo - window]
        box = _union([bounding_box(m.event.location, km) for m in dated])
        if box is not None:  # imprecise or unplaced reports stay: they match by admin1
            where += " AND (lat IS NULL OR lon IS NULL OR geo_precision >= 3 OR (lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?))"
            params += list(box)
        countries = sorted({m.country for m in dated if m.country})
        if len(countries) == len({m.country for m in dated}):
            # Two index searches (this country, no country) instead of one OR the planner scans.
            marks = ", ".join("?" for _ in countries)
            sql = f"SELECT id, event_id FROM mentions WHERE country IN ({marks}) AND {where}"
            sql += f" UNION ALL SELECT id, event_id FROM mentions WHERE country IS NULL AND {where}"
            rows = self._query(sql, [*countries, *params, *params])
        else:
            rows = self._query(f"SELECT id, event_id FROM mentions WHERE {where}", params)
        missing = [mid for mid, _ in rows if mid not in cache]
        for chunk in range(0, len(missing), 500):  # parse each row's JSON once per re-merge
            ids = missing[chunk : chunk + 500]
            self._load_mentions(f"id IN ({', '.join('?' for _ in ids)})", ids, cache)
        return dict(rows)

    def _component(self, seeds: list[Mention]) -> tuple[list[Mention], dict[str, set[str]]]:
        """All mentions reachable from the seeds through ``compatible`` (breadth first, one query
        per layer), and the current events' members (event id -> mention ids)."""
        window, km = self._window
        found: dict[str, Mention] = {m.id: m for m in seeds}
        event_of: dict[str, str | None] = {}
        frontier = list(seeds)
        if len(self._parsed) > PARSED_CACHE_SIZE:
            self._parsed.clear()
        cache = self._parsed
        while frontier:
            candidates = self._candidates(frontier, cache)
            event_of.update(candidates)
            fresh = [cache[nid] for nid in candidates if nid not in found]
            layer = []
            for n in fresh:
                if any(compatible(m, n, window, km) for m in frontier):
                    found[n.id] = n
                    layer.append(n)
            frontier = layer
        old: dict[str, set[str]] = {}
        for mid in found:
            event_id = event_of.get(mid)
            if event_id:
                old.setdefault(event_id, set()).add(mid)
        return list(found.values()), old

    def _remerge(self, seeds: list[Mention]) -> list[str]:
        """Re-cluster the component around the seeds; rewrite only the events that changed.

        Returns the ids of the events that hold the seeds.
        """
        if not seeds:
            return []
        mentions, old = self._component(seeds)
        clusters = cluster_mentions(mentions, *self._window)
        changed = {m.id for m in seeds}
        members = {event_id_for(c[0]): {m.id for m in c} for c in clusters}
        unchanged = {e for e, ids in members.items() if not ids & changed and old.get(e) == ids}
        self._delete_events(set(old) - unchanged)
        todo = [c for c in clusters if event_id_for(c[0]) not in unchanged]
        info = self.article_info(sorted({m.article_id for c in todo for m in c}))
        written = [(self._write_event(build_event(c, info), c), c) for c in todo]
        return [event_id for event_id, c in written if changed & {m.id for m in c}]

    def _singletons(self, mentions: list[Mention]) -> list[str]:
        info = self.article_info(sorted({m.article_id for m in mentions}))
        return [self._write_event(build_event([m], info), [m]) for m in mentions]

    def _delete_events(self, ids: set[str]) -> None:
        if ids:
            marks = ", ".join("?" for _ in ids)
            self._execute(f"DELETE FROM events WHERE id IN ({marks})", sorted(ids))

    def _write_event(self, event: Event, members: list[Mention]) -> str:
        loc = event.location
        actors = [
            a.name for a in (event.actor1, event.actor2, *event.assoc_actor_1, *event.assoc_actor_2) if a
        ]
        self._execute("DELETE FROM events WHERE id = ?", (event.id,))
        self._execute(
            "INSERT INTO events (id, event_date, country, iso3, admin1, event_type, sub_event_type, actors,"
            " fatalities, n_articles, updated_at, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.id,
                event.event_date,
                loc.country if loc else None,
                loc.iso3 if loc else None,
                loc.admin1 if loc else None,
                event.event_type,
                event.sub_event_type,
                "\n".join(actors).lower() or None,
                event.fatalities,
                len(event.article_ids),
                _now(),
                event.model_dump_json(),
            ),
        )
        marks = ", ".join("?" for _ in members)
        self._execute(
            f"UPDATE mentions SET event_id = ? WHERE id IN ({marks})", [event.id, *(m.id for m in members)]
        )
        return event.id

    def rebuild_events(self) -> int:
        with self._transaction():
            self._lock_writers()
            self._execute("DELETE FROM events")
            self._execute("UPDATE mentions SET event_id = NULL")
            mentions = [m for m, _ in self._load_mentions("1 = 1", ()).values()]
            info = self.article_info()
            n = 0
            for component in connected_components(mentions, *self._window):
                for c in cluster_mentions(component, *self._window):
                    self._write_event(build_event(c, info), c)
                    n += 1
        return n

    # --- reading -------------------------------------------------------------------------------

    def article_info(self, ids: list[str] | None = None) -> dict[str, ArticleInfo]:
        sql = "SELECT id, dup_group, published, COALESCE(outlet, agency), title FROM articles"
        params: list = []
        if ids is not None:
            if not ids:
                return {}
            sql += f" WHERE id IN ({', '.join('?' for _ in ids)})"
            params = list(ids)
        return {
            row[0]: ArticleInfo(
                row[0], row[1], date.fromisoformat(row[2]) if row[2] else None, row[3], row[4]
            )
            for row in self._query(sql, params)
        }

    def articles(self) -> list[Article]:
        return [
            Article.model_validate_json(r[0]) for r in self._query("SELECT json FROM articles ORDER BY id")
        ]

    def mentions(self) -> list[Mention]:
        return sorted((m for m, _ in self._load_mentions("1 = 1", ()).values()), key=lambda m: m.id)

    def events(self, filters: EventFilter | None = None, **kwargs) -> list[Event]:
        f = filters or EventFilter(**kwargs)
        where, params = ["1 = 1"], []
        for column, value in (("admin1", f.admin1), ("event_type", f.event_type)):
            if value:
                where.append(f"LOWER({column}) = ?")
                params.append(value.lower())
        if f.country:  # a name ("Syria") or an ISO 3166 alpha-3 code ("SYR")
            where.append("(LOWER(country) = ? OR LOWER(iso3) = ?)")
            params += [f.country.lower(), f.country.lower()]
        if f.since:
            where.append("event_date >= ?")
            params.append(f.since.isoformat())
        if f.until:
            where.append("event_date <= ?")
            params.append(f.until.isoformat() + "~")  # "~" sorts after any time suffix
        if f.actor:
            where.append("actors LIKE ?")
            params.append(f"%{f.actor.lower()}%")
        sql = f"SELECT json FROM events WHERE {' AND '.join(where)} ORDER BY event_date, id"
        if f.limit:
            sql += f" LIMIT {int(f.limit)}"
        return [Event.model_validate_json(r[0]) for r in self._query(sql, params)]

    def counts(self) -> dict[str, int]:
        tables = ("articles", "mentions", "events", "rejections")
        return {t: self._query(f"SELECT COUNT(*) FROM {t}")[0][0] for t in tables}

    # --- rejections ----------------------------------------------------------------------------

    def record_rejection(self, source: str, reason: str, code: str | None = None) -> None:
        with self._transaction():
            self._execute(
                "INSERT INTO rejections (source, code, reason, rejected_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (source, reason) DO NOTHING",
                (source, code, reason, _now()),
            )

    def rejections(self) -> list[Rejection]:
        rows = self._query("SELECT source, reason, code, rejected_at FROM rejections ORDER BY id")
        return [Rejection(*row) for row in rows]
