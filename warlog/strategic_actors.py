"""ACLED's actors of strategic developments: looting and property destruction (and abductions with
one side named), disrupted weapons use, arrests (the force and the arrested, who are an armed
group's members only where the report suspects so), a change to a group's activity, and the
government's own acts (a curfew, a ban, a closure)."""

from __future__ import annotations

import re

from .actors import ActorMention, _generic
from .countries import iso3_of
from .named_groups import named_groups_in
from .perpetrators import _infrastructure_only
from .state_forces import _ARMY_WORDS, _POLICE_WORDS, _crowd_force, _force_named, _post_owner
from .triggers import AIRCRAFT


def looting_doers(sub, a1, a2, iso3, text, scope):
    """Who looted or abducted where the report names one side or none: "unknown individuals pillaged"
    is an unidentified armed group; the one side named is the looter when armed, else its victim."""
    if (
        sub == "Looting/property destruction"
        and a1 is None
        and a2 is None
        and not _infrastructure_only(scope or text)
        and _UNKNOWN_DOERS.search(scope or text)
    ):
        a1 = _generic("Unidentified Armed Group ({country})", 3, iso3)  # "unknown individuals pillaged"
    if (
        sub in ("Looting/property destruction", "Abduction/forced disappearance")
        and a1 is None
        and a2 is not None
    ):
        # the only side named is the one who looted ("suspected JNIM destroyed ..."), or its victim
        if a2.inter in (2, 3, 4, 8):
            a1, a2 = a2, None
        else:
            a1 = _generic("Unidentified Armed Group ({country})", 3, iso3)
    return a1, a2


def looting_victims(sub, a1, a2, iso3, text, scope):
    """The final sides of looting or an abduction where a convention names its victim: the force whose
    post was destroyed, no side for public works, else civilians; None where none applies."""
    if (
        sub == "Looting/property destruction"
        and (a2 is None or a2.inter == 7)
        and a1 is not None
        and a1.inter not in (1, 7)
        and (post := _DESTROYED_POST.search(scope or text))
    ):
        # "militants burned the police station", "vandalized the ranger post": the force whose post it is
        return a1, _post_owner(post.group("who"), iso3)
    if (
        sub == "Looting/property destruction"
        and a2 is None
        and a1 is not None
        and _infrastructure_only(scope or text)
    ):
        return a1, None  # "destroyed a telecommunications mast": public works, no civilians' side
    if (
        sub in ("Looting/property destruction", "Abduction/forced disappearance")
        and a2 is None
        and a1 is not None
        and a1.inter != 7
    ):
        return a1, _generic("Civilians ({country})", 7, iso3)
    return None


# Doers the report does not know ("unknown individuals", "an unspecified group", "unidentified actors").
_UNKNOWN_DOERS = re.compile(
    r"\b(?:unknown|unidentified|unspecified|anonymous)\s+(?:\w+\s+)?(?:individuals|persons|people|actors|group|groups|men|assailants|perpetrators|attackers)\b",
    re.I,
)


# A force's post destroyed ("burned the recently built police station", "ransacked the gendarmerie").
_DESTROYED_POST = re.compile(
    r"\b(?:burn\w*|torch\w*|set\s+(?:ablaze|fire\s+to)|destroy\w*|vandali[sz]\w*|ransack\w*|loot\w*|"
    r"raz\w*|demolish\w*|attack\w*)\s+(?:\w+\s+){0,4}?"
    r"(?P<who>police|gendarmerie|ranger|forest\s+guards?|water\s+and\s+forests?|customs|military|army|prison)\s*"
    r"(?:\w+\s+)?(?:posts?|stations?|camps?|bases?|offices?|barracks|agents|checkpoints?|outposts?|\b)",
    re.I,
)


def disrupted_weapons_sides(a1, a2, iso3, text):
    """Disrupted weapons use: the force that found the weapons against whoever planted them."""
    # "IEDs planted by JNIM were defused", "police dismantled an explosive": the force that found
    # them (the army when none is named) against whoever planted them (unidentified when unnamed)
    sides = [a for a in (a1, a2) if a is not None]
    if (
        a1 is not None
        and a1.inter in (2, 3)
        and not any(a.inter in (1, 8) for a in sides)
        and (owner := _AIRCRAFT_OWNER.search(text))
    ):
        # "the Houthis shot down a US drone": the group downs the aircraft of the state that flies it
        code = iso3_of(owner.group("who"))
        return a1, _generic("Military Forces of {country}", 1, code) if code else a2
    force = next((a for a in sides if a.inter == 1), None) or _force_named(text, iso3)
    other = next((a for a in sides if a.inter in (2, 3, 4)), None)
    return (
        force or _generic("Military Forces of {country}", 1, iso3),
        other or _generic("Unidentified Armed Group ({country})", 3, iso3),
    )


# "shot down a US MQ-9 Reaper drone", "downed an Israeli helicopter": the aircraft's country.
_AIRCRAFT_OWNER = re.compile(
    r"\b(?:shot\s+down|downed|intercepted)\s+(?:an?\s+|the\s+|two\s+)?(?P<who>(?-i:[A-Z][\w.]*))\s+"
    r"(?:[\w-]+\s+){0,3}?" + AIRCRAFT + r"\b",
    re.I,
)


def arrest_sides(agent, target, a1, a2, iso3, text):
    """Arrests: the force that arrests (the police where none is named) and the arrested, civilians
    unless the report makes them an armed group's (suspected) members."""
    a1, a2 = _crowd_force(a1, agent, iso3), _crowd_force(a2, target, iso3)
    if a1 is None or a1.inter not in (
        1,
        8,
    ):  # a state's forces, at home or abroad ("Israeli troops arrested")
        a1, a2 = (
            (a2, a1)
            if a2 is not None and a2.inter in (1, 8)
            else (_generic("Police Forces of {country}", 1, iso3), a2)
        )
    if (a2 is None or a2.inter not in (1, 2, 3, 4, 8)) and (group := _suspected_member_of(text, iso3)):
        a2 = group  # "arrested over 100 people with suspected links to al Shabaab": that group
    if (a2 is None or a2.inter not in (1, 2, 3, 4, 8)) and _SUSPECTED_MILITANTS.search(text):
        a2 = _generic(
            "Unidentified Armed Group ({country})", 3, iso3
        )  # "arrested on suspicion of being militants"
    if a2 is None or a2.inter not in (1, 2, 3, 4, 8):  # arrested militants are their group
        a2 = _generic("Civilians ({country})", 7, iso3)
    return a1, a2


# The arrested as suspected members of an armed group ("on suspicion of being militants", "terror suspects").
_SUSPECTED_MILITANTS = re.compile(
    r"\b(?:suspicion\s+of\s+being|suspected\s+(?:of\s+being\s+)?|believed\s+to\s+be|links?\s+(?:with|to))\s+"
    r"(?:an?\s+|the\s+)?(?:\w+\s+)?(?:militants?|jihadists?|terrorists?|insurgents?|militant\s+(?:groups?|organi[sz]ations?))\b"
    r"|\bterror(?:ism|ist)?\s+suspects?\b",
    re.I,
)


# The arrested as the group's suspected members ("suspected links to", "accused of belonging to").
_MEMBER_OF = re.compile(
    r"\b(?:links?|ties|connections?|affiliat\w*|association|collaborat\w*|complicity|belong\w*|members?|"
    r"supporters?|sympathi[sz]ers?|suspected|presumed|alleged)\b[^.;]{0,25}$",
    re.I,
)


def _suspected_member_of(text, iso3):
    groups = {g["name"]: (g, s, e) for g, s, e in named_groups_in(text) if g["inter"] in (2, 3)}
    if len(groups) != 1:
        return None
    ((g, s, e),) = groups.values()
    if not _MEMBER_OF.search(text[max(0, s - 60) : s]):
        return None
    actor = ActorMention(s, e, text[s:e], "named", g["inter"], group=g).actor(iso3, text)
    actor.spans = []
    return actor


def development_sides(etype, sub, agent, target, a1, a2, iso3, text):
    """A change to a group's activity is the force (or group) that moved; another strategic development
    with no side named is the government's act (a curfew, a ban, a closure)."""
    if sub == "Change to group/activity" and a1 is None:
        # "security has been beefed up", "troops were deployed": the force that moved; a group that
        # re-arms or recruits is the one acting
        if a2 is not None and a2.inter == 7:
            a2 = None
        force = (
            (_generic("Government of {country}", 1, iso3) if _GOVERNMENT_ACTS.search(text) else None)
            or _force_named(text, iso3)
            or (_generic("Military Forces of {country}", 1, iso3) if _SECURITY_WORD.search(text) else None)
        )
        group = next((m for m in (agent, target) if m is not None and m.inter in (2, 3, 4)), None)
        if force is not None and (group is None or _first_force_at(text) < group.start):
            a1, a2 = force, None
        elif a2 is not None and a2.inter in (2, 3, 4):
            a1, a2 = (
                a2,
                None,
            )  # "armed men entered the village ... asked why soldiers had come": the group moved
    if etype == "Strategic developments" and a1 is None and a2 is None and _GOVERNMENT.search(text):
        a1 = _generic("Government of {country}", 1, iso3)  # a curfew, a ban, a closure: the state's act
    return a1, a2


def _first_force_at(text: str) -> int:
    found = [
        m.start()
        for rx in (_GOVERNMENT_ACTS, _POLICE_WORDS, _ARMY_WORDS, _SECURITY_WORD)
        if (m := rx.search(text))
    ]
    return min(found) if found else len(text)


_GOVERNMENT_ACTS = re.compile(
    r"\b(?:government|authorities|ministry|minister|president)\s+(?:\w+\s+)?(?:closed|banned|suspended|imposed|ordered|"
    r"declared|decreed|announced)\b",
    re.I,
)


_SECURITY_WORD = re.compile(
    r"\bsecurity\s+(?:forces|personnel|officers|agents|services|has|was|were|beefed|tightened)\b", re.I
)


_GOVERNMENT = re.compile(
    r"\b(?:government|authorities|ministry|minister|president|curfew|ban(?:ned|s)?|decree|state\s+of\s+emergency|"
    r"(?:was|were)\s+closed|closure|"
    r"prefect|governor|court)\b",
    re.I,
)
