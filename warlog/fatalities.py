"""Derived figures, never stored instead of the claims: ACLED ``fatalities`` and UCDP low/best/high.

ACLED: the lowest reported number (vague words under ACLED's map: dozens -> 12, ...); no claim of
deaths -> 0. Victims of different sides add up ("a soldier" + "six militants" = 7); for the same
side the lowest source wins; figures of unknown victims are totals, and the lower reading counts.
UCDP: low = that lowest total, high = the highest figure, best = the median of distinct figures.
"""

from __future__ import annotations

import re

from .records import Claim, Event, UCDPDeaths

_ARMED_VICTIMS = re.compile(r"soldier|troop|fighter|force|militant|police|officer|gendarme|attacker|assailant|gunm[ae]n|insurgent|jihadist|rebel|terrorist|militia|combatant|bandit|raider|(?<!body)guard|personnel", re.I)
# Self-defence groups and vigilantes are a side of their own beside the militants they fight.
_MILITIA_VICTIMS = re.compile(r"volunteer|militia|vigilante|reservist|dozo|koglweogo|home\s*guard", re.I)
# "10 people", "five individuals", "7 corpses": a count of everyone, whichever side.
_ANYONE = re.compile(r"^(?:[\w'-]+\s+)?(?:people|persons|individuals|bodies|corpses|remains|body)$", re.I)
# "4 more bodies", "two others died", "one of the wounded succumbed": added to the figure before it.
_MORE = re.compile(
    r"^(?:[\w,'-]+\s+){1,3}?(?:more|others?|another|additional|further)\b|^\S+\s+of\s+the\s+(?:wounded|injured)\b|^(?:along|together)\s+with\b|^with\s+(?:his|her)\b"
    r"|^an?\s+(?:second|third|fourth|fifth)\b|^another\b(?=.*\b(?:later|subsequently|succumbed|died\s+of|died\s+in\s+hospital))",
    re.I,
)
CODED = "coded as"


def _victim_group(c: Claim) -> str:
    """The side the victims belong to, read with the actor lexicon ("pro-regime fighters" -> progov)."""
    if not c.victims or _ANYONE.match(c.victims.strip()):
        return "unknown"
    if _MILITIA_VICTIMS.search(c.victims):
        return "militia"
    from .actors import find_generic

    found = find_generic(c.victims)
    if found:
        m = found[-1]
        return m.category if m.category not in ("ethnic", "tribal") else "communal"
    return "armed" if _ARMED_VICTIMS.search(c.victims) else "civilians"


# "20 unconfirmed deaths": a figure the report itself does not vouch for competes with its confirmed
# ones as another source would (the lowest wins), rather than being their total.
_UNCONFIRMED = re.compile(r"\b(?:unconfirmed|unverified)\b", re.I)


def _source(c: Claim) -> str:
    src = (c.source or f"article:{c.article_id}").strip().lower()
    return f"unconfirmed:{src}" if _UNCONFIRMED.search(c.text) else src


def _by_group(claims: list[Claim], value) -> dict[str, dict[str, int]]:
    """{side: {source: figure}}: a source's highest figure per side, plus the ones it says are more."""
    groups: dict[str, dict[str, int]] = {}
    last: tuple[list[tuple[str, int]], str] | None = None  # the figure before, by side, and its source
    for c in claims:
        v = value(c)
        if v is None:
            continue
        src = _source(c)
        # "two other soldiers", "four others were later found dead": more of the figure just before
        # (whoever is quoted for them), not of the source's largest ("killed eight soldiers. Four were
        # announced dead, four others found later": eight, not twelve); of its side of the same kind
        # when it counted two ("3 soldiers and 2 civilians ... another soldier died": 4 and 2).
        if _MORE.search(c.text) and last is not None:
            before, src = last
            kind = _victim_group(c)
            g, n = next(((g, n) for g, n in before if g == kind), before[-1])
            parts = [(g, n + v)]
            merged = [(x, m) for x, m in before if x != g] + parts
        else:
            parts = merged = _sides_of(c, v)
        for g, n in parts:
            by_source = groups.setdefault(g, {})
            by_source[src] = max(by_source.get(src, 0), n)
        last = (merged, src)
    return groups


# "12 soldiers and 20 militants were killed": one figure (32) of two sides, told apart again here.
_TWO_SIDES = re.compile(r"^(?P<first>.+?)\s+and\s+(?P<n>\d+)\s+(?P<second>[^\d].*)$")


def _sides_of(c: Claim, v: int) -> list[tuple[str, int]]:
    m = _TWO_SIDES.match(c.victims.strip()) if c.victims else None
    if m is None or not 0 < int(m.group("n")) < v:
        return [(_victim_group(c), v)]
    first = _victim_group(c.model_copy(update={"victims": m.group("first")}))
    second = _victim_group(c.model_copy(update={"victims": m.group("second")}))
    if first == second:
        return [(first, v)]
    return [(first, v - int(m.group("n"))), (second, int(m.group("n")))]


def _lowest_total(claims: list[Claim], value) -> int | None:
    """Sides add up; sources compete. A source's figure of unknown victims is its total (never less
    than the sides it also counts); the lowest of the totals wins."""
    coded = [value(c) for c in claims if c.quantifier == CODED and value(c) is not None]
    if coded:
        return min(coded)
    groups = _by_group(claims, value)
    if not groups:
        return None
    unknown = groups.pop("unknown", {})
    known = sum(min(s.values()) for s in groups.values())
    if not unknown:
        return known
    totals = [max(v, sum(s.get(src, 0) for s in groups.values())) for src, v in unknown.items()]
    if any(src not in unknown for s in groups.values() for src in s):
        totals.append(known)
    return min(totals)


def _deaths(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind == "killed" and c.low != 0]


def acled_fatalities(claims: list[Claim]) -> int:
    total = _lowest_total(_deaths(claims), lambda c: c.acled_value if c.acled_value is not None else c.low)
    return total or 0


def ucdp_deaths(claims: list[Claim]) -> UCDPDeaths:
    deaths = _deaths(claims)
    low = _lowest_total(deaths, lambda c: c.acled_value if c.acled_value is not None else c.low)
    if not low:
        return UCDPDeaths(low=0, best=0, high=0)
    per_source: dict[str, int] = {}
    for c in deaths:
        if c.low:
            key = _source(c)
            per_source[key] = max(per_source.get(key, 0), c.low)
    figures = sorted(per_source.values())
    high = max([c.high or c.low or 0 for c in deaths] + [low])
    best = figures[(len(figures) - 1) // 2] if figures else low  # the lower median: a cautious middle
    return UCDPDeaths(low=low, best=max(low, min(best, high)), high=high)


def derive_fatalities(ev: Event) -> None:
    ev.fatalities = acled_fatalities(ev.claims)
    ev.ucdp = ucdp_deaths(ev.claims)
