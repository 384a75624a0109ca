"""Toponym resolution with the document as context.

Each phrase has candidate entries (exact name keys, then the loose skeleton). A candidate's score
adds up: population, feature type (a country or province name denotes the unit, not a town that
shares it), the kind of name matched, countries and admin-1 units named elsewhere in the document,
distance to the other places resolved in it (second pass), and parenthetical qualifiers
("Boula (Coalla, Gnagna)": the place lies in those units or near them).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from .gazetteer import Entry, Gazetteer
from .geo_names import UNIT_WORDS, loose_key, name_key, split_unit_word, strip_article, words

# PART: the unit an unlisted part is named after ("Laikipia North district" -> Laikipia).
PRIMARY, ALTERNATE, LOOSE, DEMONYM, PART = 0, 1, 2, 3, 4
KIND_BONUS = {PRIMARY: 0.0, ALTERNATE: -0.4, LOOSE: -2.0, DEMONYM: 3.0, PART: -0.5}
FEATURE_BONUS = {"PCLI": 4.0, "ADM1": 2.0, "ADM2": -2.0, "PPLC": 1.5, "CONT": 4.0}
HINT_BONUS = 6.0
SUPPORT_BONUS = 1.5


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(slots=True)
class Phrase:
    """What resolution needs of one mention."""

    text: str
    qualifiers: tuple[str, ...] = ()
    demonym: bool = False
    town: bool = False  # said as a town is: "near Beni", "the town of Beni" (not Bolivia's El Beni)


@dataclass(slots=True)
class Resolution:
    entry: Entry | None
    score: float
    unit_hint: str | None
    n_candidates: int
    via_qualifier: bool = (
        False  # the name itself is not in the gazetteer: placed by its "(commune, province)"
    )
    kind: int = PRIMARY  # the kind of name matched: PRIMARY, ALTERNATE ("Molotov" for Perm), LOOSE ...


def namesake_town(unit: Entry, found) -> Entry | None:
    """ "Mandera", "Idlib": a province named after its town means the town unless "province" is said."""
    # An alternate name counts only as the spelling of a transliterated name ("Daraa" / "Dar‘ā"),
    # not as a short form ("New York" / "New York City" is the state first).
    towns = [
        e
        for e, kind in found
        if (kind == PRIMARY or (kind == ALTERNATE and not e.name.isascii()))
        and e.admin_level is None
        and e.country_code == unit.country_code
        and e.admin1_code == unit.admin1_code
        and e.feature_code != "CONT"
    ]
    return max(towns, key=lambda e: e.population) if towns else None


def qualifier_anchor(quals, countries: Mapping[str, float] | None = None) -> Entry | None:
    """The place "(commune, province)" points to: the commune's town lying in or near the province
    (the province of that name with such a town first, then one in the document's countries)."""
    if not quals or not quals[-1][1]:
        return None
    weight = countries or {}
    units = sorted(
        quals[-1][1],
        key=lambda e: (-weight.get(e.country_code or "", 0.0), e.admin_level is None, -e.population),
    )
    for unit in units:
        for _key, entries in quals[:-1]:
            near = [
                e
                for e in entries
                if e.country_code == unit.country_code
                and (e.admin_level is None or (e.admin_level == 2 and e.admin1_code == unit.admin1_code))
                and haversine_km(e.latitude, e.longitude, unit.latitude, unit.longitude) < 120
            ]
            if near:
                return max(near, key=lambda e: e.population)
    return units[0]


UNIT_QUALIFIER_KM = 250.0


def _unit_qualified(p: Phrase) -> bool:
    return bool(p.qualifiers) and split_unit_word(p.qualifiers[-1])[1] not in (None, "PPL")


SUPPORT_KM = 60.0
SUPPORT_TOP = 30


def mutual_support(groups: list[list[Entry]]) -> dict[int, int]:
    """For each candidate: how many *other* names of the document have a candidate near it (within
    SUPPORT_KM) or are the admin-1 unit that contains it. "Athens" near "Henderson County" is
    Athens, Texas. Vectorised: a document's candidates are a few hundred at most."""
    pts = [(g, e) for g, entries in enumerate(groups) for e in entries[:SUPPORT_TOP] if not e.is_country]
    if len({g for g, _ in pts}) < 2:
        return {}
    lat = np.radians([e.latitude for _, e in pts])
    lon = np.radians([e.longitude for _, e in pts])
    x = (lon[:, None] - lon[None, :]) * np.cos((lat[:, None] + lat[None, :]) / 2)
    near = 6371.0 * np.hypot(x, lat[:, None] - lat[None, :]) < SUPPORT_KM
    units = {(e.country_code, e.admin1_code): g for g, e in pts if e.feature_code == "ADM1"}
    onehot = np.zeros((len(pts), len(groups)), dtype=bool)
    onehot[np.arange(len(pts)), [g for g, _ in pts]] = True
    hits = (near.astype(np.int32) @ onehot.astype(np.int32)) > 0
    out: dict[int, int] = {}
    for k, (g, e) in enumerate(pts):
        row = hits[k].copy()
        row[g] = False
        unit = units.get((e.country_code, e.admin1_code))
        if unit is not None and unit != g and e.feature_code != "ADM1":
            row[unit] = True
        out[e.geonameid] = max(out.get(e.geonameid, 0), int(row.sum()))
    return out


@dataclass(slots=True)
class DocContext:
    """What the document says about itself: countries and admin-1 units named (weights), and
    how many other names support each candidate (``mutual_support``)."""

    countries: defaultdict[str, float]
    admin1s: defaultdict[tuple, float]
    support: dict[int, int] = field(default_factory=dict)


COMPASS = {
    "north",
    "south",
    "east",
    "west",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "upper",
    "lower",
}


class Resolver:
    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer

    def candidates(self, text: str, demonym: bool = False) -> tuple[list[tuple[Entry, int]], str | None]:
        """Candidate (entry, name kind) pairs and the unit word's feature hint ("province" -> ADM1)."""
        ws = strip_article(words(text)) if words(text)[:1] == ("the",) else words(text)
        bare, hint = split_unit_word(text)
        found = list(self.gaz.candidates("".join(ws))) if ws else []
        if hint and bare != text:
            found += [c for c in self.gaz.candidates(name_key(bare)) if c not in found]
        if not demonym:
            found = [c for c in found if c[1] != DEMONYM] or found
        if not found:
            lk = loose_key(bare)
            found = list(self.gaz.candidates(lk)) if lk else []
        if not any(kind != LOOSE for _, kind in found):
            found = self._part_of(bare, hint) or found
        return found, hint

    def _part_of(self, bare: str, hint: str | None) -> list[tuple[Entry, int]]:
        """An unlisted part named after its whole: "Laikipia North (district)", "Kericho West" ->
        Laikipia, Kericho; "Witu Lamu County" (two names run together) -> Lamu. Units only."""
        ws = bare.split()
        tries = []
        if len(ws) >= 2 and ws[-1].lower() in COMPASS:
            tries.append(" ".join(ws[:-1]))
        if len(ws) >= 2 and ws[0].lower() in COMPASS:
            tries.append(" ".join(ws[1:]))
        # ("Kiambu Town constituency": not "Town", a place in Saint Lucia)
        if hint and len(ws) >= 2 and ws[-1].lower() not in COMPASS and ws[-1].lower() not in UNIT_WORDS:
            tries.append(ws[-1])
        for name in tries:
            units = [
                (e, PART)
                for e, kind in self.gaz.candidates(name_key(name))
                if kind not in (LOOSE, DEMONYM) and e.admin_level in (1, 2)
            ]
            if units:
                return units
        return []

    def resolve(
        self,
        phrases: list[Phrase],
        context_countries: Mapping[str, float] | None = None,
        prior: Mapping[str, float] | None = None,
    ) -> list[Resolution]:
        """Resolve all phrases of one document together (two passes: context, then proximity).

        ``context_countries``: countries the document itself points to (its demonyms); ``prior``: the
        countries the caller expects (a collection's focus). Both weigh alike in scoring; a
        skeleton-only match is trusted only in the countries of the places the document names, or
        where it names none, in the countries it points to and the prior's."""
        cands = [self.candidates(p.text, p.demonym) for p in phrases]
        cands = [(found, hint or ("PPL" if p.town else None)) for (found, hint), p in zip(cands, phrases)]
        ctx = DocContext(*self._named_units(cands))
        for cc, weight in (context_countries or {}).items():
            ctx.countries[cc] += weight
        for cc, weight in (prior or {}).items():
            ctx.countries[cc] += weight
        quals = [self._qualifier_entries(p.qualifiers) for p in phrases]
        exact = [([c for c in found if c[1] != LOOSE], h) for found, h in cands]
        first = [self._best(c, h, ctx, q, []) for (c, h), q in zip(exact, quals)]
        points = [r.entry for r in first if r.entry is not None and r.n_candidates and not r.entry.is_country]
        # Each distinct name counts once: "Athens" said four times is no evidence for Greece.
        picks = {
            name_key(p.text): r.entry.country_code for p, r in zip(phrases, first) if r.entry is not None
        }
        for code, n in Counter(picks.values()).items():
            if code:
                ctx.countries[code] += 1.0 * n
        # A loose (skeleton) match is trusted only in a country the document is already about: that of
        # the places it names, else any it points to or the caller expects ("Mekrou Yinyin" near
        # Banikoara is no Kenyan "Mukurwe-ini" in a Kenyan, Burkinabe and Beninese collection; Malians
        # fleeing into "Bodo-Dioulasso" reach Bobo-Dioulasso).
        trusted = {e.country_code for e in points if e.country_code} or set(ctx.countries)
        cands = [
            ([c for c in found if c[1] != LOOSE or c[0].country_code in trusted], h)
            for found, h in cands
        ]
        ctx.support = self._document_support(phrases, cands)
        second = [
            self._best(c, h, ctx, q, [e for e in points if e is not r.entry])
            for (c, h), q, r in zip(cands, quals, first)
        ]
        return [
            self._check_qualified(r, q, ctx.countries, _unit_qualified(p))
            for r, q, p in zip(second, quals, phrases)
        ]

    @staticmethod
    def _document_support(phrases: list[Phrase], cands) -> dict[int, int]:
        groups: dict[str, list[Entry]] = {}
        for p, (found, _h) in zip(phrases, cands):
            groups.setdefault(name_key(p.text), [e for e, _ in sorted(found, key=lambda c: -c[0].population)])
        return mutual_support(list(groups.values()))

    def _check_qualified(
        self, r: Resolution, quals, countries: Mapping[str, float], unit_word: bool = False
    ) -> Resolution:
        """A name whose entry lies far from its own "(commune, province)" is another place of that name.

        ``unit_word``: the qualifier is a unit named as such ("Sololo, Marsabit County"): such a unit
        may be large and the gazetteer's unit codes of a town outdated, so a town of that name in the
        unit's country and within UNIT_QUALIFIER_KM of its point stands."""
        anchor = qualifier_anchor(quals, countries)
        if anchor is None:
            return r
        if r.entry is not None and anchor.is_country and r.entry.country_code == anchor.country_code:
            return r  # "Mandera town in Kenya": the town lies in the country named
        if (
            unit_word
            and r.entry is not None
            and any(
                q.country_code == r.entry.country_code
                and haversine_km(q.latitude, q.longitude, r.entry.latitude, r.entry.longitude)
                < UNIT_QUALIFIER_KM
                for q in quals[-1][1]
            )
        ):
            return r
        # The broadest unit decides: "Sangha (Sangha, Koulpelogo)" is not the Congolese region Sangha.
        if r.entry is not None and self._qualifier_bonus(r.entry, quals[-1:]) > 0:
            return r
        return Resolution(anchor, r.score, r.unit_hint, r.n_candidates, via_qualifier=True)

    def _named_units(self, cands) -> tuple[defaultdict[str, float], defaultdict[tuple, float]]:
        countries: defaultdict[str, float] = defaultdict(float)
        admin1s: defaultdict[tuple, float] = defaultdict(float)
        seen: set[tuple[int, ...]] = set()
        for found, hint in cands:
            # a name said as a town ("near Beni") is no evidence of the province it also names
            units = [
                e
                for e, kind in found
                if kind != LOOSE and (e.is_country or (e.feature_code == "ADM1" and hint != "PPL"))
            ]
            ids = tuple(e.geonameid for e in units)
            if ids in seen:
                continue  # a name repeated is one piece of evidence
            seen.add(ids)
            for e in units:
                weight = 1.0 / len(units)
                cc = e.country_code
                if not cc:
                    continue
                if e.is_country:
                    countries[cc] += weight
                else:
                    admin1s[(cc, e.admin1_code)] += weight
                    countries[cc] += 0.5 * weight
        return countries, admin1s

    def _qualifier_entries(self, qualifiers: tuple[str, ...]) -> list[tuple[str, list[Entry]]]:
        out = []
        for q in qualifiers:
            bare, hint = split_unit_word(q)
            entries = [e for e, kind in self.candidates(q)[0] if kind not in (DEMONYM, LOOSE)]
            if hint == "PPL":  # "Thika town": the town first, when it is the seat of the unit of that name
                units = [e for e in entries if e.admin_level is not None]
                towns = [
                    e
                    for e in entries
                    if e.admin_level is None
                    and all(
                        u.latitude is None or haversine_km(u.latitude, u.longitude, e.latitude, e.longitude) < 60
                        for u in units
                    )
                ]
                entries = towns or entries
            out.append((name_key(bare), entries))
        return out

    def _best(self, found, hint, ctx: DocContext, quals, points) -> Resolution:
        if not found:
            return Resolution(None, 0.0, hint, 0)
        total = sum(ctx.countries.values()) or 1.0
        scored = [(self._score(e, kind, hint, ctx, total, quals, points), e, kind) for e, kind in found]
        score, entry, kind = max(scored, key=lambda x: (x[0], x[1].population))
        if kind == PART:  # the name is not listed: placed in the unit it is a part of
            return Resolution(entry, score, hint, len(found), via_qualifier=True)
        if entry.feature_code == "ADM1" and hint is None:
            entry = namesake_town(entry, found) or entry
        return Resolution(entry, score, hint, len(found), kind=kind)

    def _score(self, e: Entry, kind, hint, ctx: DocContext, total: float, quals, points) -> float:
        s = (
            math.log10(e.population + 1) * 0.6
            + KIND_BONUS[kind]
            + FEATURE_BONUS.get(e.feature_code or "", 0.0)
        )
        if hint and (e.feature_code == hint or (hint == "PPL" and e.admin_level is None)):
            s += HINT_BONUS
        elif hint in ("ADM1", "ADM2") and e.admin_level in (1, 2):
            s += HINT_BONUS - 1.0  # a "province" is admin-2 in Burkina Faso, admin-1 in Syria
        if e.country_code and e.country_code in ctx.countries:
            s += 6.0 * ctx.countries[e.country_code] / total + 1.0
        if not e.is_country and (e.country_code, e.admin1_code) in ctx.admin1s and e.feature_code != "ADM1":
            s += 2.5
        s += self._qualifier_bonus(e, quals)
        s += self._proximity_bonus(e, points) + SUPPORT_BONUS * min(ctx.support.get(e.geonameid, 0), 3)
        return s

    def _qualifier_bonus(self, e: Entry, quals) -> float:
        bonus = 0.0
        units = {
            name_key(n)
            for n in (
                self.gaz.admin2_name(e.country_code, e.admin1_code, e.admin2_code),
                self.gaz.admin1_name(e.country_code, e.admin1_code),
            )
            if n
        }
        for key, entries in quals:
            if key in units:
                bonus += 6.0
            elif any(
                q.country_code == e.country_code
                and haversine_km(q.latitude, q.longitude, e.latitude, e.longitude) < 60
                for q in entries
            ):
                bonus += 4.0
        return bonus

    @staticmethod
    def _proximity_bonus(e: Entry, points: list[Entry]) -> float:
        if not points or e.is_country:
            return 0.0
        nearest = min(haversine_km(e.latitude, e.longitude, p.latitude, p.longitude) for p in points[:30])
        return 3.0 if nearest < 50 else 1.5 if nearest < 250 else 0.0
