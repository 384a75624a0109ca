"""Who acts in political violence (every event type but protests and riots), and the conventions of
violence against civilians and of remote violence: civilians never act; farmers or herders fighting
as a group are a communal militia; a community's raiders are its ethnic militia; an unnamed
perpetrator is the armed group the report suspects ("suspected to have been planted by al
Shabaab"); an air strike is the air force's of the country it is said to be; a bomb with no armed
target hits civilians, public works destroyed hit no one."""

from __future__ import annotations

import re

from .actors import ActorMention, _generic, find_generic, find_groups
from .communities import ethnic_antecedent
from .countries import iso3_of
from .named_groups import named_groups_in
from .state_forces import _acting_force, _force_target


def armed_sides(etype, sub, agent, a1, a2, iso3, text, scope):
    """The acting side of political violence (every type but protests and riots): never civilians;
    farmers or herders fighting as a group are a communal militia; a force that hits an IED is its
    target; a community's raiders are its ethnic militia; an unnamed perpetrator is the group the
    report suspects."""
    if a1 is not None and a1.inter == 7 and a2 is not None and a2.inter in (1, 2, 3, 4, 8):
        a1, a2 = a2, a1  # civilians are never the side that acts (outside protests and riots)
    if (
        agent is not None
        and agent.category in ("civilians", "armed")
        and a1 is not None
        and _LIVELIHOOD.search(agent.text)
    ):
        # farmers, herders, pastoralists fighting as a group: ACLED's communal (identity) militia
        a1 = _generic("Unidentified Communal Militia ({country})", 4, iso3)
    if (
        sub == "Remote explosive/landmine/IED"
        and a1 is not None
        and a1.inter == 1
        and a2 is None
        and not (agent is not None and _STATE_PLANTED.match(text, agent.end))
    ):
        a1, a2 = None, a1  # "an army vehicle struck an IED": the force is the one hit, not the bomber
    if (
        etype in ("Violence against civilians", "Battles")
        and agent is not None
        and agent.category in ("tribal", "armed")
        and a1 is not None
        and a1.aliases[:1] == [agent.text]
        and (community := ethnic_antecedent(text, agent.start, agent.end))
    ):
        a1 = _generic(f"{community} Ethnic Militia ({{country}})", 4, iso3)  # "Pokot raiders ... the raiders"
    if etype in ("Violence against civilians", "Explosions/Remote violence", "Battles"):
        a1, a2 = _suspected_group(a1, a2, iso3, scope or text)
    if (
        etype in ("Violence against civilians", "Battles")
        and _unidentified(a1)
        and a1 is not None
        and _CATTLE_RAID.search(text)
    ):
        a1 = _generic(
            "Unidentified Ethnic Militia ({country})", 4, iso3
        )  # raiders of herds: a community's militia
    return a1, a2


_LIVELIHOOD = re.compile(
    r"\b(?:farmers|herders|herdsm[ae]n|pastoralists|fishermen|hunters|land\s+invaders|settlers|agriculturalists|cultivators)\b",
    re.I,
)


# A force that lays or detonates the device itself ("soldiers detonated a landmine", "sappers").
_STATE_PLANTED = re.compile(
    r"\s+(?:\w+\s+)?(?:detonated|planted|laid|defused|destroyed|blew\s+up|exploded)\b", re.I
)


_CATTLE_RAID = re.compile(
    r"\b(?:cattle|livestock|goats|camels|cows|sheep)\b[^.;]{0,40}\b(?:stole|stolen|steal\w*|drove|driven|made\s+away)\b"
    r"|\b(?:stole|steal\w*|drove\s+away|drove\s+off|made\s+away\s+with|raided)\s+(?:\w+\s+){0,3}(?:cattle|livestock|goats|camels|cows|sheep)\b"
    r"|\b(?:cattle|livestock|stock)\s+(?:rustl\w*|raid\w*|theft)|\brustl(?:ers?|ing)\b",
    re.I,
)


def _unidentified(a) -> bool:
    return a is None or a.name.startswith("Unidentified Armed Group")


def _suspected_group(a1, a2, iso3, text):
    """An unnamed perpetrator of a report that names one armed group ("the device was suspected to have
    been planted by al Shabaab"): ACLED codes the suspected group."""
    if not (_unidentified(a1) or (a2 is not None and _unidentified(a2))):
        return a1, a2
    named = {a.name for a in (a1, a2) if a is not None}
    groups = [(g, s, e) for g, s, e in named_groups_in(text) if g["name"] not in named]
    if len(groups) not in (1, 2) or any(
        a is not None and a.inter in (2, 3) and not _unidentified(a) for a in (a1, a2)
    ):
        return a1, a2
    if (
        len(groups) == 2
        and _EITHER_GROUP.match(text, groups[0][2])
        and _EITHER_GROUP.match(text, groups[0][2]).end() == groups[1][1]
    ):
        (g1, s, _), (g2, _, e) = groups  # "planted by ISGS or JNIM militants": ACLED's "A and/or B"
        first, second = sorted((g1, g2), key=lambda g: not g["name"].startswith("JNIM"))
        groups = [(dict(first, name=f"{first['name']} and/or {second['name']}"), s, e)]
    if len(groups) != 1:
        return a1, a2
    g, s, e = groups[0]
    if not _SUSPECT.search(text[max(0, s - 50) : e + 50]) or _HEDGE.search(text):
        return a1, a2
    suspect = ActorMention(s, e, text[s:e], "named", g["inter"], group=g).actor(iso3, text)
    suspect.spans = []  # ``text`` is the event's scope, not the article: no offsets to give
    if a1 is None or _unidentified(a1):
        return suspect, a2
    return a1, suspect


_EITHER_GROUP = re.compile(r"\s*(?:and\s*/\s*or|or|and\s+or|/)\s*(?:the\s+)?", re.I)


# The report attributes the act to the group ("suspected to be al Shabaab", "blamed on ISGS") ...
_SUSPECT = re.compile(
    r"\b(?:suspect\w*|believed|blamed|claim\w*|planted|attribut\w*|responsib\w*|presumed|alleged\w*|thought|"
    r"by|accused|affiliated|members?|militants|fighters|gunmen|linked)\b",
    re.I,
)


# ... without doubting it ("it is not clear who", "may be linked", "have carried out abductions in the past").
_HEDGE = re.compile(
    r"\b(?:not\s+(?:clear|known|yet\s+known)|unclear|may\s+(?:be|have)|might|could\s+be|in\s+the\s+past|"
    r"still\s+investigating|against)\b",
    re.I,
)


def _perpetrator_community(text, iso3):
    """The one community a report names as the attackers ("suspected Maasai ethnic militias", "gunmen
    believed to be Pokot raiders"), not as the victims ("three Turkana herders were killed"): its
    ethnic militia (ACLED)."""
    found = {}
    for m in find_generic(text) + find_groups(text):
        if m.category != "ethnic" or not m.ethnic:
            continue
        before, after = text[max(0, m.start - 40) : m.start], text[m.end : m.end + 60]
        if _BLAMED_BEFORE.search(before) or (
            not (_VICTIM_AFTER.match(after) or _VICTIM_BEFORE.search(before))
            and (_FIGHTER_WORDS.search(m.text) or _ATTACKS_AFTER.match(after))
        ):
            found.setdefault(m.ethnic, m)
    if len(found) != 1:
        return None
    (m,) = found.values()
    actor = m.actor(iso3, text)
    actor.spans = []
    return actor


_VICTIM_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:were|was|had\s+been|have\s+been|got)\s+(?:\w+\s+)?(?:killed|shot|attacked|injured|wounded|"
    r"abducted|kidnapped|hacked|murdered|ambushed|raided|robbed|displaced)\b",
    re.I,
)


_VICTIM_BEFORE = re.compile(
    r"\b(?:kill\w*|attack\w*|against|on|targeting|targeted|ambush\w*|raid\w*\s+on|victims?|among|injur\w*|wound\w*)\s+"
    r"(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+|several\s+)?(?:(?!(?:as|when|after|while|and|but|by)\b)\w+\s+)?$",
    re.I,
)


_ATTACKS_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:raid(?:ed|s)?|attack(?:ed|s)?|kill(?:ed|s)?|carried\s+out|stormed|ambush(?:ed|es)?|shot|"
    r"struck|invaded|torched|burn(?:ed|t)|stole|hacked|abducted)\b",
    re.I,
)


_BLAMED_BEFORE = re.compile(
    r"\b(?:by|suspected|presumed|alleged|believed\s+to\s+be|said\s+to\s+be|thought\s+to\s+be|blamed\s+on)\s+(?:the\s+)?$",
    re.I,
)


_FIGHTER_WORDS = re.compile(
    r"\b(?:militias?|militiam[ae]n|raiders|gunmen|warriors|attackers|fighters|assailants|bandits|rustlers|"
    r"militants?|tribesm[ae]n)\b",
    re.I,
)


def remote_violence_sides(sub, a1, a2, iso3, text, scope, victims_civ):
    """Remote violence: who fired or planted (``_remote_sides``), and the force hit where no civilians
    were."""
    a1, a2 = _remote_sides(sub, a1, a2, iso3, scope or text)
    if (
        sub != "Air/drone strike"
        and a1 is not None
        and a1.inter != 1
        and (a2 is None or a2.inter == 7)
        and not victims_civ
        and (force := _force_target(text, iso3)) is not None
    ):
        a2 = force  # "rockets fired at a military base", "two soldiers wounded by an IED": the force hit
    return a1, a2


# "a Russian air strike", "Israeli airstrikes", "a US drone strike": the strike's nationality.
_STRIKER = re.compile(
    r"\b(U\.S\.|US|[A-Z][a-z]+)(?:-led)?\s+(?:coalition\s+|military\s+|army\s+)?"
    r"(?:air[\s-]?strikes?|drone[\s-]strikes?|air\s+raids?|warplanes?|jets?|drones?)\b"
)


def _striker_country(text: str) -> str | None:
    found = {iso for m in _STRIKER.finditer(text) if (iso := iso3_of(m.group(1)))}
    return found.pop() if len(found) == 1 else None


def _remote_sides(sub, a1, a2, iso3, text=""):
    """Remote violence with one side named: an armed group is the one who planted or fired; an
    airstrike is the air force's, of the country it is said to be ("a Russian air strike"), else the
    place's (and the armed group named its target); a state target's attacker is unidentified."""
    air_force = iso3
    if sub == "Air/drone strike":
        air_force = _striker_country(text) or iso3
    if sub == "Air/drone strike" and a1 is None and a2 is not None and a2.inter in (2, 3, 4):
        return _generic("Military Forces of {country}", 1, air_force), a2  # "an airstrike on ISGS positions"
    if a1 is None and a2 is not None and a2.inter in (2, 3, 4, 8):
        a1, a2 = a2, None
    if sub == "Air/drone strike" and a1 is None:
        a1 = _generic("Military Forces of {country}", 1, air_force)
    if a1 is None and a2 is not None and a2.inter == 1:
        a1 = _generic("Unidentified Armed Group ({country})", 3, iso3)
    if a2 is None and sub in _PLANTED and (a1 is None or a1.inter != 1):
        a2 = _generic("Civilians ({country})", 7, iso3)  # a bomb or grenade with no armed target
    return a1, a2


_PLANTED = {"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"}


def civilian_violence_sides(etype, a1, a2, iso3, text, scope, victims_civ):
    """Violence against civilians (and remote violence without an armed target): the armed party is the
    perpetrator (the force acting, the community blamed, else an unidentified or suspected group)
    and civilians its victims; public works destroyed have no people's side."""
    if (a1 is None or a1.inter == 7) and a2 is not None and a2.inter in (1, 2, 3, 4, 8):
        a1, a2 = a2, a1  # violence against civilians: the armed party is the perpetrator
    if a1 is not None and a1.inter in (5, 6, 7):
        a1 = None  # a crowd never perpetrates violence against civilians (ACLED: that is mob violence)
    if (
        etype == "Explosions/Remote violence"
        and a2 is not None
        and a2.inter == 7
        and not a2.spans
        and not victims_civ
        and _infrastructure_only(scope or text)
    ):
        a2 = None  # "militants blew up a bridge": no people its side
    if a1 is None and etype == "Violence against civilians":
        a1 = _acting_force(text, iso3)
    if (a1 is None or (_unidentified(a1) and not a1.aliases)) or (
        etype == "Violence against civilians" and _unidentified(a1)
    ):
        a1 = _perpetrator_community(scope or text, iso3) or a1  # "as Pokomo ethnic militia attacks"
    if a1 is None:
        a1 = _generic("Unidentified Armed Group ({country})", 3, iso3)
        # "a man with suspected ties to Al Shabaab lobbed a grenade": the group the report blames
        a1, _ = _suspected_group(a1, None, iso3, scope or text)
    if a2 is None or a2.inter not in (7,):
        if etype == "Violence against civilians" or victims_civ:
            a2 = _generic("Civilians ({country})", 7, iso3)
    return a1, a2


# Public works destroyed ("a communications mast", "the bridge linking", "power lines") ...
_INFRASTRUCTURE = re.compile(
    r"\b(?:(?:communications?|telecom\w*|phone|network|transmission|radio)\s+(?:masts?|towers?|antennas?|antennae)|"
    r"masts?|pylons?|bridges?|power\s+(?:stations?|lines?|plants?|pylons?)|electricity\s+(?:lines?|poles?|pylons?)|"
    r"transformers?|railways?|rail\s+lines?|pipelines?|dams?|culverts?)\b",
    re.I,
)


# ... and nothing of people's ("houses", "shops", "passengers", "killed").
_PEOPLES_THINGS = re.compile(
    r"\b(?:houses?|homes?|huts?|shops?|kiosks?|stalls?|granar\w*|vehicles?|cars?|trucks?|buses|motorbikes?|motorcycles?|"
    r"livestock|cattle|people|persons?|civilians?|residents?|villagers?|passengers?|travell?ers|workers?|"
    r"killed|injured|wounded|dead|schools?|churche?s?|mosques?|market)\b",
    re.I,
)


def _infrastructure_only(text: str) -> bool:
    return bool(_INFRASTRUCTURE.search(text)) and not _PEOPLES_THINGS.search(text)
