"""Derived figures, never stored instead of the claims: ACLED ``fatalities`` and UCDP low/best/high.

ACLED: the lowest reported number (vague words under ACLED's map: dozens -> 12, ...); no claim of
deaths -> 0. Victims of different sides add up ("a soldier" + "six militants" = 7); for the same
side the lowest source wins; figures of unknown victims are totals, and the lower reading counts.
UCDP: low = that lowest total, high = the highest figure, best = the median of distinct figures.
"""

from __future__ import annotations

import re

from .records import Claim, Event, UCDPDeaths

_ARMED_VICTIMS = re.compile(r"soldier|troop|fighter|force|militant|police|officer|gendarme|attacker|assailant|gunm[ae]n|insurgent|jihadist|rebel|terrorist|militia|combatant|bandit|raider|guard|personnel", re.I)


def _victim_group(c: Claim) -> str:
    """The side the victims belong to, read with the actor lexicon ("pro-regime fighters" -> progov)."""
    if not c.victims:
        return "unknown"
    from .actors import find_generic

    found = find_generic(c.victims)
    if found:
        m = found[-1]
        return m.category if m.category not in ("ethnic", "tribal") else "communal"
    return "armed" if _ARMED_VICTIMS.search(c.victims) else "civilians"


def _lowest_total(claims: list[Claim], value) -> int | None:
    groups: dict[str, dict[str, int]] = {}
    for c in claims:
        v = value(c)
        if v is None:
            continue
        by_source = groups.setdefault(_victim_group(c), {})
        src = (c.source or f"article:{c.article_id}").strip().lower()
        by_source[src] = max(by_source.get(src, 0), v)
    if not groups:
        return None
    known = [min(s.values()) for g, s in groups.items() if g != "unknown"]
    unknown = min(groups["unknown"].values()) if "unknown" in groups else None
    if known and unknown:
        return min(sum(known), unknown)
    return sum(known) if known else unknown


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
            key = (c.source or f"article:{c.article_id}").strip().lower()
            per_source[key] = max(per_source.get(key, 0), c.low)
    figures = sorted(per_source.values())
    high = max([c.high or c.low or 0 for c in deaths] + [low])
    best = figures[(len(figures) - 1) // 2] if figures else low  # the lower median: a cautious middle
    return UCDPDeaths(low=low, best=max(low, min(best, high)), high=high)


def derive_fatalities(ev: Event) -> None:
    ev.fatalities = acled_fatalities(ev.claims)
    ev.ucdp = ucdp_deaths(ev.claims)
