"""Who did what to whom, as ACLED names it: the actors picked from the event's frames
(``role_actors``) given ACLED's conventions for the event's type, dispatched here to the modules
that hold them (``crowd_actors``: protests and riots; ``perpetrators``: the acting side of political
violence, violence against civilians, remote violence; ``battle_actors``; ``strategic_actors``:
looting, disrupted weapons, arrests, other strategic developments), and the nationality of civilian
victims that every type shares."""

from __future__ import annotations

import re

from .actors import _generic
from .battle_actors import battle_sides
from .countries import iso3_of
from .crowd_actors import protest_actors, riot_sides
from .perpetrators import armed_sides, civilian_violence_sides, remote_violence_sides
from .state_forces import led_by_state
from .strategic_actors import (
    arrest_sides,
    development_sides,
    disrupted_weapons_sides,
    looting_doers,
    looting_victims,
)


def _acled_actors(
    etype, sub, agent, target, assoc1, assoc2, iso3, text, victims_civ, police=None, scope=None
):
    """ACLED's actor conventions per event type; ``scope``: the event's own paragraphs (``event_scope``)."""
    a1, a2, as1, as2 = _type_actors(
        etype, sub, agent, target, assoc1, assoc2, iso3, text, victims_civ, police, scope
    )
    if a2 is not None and a2.inter == 7 and (nat := _victims_nationality(scope or text, iso3)) is not None:
        a2 = _generic("Civilians ({country})", 7, nat or None)  # "an American national", "British tourists"
    return a1, a2, as1, as2


# Foreigners as such ("tourists", "foreign aid workers", "expatriates", a ship's crew): ACLED's
# Civilians (International).
_FOREIGNERS = re.compile(
    r"\b(?:tourists?|foreigners?|expatriates?|expats?|foreign\s+(?:\w+\s+)?(?:nationals?|citizens?|workers?|engineers?|"
    r"journalists?|visitors?|missionar(?:y|ies)|hostages?|staff)|(?:international|foreign)\s+aid\s+workers?|"
    r"Red\s+Cross|(?<!national\s)INGOs?\b(?!\s+national)|(?:tanker|vessel|ship|freighter|cargo\s+ship)(?:'s)?\s+crew|"
    r"crew\s+of\s+(?:the\s+)?(?:\d+|\w+)(?:\s+\w+)?|seafarers|sailors?|seamen)\b",
    re.I,
)


# A victim's nationality: "an American national", "Somali civilians", "a British tourist", "two
# Chinese engineers", "an American and a South Korean".
_VICTIM_NATIONALITY = re.compile(
    r"\b(?P<dem>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?))\s+(?:(?-i:[a-z]+)\s+)?"
    r"(?:nationals?|citizens?|civilians|tourists?|wom[ae]n|m[ae]n|refugees?|workers?|engineers?|missionar(?:y|ies)|"
    r"priests?|nuns?|teachers?|journalists?|conservationists?|businessm[ae]n|traders?|girls?|boys?|children|"
    r"migrants?|expatriates?|skipper|captain|seamen|sailors?|hostages?|companions?|volunteers?|investors?|"
    r"contractors?|doctors?|nurses?|students?|pilots?)\b"
    r"|\b(?:an?|one|two|three|\d+)\s+(?P<bare>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+(?=and\s+an?\s+(?-i:[A-Z])|(?:is|was|were)\s+(?:\w+\s+)?(?:kidnapped|abducted|killed|shot|attacked|murdered|seized))",
    re.I,
)


def _victims_nationality(text: str, iso3: str | None) -> str | None:
    """The country of an event's civilian victims where the report gives theirs: one foreign nationality
    is that country (ISO alpha-3); several, or foreigners as such, "" (ACLED's Civilians (International));
    None where nothing says (the event's country)."""
    found = set()
    for m in _VICTIM_NATIONALITY.finditer(text):
        for word in re.split(r"\s+and\s+", m.group("dem") or m.group("bare")):
            code = iso3_of(word) or iso3_of(word.split()[-1])  # "Two Chinese workers": the last word
            if code is not None:
                found.add(code)
    foreigners = _FOREIGNERS.search(text)
    if iso3 in found and not foreigners:
        return None  # "Burkinabe and Malian refugees" in Burkina Faso: the country's own among them
    if len(found) > 1 or foreigners:
        return ""
    return found.pop() if found else None


def _actor_of(mention, iso3, text):
    return mention.actor(iso3, text) if mention is not None else None


def _type_actors(etype, sub, agent, target, assoc1, assoc2, iso3, text, victims_civ, police, scope):
    """The sides by ACLED's conventions for the event's type, in order: crowds (protests, riots), the
    acting side of political violence, remote violence, violence against civilians, then the
    sub-events with conventions of their own (looting, disrupted weapons, arrests), battles and the
    other strategic developments."""
    a1, a2 = _actor_of(agent, iso3, text), _actor_of(target, iso3, text)
    as1 = [_actor_of(m, iso3, text) for m in assoc1]
    as2 = [_actor_of(m, iso3, text) for m in assoc2]
    a1, as1 = led_by_state(etype, agent, a1, as1, iso3, scope or text)
    if etype == "Protests":
        return protest_actors(sub, agent, target, iso3, text)
    if etype == "Riots":
        return (*riot_sides(sub, agent, target, a1, a2, police, iso3, text), as1, as2)
    a1, a2 = armed_sides(etype, sub, agent, a1, a2, iso3, text, scope)
    if etype == "Explosions/Remote violence":
        a1, a2 = remote_violence_sides(sub, a1, a2, iso3, text, scope, victims_civ)
    if etype in ("Violence against civilians",) or (
        etype == "Explosions/Remote violence" and (a2 is None or a2.inter == 7)
    ):
        return (*civilian_violence_sides(etype, a1, a2, iso3, text, scope, victims_civ), as1, as2)
    a1, a2 = looting_doers(sub, a1, a2, iso3, text, scope)
    if (sides := looting_victims(sub, a1, a2, iso3, text, scope)) is not None:
        return (*sides, as1, as2)
    if sub == "Disrupted weapons use" and not (a1 is not None and a1.inter == 1 and a2 is not None):
        return (*disrupted_weapons_sides(a1, a2, iso3, text), as1, as2)
    if sub == "Arrests":
        return (*arrest_sides(agent, target, a1, a2, iso3, text), as1, as2)
    if etype == "Battles":
        return (*battle_sides(a1, a2, police, iso3, text), as1, as2)
    return (*development_sides(etype, sub, agent, target, a1, a2, iso3, text), as1, as2)
