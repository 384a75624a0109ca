"""Events of one article: clusters of frames typed by ACLED's rules, placed, dated, their actors named,
their claims attributed and their fatalities derived; the higher type absorbs the lower."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import timedelta
from functools import lru_cache

from spacy.tokens import Doc

from .actors import _generic, police_unit
from .countries import country
from .event_actors import _acled_actors
from .fatalities import derive_fatalities
from .focus import NO_FOCUS, Focus
from .frames import (
    ARMED_WORDS,
    CIVILIAN_WORDS,
    ETHNIC_RE,
    Cluster,
    build_frames,
    cluster_frames,
)
from .nlp import doc_text
from .records import Article, Claim, Event, Location, Span
from .role_actors import _pick_actors, event_scope
from .sources import attribute, source_for
from .triggers import (
    _DEMO_RIOT,
    ARMED,
    DISORDER,
    STATE,
    TYPE_RANK,
    Frame,
    classify,
    interaction,
)

# ----------------------------------------------------------------------------- event records


def build_events(doc: Doc, article: Article, geocoder, focus: Focus = NO_FOCUS) -> list[Event]:
    """Coded events of one parsed article; ``focus`` is the collection's country focus (context)."""
    frames = build_frames(doc, article)
    attributions = attribute(doc)
    events = []
    for cluster in cluster_frames(frames, doc_text(doc)):
        ev = _event(doc, article, cluster, attributions, geocoder, focus)
        if ev is not None:
            events.append(ev)
    return _write_notes(_absorb(events), article)


def _absorb(events: list[Event]) -> list[Event]:
    """Reported events sharing date and place: the higher type absorbs the lower (ACLED)."""
    out: list[Event] = []
    for ev in events:
        twin = next(
            (
                o
                for o in out
                if o.status == ev.status == "reported"
                and o.event_date == ev.event_date
                and _same_place(o, ev)
            ),
            None,
        )
        if twin is None:
            out.append(ev)
            continue
        if TYPE_RANK.get(ev.event_type or "", 0) > TYPE_RANK.get(twin.event_type or "", 0):
            for k in (
                "event_type",
                "sub_event_type",
                "disorder_type",
                "actor1",
                "actor2",
                "inter1",
                "inter2",
                "interaction",
                "civilian_targeting",
            ):
                setattr(twin, k, getattr(ev, k))
        twin.claims.extend(ev.claims)
        twin.spans.extend(ev.spans)
        derive_fatalities(twin)
    return out


def _same_place(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None:
        return True
    return la.geonameid == lb.geonameid or la.name == lb.name


def _event(doc: Doc, article: Article, cluster: Cluster, attributions, geocoder, focus: Focus) -> Event | None:
    text = doc_text(doc)
    cues = {t.cue for f in cluster.frames for t in f.triggers}
    agent, target, assoc1, assoc2 = _pick_actors(cluster, text)
    claims = [c for f in cluster.frames for c in f.claims if not c.extras.get("grievance")]
    killed = any(c.kind == "killed" and (c.low or 0) > 0 for c in claims)
    victims_civ = any(c.victims and CIVILIAN_WORDS.search(c.victims) for c in claims)
    victims_armed = any(c.victims and ARMED_WORDS.search(c.victims) and not _OFF_DUTY.search(c.victims) for c in claims)
    demo = any(_DEMO_RIOT.search(t.text) for f in cluster.frames for t in f.triggers if t.cue == "riot")
    label = next((f.label for f in cluster.frames if f.label), None)
    target_cat = _target_category(target, text) if target else _target_place(text, cluster)
    attacked = _target_place(text, cluster, ("attack",))
    w = _text_flags(text)
    typed = classify(
        Frame(
            cues,
            agent.category if agent else None,
            target_cat,
            ethnic=w["ethnic"],
            victims_civilian=victims_civ,
            killed=killed,
            label=label,
            victims_armed=victims_armed,
            demo_words=demo,
            crowd=bool(agent and _CROWD.search(agent.text)),
            harm=any(t.cue == "attack" and _HARM.search(t.text) for f in cluster.frames for t in f.triggers),
            execution=any(re.match(r"execut", t.text, re.I) for f in cluster.frames for t in f.triggers)
            or w["extrajudicial"],
            mutual=w["mutual"],
            peaceful=w["peaceful"],
            state_harm=_state_harm(cluster),
            blocks_only=_blocks_only(cluster, text),
            live_fire=any(t.cue == "intervene" and _LIVE.match(t.text) for f in cluster.frames for t in f.triggers),
            partisan=w["partisan"],
            ambush=any(t.text.lower().startswith("ambush") for f in cluster.frames for t in f.triggers),
            gunfire=any(
                (t.cue in ("attack", "clash") and _GUNFIRE.search(t.text)) or (t.cue == "riot" and _FIRING.match(t.text))
                for f in cluster.frames
                for t in f.triggers
            ),
            two_sides=_two_sides(cluster),
            armed_post=attacked in ARMED,
            unruly=bool(agent and _UNRULY.search(agent.text)),
            assault=any(
                ((t.cue == "attack" and _ASSAULT.fullmatch(t.text)) or t.cue == "abduct")
                and not _CAUSE_BEFORE.search(text, f.start, t.start)
                for f in cluster.frames
                for t in f.triggers
            ),
            firefight=any(t.cue == "clash" and _FIREFIGHT.search(t.text) for f in cluster.frames for t in f.triggers),
            partisan_violence=w["partisan_violence"],
            election_unrest=w["election_unrest"],
            crowd_on_attacker=w["crowd_on_attacker"],
            no_violence_only=w["no_violence_only"],
            livestock_raid=w["livestock_raid"],
            armed_crowd=w["armed_crowd"],
            group_agent=w["group_agent"],
            armed_attack=_armed_attack(cluster),
            civil_side=any(
                t.cue == "clash" and _CIVIL_SIDE.search(text, f.start, f.end) for f in cluster.frames for t in f.triggers
            ),
            suspects_hit=any(c.victims and _SUSPECTS.search(c.victims) for c in claims)
            or bool(target and _SUSPECTS.search(target.text)),
        )
    )
    if typed is None:
        return None
    etype, sub = typed
    anchors = [(t.start, t.end) for f in cluster.frames for t in f.triggers]
    location = geocoder.locate(doc, anchors or [(0, min(len(text), 200))], countries=focus.prior())
    iso3 = (location.iso3 if location else None) or text_country(text, focus)
    from_focus = iso3 is None and (iso3 := _focus_country(focus, doc, geocoder)) is not None
    if location is None and iso3:
        location = _country_location(geocoder, iso3, "collection focus" if from_focus else "country")
    elif (
        location is not None
        and location.iso3 is None
        and iso3
        and len(focus.shares) == 1
        and (c := country(iso3))
        and c.iso2 in focus.shares
    ):
        # a place the gazetteer lacks ("in Markoye") in a one-country collection lies in that country
        # (a country the report names may be the attackers' - "a Russian air strike" -, and a guess
        # among several is the actors', not the place's)
        location = location.model_copy(update={"country": c.name, "iso3": c.iso3})
    police = next(
        (r.mention for f in cluster.frames for r in f.roles if r.mention.category == "police"), None
    )
    actor1, actor2, assoc_1, assoc_2 = _acled_actors(
        etype, sub, agent, target, assoc1, assoc2, _actors_country(iso3, text, focus, doc, geocoder, location), text,
        victims_civ, police, event_scope(text, cluster)
    )
    post = target_cat if target is not None or target_cat in STATE else _target_place(text, cluster, ("attack", "clash"))
    if actor2 is None and target is None and post in ("police", "military") and etype != "Protests":
        # "attacked a police post", "ambushed an army patrol": the post's force is the other side
        actor2 = _generic(
            "Police Forces of {country}" + police_unit(event_scope(text, cluster)) if post == "police" else "Military Forces of {country}",
            1,
            iso3,
        )
        if actor1 is None:  # "the police station was attacked and burned": by someone unnamed
            actor1 = _generic("Unidentified Armed Group ({country})", 3, iso3)
    ev = Event(
        id="",
        status=cluster.frames[0].status,
        event_type=etype,
        sub_event_type=sub,
        disorder_type=DISORDER[etype],
        actor1=actor1,
        actor2=actor2,
        assoc_actor_1=assoc_1,
        assoc_actor_2=assoc_2,
        inter1=actor1.inter if actor1 else None,
        inter2=actor2.inter if actor2 else None,
        location=location,
        article_ids=[article.id],
        spans=[Span.of(text, t.start, t.end) for f in cluster.frames for t in f.triggers],
    )
    _set_date(ev, cluster, article, text)
    _countries_at_date(ev)
    ev.interaction = interaction(ev.inter1, ev.inter2)
    if sub == "Excessive force against protesters":
        ev.disorder_type = "Political violence; Demonstrations"
    elif sub == "Mob violence" or etype in ("Violence against civilians",):
        ev.disorder_type = "Political violence"
    if (
        actor2 is not None
        and actor2.inter == 7
        and etype in ("Violence against civilians", "Explosions/Remote violence", "Riots")
    ):
        ev.civilian_targeting = "Civilian targeting"
    ev.claims = _claims(doc, article, cluster, attributions)
    derive_fatalities(ev)
    ev.id = _event_id(article, ev, cluster)
    return ev


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
    }


def _write_notes(events: list[Event], article: Article) -> list[Event]:
    from .notes import write_notes

    for ev in events:
        ev.notes = write_notes(ev, article)
    return events


def _country_location(geocoder, iso3: str, relation: str = "country") -> Location | None:
    """Only the country is known (\"Kenyan civilians\"): coded at its capital (``Geocoder.country_location``).
    ``relation`` "collection focus": no word of the article names it; the collection's focus does."""

    c = country(iso3)
    return geocoder.country_location(c.iso2, relation) if c else None


def _actors_country(
    iso3: str | None, text: str, focus: Focus, doc: Doc, geocoder, location: Location | None = None
) -> str | None:
    """The country of the event's unnamed actors: the place's, except a place outside the
    collection's focus in a country the report never names ("the Jerusalem village of Kirinyaga
    County", "Dallas estate in Embu"), where the report's own focus country is likelier, and a
    village of a focus country the report never names in a report that names another focus country
    (a namesake, likely; not "a Russian air strike hit Maarat al-Numan", a town of Syria)."""

    if not focus or iso3 is None:
        return iso3
    inside = {c.iso3 for cc in focus.shares if (c := country(cc))}
    if iso3 in _named_countries(text):
        return iso3
    if iso3 in inside and not text_country(text, focus) and (home := _group_country(iso3, focus, doc)):
        return home  # "presumed ISGS militants" at a Kenyan namesake of a Burkinabe village: the group's country
    if iso3 in inside:
        # a village of one focus country in a report that names another ("the Burkinabe army killed two
        # men in <village>"): the named country is the actors' (the village may be a namesake)
        return (text_country(text, focus) if _namesake_prone(location, geocoder) else None) or iso3
    return text_country(text, focus) or _focus_country(focus, doc, geocoder) or iso3


# A place this populous (or an admin unit) is taken at its word; a smaller one may be a namesake.
NAMESAKE_MAX_POPULATION = 20_000


def _namesake_prone(location: Location | None, geocoder) -> bool:
    if location is None or location.geonameid is None:
        return True
    entry = geocoder.gazetteer.entry(location.geonameid)
    return entry is None or (entry.admin_level is None and entry.population < NAMESAKE_MAX_POPULATION)


def _group_country(iso3: str, focus: Focus, doc: Doc) -> str | None:
    """The focus country where the named armed groups of a report act, when none of them acts in
    ``iso3`` (ISO alpha-3)."""

    where: set[str] = set()
    for m in (doc._.actor_mentions if doc is not None else None) or ():
        group = m.group or {}
        if m.category == "named" and group.get("inter") in (2, 3) and group.get("operates"):
            where |= {group.get("country"), *group["operates"]}
    if not where or iso3 in where:
        return None
    acts = [cc for cc in focus.shares if (c := country(cc)) and c.iso3 in where]
    best = country(max(acts, key=lambda cc: focus.shares[cc])) if acts else None
    return best.iso3 if best else None


def _named_countries(text: str) -> set[str]:
    from .countries import iso3_of

    return {iso for w in _CAP_WORDS.findall(_BORDER_WITH.sub(" ", text)) if (iso := iso3_of(w))}


# A neighbour named as a border ("near the border with Mali", "the Kenya-Somalia border"): where the
# place lies, not the country it is in.
_BORDER_WITH = re.compile(
    r"\b(?:borders?\s+(?:with|of)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    r"|[A-Z][\w'-]+(?:[\s-]+[A-Z][\w'-]+)?\s+border\b)"
)


def _focus_country(focus: Focus, doc: Doc, geocoder) -> str | None:
    """Nothing in the article names a country: of the collection's countries, one where a named
    group acts (JNIM in a Sahel collection: Burkina Faso), else the one whose place names the
    article's unlisted places sound like ("the village of Kompiembiga"), else the leading one
    (ISO alpha-3)."""
    from .countries import GENDARMERIE

    if not focus:
        return None
    acts = set()
    for m in doc._.actor_mentions or ():
        group = m.group or {}
        for code in [group.get("country"), *group.get("operates", ()), *m.homes()]:
            home = country(code)
            if home and home.iso2 in focus.shares:
                acts.add(home.iso2)
    if not acts and re.search(r"\bgendarm", doc_text(doc), re.I):
        acts = {cc for cc in focus.shares if (c := country(cc)) and c.iso3 in GENDARMERIE}
    best = max(acts, key=lambda cc: focus.shares[cc]) if acts else _sounds_like(focus, doc, geocoder)
    top = country(best or focus.fallback())
    return top.iso3 if top else None


def _sounds_like(focus: Focus, doc: Doc, geocoder) -> str | None:
    """The focus country that the report's unlisted place names and its words point to, if any."""
    if len(focus.shares) < 2:
        return None
    from .focus import choose
    from .geo_names import name_key

    unlisted = [
        name_key(t.text)
        for t in geocoder.toponyms(doc, countries=focus.prior())
        if t.entry is None and not t.demonym and name_key(t.text)
    ]
    ccs = sorted(focus.shares)
    names = geocoder.name_model(tuple(ccs)).scores(unlisted, ccs) if unlisted else None
    words = focus.words.scores(doc_text(doc), ccs) if focus.words is not None else None
    if names is None and words is None:
        return None
    return choose(focus.shares, names, words)


_CAP_WORDS = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")


def text_country(text: str, focus: Focus = NO_FOCUS) -> str | None:
    """The country named (or whose demonym is used) most often: the actors' country when no place
    resolved. With a collection focus only its countries count: a report of a Kenyan feed that names
    "Chinese contractors" or "the war in Lebanon" and no place happened in the feed's country, not
    in the one it mentions (``_focus_country`` then decides)."""
    from .countries import iso3_of

    counts = Counter(iso for w in _CAP_WORDS.findall(text) if (iso := iso3_of(w)))
    if focus and counts:
        inside = {c.iso3 for cc in focus.shares if (c := country(cc))}
        counts = Counter({iso: n for iso, n in counts.items() if iso in inside})
    return counts.most_common(1)[0][0] if counts else None


def _target_category(m, text: str = "") -> str:
    """The target's category for typing: a community named without fighters ("kill eleven Turkana",
    "a Pokot village", "Turkana herders") is its people, not an ethnic militia; an off-duty, retired or
    former policeman, soldier or militiaman is a civilian (ACLED)."""
    if text and _OFF_DUTY.search(text, max(0, m.start - 20), m.start + 1):
        return "civilians"
    if m.category == "ethnic" and not _FIGHTERS.search(m.text):
        return "civilians"  # "six Turkana herders were killed", "kill eleven Turkana"
    return m.category


_OFF_DUTY = re.compile(r"\b(?:off[\s-]duty|retired|former|ex-)", re.I)
_FIGHTERS = re.compile(
    r"\b(?:militias?|militiam[ae]n|raiders|gunmen|warriors|attackers|fighters|assailants|bandits|rustlers)\b", re.I
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
_STATE_WORDS = re.compile(r"\b(?:police|policem[ae]n|gendarm\w*|soldiers|army|military|security\s+forces|GSU|officers)\b", re.I)

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
        _BLOCK.match(t.text) and any(r.role == "agent" and r.mention.category in STATE for r in f.roles)
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
_CAUSE_BEFORE = re.compile(r"\b(?:after|following|over|in\s+(?:response|reaction|retaliation)\s+to)\s+(?:\w+\s+){0,3}$", re.I)
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
    r"torched|burn(?:ed|t)|stormed|tried\s+to\s+(?:raid|attack|storm))\b|\b(?:assaulted|attacked|beaten)\s+by\s+(?:angry\s+|irate\s+)?(?:youths?|voters|villagers|residents|locals)\b",
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
    r"\b(?:the\s+(?:attackers?|assailants?|gunm[ae]n|shooter|killer)|before\s+(?:he|she|they))\s+(?:was|were)\s+"
    r"(?:\w+\s+){0,4}?(?:lynched|beaten|killed|hacked|assaulted|stoned|burnt|burned|wounded)\b[^.;]{0,40}?"
    r"\bby\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:mobs?|crowds?|residents|villagers|demonstrators|protesters|youths?)\b",
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
    r"\bsuspected\s+(?:\w+\s+)?(?:thie(?:f|ves)|robbers?|criminals?|thugs?|burglars?|rapists?|murderers?|"
    r"witch(?:es)?|wizards?|sorcerers?|kidnappers?|pickpockets?|rustlers?)\b",
    re.I,
)
_EXTRAJUDICIAL = re.compile(r"\bextra-?judicial|\bsummar(?:y|ily)\s+execut", re.I)
_HARM = re.compile(
    r"beat|tortur|shot|shoot|kill|execut|assault|slash|whip|flog|behead|hack|stab|murder|wound|injur|dead|bod(?:y|ies)",
    re.I,
)
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
    r"^\W*(?:(?!near|outside|close|behind|next|opposite|from|after|before|in|at|of)\w+\s+){0,3}?" + _POST_WHO
    + r"|^\W*(?:on\s+|the\s+|a\s+|two\s+|three\s+|several\s+)*(?P<bare>gendarmerie|barracks|garrison|military\s+camp|forest\s+guards|"
    r"(?:park\s+|game\s+)?rangers|customs\s+(?:officers|officials|agents)|border\s+guards|(?:security\s+)?checkpoints?|security\s+posts?)\b",
    re.I,
)
# "attacked the town of Gorgadji, the police station and the mayor's office": a post among the objects
_LISTED_POST = re.compile(r"^[^.;]{0,50}?(?:,|\band)\s+(?:the\s+|a\s+)?" + _POST_WHO, re.I)
# "The gendarmerie post in Toeni was attacked by gunmen": the post before a passive trigger
_ATTACKED_POST = re.compile(_POST_WHO + r"[^.;]{0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+$", re.I)
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
            armed = _ARMED_TARGET.match(after) or _ATTACKED_POST.search(text, before, t.start) or _LISTED_POST.match(after)
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


# South Sudan became independent on 9 July 2011: before it, its communities and forces were Sudan's.
_SOUTH_SUDAN_FROM = "2011-07-09"


def _countries_at_date(ev: Event) -> None:
    """Actors named after a country that did not exist yet on the event's date take the one that did
    ("Toposa Ethnic Militia (Sudan)" in 2009)."""
    if not ev.event_date or ev.event_date >= _SOUTH_SUDAN_FROM:
        return
    for a in (ev.actor1, ev.actor2, *ev.assoc_actor_1, *ev.assoc_actor_2):
        if a is not None and "South Sudan" in a.name:
            a.name = a.name.replace("South Sudan", "Sudan")
            if a.country == "SSD":
                a.country = "SDN"


def _set_date(ev: Event, cluster: Cluster, article: Article, text: str) -> None:
    d = cluster.date
    if ev.status == "background":
        return
    if (
        d is not None
        and d.day is not None
        and article.published
        and ev.status == "reported"
        and d.day > article.published + timedelta(days=1)
    ):
        d = None  # a reported event cannot lie after its report
    if d is not None:
        ev.event_date, ev.time_precision, ev.date_prec = d.day.isoformat(), d.time_precision, d.date_prec
        ev.date_spans = [Span.of(text, d.start, d.end)]
    elif article.published is not None:
        # No date in the text: the report's date, as ACLED codes it (precision 1, no date_spans).
        ev.event_date, ev.time_precision, ev.date_prec = article.published.isoformat(), 1, 1


def _event_id(article: Article, ev: Event, cluster: Cluster) -> str:
    key = f"{article.id}:{cluster.frames[0].sent_i}:{ev.event_type}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _claims(doc: Doc, article: Article, cluster: Cluster, attributions) -> list[Claim]:
    out = []
    for f in cluster.frames:
        for c in f.claims:
            if c.extras.get("grievance"):
                continue  # the death protested happened in another event
            # the claim's own sentence: a frame may carry claims of the sentences after it
            src = source_for(c.start, attributions.get(c.sentence, []))
            out.append(
                Claim(
                    source=src[0] if src else None,
                    kind=c.kind,
                    victims=c.victims,
                    low=c.low,
                    high=c.high,
                    quantifier=c.quantifier,
                    acled_value=c.acled_value,
                    text=doc_text(doc)[c.start : c.end],
                    spans=[Span.of(doc_text(doc), c.start, c.end)],
                    source_spans=[Span.of(doc_text(doc), src[1], src[2])] if src else [],
                    article_id=article.id,
                )
            )
    return out
