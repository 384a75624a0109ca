"""Who did what to whom, as ACLED names it: the event's actors from its frames' roles, then ACLED's
conventions per event type (protesters and the police who intervene, rioters, perpetrators and
civilians, battles without civilians, arrests by the state)."""

from __future__ import annotations

import re
from collections import Counter

from .actors import (
    ETHNIC,
    ActorMention,
    ethnic_antecedent,
    ethnic_pair,
    fight_between_communities,
    named_groups_in,
    police_unit,
)
from .countries import iso3_of
from .frames import Cluster, _key
from .records import Actor
from .triggers import (
    ARMED,
    STATE,
)

# ----------------------------------------------------------------------------- actors


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
                        or ({id(a), id(b)} <= targets and bool(_BETWEEN.search(text, max(0, a.start - 20), a.start)))
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


def _type_actors(etype, sub, agent, target, assoc1, assoc2, iso3, text, victims_civ, police, scope):
    def act(m):
        return m.actor(iso3, text) if m is not None else None

    a1, a2 = act(agent), act(target)
    as1 = [act(m) for m in assoc1]
    as2 = [act(m) for m in assoc2]
    if (
        etype in ("Violence against civilians", "Battles", "Strategic developments")
        and agent is not None
        and agent.category == "named"
        and a1 is not None
        and a1.inter in (3, 4)
        and (force := _joint_force(scope or text, agent, iso3)) is not None
    ):
        # "soldiers and volunteer fighters (VDP) killed", "the army accompanied by Koglweogo": the
        # state force leads; the militia is its associate (ACLED)
        a1, as1 = force, [a1, *as1]
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
        a2 = _crowd_force(act(police), police, iso3) if sub != "Peaceful protest" else None
        if a2 is None and sub != "Peaceful protest":
            a2 = _generic("Police Forces of {country}", 1, iso3)
        group = (prot.assoc if prot is not None else None) or _protest_group(text)
        as1 = [_generic(group + " ({country})", 7, iso3)] if group else []
        if sub == "Excessive force against protesters":
            a1, a2 = a2, a1
        return a1, a2, as1, []
    if etype == "Riots":
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
            a2 = _generic(
                "Rioters ({country})" if mutual else "Civilians ({country})", 5 if mutual else 7, iso3
            )
        if a2 is not None and a2.inter == 6:
            a2 = _generic("Rioters ({country})", 5, iso3)
        if a2 is None and police is not None:  # the police who faced the rioters
            a2 = police.actor(iso3, text)
        if sub == "Violent demonstration":
            a2 = _demonstration_other_side(a2, police, iso3, text)
        return a1, a2, as1, as2
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
    if etype == "Explosions/Remote violence":
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
    if etype in ("Violence against civilians",) or (
        etype == "Explosions/Remote violence" and (a2 is None or a2.inter == 7)
    ):
        if (a1 is None or a1.inter == 7) and a2 is not None and a2.inter in (1, 2, 3, 4, 8):
            a1, a2 = a2, a1  # violence against civilians: the armed party is the perpetrator
        if a1 is not None and a1.inter == 7:
            a1 = None
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
        return a1, a2, as1, as2
    if (
        sub == "Looting/property destruction"
        and a1 is None
        and a2 is None
        and not _infrastructure_only(scope or text)
        and _UNKNOWN_DOERS.search(scope or text)
    ):
        a1 = _generic("Unidentified Armed Group ({country})", 3, iso3)  # "unknown individuals pillaged"
    if sub in ("Looting/property destruction", "Abduction/forced disappearance") and a1 is None and a2 is not None:
        # the only side named is the one who looted ("suspected JNIM destroyed ..."), or its victim
        if a2.inter in (2, 3, 4, 8):
            a1, a2 = a2, None
        else:
            a1 = _generic("Unidentified Armed Group ({country})", 3, iso3)
    if (
        sub == "Looting/property destruction"
        and (a2 is None or a2.inter == 7)
        and a1 is not None
        and a1.inter not in (1, 7)
        and (post := _DESTROYED_POST.search(scope or text))
    ):
        # "militants burned the police station", "vandalized the ranger post": the force whose post it is
        return a1, _post_owner(post.group("who"), iso3), as1, as2
    if sub == "Looting/property destruction" and a2 is None and a1 is not None and _infrastructure_only(scope or text):
        return a1, None, as1, as2  # "destroyed a telecommunications mast": public works, no civilians' side
    if (
        sub in ("Looting/property destruction", "Abduction/forced disappearance")
        and a2 is None
        and a1 is not None
        and a1.inter != 7
    ):
        return a1, _generic("Civilians ({country})", 7, iso3), as1, as2
    if sub == "Disrupted weapons use" and not (a1 is not None and a1.inter == 1 and a2 is not None):
        # "IEDs planted by JNIM were defused", "police dismantled an explosive": the force that found
        # them (the army when none is named) against whoever planted them (unidentified when unnamed)
        sides = [a for a in (a1, a2) if a is not None]
        force = next((a for a in sides if a.inter == 1), None) or _force_named(text, iso3)
        other = next((a for a in sides if a.inter in (2, 3, 4)), None)
        return (
            force or _generic("Military Forces of {country}", 1, iso3),
            other or _generic("Unidentified Armed Group ({country})", 3, iso3),
            as1,
            as2,
        )
    if sub == "Arrests":
        a1, a2 = _crowd_force(a1, agent, iso3), _crowd_force(a2, target, iso3)
        if a1 is None or a1.inter != 1:
            a1, a2 = (
                (a2, a1)
                if a2 is not None and a2.inter == 1
                else (_generic("Police Forces of {country}", 1, iso3), a2)
            )
        if (a2 is None or a2.inter not in (1, 2, 3, 4, 8)) and (group := _suspected_member_of(text, iso3)):
            a2 = group  # "arrested over 100 people with suspected links to al Shabaab": that group
        if (a2 is None or a2.inter not in (1, 2, 3, 4, 8)) and _SUSPECTED_MILITANTS.search(text):
            a2 = _generic("Unidentified Armed Group ({country})", 3, iso3)  # "arrested on suspicion of being militants"
        if a2 is None or a2.inter not in (1, 2, 3, 4, 8):  # arrested militants are their group
            a2 = _generic("Civilians ({country})", 7, iso3)
        return a1, a2, as1, as2
    if etype == "Battles":
        if a1 is not None and a1.inter == 7:
            a1 = None
        if a2 is not None and a2.inter == 7:
            a2 = None
        a1, a2 = _communities(a1, a2, iso3, text)
        a1, a2 = _one_side_known(a1, a2, police, iso3, text)
        a1, a2 = _herders_community(a1, a2, iso3, text)
        if a2 is None and a1 is not None and a1.inter in (2, 3, 4) and _INFIGHTING.search(text):
            a2 = a1.model_copy(deep=True)  # "ISGS fighters clashed with each other": the group on both sides
        return a1, a2, as1, as2
    if sub == "Change to group/activity" and a1 is None:
        # "security has been beefed up", "troops were deployed": the force that moved; a group that
        # re-arms or recruits is the one acting
        if a2 is not None and a2.inter == 7:
            a2 = None
        force = (_generic("Government of {country}", 1, iso3) if _GOVERNMENT_ACTS.search(text) else None) or _force_named(text, iso3) or (
            _generic("Military Forces of {country}", 1, iso3) if _SECURITY_WORD.search(text) else None
        )
        group = next((m for m in (agent, target) if m is not None and m.inter in (2, 3, 4)), None)
        if force is not None and (group is None or _first_force_at(text) < group.start):
            a1, a2 = force, None
        elif a2 is not None and a2.inter in (2, 3, 4):
            a1, a2 = a2, None  # "armed men entered the village ... asked why soldiers had come": the group moved
    if etype == "Strategic developments" and a1 is None and a2 is None and _GOVERNMENT.search(text):
        a1 = _generic("Government of {country}", 1, iso3)  # a curfew, a ban, a closure: the state's act
    return a1, a2, as1, as2


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


def _post_owner(who: str, iso3):
    if re.match(r"military|army", who, re.I):
        return _generic("Military Forces of {country}", 1, iso3)
    return _generic("Police Forces of {country}" + police_unit(who), 1, iso3)


def _first_force_at(text: str) -> int:
    found = [m.start() for rx in (_GOVERNMENT_ACTS, _POLICE_WORDS, _ARMY_WORDS, _SECURITY_WORD) if (m := rx.search(text))]
    return min(found) if found else len(text)


_GOVERNMENT_ACTS = re.compile(
    r"\b(?:government|authorities|ministry|minister|president)\s+(?:\w+\s+)?(?:closed|banned|suspended|imposed|ordered|"
    r"declared|decreed|announced)\b",
    re.I,
)
_SECURITY_WORD = re.compile(r"\bsecurity\s+(?:forces|personnel|officers|agents|services|has|was|were|beefed|tightened)\b", re.I)
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


_SECURITY = re.compile(r"(?:the\s+)?security\s+(?:forces|services|agents|personnel|officers)\b", re.I)


def _crowd_force(actor, mention, iso3):
    """ "Security forces dispersed the protest", "security forces arrested 13 people": the unnamed
    security forces that police a crowd or make arrests are ACLED's police."""
    if actor is None or mention is None or mention.category != "military" or not _SECURITY.match(mention.text):
        return actor
    if mention.country and mention.country != iso3:
        return actor
    return _generic("Police Forces of {country}", 1, iso3)


_GOVERNMENT = re.compile(
    r"\b(?:government|authorities|ministry|minister|president|curfew|ban(?:ned|s)?|decree|state\s+of\s+emergency|"
    r"(?:was|were)\s+closed|closure|"
    r"prefect|governor|court)\b",
    re.I,
)


_INFIGHTING = re.compile(
    r"\b(?:with\s+each\s+other|with\s+one\s+another|among\s+themselves|infighting|in-fighting|intra-\w+|"
    r"two\s+(?:sections|factions|sub-?clans|wings)\s+of|"
    r"internal\s+(?:clash\w*|fighting|dispute))\b",
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
    if len(groups) == 2 and _EITHER_GROUP.match(text, groups[0][2]) and _EITHER_GROUP.match(text, groups[0][2]).end() == groups[1][1]:
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


# A force that lays or detonates the device itself ("soldiers detonated a landmine", "sappers").
_STATE_PLANTED = re.compile(
    r"\s+(?:\w+\s+)?(?:detonated|planted|laid|defused|destroyed|blew\s+up|exploded)\b", re.I
)


# "a Russian air strike", "Israeli airstrikes", "a US drone strike": the strike's nationality.
_STRIKER = re.compile(
    r"\b(U\.S\.|US|[A-Z][a-z]+)(?:-led)?\s+(?:coalition\s+|military\s+|army\s+)?"
    r"(?:air[\s-]?strikes?|drone[\s-]strikes?|air\s+raids?|warplanes?|jets?|drones?)\b"
)


def _striker_country(text: str) -> str | None:
    from .countries import iso3_of

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


def _communities(a1, a2, iso3, text):
    """An intercommunal clash between two named communities: their two ethnic militias (ACLED)."""
    pair = ethnic_pair(text)
    if pair is None or pair[0] == pair[1]:
        return a1, a2
    if any(a is not None and a.inter in (1, 2, 3, 8) for a in (a1, a2)) and not fight_between_communities(text):
        return a1, a2
    named = {a.name for a in (a1, a2) if a is not None}
    militias = [_generic(f"{name} Ethnic Militia ({{country}})", 4, iso3) for name in pair]
    if all(m.name in named for m in militias):
        return a1, a2
    return militias[0], militias[1]


def _herders_community(a1, a2, iso3, text):
    """Farmers and herders fighting where one side is named as a community ("farmers and Fulani
    pastoralists clashed"): that community's ethnic militia against the other side's communal militia."""
    from .actors import ETHNIC, ethnic_name

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


_FARMERS_FROM = re.compile(r"\b(?:farmers|villagers|residents|youths)\s+(?:from|of)\s+(?-i:([A-Z][a-z]+(?:-[A-Z][a-z]+)?))\b", re.I)


def _one_side_known(a1, a2, police, iso3, text):
    """A battle with one side named: the state's unnamed opponent is an Unidentified Armed Group; a
    named armed group's opponent is the police or army the report mentions."""
    if a1 is None and a2 is not None and a2.inter in (2, 3, 4, 8):
        a1, a2 = a2, None
    if a1 is not None and a1.inter in (2, 3, 4, 8) and a2 is None and police is not None:
        a2 = police.actor(iso3, text)
    if a1 is not None and a1.inter in (2, 3, 4, 8) and not _unidentified(a1) and a2 is None:
        a2 = _force_target(text, iso3)  # "pirates killed in a gun battle with navy personnel": the force named
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


def _perpetrator_community(text, iso3):
    """The one community a report names as the attackers ("suspected Maasai ethnic militias", "gunmen
    believed to be Pokot raiders"), not as the victims ("three Turkana herders were killed"): its
    ethnic militia (ACLED)."""
    from .actors import find_generic, find_groups

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
    from .actors import find_generic, find_groups

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
_FIGHTER_WORDS = re.compile(
    r"\b(?:militias?|militiam[ae]n|raiders|gunmen|warriors|attackers|fighters|assailants|bandits|rustlers|"
    r"militants?|tribesm[ae]n)\b",
    re.I,
)


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


_POLICE_WORDS = re.compile(r"\b(?:gendarm\w*|police\w*|customs|forest\s+guards?|rangers?|GSU)\b", re.I)
_ARMY_WORDS = re.compile(r"\b(?:army|soldiers?|troops|military|navy|naval|defen[cs]e\s+forces|armed\s+forces)\b", re.I)
_FORCE_ANY = re.compile(_POLICE_WORDS.pattern + "|" + _ARMY_WORDS.pattern, re.I)


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
_SAYS = r"said|says|told|reported|announced|confirmed|claimed|stated|denied|spokes\w*|sources?|officials?|statement"
_SOURCE_AFTER = re.compile(rf"['’]?(?:\s+\w+)?\s+(?:{_SAYS})\b", re.I)
# ... and, for a force, its inquiry ("police are investigating", "police have launched a probe").
_FORCE_SOURCE = re.compile(
    rf"['’]?(?:\s+\w+)?\s+(?:{_SAYS}|investigat\w*|probe\w*|"
    r"(?:has|have|had|is|are|was|were)\s+(?:yet\s+to|investigating|probing|looking\s+into|launched|opened))\b",
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
            if _FORCE_VICTIM_AFTER.match(text[m.start() : m.end() + 40]) or _as_source(text, m.start(), m.end(), _FORCE_SOURCE):
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


_ETHNIC_WORDS = re.compile(
    r"\b(?:ethnic|tribal|tribes?|clans?|inter-?clan|inter-?ethnic|communities)\b", re.I
)
_ETHNIC_ANY = re.compile(rf"(?:{ETHNIC})", re.I)
# Two named clans fighting ("Matan and Geledle clans fought", "between the Jibril and Matan clans").
_CLAN_PAIR = re.compile(r"\b(?-i:([A-Z][a-z]{2,}))\s+and\s+(?-i:([A-Z][a-z]{2,}))\s+(?:sub-?)?clans\b")


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
_FORCE = re.compile(
    r"\b(?:police\w*|gendarm\w*|soldiers?|troops|army|military|security\s+(?:forces|officers|agents|personnel)|"
    r"anti-riot|GSU|officers)\b",
    re.I,
)
# The force as the protest's grievance, not its opponent ("the killing of a boy by police").
_GRIEVANCE = re.compile(
    r"\b(?:killing|shooting|death|murder|harassment|brutality|abuse|assault|beating|arrest|detention|raid|"
    r"protest\w*|demonstrat\w*)\b[^.;]{0,50}?\b(?:by|at\s+the\s+hands\s+of|against|over|of)\s+"
    r"(?:an?\s+|the\s+|alleged\s+)?(?:\w+\s+)?$",
    re.I,
)


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
            if _INTERVENE.search(sentence[max(0, m.start() - 80) : m.end() + 150]) or _FIGHT_BETWEEN.search(
                sentence, 0, m.start()
            ) or _FORCE_HURT.match(sentence, m.end()):
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


_CATTLE_RAID = re.compile(
    r"\b(?:cattle|livestock|goats|camels|cows|sheep)\b[^.;]{0,40}\b(?:stole|stolen|steal\w*|drove|driven|made\s+away)\b"
    r"|\b(?:stole|steal\w*|drove\s+away|drove\s+off|made\s+away\s+with|raided)\s+(?:\w+\s+){0,3}(?:cattle|livestock|goats|camels|cows|sheep)\b"
    r"|\b(?:cattle|livestock|stock)\s+(?:rustl\w*|raid\w*|theft)|\brustl(?:ers?|ing)\b",
    re.I,
)
_LIVELIHOOD = re.compile(
    r"\b(?:farmers|herders|herdsm[ae]n|pastoralists|fishermen|hunters|land\s+invaders|settlers|agriculturalists|cultivators)\b",
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
    r"|\b" + _PERSONS + r"\s+(?:\w+\s+)?(?:was|were|had\s+been|got)\s+(?:attacked|assaulted|beaten(?:\s+up)?|injured|"
    r"stabbed|stoned|lynched|harassed|roughed\s+up)\s+by\s+(?:the\s+|an?\s+|angry\s+|irate\s+|\w+\s+){0,2}"
    r"(?:demonstrators|protesters|rioters|mobs?|crowds?|youths?|students|residents|supporters)\b",
    re.I,
)
_ONE_SIDED = re.compile(
    r"\b(?:lynch\w*|mob\s+justice|assault\w*|beat\s+up|beaten|stoned|attacked\s+(?:an?|the|two|three|\d+)\b)",
    re.I,
)


def _protest_group(text: str) -> str | None:
    from .actors import _PROTEST_GROUP_RE, ASSOC

    head = text[:1500]
    m = next((m for m in _PROTEST_GROUP_RE.finditer(head) if not _as_source(head, m.start(), m.end())), None)
    if not m:
        return None
    w = m.group(1).lower()
    return ASSOC.get(w) or ASSOC.get(w.rstrip("s"))



def _generic(pattern: str, inter: int, iso3: str | None) -> Actor:
    from .countries import country, of_country
    from .records import INTER_LABELS

    c = country(iso3)
    return Actor(
        name=of_country(pattern, c.iso3 if c else None).format(country=c.name if c else "International"),
        inter=inter,
        inter_label=INTER_LABELS.get(inter),
        country=iso3,
    )
