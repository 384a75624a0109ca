"""ACLED's actors of crowd events. Protests: the protesters, their group, and the force that
intervened. Riots: rioters first; a mob's victims are civilians, two crowds fighting are rioters on
both sides, and a violent demonstration has a second side only where one acted against the crowd
(the police who dispersed it, not a force the crowd protests about nor its bystanders)."""

from __future__ import annotations

import re

from .actors import _PROTEST_GROUP_RE, ASSOC, _generic
from .state_forces import _FORCE, _as_source, _crowd_force
from .triggers import STATE


def protest_actors(sub, agent, target, iso3, text):
    """A protest's actors: the protesters ("Protesters (country)" where none are named), with their
    group as associate ("Teachers (Kenya)"), and unless the protest was peaceful the force that
    intervened (the police where none is named); the force first where it used excessive force."""
    prot = (
        agent
        if agent is not None and agent.category == "protesters"
        else target
        if target is not None and target.category == "protesters"
        else None
    )
    a1 = _generic("Protesters ({country})", 6, iso3) if prot is None else prot.actor(iso3, text)
    police = next((m for m in (agent, target) if m is not None and m.category in STATE), None)
    a2 = None
    if sub != "Peaceful protest":
        a2 = _crowd_force(police.actor(iso3, text) if police is not None else None, police, iso3)
        if a2 is None:
            a2 = _generic("Police Forces of {country}", 1, iso3)
    group = (prot.assoc if prot is not None else None) or _protest_group(text)
    as1 = [_generic(group + " ({country})", 7, iso3)] if group else []
    if sub == "Excessive force against protesters":
        a1, a2 = a2, a1
    return a1, a2, as1, []


def _protest_group(text: str) -> str | None:
    head = text[:1500]
    m = next((m for m in _PROTEST_GROUP_RE.finditer(head) if not _as_source(head, m.start(), m.end())), None)
    if not m:
        return None
    w = m.group(1).lower()
    return ASSOC.get(w) or ASSOC.get(w.rstrip("s"))


def riot_sides(sub, agent, target, a1, a2, police, iso3, text):
    """A riot's sides: rioters first (the security forces that police a crowd are ACLED's police); a
    mob's victims are civilians, two crowds fighting are rioters on both sides; the police who faced
    the rioters are the other side, and of a violent demonstration only where they acted against the
    crowd."""
    a1, a2 = _crowd_force(a1, agent, iso3), _crowd_force(a2, target, iso3)
    if a1 is None or a1.inter not in (5,):
        if a1 is not None and a1.inter in (1, 2, 3, 4) and a2 is not None and a2.inter in (5, 6, 7):
            a1, a2 = a2, a1
        if a1 is None or a1.inter != 5:
            a1 = _generic("Rioters ({country})", 5, iso3)
    if (
        sub == "Mob violence"
        and a2 is not None
        and a2.inter == 1
        and (_ONE_SIDED.search(text) or _CROWD_HURTS_PERSON.search(text))
        and not _MOB_ON_FORCE.search(text)
    ):
        a2 = None  # "a crowd tried to lynch a woman; the police intervened": the mob's victim is the side
    if sub == "Mob violence" and (a2 is None or a2.name == a1.name or a2.inter not in (1,)):
        # Two crowds fighting each other are rioters on both sides; a mob's victims are civilians.
        mutual = _MUTUAL.search(text) and not _ONE_SIDED.search(text)
        a2 = _generic("Rioters ({country})" if mutual else "Civilians ({country})", 5 if mutual else 7, iso3)
    if a2 is not None and a2.inter == 6:
        a2 = _generic("Rioters ({country})", 5, iso3)
    if a2 is None and police is not None:  # the police who faced the rioters
        a2 = police.actor(iso3, text)
    if sub == "Violent demonstration":
        a2 = _demonstration_other_side(a2, police, iso3, text)
    return a1, a2


def _demonstration_other_side(a2, police, iso3, text):
    """ACLED's violent demonstration has a second side only where one acts against the crowd: the
    police who dispersed or fought it (not a force the crowd protests about, nor the crowd's
    bystanders), or a rival crowd in a clash."""
    if a2 is not None and a2.inter in (2, 3, 4):
        a2 = None  # "Mungiki members riot", "riots over the killing of a sect leader": the crowd, not a side
    if a2 is not None and a2.inter == 7 and not _ONE_SIDED.search(text):
        return _intervening_force(police, iso3, text)  # bystanders are no side; the police may be
    if a2 is not None and a2.inter == 5:
        force = _intervening_force(police, iso3, text)
        return force if force is not None else a2 if _MUTUAL.search(text) else None
    if a2 is not None and a2.inter == 1:
        return a2 if _intervening_force(police, iso3, text) is not None else None
    if a2 is None:
        if _CROWD_HURTS_PERSON.search(text):  # "attacked and injured three teachers": the crowd's victims
            return _generic("Civilians ({country})", 7, iso3)
        force = _intervening_force(police, iso3, text)
        if force is not None:
            return force
        if _RIVAL_CROWDS.search(text):  # "supporters of two rival camps clashed": rioters on both sides
            return _generic("Rioters ({country})", 5, iso3)
        return None
    return a2


# Two crowds facing each other ("rival groups", "two factions clashed", "A and B supporters clashed").
_RIVAL_CROWDS = re.compile(
    r"\b(?:rival|opposing|two|both)\s+(?:\w+\s+){0,2}?(?:groups|factions|camps|parties|sides|schools|tribes|clans|families)\b"
    r"|\beach\s*other\b|\bone\s+another\b|\bsupporters\s+(?:\w+\s+){0,2}?clash\w*"
    r"|\b(?:rival|opposing|two)\s+(?:\w+\s+){0,2}?(?:candidates|politicians|aspirants|leaders|supporters)\b"
    r"|\bsupporters\s+and\s+opponents\b|\bfactions\b[^.;]{0,40}?\bclash\w*"
    r"|\b(?:members|supporters)\s+of\s+(?:the\s+)?[\w-]+\s+and\s+[\w-]+\b[^.;]{0,30}?\bclash\w*",
    re.I,
)


def _intervening_force(police, iso3, text):
    if re.search(r"\bmutin\w*", text, re.I):
        return None  # the soldiers are the rioters
    for sentence in re.split(r"(?<=[.;!?])\s+", text):
        if _NEGATED.search(sentence):
            continue  # "the police did not intervene"
        for m in _FORCE.finditer(sentence):
            before = sentence[max(0, m.start() - 60) : m.start()]
            if _GRIEVANCE.search(before) and not _INTERVENE.search(before[-30:]):
                continue
            if (
                _INTERVENE.search(sentence[max(0, m.start() - 80) : m.end() + 150])
                or _FIGHT_BETWEEN.search(sentence, 0, m.start())
                or _FORCE_HURT.match(sentence, m.end())
            ):
                return (
                    police.actor(iso3, text)
                    if police is not None
                    else _generic("Police Forces of {country}", 1, iso3)
                )
    if _UNNAMED_FORCE.search(text):  # "28 were arrested", "the rioters were later dispersed"
        return (
            police.actor(iso3, text)
            if police is not None
            else _generic("Police Forces of {country}", 1, iso3)
        )
    return None


# The force's action against a crowd ("police dispersed", "fired tear gas", "clashed with police"), or
# the crowd's against the force ("pelted police with stones", "two officers were injured").
_INTERVENE = re.compile(
    r"\b(?:dispers\w*|tear[\s-]*gas\w*|interven\w*|clash\w*|quell\w*|repel\w*|repuls\w*|confront\w*|"
    r"suppress\w*|arrest\w*|detain\w*|running\s+battles?|rubber\s+bullets|live\s+(?:bullets|rounds|ammunition)|"
    r"water\s+cannons?|fired|fire\s+(?:at|on|into|in\s+the\s+air)|open\w*\s+fire|shot\s+(?:at|into|in\s+the\s+air)|"
    r"responded|battl\w*|exchang\w*|calm\w*|restor\w*\s+order|contain\w*|engag\w*|chas\w*|beat\w*|charg\w*|"
    r"pushed\s+back|br(?:oke|oken|eak\w*)\s+up|stopp\w*|prevent\w*|pelt\w*|ston\w*|fac(?:ed|ing)|"
    r"shot|(?:used|using|with)\s+(?:batons|truncheons|clubs|whips|force)|skirmish\w*|overwhelm\w*|assault\w*|"
    r"(?:were|was)\s+(?:killed|injured|wounded|attacked|assaulted|hurt))\b",
    re.I,
)


# The force as the protest's grievance, not its opponent ("the killing of a boy by police").
_GRIEVANCE = re.compile(
    r"\b(?:killing|shooting|death|murder|harassment|brutality|abuse|assault|beating|arrest|detention|raid|"
    r"protest\w*|demonstrat\w*)\b[^.;]{0,50}?\b(?:by|at\s+the\s+hands\s+of|against|over|of)\s+"
    r"(?:an?\s+|the\s+|alleged\s+)?(?:\w+\s+)?$",
    re.I,
)


# "clashes broke out between rioters ... and police forces"; "four police killed".
_FIGHT_BETWEEN = re.compile(
    r"\b(?:clash\w*|skirmish\w*|fighting|fights?|confrontations?|battles?|violence)\s+(?:broke\s+out\s+|erupted\s+)?between\b",
    re.I,
)


_FORCE_HURT = re.compile(
    r"\s+(?:officers?\s+|men\s+|forces\s+)?(?:were\s+|was\s+|are\s+|got\s+)?(?:killed|injured|wounded|hurt|overwhelmed)\b",
    re.I,
)


_NEGATED = re.compile(
    r"\b(?:not|n't|never|without|no)\s+(?:\w+\s+)?(?:interven|dispers|arrest|clash)\w*", re.I
)


_UNNAMED_FORCE = re.compile(
    r"\b(?:were|was)\s+(?:later\s+|eventually\s+|then\s+)?(?:arrested|detained|dispersed|broken\s+up|tear-?gassed)\b"
    r"|\btear[\s-]?gas\b",  # only the police fire tear gas at a crowd
    re.I,
)


_MUTUAL = re.compile(
    r"\b(?:clash(?:ed|es|ing)?|fought|fighting|brawl\w*|skirmish\w*|confrontations?)\b", re.I
)


# The crowd turns on the force itself ("stormed the police station", "clashed with officers").
_MOB_ON_FORCE = re.compile(
    r"\b(?:storm\w*|attack\w*|clash\w*|stoned|pelted|fought|confront\w*|ambush\w*|beat(?:en)?(?:\s+up)?|lynch\w*|"
    r"assault\w*|kill\w*|injur\w*)\s+(?:with\s+)?(?:the\s+|an?\s+|two\s+|three\s+|\d+\s+)?(?:\w+\s+)?"
    r"(?:police\w*|officers?|gendarm\w*|soldiers?|security)\b",
    re.I,
)


# A crowd that hurts people who are no force ("attacked and injured three teachers", "beat her up",
# "an official was attacked by demonstrators"): they are its side, as civilians (ACLED).
_PERSONS = (
    r"(?:m[ae]n|wom[ae]n|boys?|girls?|teachers?|officials?|workers?|voters|journalists?|reporters?|passers-?by|"
    r"motorists?|drivers?|traders?|residents?|students?|pupils?|pedestrians?|travell?ers|passengers?|"
    r"supporters?|candidates?|agents?|staff|clerks?|him|her|them|people|persons?|civilians?|villagers|attendees|mourners|"
    r"worshippers|motorcyclists?|suspects?|thie(?:f|ves)|robbers?|convoy|vehicle\s+of)"
)


_NOT_FORCE_WORD = r"(?!(?:police|security|soldiers?|gendarm\w*|army|military|anti-riot|GSU)\b)"


_CROWD_HURTS_PERSON = re.compile(
    r"\b(?:attack(?:ed|ing)?|assault(?:ed|ing)?|beat(?:en|ing)?|injur(?:e|es|ed|ing)|wound(?:ed|ing)|stabb(?:ed|ing)|lynch(?:ed|ing)?|"
    r"ston(?:ed|ing)|pelt(?:ed|ing)?|harass(?:ed|ing)|manhandl(?:ed|ing)|whipp(?:ed|ing)|hack(?:ed|ing)|roughed|"
    r"c(?:h)?ased\s+away)"
    r"(?:\s+and\s+\w+(?:\s+up)?)?\s+(?:" + _NOT_FORCE_WORD + r"[\w-]+\s+){0,3}?" + _PERSONS + r"\b"
    r"|\b"
    + _PERSONS
    + r"\s+(?:\w+\s+)?(?:was|were|had\s+been|got)\s+(?:attacked|assaulted|beaten(?:\s+up)?|injured|"
    r"stabbed|stoned|lynched|harassed|roughed\s+up)\s+by\s+(?:the\s+|an?\s+|angry\s+|irate\s+|\w+\s+){0,2}"
    r"(?:demonstrators|protesters|rioters|mobs?|crowds?|youths?|students|residents|supporters)\b",
    re.I,
)


_ONE_SIDED = re.compile(
    r"\b(?:lynch\w*|mob\s+justice|assault\w*|beat\s+up|beaten|stoned|attacked\s+(?:an?|the|two|three|\d+)\b)",
    re.I,
)
