"""Who did what to whom, as ACLED names it: the event's actors from its frames' roles, then ACLED's
conventions per event type (protesters and the police who intervene, rioters, perpetrators and
civilians, battles without civilians, arrests by the state)."""

from __future__ import annotations

import re

from collections import Counter

from .actors import ActorMention
from .frames import Cluster, _key
from .records import Actor
from .triggers import (
    ARMED,
    STATE,
)

# ----------------------------------------------------------------------------- actors


def _pick_actors(cluster: Cluster):
    """The most frequent agent and target across the cluster's frames, and their associates."""
    agents, targets, first = Counter(), Counter(), {}
    for f in cluster.frames:
        for r in f.roles:
            k = _key(r.mention)
            if k not in first or (r.mention.country and not first[k].country):
                first[k] = r.mention
            (agents if r.role == "agent" else targets)[k] += r.weight
    pair = _clash_pair(cluster)
    if pair is not None:  # "X and Y clashed": the two sides
        a, b = pair
        sides = [
            (_key(x), _key(y))
            for f in cluster.frames
            for x, y in f.sides
            if {_key(x), _key(y)} != {_key(a), _key(b)}
        ]
        return (
            a,
            b,
            _allies(_key(a), sides, {_key(a), _key(b)}, first),
            _allies(_key(b), sides, {_key(a), _key(b)}, first),
        )
    agent_k = _best(agents, exclude=set(), prefer_armed=True, first=first)
    target_k = _best(targets, exclude={agent_k}, prefer_armed=False, first=first)
    if target_k is None:
        target_k = _best(agents, exclude={agent_k}, prefer_armed=False, first=first)
    sides = [(_key(a), _key(b)) for f in cluster.frames for a, b in f.sides]
    assoc1 = _allies(agent_k, sides, {agent_k, target_k}, first)
    assoc2 = _allies(target_k, sides, {agent_k, target_k} | {_key(a) for a in assoc1}, first)
    return first.get(agent_k), first.get(target_k), assoc1, assoc2


def _clash_pair(cluster: Cluster) -> tuple[ActorMention, ActorMention] | None:
    for f in cluster.frames:
        if any(t.cue == "clash" for t in f.triggers):
            agents = {id(r.mention) for r in f.roles if r.role == "agent"}
            for a, b in f.sides:
                if (
                    _key(a) != _key(b)
                    and a.category in ARMED
                    and b.category in ARMED
                    and id(a) in agents
                    and id(b) in agents
                ):
                    return a, b
    return None


def _best(counter: Counter, exclude: set, prefer_armed: bool, first: dict) -> str | None:
    ranked = [(k, n) for k, n in counter.most_common() if k not in exclude and k is not None]
    if not ranked:
        return None
    if prefer_armed:
        armed = [(k, n) for k, n in ranked if first[k].category in ARMED]
        ranked = armed or ranked
    top = ranked[0][1]
    named = [k for k, n in ranked if n == top and first[k].category == "named"]
    return named[0] if named else ranked[0][0]


def _allies(key: str | None, sides, taken: set, first: dict) -> list[ActorMention]:
    if key is None:
        return []
    out = []
    for a, b in sides:
        other = b if a == key else a if b == key else None
        if other and other not in taken and first.get(other) and first[other].category in ARMED | {"named"}:
            taken.add(other)
            out.append(first[other])
    return out


def _acled_actors(etype, sub, agent, target, assoc1, assoc2, iso3, text, victims_civ, police=None):
    """ACLED's actor conventions per event type."""

    def act(m):
        return m.actor(iso3, text) if m is not None else None

    a1, a2 = act(agent), act(target)
    as1 = [act(m) for m in assoc1]
    as2 = [act(m) for m in assoc2]
    if etype == "Protests":
        prot = (
            agent
            if agent is not None and agent.category == "protesters"
            else target
            if target is not None and target.category == "protesters"
            else None
        )
        a1 = _generic("Protesters ({country})", 6, iso3) if prot is None else act(prot)
        police = next((m for m in (agent, target) if m is not None and m.category in STATE), None)
        a2 = act(police) if sub != "Peaceful protest" else None
        if a2 is None and sub != "Peaceful protest":
            a2 = _generic("Police Forces of {country}", 1, iso3)
        group = (prot.assoc if prot is not None else None) or _protest_group(text)
        as1 = [_generic(group + " ({country})", 7, iso3)] if group else []
        if sub == "Excessive force against protesters":
            a1, a2 = a2, a1
        return a1, a2, as1, []
    if etype == "Riots":
        if a1 is None or a1.inter not in (5,):
            if a1 is not None and a1.inter in (1, 2, 3, 4) and a2 is not None and a2.inter in (5, 6, 7):
                a1, a2 = a2, a1
            if a1 is None or a1.inter != 5:
                a1 = _generic("Rioters ({country})", 5, iso3)
        if sub == "Mob violence" and (a2 is None or a2.name == a1.name or a2.inter not in (1,)):
            # Two crowds fighting each other are rioters on both sides; a mob's victims are civilians.
            mutual = _MUTUAL.search(text) and not _ONE_SIDED.search(text)
            a2 = _generic("Rioters ({country})" if mutual else "Civilians ({country})", 5 if mutual else 7, iso3)
        if a2 is not None and a2.inter == 6:
            a2 = _generic("Rioters ({country})", 5, iso3)
        if a2 is None and police is not None:  # the police who faced the rioters
            a2 = police.actor(iso3, text)
        return a1, a2, as1, as2
    if a1 is not None and a1.inter == 7 and a2 is not None and a2.inter in (1, 2, 3, 4, 8):
        a1, a2 = a2, a1  # civilians are never the side that acts (outside protests and riots)
    if agent is not None and agent.category in ("civilians", "armed") and a1 is not None and _LIVELIHOOD.search(agent.text):
        # farmers, herders, pastoralists fighting as a group: ACLED's communal (identity) militia
        a1 = _generic("Unidentified Communal Militia ({country})", 4, iso3)
    if etype in ("Violence against civilians",) or (
        etype == "Explosions/Remote violence" and (a2 is None or a2.inter == 7)
    ):
        if (a1 is None or a1.inter == 7) and a2 is not None and a2.inter in (1, 2, 3, 4, 8):
            a1, a2 = a2, a1  # violence against civilians: the armed party is the perpetrator
        if a1 is not None and a1.inter == 7:
            a1 = None
        if a1 is None:
            a1 = _generic("Unidentified Armed Group ({country})", 3, iso3)
        if a2 is None or a2.inter not in (7,):
            if etype == "Violence against civilians" or victims_civ:
                a2 = _generic("Civilians ({country})", 7, iso3)
        return a1, a2, as1, as2
    if (
        sub in ("Looting/property destruction", "Abduction/forced disappearance")
        and a2 is None
        and a1 is not None
        and a1.inter != 7
    ):
        return a1, _generic("Civilians ({country})", 7, iso3), as1, as2
    if sub == "Arrests":
        if a1 is None or a1.inter != 1:
            a1, a2 = (
                (a2, a1)
                if a2 is not None and a2.inter == 1
                else (_generic("Police Forces of {country}", 1, iso3), a2)
            )
        if a2 is None or a2.inter not in (1,):
            a2 = _generic("Civilians ({country})", 7, iso3)
        return a1, a2, as1, as2
    if etype == "Battles":
        if a1 is not None and a1.inter == 7:
            a1 = None
        if a2 is not None and a2.inter == 7:
            a2 = None
        if (a1 is None) != (a2 is None) and (a1 or a2).inter == 1:
            # state forces fighting someone the report does not name: ACLED's unidentified armed group
            unnamed = _generic("Unidentified Armed Group ({country})", 3, iso3)
            a1, a2 = (a1, unnamed) if a1 is not None else (unnamed, a2)
        return a1, a2, as1, as2
    return a1, a2, as1, as2


_LIVELIHOOD = re.compile(
    r"\b(?:farmers|herders|herdsm[ae]n|pastoralists|fishermen|hunters|land\s+invaders|settlers|agriculturalists|cultivators)\b",
    re.I,
)
_MUTUAL = re.compile(r"\b(?:clash(?:ed|es|ing)?|fought|fighting|brawl\w*|skirmish\w*|confrontations?)\b", re.I)
_ONE_SIDED = re.compile(
    r"\b(?:lynch\w*|mob\s+justice|assault\w*|beat\s+up|beaten|stoned|attacked\s+(?:an?|the|two|three|\d+)\b)", re.I
)


def _protest_group(text: str) -> str | None:
    from .actors import _PROTEST_GROUP_RE, ASSOC

    m = _PROTEST_GROUP_RE.search(text[:1500])
    if not m:
        return None
    w = m.group(1).lower()
    return ASSOC.get(w) or ASSOC.get(w.rstrip("s"))


def _generic(pattern: str, inter: int, iso3: str | None) -> Actor:
    from .countries import country
    from .records import INTER_LABELS

    c = country(iso3)
    return Actor(
        name=pattern.format(country=c.name if c else "International"),
        inter=inter,
        inter_label=INTER_LABELS.get(inter),
        country=iso3,
    )
