"""The state's forces a report names, as ACLED's actors: the force that acts, the one hit, the one
named first, the force that leads a militia ("soldiers and VDP"), the security forces that police a
crowd (ACLED's police), the owner of a post destroyed; and whether a mention names the report's
source ("police said", "according to teachers") rather than an actor."""

from __future__ import annotations

import re

from .actors import _generic, police_unit

_JOINT_FORCE = re.compile(
    r"\b(?:(?P<army>soldiers|troops|army|military|defen[cs]e\s+forces|armed\s+forces)|(?P<police>gendarmes|gendarmerie|police(?:men)?))"
    r"\s+(?:\w+\s+){0,2}?(?:and|accompanied\s+by|alongside|together\s+with|supported\s+by|backed\s+by|with)\s+(?:the\s+)?(?:[\w-]+\s+|\(\s*){0,4}?$",
    re.I,
)


def _joint_force(text, militia, iso3):
    """The state force a militia acts with, named just before it ("a joint force of Burkinabe soldiers
    and volunteer fighters (VDP)", "the army accompanied by Koglweogo")."""
    if not (0 <= militia.start <= len(text) and text[militia.start : militia.end] == militia.text):
        return None
    m = _JOINT_FORCE.search(text[max(0, militia.start - 80) : militia.start])
    if m is None:
        return None
    if m.group("army"):
        return _generic("Military Forces of {country}", 1, iso3)
    return _generic("Police Forces of {country}" + police_unit(m.group("police")), 1, iso3)


def led_by_state(etype, agent, a1, as1, iso3, text):
    """A militia acting with a state force ("soldiers and volunteer fighters (VDP) killed", "the army
    accompanied by Koglweogo"): the state force leads; the militia is its associate (ACLED)."""
    if (
        etype in ("Violence against civilians", "Battles", "Strategic developments")
        and agent is not None
        and agent.category == "named"
        and a1 is not None
        and a1.inter in (3, 4)
        and (force := _joint_force(text, agent, iso3)) is not None
    ):
        return force, [a1, *as1]
    return a1, as1


_POLICE_WORDS = re.compile(r"\b(?:gendarm\w*|police\w*|customs|forest\s+guards?|rangers?|GSU)\b", re.I)


_ARMY_WORDS = re.compile(
    r"\b(?:army|soldiers?|troops|military|navy|naval|defen[cs]e\s+forces|armed\s+forces)\b", re.I
)


_FORCE_ANY = re.compile(_POLICE_WORDS.pattern + "|" + _ARMY_WORDS.pattern, re.I)


_FORCE = re.compile(
    r"\b(?:police\w*|gendarm\w*|soldiers?|troops|army|military|security\s+(?:forces|officers|agents|personnel)|"
    r"anti-riot|GSU|officers)\b",
    re.I,
)


# A force as the victim ("killed a police officer", "two soldiers were wounded"), not the perpetrator.
_FORCE_VICTIM_BEFORE = re.compile(
    r"\b(?:killed|kill|attacked|shot|injured|wounded|ambushed|abducted|kidnapped|targeted|murdered|of|on|against|"
    r"with|by|from)\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+|several\s+)?(?:\w+\s+)?$",
    re.I,
)


_FORCE_VICTIM_AFTER = re.compile(
    r"^\w*\s+(?:officers?\s+|\w+\s+)?(?:was|were|had\s+been)\s+(?:killed|shot|attacked|injured|wounded|ambushed|abducted|kidnapped)",
    re.I,
)


# Words after a mention that make it the report's source ("police said", "a doctors' union said") ...
_SAYS = (
    r"said|says|told|reported|announced|confirmed|claimed|stated|denied|spokes\w*|sources?|officials?|statement|"
    r"put\s+the\s+(?:death\s+)?toll|gave\s+a\s+(?:death\s+)?toll"
)


_SOURCE_AFTER = re.compile(rf"['’]?(?:\s+\w+)?\s+(?:{_SAYS})\b", re.I)


# ... and, for a force, its inquiry ("police are investigating", "police have launched a probe").
_FORCE_SOURCE = re.compile(
    rf"['’]?(?:\s+\w+)?\s+(?:{_SAYS}|investigat\w*|probe\w*|condemn\w*|denounc\w*|"
    r"(?:has|have|had|is|are|was|were)\s+(?:yet\s+to|investigating|probing|looking\s+into|launched|opened|condemned|denounced))\b",
    re.I,
)


# "according to the police", "according to local teachers": the words before a source.
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:a\s+|the\s+|local\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _as_source(text: str, start: int, end: int, after: re.Pattern = _SOURCE_AFTER) -> bool:
    """The words at ``start:end`` name who reports ("police said", "a doctors' union said",
    "according to teachers"), not who acts."""
    return bool(after.match(text, end) or _ACCORDING_BEFORE.search(text, max(0, start - 40), start))


def _acting_force(text, iso3):
    """Violence against civilians that names no perpetrator but a force acting ("soldiers fired at
    motorcycles", "the army executed seven men"): that force."""
    for rx, name in (
        (_ARMY_WORDS, "Military Forces of {country}"),
        (_POLICE_WORDS, "Police Forces of {country}"),
    ):
        for m in rx.finditer(text):
            if _FORCE_VICTIM_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
                continue
            if _FORCE_VICTIM_AFTER.match(text[m.start() : m.end() + 40]) or _as_source(
                text, m.start(), m.end(), _FORCE_SOURCE
            ):
                continue
            return _generic(name, 1, iso3)
    return None


def _force_target(text, iso3):
    """The police or army a report names other than as its source ("police said")."""
    for m in _FORCE_ANY.finditer(text):
        if _as_source(text, m.start(), m.end(), _FORCE_SOURCE):
            continue
        word = m.group(0).lower()
        if _POLICE_WORDS.fullmatch(m.group(0)):
            return _generic("Police Forces of {country}" + police_unit(word), 1, iso3)
        return _generic("Military Forces of {country}", 1, iso3)
    return None


def _force_named(text, iso3):
    police, army = _POLICE_WORDS.search(text), _ARMY_WORDS.search(text)
    if police is None and army is None:
        return None
    if army is None or (police is not None and police.start() < army.start()):
        return _generic("Police Forces of {country}" + police_unit(police.group(0)), 1, iso3)
    return _generic("Military Forces of {country}", 1, iso3)


_SECURITY = re.compile(r"(?:the\s+)?security\s+(?:forces|services|agents|personnel|officers)\b", re.I)


def _crowd_force(actor, mention, iso3):
    """ "Security forces dispersed the protest", "security forces arrested 13 people": the unnamed
    security forces that police a crowd or make arrests are ACLED's police."""
    if (
        actor is None
        or mention is None
        or mention.category != "military"
        or not _SECURITY.match(mention.text)
    ):
        return actor
    if mention.country and mention.country != iso3:
        return actor
    return _generic("Police Forces of {country}", 1, iso3)


def _post_owner(who: str, iso3):
    if re.match(r"military|army", who, re.I):
        return _generic("Military Forces of {country}", 1, iso3)
    return _generic("Police Forces of {country}" + police_unit(who), 1, iso3)
