"""The cues that type an event: what a cluster's triggers, actors and figures say ("ambushed", "police
shot", "civilians killed", "attacked a police post") and what the whole report says (communities,
party supporters, a peaceful march), gathered into the ``triggers.Frame`` that ``triggers.classify``
types by ACLED's rules. Apart from the events: the typing evidence reads in one place, and the
assembly of an event record stays short."""

from __future__ import annotations

import re
from functools import lru_cache

from .communities import ETHNIC
from .frames import Cluster
from .named_groups import named_groups_in
from .triggers import _DEMO_RIOT, ARMED, STATE, Frame


def read_cues(cluster: Cluster, text: str, agent, target) -> Frame:
    """The typing frame of one cluster of an article's ``text``; ``agent``, ``target``: the actor
    mentions picked for it, or None."""
    claims = [c for f in cluster.frames for c in f.claims if not c.extras.get("grievance")]
    trigs = [(f, t) for f in cluster.frames for t in f.triggers]
    w = _text_flags(text)
    return Frame(
        {t.cue for _, t in trigs},
        agent.category if agent else None,
        _target_category(target, text) if target else _target_place(text, cluster),
        ethnic=w["ethnic"],
        # "shot dead a suspected but unarmed militant": whoever the unarmed were said to be, civilians
        victims_civilian=any(c.victims and (CIVILIAN_WORDS.search(c.victims) or "unarmed" in c.victims.lower()) for c in claims),
        killed=any(c.kind == "killed" and (c.low or 0) > 0 for c in claims),
        label=next((f.label for f in cluster.frames if f.label), None),
        victims_armed=any(
            c.victims
            and c.kind != "arrested"  # "the police officer was arrested": the one arrested is no victim of the violence
            and (
                ARMED_WORDS.search(c.victims)
                or named_groups_in(c.victims)  # "5 SLDF members shot dead"
                or _said_armed(c, text)  # "two people described as militiamen"
            )
            and not _OFF_DUTY.search(c.victims)
            for c in claims
        ),
        demo_words=any(_DEMO_RIOT.search(t.text) for _, t in trigs if t.cue == "riot"),
        crowd=bool(agent and _CROWD.search(agent.text)),
        harm=any(t.cue == "attack" and _HARM.search(t.text) for _, t in trigs),
        execution=any(re.match(r"execut", t.text, re.I) for _, t in trigs) or w["extrajudicial"],
        mutual=w["mutual"],
        peaceful=w["peaceful"],
        state_harm=_state_harm(cluster),
        blocks_only=_blocks_only(cluster, text),
        live_fire=any(t.cue == "intervene" and _LIVE.match(t.text) for _, t in trigs),
        partisan=w["partisan"],
        ambush=any(t.text.lower().startswith("ambush") for _, t in trigs),
        gunfire=any(
            (t.cue in ("attack", "clash") and _GUNFIRE.search(t.text))
            or (t.cue == "riot" and _FIRING.match(t.text))
            for _, t in trigs
        )
        # "hurled grenades at the police, then directed small arms fire at them": grenades with guns; "attacked
        # with RPGs and small arms", "an IED detonation followed by small arms fire": explosives in a gunfight
        or (
            any(t.cue in ("grenade", "shelling", "ied") for _, t in trigs)
            and any(_GUNS.search(text, f.start, f.end) for f in cluster.frames)
        ),
        two_sides=_two_sides(cluster),
        armed_post=_target_place(text, cluster, ("attack",)) in ARMED,
        unruly=bool(agent and _UNRULY.search(agent.text)),
        assault=any(
            ((t.cue == "attack" and _ASSAULT.fullmatch(t.text)) or t.cue == "abduct")
            and not _CAUSE_BEFORE.search(text, f.start, t.start)
            for f, t in trigs
        ),
        firefight=any(t.cue == "clash" and _FIREFIGHT.search(t.text) for _, t in trigs),
        partisan_violence=w["partisan_violence"],
        election_unrest=w["election_unrest"],
        crowd_on_attacker=w["crowd_on_attacker"],
        no_violence_only=w["no_violence_only"],
        livestock_raid=w["livestock_raid"],
        armed_crowd=w["armed_crowd"],
        group_agent=w["group_agent"],
        armed_attack=_armed_attack(cluster),
        civil_side=any(t.cue == "clash" and _CIVIL_SIDE.search(text, f.start, f.end) for f, t in trigs),
        suspects_hit=any(c.victims and _SUSPECTS.search(c.victims) for c in claims)
        or bool(target and _SUSPECTS.search(target.text)),
        unmanned=any(_UNMANNED.search(text, f.start, f.end) for f in cluster.frames),
        ethnic_target=w["ethnic_target"],
        press_target=bool(target and _PRESS.search(target.text))
        or any(c.victims and _PRESS.search(c.victims) for c in claims),
        target_inter=target.inter if target is not None else None,
        state_attack_first=_state_attack_first(cluster, text),
        people_target=target is not None and _target_category(target, text) == "civilians" and not _owner(target, text),
        rpg=any(t.cue == "shelling" and _RPG.match(t.text) for _, t in trigs),
        raid_arrest=any(t.cue == "arrest" for _, t in trigs)
        and any(t.cue == "attack" for _, t in trigs)
        and all(_RAID.fullmatch(t.text) for _, t in trigs if t.cue == "attack"),
    )


# A community attacked as such: "attacked a Fulani camp", "burned the village of Fulani pastoralists": a
# communal militia's violence against civilians, not a brawl (ACLED); one herder beaten is a mob's
_ETHNIC_TARGET = re.compile(
    rf"\b(?:attack\w*|raid\w*|torch\w*|burn\w*|destroy\w*|invad\w*)\s+(?:(?:civilians|people|residents|herders)\s+(?:in|at)\s+)?"
    rf"(?:an?\s+|the\s+)?(?:{ETHNIC})\s+(?:(?:herders?|pastoralists?|herding|farming|farmers?)\s+)?"
    r"(?:camps?|settlements?|villages?|hamlets?|homes?|houses?|community|quarters?|neighbou?rhoods?)\b"
    rf"|\b(?:camps?|settlements?|villages?|hamlets?)\s+of\s+(?:the\s+)?(?:{ETHNIC})\b"
)


# "arrested 12 suspects in raids", "stormed the house and detained two": the raid is how the arrest is made
_RAID = re.compile(r"raid(?:ed|s|ing)?|storm(?:ed|ing|s)?", re.I)


ETHNIC_RE = re.compile(
    rf"\b(?:{ETHNIC})s?\b|\b(?i:communities|intercommunal|inter-communal|ethnic|clans?|tribes?|tribal)\b"
)


ARMED_WORDS = re.compile(
    r"soldier|troop|police|officer|gendarme|militant|fighter|jihadist|insurgent|rebel|attacker|assailant|gunm[ae]n|raider|bandit|militia|(?<!body)guard|VDP|volunteer|ranger|reservist|warder|commando|servicem[ae]n|personnel|Shabaa?b|Mungiki|Koglweogos?|Dozos?|askaris?|militiam[ae]n|warrior|gang|robber|pirate|carjacker|\bcops?\b|\barmed\s+(?:men|man|individuals|persons|suspects)\b",
    re.I,
)
CIVILIAN_WORDS = re.compile(
    r"\b(?:civilians?|villagers?|residents?|people|persons?|man|men|wom[ae]n|child(?:ren)?|boys?|girls?|passengers?|"
    r"worshippers?|farmers?|herders?|traders?|students?|pupils?|teachers?|famil(?:y|ies)|inhabitants?|locals?|"
    r"journalists?|councill?ors?|chiefs?|nurses?|doctors?|pastoralists?|drivers?|motorists?)\b",
    re.I,
)


@lru_cache(maxsize=4)
def _text_flags(text: str) -> dict[str, bool]:
    """What the whole report says, for typing each of its events: searched once per article, not per event."""
    return {
        "ethnic": bool(ETHNIC_RE.search(text)),
        "extrajudicial": bool(_EXTRAJUDICIAL.search(text)),
        "mutual": bool(_MUTUAL_CROWDS.search(text)) and not _STATE_WORDS.search(text),
        "peaceful": bool(_PEACEFUL.search(text)) and not _TURNED_VIOLENT.search(text),
        "partisan": bool(_PARTISAN.search(text)),
        "partisan_violence": bool(_PARTISAN_VIOLENCE.search(text)),
        "armed_crowd": bool(_ARMED_CROWD.search(text)),
        "group_agent": bool(_GROUP_AGENT.search(text)),
        "election_unrest": bool(_ELECTION_UNREST.search(text)),
        "crowd_on_attacker": bool(_CROWD_ON_ATTACKER.search(text)),
        "no_violence_only": not _PEACEFUL_WORD.search(text),
        "livestock_raid": bool(_LIVESTOCK_RAID.search(text)),
        "ethnic_target": bool(_ETHNIC_TARGET.search(text)),
    }


def _target_category(m, text: str = "") -> str:
    """The target's category for typing: a community named without fighters ("kill eleven Turkana",
    "a Pokot village", "Turkana herders") is its people, not an ethnic militia; an off-duty, retired or
    former policeman, soldier or militiaman is a civilian, and so is an unarmed one (ACLED)."""
    if text and _OFF_DUTY.search(text, max(0, m.start - 20), m.start + 1):
        return "civilians"
    if m.category == "ethnic" and not _FIGHTERS.search(m.text):
        return "civilians"  # "six Turkana herders were killed", "kill eleven Turkana"
    return m.category


_PRESS = re.compile(r"\b(?:journalists?|reporters?|photographers?|cameram[ae]n|correspondents?|(?:election |poll |human rights )?observers?)\b", re.I)
_OFF_DUTY = re.compile(r"\b(?:off[\s-]duty|retired|former|ex-|unarmed)", re.I)
_FIGHTERS = re.compile(
    r"\b(?:militias?|militiam[ae]n|raiders|gunmen|warriors|attackers|fighters|assailants|bandits|rustlers)\b",
    re.I,
)


def _two_sides(cluster: Cluster) -> bool:
    """State forces and a non-state armed group both act in the event, or two named groups do."""
    state, other, names = False, False, set()
    for m in (r.mention for f in cluster.frames for r in f.roles):
        if m.category not in ARMED or m.category == "political":
            continue
        if m.category in STATE or (m.category == "named" and m.inter == 1):
            state = True
        else:
            other = True
            if m.category == "named":
                names.add((m.group or {}).get("name"))
    return (state and other) or len(names) >= 2


# Two civilian sides fighting each other (ACLED: mob violence, not a demonstration).
_MUTUAL_CROWDS = re.compile(
    r"\b(?:clash(?:ed|es)?\s+(?:between|with\s+(?:those|supporters|members|rival|youths\s+from))|"
    r"between\s+(?:rival\s+|opposing\s+)?(?:supporters|members|factions|camps|youths|traders)|"
    r"(?:supporters|members)\s+of\s+[^.;]{0,60}?\s+(?:and|with)\s+(?:those|supporters|members)\s+of|"
    r"each\s+other|one\s+another|rival\s+(?:groups|factions|supporters|camps|gangs)|"
    r"and\s+(?:[\w-]+\s+){1,2}supporters\s+(?:have\s+|had\s+)?(?:clash\w*|fought|engag\w+|exchang\w+|threw|pelted))",
    re.I,
)
_PARTISAN = re.compile(
    r"\b(?:supporters?|part(?:y|ies)|political|politicians?|elect(?:ion|ions|oral|ed)|campaign\w*|candidates?|"
    r"aspirants?|rall(?:y|ies)|primar(?:y|ies)|polling|MPs?|MCAs?)\b",
    re.I,
)
_STATE_WORDS = re.compile(
    r"\b(?:police|policem[ae]n|gendarm\w*|soldiers|army|military|security\s+forces|GSU|officers)\b", re.I
)

_PEACEFUL = re.compile(
    r"\bpeaceful(?:ly)?\b|\bpeace\s+march|\bno\s+(?:reports?\s+of\s+|reported\s+)?violence\b|\bwithout\s+(?:any\s+)?violence\b",
    re.I,
)
_PEACEFUL_WORD = re.compile(r"\bpeaceful(?:ly)?\b|\bpeace\s+march", re.I)
_TURNED_VIOLENT = re.compile(
    r"\b(?:turn(?:ed|s|ing)?|bec(?:ame|omes?|oming)|gr(?:ew|ows?|owing))\s+(?:violent|chaotic|ugly|rowdy)|\bviolently\b|\bdegenerated|\bdescended\s+into|\bbut\s+(?:later|then)\b",
    re.I,
)
_BLOCK = re.compile(r"block", re.I)
_LIVE = re.compile(r"live\s", re.I)


_ARMED_AGENTS = {"armed", "named", "tribal", "communal", "ethnic"}


def _armed_attack(cluster: Cluster) -> bool:
    """A clause of its own, with no protest in it, where a non-state armed group is the agent of violence
    ("Gunmen killed a trader. Residents protested the killing"): the attack is the event, the protest another."""
    return any(
        any(t.cue == "attack" for t in f.triggers)
        and not any(t.cue in ("protest", "riot", "mob") for t in f.triggers)
        and any(r.role == "agent" and r.mention.category in _ARMED_AGENTS for r in f.roles)
        for f in cluster.frames
    )


# what a first act set off: "police shot dead a tout, sparking protests"
_SPARKED = re.compile(r"\b(?:spark\w*|trigger\w*|prompt\w*|provok\w*|led\s+to|leading\s+to|followed\s+by|caus(?:ed|ing))\b", re.I)


def _state_attack_first(cluster: Cluster, text: str) -> bool:
    """The report opens on the police or army harming people who were not protesting, and the protest
    comes after, set off by it ("Police opened fire on a wedding party. Residents protested"): the attack
    is the event."""
    first = min(cluster.frames, key=lambda f: f.start)
    attacks = [t.start for t in first.triggers if t.cue == "attack"]
    if not attacks or not any(r.role == "agent" and r.mention.category in STATE for r in first.roles):
        return False
    if any(r.mention.category == "protesters" for r in first.roles):
        return False
    crowd = [t for t in first.triggers if t.cue in ("protest", "riot", "mob", "intervene")]
    return bool(crowd or len(cluster.frames) > 1) and all(
        t.start > attacks[0] and _SPARKED.search(text, attacks[0], t.start) for t in crowd
    )


def _state_harm(cluster: Cluster) -> bool:
    """A police or army agent in a clause of violence ("police shot two protesters", "were beaten by soldiers")."""
    return any(
        r.role == "agent" and r.mention.category in STATE
        for f in cluster.frames
        if any(t.cue == "attack" for t in f.triggers)
        for r in f.roles
    )


def _blocks_only(cluster: Cluster, text: str) -> bool:
    """The riot cues are all roads or access blocked, and by police or soldiers ("police blocked the road")."""
    riots = [(f, t) for f in cluster.frames for t in f.triggers if t.cue == "riot"]
    return bool(riots) and all(
        _BLOCK.match(t.text)
        and any(r.role == "agent" and r.mention.category in STATE for r in f.roles)
        and not _RELATIVE_BEFORE.search(text, max(0, t.start - 30), t.start)
        for f, t in riots
    )


# "police dispersed residents who had blocked the road": the blocking is the crowd's, not the police's
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?(?:\w+\s+)?$", re.I)


# The agent named as violent: a bare "group of people" or "number of residents" is a crowd, not yet rioters.
_UNRULY = re.compile(r"riot|mob|loot|irate|angry|violent|rowdy|vigilante", re.I)
# Acts of aggression (not what the victims suffered: "killed", "injured", "died" may be the police's doing).
_ASSAULT = re.compile(
    r"(?:attack|ambush|assault|robb|harass|hijack|stabb|hack|raid|intimidat)ed|beat\s+up|roughed\s+up", re.I
)  # the past tense of the act: "harassment", "stab wounds", "the grenade attack" name a grievance as often
# "Following an attack by robbers, residents protested": what set the event off
_CAUSE_BEFORE = re.compile(
    r"\b(?:after|following|over|in\s+(?:response|reaction|retaliation)\s+to)\s+(?:\w+\s+){0,3}$", re.I
)
_ARMED_CROWD = re.compile(
    r"\barmed\s+(?:with\s+(?:\w+\s+)?(?:rifles|guns|firearms|pistols)|gangs?|men|group|individuals|assailants)|\bgunm[ae]n\b|"
    r"\b(?:rifles|firearms|AK-?47s?)\b|\bbod(?:y|ies)\s+(?:of|were|was|found|collected|discovered|recovered)",
    re.I,
)
_GROUP_AGENT = re.compile(
    r"\b(?:an?|the)\s+(?:large\s+|small\s+)?(?:group|crowd|mob)\b(?!\s+of\s+(?:\w+\s+){0,2}(?:armed|gunm[ae]n|militants|assailants|"
    r"attackers|bandits|jihadists|insurgents|terrorists|rebels|soldiers|police|thugs|goons|hired))"
    # a crowd of the place or the vote as the agent: "youth attacked election officials", "assaulted by youths"
    r"|\b(?:youths?|voters|villagers|residents|locals)\s+(?:\w+\s+)?(?:attacked|assaulted|beat|stoned|raided|lynched|"
    r"torched|burn(?:ed|t)|stormed|destroy(?:ed)?|vandali[sz]ed|ransacked|tried\s+to\s+(?:raid|attack|storm))\b|"
    # a crowd named by its anger: "angry boda boda riders burnt down a bus"
    r"\b(?:angry|irate|enraged|angered|furious)\s+(?:[\w-]+\s+){0,3}?(?:riders|operators|drivers|traders|residents|youths?|"
    r"villagers|students|fans|supporters|locals|workers|farmers|people|motorists|passengers|women|men)\b|\b(?:assaulted|attacked|beaten)\s+by\s+(?:angry\s+|irate\s+)?(?:youths?|voters|villagers|residents|locals)\b"
    # party supporters or political opponents who attack: a crowd of the contest ("supporters of the governor beat him")
    r"|\b(?:supporters|opponents|loyalists)\s+(?:of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,4}?)?(?:attack(?:ed)?|assault(?:ed)?|beat|"
    r"stoned|torched|burn(?:ed|t)|stormed|raided)\b",
    re.I,
)
_FIRING = re.compile(r"fir", re.I)  # "firing their weapons": shots, whoever fired them
_FIREFIGHT = re.compile(r"shoot|gun|fire|exchang", re.I)
_PARTISAN_VIOLENCE = re.compile(
    r"\b(?:(?:rival\s+|party\s+|political\s+|opposition\s+)?supporters|(?:post-?|pre-?)?election(?:-related)?\s+violence|"
    r"electoral\s+violence|political\s+violence|party\s+(?:youths|members|loyalists)|political\s+(?:opponents|rivals)|"
    r"violence\s+(?:during|after|before|ahead\s+of|following)\s+(?:the\s+)?(?:\w+\s+)?(?:elections?|polls?|vote))\b",
    re.I,
)
# Violence of an election, no side named: unrest around the vote (ACLED codes it as rioting)
_ELECTION_UNREST = re.compile(
    r"\b(?:(?:post|pre)[\s-]?elect(?:ion|oral)(?:-related)?\s+(?:violence|unrest|chaos|clashes)|"
    r"elect(?:ion|oral)(?:-related)?\s+(?:violence|unrest|chaos)|poll(?:s|-related)?\s+violence)\b",
    re.I,
)
# Livestock stolen in a raid: raiders or rustlers take herds by force
_LIVESTOCK_RAID = re.compile(
    r"\b(?:cattle|livestock|stock)\s+(?:rustl\w*|raid\w*|thefts?)|\brustl(?:ed|ing|ers?)\b|"
    r"\b(?:st(?:ole|olen|eal|eals|ealing)|drove\s+away|made\s+away\s+with)\s+(?:\w+\s+){0,4}?"
    r"(?:cattle|cows|livestock|goats|sheep|camels|herds?|animals|heads\s+of)\b",
    re.I,
)
# A crowd's revenge on the one who attacked: "the attacker was then lynched by the crowd", "shot a man
# before he was killed by an angry mob"
_CROWD_ON_ATTACKER = re.compile(
    r"\b(?:the\s+(?:attackers?|assailants?|gunm[ae]n|shooter|killer)|before\s+(?:he|she|they)|(?<=\.\s)(?:he|she|they))\s+(?:was|were)\s+"
    r"(?:\w+\s+){0,4}?(?:lynched|beaten|killed|hacked|assaulted|stoned|burnt|burned|wounded)\b[^.;]{0,40}?"
    r"\bby\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:mobs?|crowds?|residents|villagers|demonstrators|protesters|youths?|population|locals)\b",
    re.I,
)
# Unarmed people of a trade or a place, a side in a clause of fighting ("police and hawkers clash")
_CIVIL_SIDE = re.compile(
    r"\b(?:hawkers|traders|vendors|residents|villagers|students|operators|drivers|touts|squatters|miners|"
    r"fishermen|farmers|workers|locals|demonstrators|protesters|crowds?|boda\s+boda)\b",
    re.I,
)
# Victims named as suspected wrongdoers: those a crowd takes justice on (ACLED: mob violence, unless armed men act)
_SUSPECTS = re.compile(
    r"\b(?:suspected|presumed)\s+(?:\w+\s+)?(?:thie(?:f|ves)|robbers?|criminals?|thugs?|burglars?|rapists?|murderers?|"
    r"witch(?:es)?|wizards?|sorcerers?|kidnappers?|pickpockets?|rustlers?)\b",
    re.I,
)
_EXTRAJUDICIAL = re.compile(r"\bextra-?judicial|\bsummar(?:y|ily)\s+execut", re.I)
_HARM = re.compile(
    r"beat|tortur|shot|shoot|kill|execut|assault|slash|whip|flog|behead|hack|stab|murder|wound|injur|dead|bod(?:y|ies)",
    re.I,
)
# the post attacked was empty: no armed side to fight ("while it was unmanned", "the station was deserted")
_UNMANNED = re.compile(
    r"\bunmanned\b|\b(?:was|were|had\s+been|lay)\s+(?:\w+\s+)?(?:deserted|empty|unoccupied|vacant)\b"
    r"|\bdeserted\s+(?:police|gendarmerie|military|army|customs|border)\s+(?:station|post|camp|base|office)",
    re.I,
)
_GUNS = re.compile(r"small\s+arms|automatic\s+weapons|AK-?47s?|rifles?|gunfire|gunshots|opened\s+fire|shots\s+(?:were\s+)?fired", re.I)
# who the victims were said to be: "killed two people described as Koglweogo militiamen", "seven people
# including five Koglweogo militiamen"
_DESCRIBED_ARMED = re.compile(
    r",?\s+(?:(?:described|identified|presented|said|believed|thought|reported)\s+(?:to\s+be|as)|including|among\s+them)\s+"
    r"(?:\w+\s+){0,3}?"
    r"(?:members\s+of\s+(?:the\s+)?\w+|soldiers|militiam[ae]n|militants|fighters|jihadists|volunteers|VDPs?|Koglweogos?|Dozos?|gendarmes|policem[ae]n)\b",
    re.I,
)
# whose property was hit: "burned teachers' offices", "the chief's house", "shops owned by traders"
_OWNED_AFTER = re.compile(
    r"(?:'s|’s|'|’)?\s*(?:offices?|houses?|homes?|shops?|property|belongings|fields|granaries|huts|stalls)\b", re.I
)
_OWNED_BEFORE = re.compile(r"\b(?:owned\s+by|belonging\s+to|property\s+of|of)\s+(?:\w+\s+){0,3}$", re.I)


def _owner(m, text: str) -> bool:
    return bool(_OWNED_AFTER.match(text, m.end) or _OWNED_BEFORE.search(text, max(0, m.start - 40), m.start))


_OFF_DUTY_AFTER = re.compile(r"(?:\s+\w+){0,2}\s*\((?:\w+\s+){0,2}?(?:off[\s-]duty|retired|former|unarmed)", re.I)


# "the leader of a small militant group", "a member of Al Shabaab": someone of an armed group
_MEMBER = re.compile(r"(?:leaders?|members?|commanders?|heads?|fighters)", re.I)
_OF_GROUP = re.compile(r"\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:militant|armed|rebel|jihadist|terrorist|insurgent)\s+(?:group|cell|faction)\b", re.I)


def _said_armed(c, text: str) -> bool:
    if _MEMBER.fullmatch(c.victims) and text.startswith(" of ", c.end):
        return bool(_OF_GROUP.match(text, c.end) or named_groups_in(text[c.end : c.end + 60]))
    m = _DESCRIBED_ARMED.match(text, c.end) if _PEOPLE.fullmatch(c.victims) else None
    return m is not None and not _OFF_DUTY_AFTER.match(text, m.end())  # "a Koglweogo chief (assumed off-duty)"


_PEOPLE = re.compile(r"people|persons|individuals|men|others", re.I)
_RPG = re.compile(r"RPG|rocket-propelled", re.I)
_GUNFIRE = re.compile(r"fire|\bgun|\bshot|shoot", re.I)
_CROWD = re.compile(
    r"residents|villagers|locals|inhabitants|crowd|mob|youths|voters|community|"
    r"\b(?:traders|students|pupils|drivers|workers|neighbou?rs|relatives|sons|famil(?:y|ies))\b",
    re.I,
)
_CIVILIAN_TARGET = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:villages?|homesteads?|hamlets?|homes?|houses?|markets?|schools?|churche?s?|mosques?|bus|buses|vehicles?|farms?|shops?|passengers)\b",
    re.I,
)


_POST_WHO = (
    r"(?P<who>police|gendarmerie|military|army|security|ranger|border|customs|forest\s+guards?|VDP|Koglweogo|"
    r"volunteer\s+fighters?(?:\s+\(VDP\))?)\s+"
    r"(?:\w+\s+)?(?:posts?|stations?|camps?|checkpoints?|patrols?|positions?|bases?|convoys?|barracks|units?|outposts?)\b"
)
_ARMED_TARGET = re.compile(
    r"^\W*(?:(?!near|outside|close|behind|next|opposite|from|after|before|in|at|of)\w+\s+){0,3}?"
    + _POST_WHO
    + r"|^\W*(?:on\s+|the\s+|a\s+|two\s+|three\s+|several\s+)*(?P<bare>gendarmerie|barracks|garrison|military\s+camp|forest\s+guards|"
    r"(?:park\s+|game\s+)?rangers|customs\s+(?:officers|officials|agents)|border\s+guards|(?:security\s+)?checkpoints?|security\s+posts?)\b",
    re.I,
)
# "attacked the town of Gorgadji, the police station and the mayor's office": a post among the objects
_LISTED_POST = re.compile(r"^[^.;]{0,50}?(?:,|\band)\s+(?:the\s+|a\s+)?" + _POST_WHO, re.I)
# "The gendarmerie post in Toeni was attacked by gunmen": the post before a passive trigger
_ATTACKED_POST = re.compile(
    _POST_WHO + r"[^.;]{0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+$", re.I
)
# "Police station in Solle attacked by gunmen", "Gendarmerie post attacked overnight": a headline's bare passive
_HEADLINE_POST = re.compile(_POST_WHO + r"(?:\s+(?:in|at|of|near)\s+[^.;]{0,40}?)?,?\s+$", re.I)
_PARTICIPLE = re.compile(r"(?:attack|raid|ambush|target|storm)ed", re.I)


def _target_place(text: str, cluster: Cluster, cues: tuple[str, ...] = ("attack",)) -> str | None:
    """No target actor, but the trigger's object is a village or a bus (civilians, as ACLED codes them)
    or a police post or an army patrol (state forces)."""
    for f in cluster.frames:
        for t in f.triggers:
            if t.cue not in cues:
                continue
            after = text[t.end : t.end + 60]
            before = max(f.start, t.start - 100)
            armed = (
                _ARMED_TARGET.match(after)
                or _ATTACKED_POST.search(text, before, t.start)
                or _LISTED_POST.match(after)
            )
            if not armed and _PARTICIPLE.fullmatch(t.text):
                armed = _HEADLINE_POST.search(text, before, t.start)
            if armed:
                return _post_force(armed.group("who") or armed.group("bare"))
            if _CIVILIAN_TARGET.match(after):
                return "civilians"
    return None


def _post_force(who: str) -> str:
    who = who.lower()
    if who.startswith(("vdp", "koglweogo", "volunteer")):
        return "communal"  # a militia's post: a battle, but no state force to name
    police = ("police", "gendarmerie", "border", "customs", "ranger", "forest")
    return "police" if who.startswith(police) else "military"
