"""Derived figures, never stored instead of the claims: ACLED ``fatalities`` and UCDP low/best/high.

ACLED: the lowest reported number (vague words under ACLED's map: dozens -> 12, ...); no claim of
deaths -> 0. UCDP: low = the lowest, high = the highest, best = the median of the sources' figures.
Each source's figure is its largest; figures of distinct victim groups from one source add up.
"""

from __future__ import annotations

import re
from statistics import median

from .records import Claim, Event, UCDPDeaths

_ARMED_VICTIMS = re.compile(r"soldier|troop|fighter|force|militant|police|officer|gendarme|attacker|assailant|gunm[ae]n|insurgent|jihadist|rebel|terrorist|militia|combatant|bandit|raider|guard|personnel", re.I)


def _victim_group(c: Claim) -> str:
    if not c.victims:
        return "unknown"
    return "armed" if _ARMED_VICTIMS.search(c.victims) else "civilian"


def _per_source(claims: list[Claim], value) -> list[int]:
    """One figure per source: max within a victim group, summed over groups."""
    by_source: dict[str, dict[str, int]] = {}
    for c in claims:
        v = value(c)
        if v is None:
            continue
        groups = by_source.setdefault((c.source or "").lower(), {})
        g = _victim_group(c)
        groups[g] = max(groups.get(g, 0), v)
    figures = []
    for groups in by_source.values():
        if "unknown" in groups and len(groups) > 1:
            known = sum(v for k, v in groups.items() if k != "unknown")
            figures.append(max(known, groups["unknown"]))
        else:
            figures.append(sum(groups.values()))
    return figures


def acled_fatalities(claims: list[Claim]) -> int:
    deaths = [c for c in claims if c.kind == "killed"]
    figures = [f for f in _per_source(deaths, lambda c: c.acled_value if c.acled_value is not None else c.low)]
    positive = [f for f in figures if f > 0]
    return min(positive) if positive else 0


def ucdp_deaths(claims: list[Claim]) -> UCDPDeaths:
    deaths = [c for c in claims if c.kind == "killed"]
    lows = [f for f in _per_source(deaths, lambda c: c.acled_value if c.acled_value is not None else c.low) if f > 0]
    highs = [f for f in _per_source(deaths, lambda c: c.high if c.high is not None else c.low) if f > 0]
    bests = [f for f in _per_source(deaths, lambda c: c.low) if f > 0]
    if not lows:
        return UCDPDeaths(low=0, best=0, high=0)
    return UCDPDeaths(low=min(lows), best=int(median(bests)), high=max(highs + lows))


def derive_fatalities(ev: Event) -> None:
    ev.fatalities = acled_fatalities(ev.claims)
    ev.ucdp = ucdp_deaths(ev.claims)
