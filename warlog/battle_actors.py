"""ACLED's actors of battles: two named communities are their ethnic militias; the state's unnamed
opponent is the one armed group (or community's fighters) the report names, else an unidentified
armed group; a named group's unnamed opponent is the force the report mentions; farmers against
a named community's herders are communal militias; unnamed rival sides are both unidentified (clan
or ethnic militias where the report says so)."""

from __future__ import annotations

import re

from .actors import ActorMention, _generic, find_generic, find_groups
from .communities import ETHNIC, ethnic_name, ethnic_pair, fight_between_communities
from .countries import iso3_of
from .named_groups import named_groups_in
from .perpetrators import _FIGHTER_WORDS, _HEDGE, _unidentified
from .state_forces import _FORCE, _force_named, _force_target


def battle_sides(a1, a2, police, iso3, text):
    """A battle's two armed sides (civilians are none): two named communities, the state and its
    opponent where one side is known, farmers and herders, a group fighting itself."""
    if a1 is not None and a1.inter == 7:
        a1 = None
    if a2 is not None and a2.inter == 7:
        a2 = None
    a1, a2 = _communities(a1, a2, iso3, text)
    a1, a2 = _one_side_known(a1, a2, police, iso3, text)
    a1, a2 = _herders_community(a1, a2, iso3, text)
    if a2 is None and a1 is not None and a1.inter in (2, 3, 4) and _INFIGHTING.search(text):
        a2 = a1.model_copy(deep=True)  # "ISGS fighters clashed with each other": the group on both sides
    return a1, a2


_INFIGHTING = re.compile(
    r"\b(?:with\s+each\s+other|with\s+one\s+another|among\s+themselves|infighting|in-fighting|intra-\w+|"
    r"two\s+(?:sections|factions|sub-?clans|wings)\s+of|"
    r"internal\s+(?:clash\w*|fighting|dispute))\b",
    re.I,
)


def _communities(a1, a2, iso3, text):
    """An intercommunal clash between two named communities: their two ethnic militias (ACLED)."""
    pair = ethnic_pair(text)
    if pair is None or pair[0] == pair[1]:
        return a1, a2
    if any(a is not None and a.inter in (1, 2, 3, 8) for a in (a1, a2)) and not fight_between_communities(
        text
    ):
        return a1, a2
    named = {a.name for a in (a1, a2) if a is not None}
    militias = [_generic(f"{name} Ethnic Militia ({{country}})", 4, iso3) for name in pair]
    if all(m.name in named for m in militias):
        return a1, a2
    return militias[0], militias[1]


def _herders_community(a1, a2, iso3, text):
    """Farmers and herders fighting where one side is named as a community ("farmers and Fulani
    pastoralists clashed"): that community's ethnic militia against the other side's communal militia."""
    sides = [a for a in (a1, a2) if a is not None]
    if not sides or not all(a.name.startswith("Unidentified Communal Militia") for a in sides):
        return a1, a2
    names = {
        ethnic_name(m.group("eth") or m.group("eth2"))
        for m in re.finditer(
            rf"\b(?-i:(?P<eth>{ETHNIC}))s?\s+(?:pastoralists|herders|herdsm[ae]n|farmers|cultivators|fishermen)\b"
            rf"|\b(?:farmers|herders|pastoralists)\s+and\s+(?:the\s+)?(?-i:(?P<eth2>{ETHNIC}))\b",
            text,
            re.I,
        )
    }
    if len(names) != 1:
        return a1, a2
    (name,) = names
    militia = _generic(f"{name} Ethnic Militia ({{country}})", 4, iso3)
    other = _generic("Unidentified Communal Militia ({country})", 4, iso3)
    if (place := _FARMERS_FROM.search(text)) and iso3_of(place.group(1)) is None:
        other = _generic(place.group(1) + " Communal Militia ({country})", 4, iso3)  # "farmers from Gangban"
    return militia, other


_FARMERS_FROM = re.compile(
    r"\b(?:farmers|villagers|residents|youths)\s+(?:from|of)\s+(?-i:([A-Z][a-z]+(?:-[A-Z][a-z]+)?))\b", re.I
)


def _one_side_known(a1, a2, police, iso3, text):
    """A battle with one side named: the state's unnamed opponent is an Unidentified Armed Group; a
    named armed group's opponent is the police or army the report mentions."""
    if a1 is None and a2 is not None and a2.inter in (2, 3, 4, 8):
        a1, a2 = a2, None
    if a1 is not None and a1.inter in (2, 3, 4, 8) and a2 is None and police is not None:
        a2 = police.actor(iso3, text)
    if a1 is not None and a1.inter in (2, 3, 4, 8) and not _unidentified(a1) and a2 is None:
        a2 = _force_target(
            text, iso3
        )  # "pirates killed in a gun battle with navy personnel": the force named
    if a1 is None and a2 is not None and a2.inter == 1:
        a1, a2 = a2, _generic("Unidentified Armed Group ({country})", 3, iso3)
    elif a1 is not None and a1.inter == 1 and a2 is None:
        a2 = _generic("Unidentified Armed Group ({country})", 3, iso3)
    a1, a2 = _state_opponent(a1, a2, iso3, text)
    a1, a2 = _state_named_opponent(a1, a2, iso3, text)
    if a1 is None and a2 is None:  # "clashes between rival gangs": two unnamed sides
        if (pair := _CLAN_PAIR.search(text)) and not any(
            iso3_of(n) or _ETHNIC_ANY.fullmatch(n) for n in pair.groups()
        ):  # "Matan and Geledle clans fought": each clan's militia (ACLED)
            a, b = pair.groups()
            return (
                _generic(f"{a} Clan Militia ({{country}})", 4, iso3),
                _generic(f"{b} Clan Militia ({{country}})", 4, iso3),
            )
        kind = (
            "Unidentified Ethnic Militia ({country})"
            if _ETHNIC_WORDS.search(text)
            else "Unidentified Armed Group ({country})"
        )
        a1, a2 = (
            _generic(kind, 4 if "Ethnic" in kind else 3, iso3),
            _generic(kind, 4 if "Ethnic" in kind else 3, iso3),
        )
    elif (
        a2 is None
        and a1 is not None
        and a1.name.startswith("Unidentified")
        and a1.inter in (3, 4)
        and not _FORCE.search(text)
    ):
        a2 = _generic(a1.name.split(" (")[0] + " ({country})", a1.inter, iso3)  # the rival side, as unnamed
    return a1, a2


_ETHNIC_WORDS = re.compile(
    r"\b(?:ethnic|tribal|tribes?|clans?|inter-?clan|inter-?ethnic|communities)\b", re.I
)


_ETHNIC_ANY = re.compile(rf"(?:{ETHNIC})", re.I)


# Two named clans fighting ("Matan and Geledle clans fought", "between the Jibril and Matan clans").
_CLAN_PAIR = re.compile(r"\b(?-i:([A-Z][a-z]{2,}))\s+and\s+(?-i:([A-Z][a-z]{2,}))\s+(?:sub-?)?clans\b")


def _state_named_opponent(a1, a2, iso3, text):
    """The state's unnamed opponent in a battle is the one non-state armed actor the report names
    ("police battle the Mungiki sect", "soldiers battle Pokot warriors")."""
    for i, (a, b) in enumerate(((a1, a2), (a2, a1))):
        if a is not None and a.inter == 1 and (b is None or _unidentified(b)):
            other = _named_armed(text, iso3)
            if other is not None and other.name != a.name:
                return (a, other) if i == 0 else (other, a)
    return a1, a2


def _named_armed(text, iso3):
    """The one non-state armed actor a text names (a named group or a community's fighters), if one."""
    found = {}
    for g, s, e in named_groups_in(text):
        if g["inter"] in (2, 3, 4) and not _HEDGE.search(text) and not _VAGUE.search(text):
            found[g["name"]] = ActorMention(s, e, text[s:e], "named", g["inter"], group=g)
    for m in find_generic(text) + find_groups(text):
        if m.category == "ethnic" and _FIGHTER_WORDS.search(m.text):
            found.setdefault(("ethnic", m.ethnic, m.country), m)
    if len(found) != 1:
        return None
    (m,) = found.values()
    actor = m.actor(iso3, text)
    actor.spans = []  # found again in the text, not one of the event's own mentions
    return actor


# A group named only as present or suspected in the background ("cites al Shabaab presence in the area").
_VAGUE = re.compile(r"\b(?:presence|though|although|whether)\b", re.I)


def _state_opponent(a1, a2, iso3, text):
    """A named group's battle has the state as its other side where the report names the force
    ("attacked an army camp", "the gendarmes repelled"), not the group's own unnamed fighters; the
    police and the army together fought the group the report names."""
    sides = [a1, a2]
    for i, (a, b) in enumerate(((a1, a2), (a2, a1))):
        if (
            a is not None
            and a.inter in (2, 3, 4, 8)
            and not _unidentified(a)
            and b is not None
            and _unidentified(b)
        ):
            force = _force_named(text, iso3)
            if force is not None:
                sides[1 - i] = force
    a1, a2 = sides
    if a1 is not None and a2 is not None and a1.inter == a2.inter == 1:
        groups = named_groups_in(text)
        if len(groups) == 1:
            g = groups[0][0]
            a2 = ActorMention(0, 0, "", "named", g["inter"], group=g).actor(iso3, text)
            a2.spans = []
    return a1, a2
