"""Merging reports of the same event across articles (DESIGN.md, pipeline stage 6).

ACLED's aggregation rule: reports with the same actor pair, at the same place, on the same day are
one event; when their types differ, the type higher in ``TYPE_RANK`` absorbs the lower. Imprecise
reports (a week, a month, a province) match within ``merge_window_days`` and
``merge_max_distance_km`` of the settings.

Order independence: clusters are a function of the *set* of stored mentions, never of arrival
order. The store finds the connected component of ``compatible`` mentions around a new article and
re-clusters that whole component with ``cluster_mentions``, which visits mentions in a canonical
order (most specific first). A later, more precise report can therefore re-seed a component and
split an event that an imprecise report had joined.

Claims accumulate with their article ids; derived fatalities are recomputed from them
(``derive_fatalities``). Syndicated copies (MinHash Jaccard >= ``NEAR_DUPLICATE_JACCARD``) share a
duplicate group and count as one source: only the group's representative article contributes claims.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

import numpy as np

from .records import Actor, Claim, Event, Location, UCDPDeaths

# The higher type absorbs the lower (a battle with air strikes in it stays a battle).
from .triggers import TYPE_RANK  # noqa: E402  (the higher type absorbs the lower)

# Half-width in days of the date range an imprecise date stands for (ACLED: midpoint of a week/month).
PRECISION_HALF_DAYS = {1: 0, 2: 3, 3: 15}
NEAR_DUPLICATE_JACCARD = 0.8
MINHASH_PERMUTATIONS = 128
MINHASH_BANDS = 16  # 16 bands of 8 rows: pairs at Jaccard 0.8 share a band with p = 0.95
SHINGLE_WORDS = 5


@dataclass(frozen=True)
class Mention:
    """One article's report of one event, as stored: the unit that merging clusters.

    Its derived keys are cached: clustering compares every pair in a component.
    """

    id: str
    article_id: str
    event: Event
    day_lo: int | None  # date ordinals; None when the report has no date
    day_hi: int | None

    @cached_property
    def primary(self) -> frozenset[str]:
        return frozenset(_key(a) for a in (self.event.actor1, self.event.actor2) if a is not None)

    @cached_property
    def actors(self) -> frozenset[str]:
        e = self.event
        extra = [_key(a) for a in e.assoc_actor_1 + e.assoc_actor_2]
        return self.primary | frozenset(extra)

    @cached_property
    def country(self) -> str | None:
        loc = self.event.location
        return (loc.iso3 or loc.country) if loc else None

    @cached_property
    def point(self) -> tuple[float, float] | None:
        return coords(self.event.location)

    @cached_property
    def type_rank(self) -> int:
        return TYPE_RANK.get(self.event.event_type or "", 0)

    @cached_property
    def sort_key(self) -> tuple:
        """Canonical order: more actors, finer place, finer date, higher type first; then id."""
        loc = self.event.location
        geo = loc.geo_precision if loc and loc.geo_precision else 9
        return (-len(self.primary), geo, self.event.time_precision or 9, -self.type_rank, self.id)


def _key(actor: Actor) -> str:
    """The side an actor stands for: a country's state forces and pro-government militias are one
    side (reports name the same attackers "government forces", "regime forces", "pro-government
    fighters"); any other actor is itself."""
    name = actor.name.strip().lower()
    if actor.country and (actor.inter == 1 or "pro-government" in name):
        return f"government side:{actor.country.lower()}"
    return name


def mention_id(article_id: str, index: int) -> str:
    return f"{article_id}:{index}"


def date_range(event: Event) -> tuple[int | None, int | None]:
    """The ordinal day range an event's date stands for, widened by its time precision."""
    if not event.event_date:
        return None, None
    try:
        day = date.fromisoformat(event.event_date[:10]).toordinal()
    except ValueError:
        return None, None
    half = PRECISION_HALF_DAYS.get(event.time_precision or 1, 15)
    return day - half, day + half


def make_mention(article_id: str, index: int, event: Event) -> Mention:
    lo, hi = date_range(event)
    return Mention(mention_id(article_id, index), article_id, event, lo, hi)


# --- compatibility -----------------------------------------------------------------------------


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(h)))


def coords(loc: Location | None) -> tuple[float, float] | None:
    if loc is None or loc.latitude is None or loc.longitude is None:
        return None
    return loc.latitude, loc.longitude


def same_day(a: Mention, b: Mention, window_days: int) -> bool:
    if a.day_lo is None or a.day_hi is None or b.day_lo is None or b.day_hi is None:
        return False
    return a.day_lo - window_days <= b.day_hi and b.day_lo - window_days <= a.day_hi


def _country(m: Mention) -> str | None:
    return m.country


def same_place(a: Mention, b: Mention, max_distance_km: float) -> bool:
    la, lb = a.event.location, b.event.location
    if la is None or lb is None:
        return True  # an unplaced report can be any place
    if _country(a) and _country(b) and _country(a) != _country(b):
        return False
    coarse = (la.geo_precision or 1) >= 3 or (lb.geo_precision or 1) >= 3
    ca, cb = a.point, b.point
    if coarse or ca is None or cb is None:
        return la.admin1 is None or lb.admin1 is None or la.admin1 == lb.admin1
    if abs(ca[0] - cb[0]) * 110.574 > max_distance_km:  # cheap rejection before the haversine
        return False
    return distance_km(*ca, *cb) <= max_distance_km


def same_actors(a: Mention, b: Mention) -> bool:
    """Same pair: one report's actor pair lies within the other's actors (associates included)."""
    if not a.primary or not b.primary:
        return True
    return a.primary <= b.actors or b.primary <= a.actors


def compatible(a: Mention, b: Mention, window_days: int, max_distance_km: float) -> bool:
    """Could ``a`` and ``b`` report the same event? (Two events of one article never merge.)"""
    if a.article_id == b.article_id:
        return False
    return same_day(a, b, window_days) and same_actors(a, b) and same_place(a, b, max_distance_km)


# --- clustering --------------------------------------------------------------------------------


def _affinity(m: Mention, seed: Mention) -> tuple:
    """Lower is better: same type first, then nearer, then the seed's id."""
    ca, cb = coords(m.event.location), coords(seed.event.location)
    dist = distance_km(*ca, *cb) if ca and cb else 0.0
    return (m.event.event_type != seed.event.event_type, round(dist, 3), seed.id)


def cluster_mentions(
    mentions: list[Mention], window_days: int, max_distance_km: float
) -> list[list[Mention]]:
    """Complete-linkage clusters, visited in canonical order: a function of the set alone."""
    clusters: list[list[Mention]] = []
    for m in sorted(mentions, key=lambda x: x.sort_key):
        fits = [c for c in clusters if all(compatible(m, o, window_days, max_distance_km) for o in c)]
        if fits:
            min(fits, key=lambda c: _affinity(m, c[0])).append(m)
        else:
            clusters.append([m])
    return clusters


def connected_components(
    mentions: list[Mention], window_days: int, max_distance_km: float
) -> list[list[Mention]]:
    """Groups of mentions linked by ``compatible`` (a sweep over dates; undated ones alone)."""
    ordered = sorted(mentions, key=lambda m: (m.day_lo is None, m.day_lo or 0, m.id))
    parent = list(range(len(ordered)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(ordered):
        if a.day_lo is None:
            break
        for j in range(i + 1, len(ordered)):
            b = ordered[j]
            if b.day_lo is None or a.day_hi is None or b.day_lo - window_days > a.day_hi:
                break
            if compatible(a, b, window_days, max_distance_km):
                parent[root(j)] = root(i)
    groups: dict[int, list[Mention]] = {}
    for i, m in enumerate(ordered):
        groups.setdefault(root(i), []).append(m)
    return list(groups.values())


def event_id_for(seed: Mention) -> str:
    return "ev" + hashlib.sha1(seed.id.encode()).hexdigest()[:14]


# --- building the merged event -----------------------------------------------------------------


@dataclass
class ArticleInfo:
    """What merging needs to know about an article besides its events."""

    id: str
    dup_group: str
    published: date | None = None
    outlet: str | None = None
    title: str | None = None


def _representatives(members: list[Mention], info: dict[str, ArticleInfo]) -> set[str]:
    """One article per duplicate group: syndicated copies are not independent sources."""
    best: dict[str, str] = {}
    for m in members:
        group = info[m.article_id].dup_group if m.article_id in info else m.article_id
        if group not in best or m.article_id < best[group]:
            best[group] = m.article_id
    return set(best.values())


def _most_precise_date(members: list[Mention]) -> Mention:
    dated = [m for m in members if m.event.event_date] or members
    counts: dict[str | None, int] = {}
    for m in dated:
        counts[m.event.event_date] = counts.get(m.event.event_date, 0) + 1
    return min(
        dated,
        key=lambda m: (
            m.event.time_precision or 9,
            -counts[m.event.event_date],
            m.event.event_date or "",
            m.id,
        ),
    )


def _most_precise_place(members: list[Mention]) -> Mention:
    """The place most reports give among the finest level reported (town-level: geo_precision 1-2).

    A majority among town-level places, not the single finest one, so that one report's geocoding
    slip does not move an event that most reports put elsewhere.
    """
    placed = [m for m in members if m.event.location is not None]
    if not placed:
        return members[0]

    def level(m: Mention) -> int:
        return 1 if _precision(m) <= 2 else 2

    finest = min(level(m) for m in placed)
    candidates = [m for m in placed if level(m) == finest]
    counts: dict[object, int] = {}
    for m in candidates:
        counts[_place_key(m)] = counts.get(_place_key(m), 0) + 1
    return min(candidates, key=lambda m: (-counts[_place_key(m)], _precision(m), m.id))


def _precision(m: Mention) -> int:
    loc = m.event.location
    return loc.geo_precision or 3 if loc else 9


def _place_key(m: Mention) -> object:
    loc = m.event.location
    if loc is None:
        return None
    return loc.geonameid if loc.geonameid is not None else (loc.name, loc.admin1)


def _assoc(members: list[Mention], seed_actor: Actor | None, side: str, exclude: set[str]) -> list[Actor]:
    """Associates of one side: those reported, plus other reports' names for the seed's actor."""
    seen: dict[str, Actor] = {}
    for m in members:
        found = list(getattr(m.event, side))
        for other in (m.event.actor1, m.event.actor2):
            if other and seed_actor and _key(other) == _key(seed_actor):
                found.append(other)
        for actor in found:
            name = actor.name.strip().lower()
            if name not in exclude and name not in seen:
                seen[name] = actor
    return [seen[k] for k in sorted(seen)]


def _claims(members: list[Mention], keep: set[str]) -> list[Claim]:
    out: list[Claim] = []
    for m in sorted(members, key=lambda x: x.id):
        if m.article_id in keep:
            out.extend(
                c if c.article_id else c.model_copy(update={"article_id": m.article_id})
                for c in m.event.claims
            )
    return out


def build_event(members: list[Mention], info: dict[str, ArticleInfo]) -> Event:
    """The merged event of one cluster (``members[0]`` is the seed)."""
    seed = members[0]
    top = max(members, key=lambda m: (m.type_rank, m is seed, m.id))
    dated, placed = _most_precise_date(members), _most_precise_place(members)
    primary = {a.name.strip().lower() for a in (seed.event.actor1, seed.event.actor2) if a is not None}
    claims = _claims(members, _representatives(members, info))
    fatalities, ucdp = derive_fatalities(claims)
    fields = {
        "id": event_id_for(seed),
        "status": "reported",
        "event_date": dated.event.event_date,
        "time_precision": dated.event.time_precision,
        "date_prec": dated.event.date_prec,
        "date_spans": [],
        "event_type": top.event.event_type,
        "sub_event_type": top.event.sub_event_type,
        "disorder_type": top.event.disorder_type,
        "civilian_targeting": top.event.civilian_targeting,
        "assoc_actor_1": _assoc(members, seed.event.actor1, "assoc_actor_1", primary),
        "assoc_actor_2": _assoc(members, seed.event.actor2, "assoc_actor_2", primary),
        "location": placed.event.location,
        "claims": claims,
        "fatalities": fatalities,
        "ucdp": ucdp,
        "article_ids": sorted({m.article_id for m in members}),
        "spans": [],
        "notes": None,
    }
    event = seed.event.model_copy(update=fields)
    from .notes import write_notes

    return event.model_copy(update={"notes": write_notes(event)})


# --- derived fatalities ------------------------------------------------------------------------


def claim_value(claim: Claim) -> int | None:
    """A claim's figure under ACLED's quantifier map (``acled_value``), else its lower bound."""
    return claim.acled_value if claim.acled_value is not None else claim.low


def _per_source(claims: list[Claim]) -> list[tuple[int, int]]:
    """(low, high) per source: a source's largest figure (its total), open ends closed at low."""
    by_source: dict[str, tuple[int, int]] = {}
    for c in claims:
        value = claim_value(c)
        if c.kind != "killed" or value is None:
            continue
        key = (c.source or f"article:{c.article_id}").strip().lower()
        high = max(c.high if c.high is not None else value, value)
        lo, hi = by_source.get(key, (value, high))
        by_source[key] = (max(lo, value), max(hi, high))
    return sorted(by_source.values())


def derive_fatalities(claims: list[Claim]) -> tuple[int, UCDPDeaths]:
    """Across articles, ACLED's lowest reported figure (each source's total counted once) and UCDP
    low/best/high; within one article ``warlog.fatalities`` also adds up the victims of each side."""
    figures = _per_source(claims)
    if not figures:
        return 0, UCDPDeaths()
    lows = sorted(lo for lo, _ in figures)
    best = lows[(len(lows) - 1) // 2]  # the lower median: UCDP's best is a cautious middle
    return lows[0], UCDPDeaths(low=lows[0], best=best, high=max(hi for _, hi in figures))


# --- near-duplicate articles (MinHash over word shingles) --------------------------------------

_RNG = np.random.default_rng(20180207)
_A = _RNG.integers(1, 2**63 - 1, size=MINHASH_PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _RNG.integers(0, 2**63 - 1, size=MINHASH_PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    grams = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little") for g in grams}


def minhash(text: str) -> list[int]:
    """MinHash signature (multiply-shift hashing, 32-bit values) of the text's word 5-grams."""
    hashes = np.fromiter(shingles(text), dtype=np.uint64)
    with np.errstate(over="ignore"):
        mixed = (_A[:, None] * hashes[None, :] + _B[:, None]) >> np.uint64(32)
    return [int(v) for v in mixed.min(axis=1)]


def band_keys(signature: list[int]) -> list[str]:
    """LSH bands: two articles sharing a band key are candidate near-duplicates."""
    rows = len(signature) // MINHASH_BANDS
    keys = []
    for b in range(MINHASH_BANDS):
        chunk = ",".join(map(str, signature[b * rows : (b + 1) * rows]))
        keys.append(f"{b}:{hashlib.blake2b(chunk.encode(), digest_size=8).hexdigest()}")
    return keys


def estimated_jaccard(sig_a: list[int], sig_b: list[int]) -> float:
    return sum(x == y for x, y in zip(sig_a, sig_b, strict=True)) / len(sig_a)


def encode_signature(signature: list[int]) -> str:
    return "".join(f"{v:08x}" for v in signature)


def decode_signature(text: str) -> list[int]:
    return [int(text[i : i + 8], 16) for i in range(0, len(text), 8)]
