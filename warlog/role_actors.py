"""The event's actors as its frames name them: the most frequent agent and target across a cluster's
frames (or the two sides of "X and Y clashed"), each with its allies, and the paragraphs the event is
told in (the scope the per-event-type conventions read)."""

from __future__ import annotations

import re
from collections import Counter

from .actors import ActorMention
from .frames import Cluster
from .roles import _key
from .triggers import ARMED


def _pick_actors(cluster: Cluster, text: str = ""):
    """The most frequent agent and target across the cluster's frames, and their associates."""
    agents, targets, first = Counter(), Counter(), {}
    for f in cluster.frames:
        for r in f.roles:
            k = _key(r.mention)
            if k not in first or (r.mention.country and not first[k].country):
                first[k] = r.mention
            (agents if r.role == "agent" else targets)[k] += r.weight
    pair = _clash_pair(cluster, text)
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


# "clashes between X and Y", "fighting between X and Y": the two sides, neither the subject.
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)


def _clash_pair(cluster: Cluster, text: str = "") -> tuple[ActorMention, ActorMention] | None:
    for f in cluster.frames:
        if any(t.cue == "clash" for t in f.triggers):
            agents = {id(r.mention) for r in f.roles if r.role == "agent"}
            targets = {id(r.mention) for r in f.roles if r.role == "target"}
            for a, b in f.sides:
                if (
                    _key(a) != _key(b)
                    and a.category in ARMED
                    and b.category in ARMED
                    # "X and Y clashed"; "clashes between X and Y" (both under the noun)
                    and (
                        {id(a), id(b)} <= agents
                        or (
                            {id(a), id(b)} <= targets
                            and bool(_BETWEEN.search(text, max(0, a.start - 20), a.start))
                        )
                    )
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


def event_scope(text: str, cluster: Cluster) -> str:
    """The paragraphs of the report that hold the event's clauses (one paragraph for a short note)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text)]
    kept = [text[a:b] for a, b in spans if any(a <= f.start < b or a < f.end <= b for f in cluster.frames)]
    return "\n\n".join(kept) if kept else text
