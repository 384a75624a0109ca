"""Event frames: triggers + actors + claims + dates per sentence, merged into the article's events.

A frame is one sentence's event cues with the actors tied to them (agent / target, read off the
dependency parse, else off word order), its claims and its date. Frames of the same date and place
merge into one event (mentions of one event across the article); an earlier date, a recalled year,
a denial or a plan give the frame another status.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .nlp import doc_text
from .actors import ETHNIC, ActorMention
from .articles import stamp_spans
from .casualties import ClaimMention
from .dates import DateMention, find_dates
from .fatalities import derive_fatalities
from .records import Actor, Article, Claim, Event, Location, Span
from .sources import attribute, source_for
from .triggers import (
    _DEMO_RIOT,
    ARMED,
    DISORDER,
    LABELED_NOTE,
    STATE,
    TYPE_RANK,
    Frame,
    Trigger,
    classify,
    find_triggers,
    interaction,
)

BACKGROUND_DAYS = 30
_ONGOING = re.compile(
    r"\b(?:has|have|had)\s+been\s+\w+ing\b|\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:\w+\s+)?(?:years|decades)\b|\bsince\s+(?:19|20)\d\d\b|\bcontinues?\s+to\b|\bin\s+recent\s+(?:years|months)\b",
    re.I,
)
_CAUSE = re.compile(
    r"\b(?:after|following|over\s+the\s+(?:death|killing)|in\s+protest\s+(?:at|over|against))\b(?![^.;]*\b(?:clash|fight|attack|shootout|gunfight|ambush|raid))[^.;]*$",
    re.I,
)
ETHNIC_RE = re.compile(
    rf"\b(?:{ETHNIC})s?\b|\b(?i:communities|intercommunal|inter-communal|ethnic|clans?|tribes?|tribal)\b"
)
_SAY_NEAR = re.compile(
    r"(?:said|says|told|announced|reported|stated|confirmed|claimed|added)\W{1,3}$|^\W{0,3}(?:said|told|announced)",
    re.I,
)
_DENIAL = re.compile(
    r"\b(?:den(?:y|ied|ies|ying)|rejected\s+(?:claims|reports)|no\s+(?:attack|clash|fighting)\s+(?:took\s+place|occurred))\b",
    re.I,
)
_PLANNED = re.compile(
    r"\b(?:plan(?:s|ned|ning)?\s+to|threaten(?:s|ed|ing)?\s+to|vow(?:s|ed)\s+to|will|would|intend(?:s|ed)?\s+to|call(?:s|ed)?\s+for|set\s+to|scheduled\s+to|planned)\s+(?:\w+\s+){0,3}$",
    re.I,
)
_NEGATED = re.compile(
    r"\b(?:no|not|never|without|nor|foiled|thwarted|prevented|averted)\s+(?:\w+\s+){0,2}$", re.I
)
ARMED_WORDS = re.compile(
    r"soldier|troop|police|officer|gendarme|militant|fighter|jihadist|insurgent|rebel|attacker|assailant|gunm[ae]n|raider|bandit|militia|guard|VDP|volunteer|ranger|reservist|warder|commando|servicem[ae]n|personnel|Shabaa?b|Mungiki",
    re.I,
)
CIVILIAN_WORDS = re.compile(
    r"civilian|villager|resident|people|person|man|men|woman|women|child|boy|girl|passenger|worshipper|farmer|herder|trader|student|pupil|teacher|family|inhabitant|local|journalist|councill?or|chief|nurse|doctor|pastoralist|driver|motorist",
    re.I,
)


@dataclass
class Role:
    mention: ActorMention
    role: str  # "agent" or "target"
    weight: float = 1.0  # parse-linked roles to initiating triggers weigh more than word order


INITIATING = re.compile(
    r"claimed\s+responsibility|attack|raid|storm|ambush|launch|open|assault|invad|abduct|kidnap|fired|shot|protest|demonstrat|riot|march",
    re.I,
)


@dataclass
class SentenceFrame:
    sent_i: int
    triggers: list[Trigger]
    roles: list[Role]
    claims: list[ClaimMention]
    date: DateMention | None
    status: str
    label: str | None = None
    sides: list[tuple[ActorMention, ActorMention]] = field(default_factory=list)  # coordinated ("X and Y")
    start: int = 0
    end: int = 0


def _sent_of(tokens_sent: list[SpacySpan], char: int) -> int:
    for i, s in enumerate(tokens_sent):
        if s.start_char <= char < s.end_char:
            return i
    return len(tokens_sent) - 1


def _head(doc: Doc, m: ActorMention):
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _role_by_parse(doc: Doc, m: ActorMention, trig_tokens: dict[int, str]) -> tuple[str | None, str | None]:
    """Agent/target (and the trigger word) from the dependency path between the actor and a trigger."""
    tok = _head(doc, m)
    for _ in range(5):
        if tok is None or tok.head is tok:
            return None, None
        dep, head = tok.dep_, tok.head
        if head.i in trig_tokens:
            word = trig_tokens[head.i]
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
            if dep == "nsubj" or dep == "agent":
                return "agent", word
            if dep == "nsubjpass":
                return "target", word
            if dep in ("dobj", "pobj", "compound", "poss", "conj", "appos", "prep"):
                return "target", word
        if dep == "pobj" and head.dep_ == "agent" and head.head.i in trig_tokens:
            return "agent", trig_tokens[head.head.i]
        tok = head
    return None, None


def _trigger_tokens(doc: Doc, triggers: list[Trigger]) -> dict[int, str]:
    """Token index -> trigger word; light verbs governing a trigger noun ("launched the attack") too."""
    out: dict[int, str] = {}
    for t in triggers:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            out[tok.i] = t.text
            if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
                out.setdefault(tok.head.i, t.text)
    return out


_RESPONSE = re.compile(
    r"\b(?:repel\w*|respond\w*|retaliat\w*|in\s+response|fend\s+off|counter\w*|returned\s+fire|defend\w*)\b",
    re.I,
)


def _roles(doc: Doc, sent: SpacySpan, mentions: list[ActorMention], triggers: list[Trigger]) -> list[Role]:
    trig_tokens = _trigger_tokens(doc, triggers)
    first = min(t.start for t in triggers)
    responsive = bool(_RESPONSE.search(sent.text))
    roles, seen = [], set()
    for m in mentions:
        if _key(m) in seen:
            continue
        seen.add(_key(m))
        role, word = _role_by_parse(doc, m, trig_tokens)
        weight = 2.0 if role == "agent" and word and INITIATING.match(word) and not responsive else 1.0
        if role is None:
            weight = 0.5
            role = "agent" if m.end <= first else "target"
            if role == "target" and _by_trigger(doc_text(doc), sent, m, triggers):
                role = "agent"
        roles.append(Role(m, role, weight))
    return roles


def _by_trigger(text: str, sent: SpacySpan, m: ActorMention, triggers: list[Trigger]) -> bool:
    """ "attacked by X": a passive trigger right before "by"."""
    before = text[max(sent.start_char, m.start - 40) : m.start]
    by = re.search(r"\bby\s+(?:\w+\s+){0,2}$", before)
    if not by:
        return False
    by_at = m.start - (len(before) - by.start())
    return any(0 <= by_at - t.end <= 12 for t in triggers)


def _coordinated(text: str, mentions: list[ActorMention]) -> list[tuple[ActorMention, ActorMention]]:
    pairs = []
    for a, b in zip(mentions, mentions[1:]):
        between = text[a.end : b.start]
        if re.fullmatch(
            r"\s*(?:,|and|&|as\s+well\s+as|along\s+with|alongside|together\s+with)\s*(?:the\s+)?",
            between,
            re.I,
        ):
            pairs.append((a, b))
    return pairs


def _event_date(dates: list[DateMention], text: str, sent: SpacySpan) -> DateMention | None:
    """The clause's event date: not the reporting date of "said Thursday"; a written date before a
    relative one ("yesterday (24 July)")."""
    for d in sorted((d for d in dates if not d.background), key=lambda d: d.relative):
        before = text[max(sent.start_char, d.start - 12) : d.start]
        after = text[d.end : d.end + 12]
        if _SAY_NEAR.search(before) or _SAY_NEAR.search(after):
            continue
        return d
    return None


def _status(
    text: str,
    sent: SpacySpan,
    trig: Trigger,
    dates: list[DateMention],
    d: DateMention | None,
    published: date | None,
) -> str:
    if any(x.background for x in dates) and (d is None or d.day is None):
        return "background"
    if d is not None and d.day and published and d.day < published - timedelta(days=BACKGROUND_DAYS):
        return "background"
    if d is not None and d.day and published and d.day > published + timedelta(days=1):
        return "planned"  # a date after publication: announced, scheduled or threatened, not reported
    before = text[max(sent.start_char, trig.start - 60) : trig.start]
    if _DENIAL.search(before):
        return "denied"
    if _ONGOING.search(sent.text) and d is None:
        return "background"  # "has been fighting for 15 years": a state of affairs, not an event
    if _PLANNED.search(before):
        return "planned"
    return "reported"


@dataclass
class Clause:
    """A sentence, or the part of one that reports a separate event ("..., and in a separate attack ...")."""

    start_char: int
    end_char: int
    text: str


_CLAUSE_BREAK = re.compile(
    r";\s+|,?\s+(?:and|while|but|whereas)\s+(?=(?:in\s+)?(?:a\s+|another\s+)?(?:separate|different|second|similar)\s+"
    r"(?:attack|incident|raid|clash|assault)|elsewhere|separately|meanwhile)",
    re.I,
)
_SPORT = re.compile(
    r"\b(?:goals?|striker|midfielder|defender|goalkeeper|league|penalty|scored|kick-off|half-time|"
    r"referee|football|soccer|derby|championship|tournament|semi-final|final\s+whistle|matches|fixture|"
    r"stadium|qualifier|coach|Cup|substitute|captain|shots\s+on\s+target|\d-\d)\b",
    re.I,
)
_SPORT_WEAK = {"attack", "clash", "other", "change"}


def _clauses(text: str, sent: SpacySpan) -> list[Clause]:
    cuts = (
        [sent.start_char]
        + [sent.start_char + m.end() for m in _CLAUSE_BREAK.finditer(sent.text)]
        + [sent.end_char]
    )
    return [Clause(a, b, text[a:b]) for a, b in zip(cuts, cuts[1:]) if b > a]


_TOPIC_KEEP = {"protest", "intervene", "riot", "mob", "arrest"}


_TOPIC_AFTER = re.compile(r"\s+(?:against|over|at|about|the|a|an|for|in\s+support|on\s+behalf|following|after)\b", re.I)
_COORDINATED = re.compile(r"[^.;]{0,40}?\b(?:and|then|before|but)\s+(?:\w+\s+){0,2}$", re.I)


def _topic_follows(text: str, t: Trigger) -> bool:
    """"protested against X", "to protest X", "in protest at X": X is the topic, not an event."""
    return bool(_TOPIC_AFTER.match(text, t.end) or re.search(r"\b(?:to|in)\s+$", text[max(0, t.start - 4):t.start]))


def _clause_triggers(text: str, sent: SpacySpan, clause: Clause, sporty: bool):
    triggers = [
        t for t in find_triggers(text, clause.start_char, clause.end_char) if not _negated(text, clause, t)
    ]
    protest_at = next((t.end for t in triggers if t.cue == "protest" and _topic_follows(text, t)), None)
    if protest_at is not None:  # "protested the killing of ...": what a protest is about is no event of its own
        triggers = [t for t in triggers if t.start < protest_at or t.cue in _TOPIC_KEEP
                    or _COORDINATED.match(text, protest_at, t.start)]
    if sporty or _SPORT.search(sent.text):  # "the striker shot", "Uganda's attack", "beat Kenya 2-1"
        triggers = [t for t in triggers if t.cue not in _SPORT_WEAK]
    return triggers


def build_frames(doc: Doc, article: Article) -> list[SentenceFrame]:
    text = doc_text(doc)
    stamps = stamp_spans(text)
    free = lambda s, e: not any(s < b and e > a for a, b in stamps)  # noqa: E731
    all_dates = [d for d in find_dates(text, article.published) if free(d.start, d.end)]
    mentions: list[ActorMention] = doc._.actor_mentions or []
    claims = [
        c
        for c in doc._.claim_mentions or []
        if free(c.start, c.end) and not _in_date(c, all_dates) and not _is_cause(text, c)
    ]
    label_m = LABELED_NOTE.match(text)
    sporty = len(_SPORT.findall(text)) >= 3  # a match report: its attacks and shots are football
    frames = []
    for i, sent in enumerate(doc.sents):
        for clause in _clauses(text, sent):
            triggers = _clause_triggers(text, sent, clause, sporty)
            first_label = i == 0 and label_m is not None and clause.start_char == sent.start_char
            if not triggers and not first_label:
                continue
            inside = lambda x: clause.start_char <= x.start < clause.end_char  # noqa: E731
            in_clause = [m for m in mentions if inside(m)]
            cdates = [d for d in all_dates if inside(d)]
            d = _event_date(cdates, text, clause)
            status = (
                _status(text, clause, triggers[0], cdates, d, article.published) if triggers else "reported"
            )
            frames.append(
                SentenceFrame(
                    i,
                    triggers,
                    _roles(doc, clause, in_clause, triggers) if triggers else [],
                    [c for c in claims if inside(c)],
                    d,
                    status,
                    label=label_m.group("label").lower() if first_label else None,
                    sides=_coordinated(text, in_clause),
                    start=clause.start_char,
                    end=clause.end_char,
                )
            )
    _attach_orphan_claims(frames, claims)
    _inherit_dates(frames, all_dates, text, article.published)
    return frames


def _inherit_dates(
    frames: list[SentenceFrame], dates: list[DateMention], text: str, published: date | None = None
) -> None:
    """A frame without a date takes the last event date written before it in its paragraph
    ("20 July. Police fired tear gas ..."), never a background year or a reporting date."""
    for f in frames:
        if f.date is not None:
            continue
        para_start = text.rfind("\n\n", 0, f.start) + 1
        latest = published + timedelta(days=1) if published else date.max
        before = [
            d
            for d in dates
            if para_start <= d.start < f.start and not d.background and d.day is not None and d.day <= latest
        ]
        before = [
            d
            for d in before
            if not _SAY_NEAR.search(text[max(0, d.start - 12) : d.start])
            and not _SAY_NEAR.search(text[d.end : d.end + 12])
        ]
        if before:
            f.date = before[-1]


def _is_cause(text: str, c: ClaimMention) -> bool:
    """ "rioted after a rider was found dead": the death that set off the event is not its casualty."""
    sent_start = max(text.rfind(".", 0, c.start), text.rfind("\n", 0, c.start)) + 1
    return bool(_CAUSE.search(text[sent_start : c.start]))


def _in_date(c: ClaimMention, dates: list[DateMention]) -> bool:
    """ "Aug 9 - police arrested ...": a number inside a date is no casualty figure."""
    return any(d.start <= c.start < d.end for d in dates)


def _attach_orphan_claims(frames: list[SentenceFrame], claims: list[ClaimMention]) -> None:
    """Figures outside every frame ("2 fatalities.") belong to the nearest frame before them."""
    for c in claims:
        if not frames or any(f.start <= c.start < f.end for f in frames):
            continue
        before = [f for f in frames if f.start <= c.start]
        home = before[-1] if before else frames[0]
        home.claims.append(c)


def _negated(text: str, sent: SpacySpan, t: Trigger) -> bool:
    return bool(_NEGATED.search(text[max(sent.start_char, t.start - 25) : t.start]))


# ----------------------------------------------------------------------------- clustering


@dataclass
class Cluster:
    frames: list[SentenceFrame]

    @property
    def date(self) -> DateMention | None:
        return next((f.date for f in self.frames if f.date is not None and f.date.day is not None), None)


def cluster_frames(frames: list[SentenceFrame]) -> list[Cluster]:
    """Reported frames with the same (or no) date join one event; other statuses stay apart."""
    clusters: list[Cluster] = []
    for f in frames:
        if f.status != "reported":
            clusters.append(Cluster([f]))
            continue
        home = next((c for c in clusters if c.frames[0].status == "reported" and _same_day(c, f)), None)
        if home is None:
            clusters.append(Cluster([f]))
        else:
            home.frames.append(f)
    return clusters


def _same_day(c: Cluster, f: SentenceFrame) -> bool:
    if f.date is None or f.date.day is None or c.date is None:
        return True
    return abs((c.date.day - f.date.day).days) <= 1 if f.date.time_precision == 1 else True


# ----------------------------------------------------------------------------- event records


def build_events(doc: Doc, article: Article, geocoder) -> list[Event]:
    frames = build_frames(doc, article)
    attributions = attribute(doc)
    events = []
    for cluster in cluster_frames(frames):
        ev = _event(doc, article, cluster, attributions, geocoder)
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


def _event(doc: Doc, article: Article, cluster: Cluster, attributions, geocoder) -> Event | None:
    text = doc_text(doc)
    cues = {t.cue for f in cluster.frames for t in f.triggers}
    agent, target, assoc1, assoc2 = _pick_actors(cluster)
    claims = [c for f in cluster.frames for c in f.claims]
    killed = any(c.kind == "killed" and (c.low or 0) > 0 for c in claims)
    victims_civ = any(c.victims and CIVILIAN_WORDS.search(c.victims) for c in claims)
    victims_armed = any(c.victims and ARMED_WORDS.search(c.victims) for c in claims)
    demo = any(_DEMO_RIOT.search(t.text) for f in cluster.frames for t in f.triggers if t.cue == "riot")
    label = next((f.label for f in cluster.frames if f.label), None)
    target_cat = target.category if target else _target_place(text, cluster)
    typed = classify(
        Frame(
            cues,
            agent.category if agent else None,
            target_cat,
            ethnic=bool(ETHNIC_RE.search(text)),
            victims_civilian=victims_civ,
            killed=killed,
            label=label,
            victims_armed=victims_armed,
            demo_words=demo,
            crowd=bool(agent and _CROWD.search(agent.text)),
            harm=any(t.cue == "attack" and _HARM.search(t.text) for f in cluster.frames for t in f.triggers),
            execution=any(re.match(r"execut", t.text, re.I) for f in cluster.frames for t in f.triggers),
        )
    )
    if typed is None:
        return None
    etype, sub = typed
    anchors = [(t.start, t.end) for f in cluster.frames for t in f.triggers]
    hint = tuple(getattr(geocoder, "focus_countries", ()) or ())
    location = geocoder.locate(doc, anchors or [(0, min(len(text), 200))], countries=hint)
    iso3 = (location.iso3 if location else None) or text_country(text)
    if location is None and iso3:
        location = _country_location(geocoder, iso3)
    police = next(
        (r.mention for f in cluster.frames for r in f.roles if r.mention.category == "police"), None
    )
    actor1, actor2, assoc_1, assoc_2 = _acled_actors(
        etype, sub, agent, target, assoc1, assoc2, iso3, text, victims_civ, police
    )
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


def _write_notes(events: list[Event], article: Article) -> list[Event]:
    from .notes import write_notes

    for ev in events:
        ev.notes = write_notes(ev, article)
    return events


def _country_location(geocoder, iso3: str) -> Location | None:
    """Only the country is known (\"Kenyan civilians\"): ACLED geo_precision 3, UCDP where_prec 6."""
    from .countries import country

    c = country(iso3)
    gaz = getattr(geocoder, "gazetteer", None)
    entry = gaz._entry(gaz.country(c.iso2).geonameid) if c and gaz and gaz.country(c.iso2) else None
    if entry is None:
        return None
    return Location(name=c.name, geonameid=entry.geonameid, latitude=entry.latitude, longitude=entry.longitude,
                    country=c.name, iso3=iso3, feature_code=entry.feature_code, geo_precision=3, where_prec=6,
                    relation="country")


_CAP_WORDS = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")


def text_country(text: str) -> str | None:
    """The country named (or whose demonym is used) most often: the actors' country when no place
    resolved."""
    from .countries import iso3_of

    counts = Counter(iso for w in _CAP_WORDS.findall(text) if (iso := iso3_of(w)))
    return counts.most_common(1)[0][0] if counts else None


_HARM = re.compile(
    r"beat|tortur|shot|shoot|kill|execut|assault|slash|whip|flog|behead|hack|stab|murder", re.I
)
_CROWD = re.compile(r"residents|villagers|locals|inhabitants|crowd|mob|youths|voters|community", re.I)
_CIVILIAN_TARGET = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:villages?|homesteads?|hamlets?|homes?|houses?|markets?|schools?|churche?s?|mosques?|bus|buses|vehicles?|farms?|shops?|passengers)\b",
    re.I,
)


_ARMED_TARGET = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?P<who>police|gendarmerie|military|army|security|ranger|border|VDP|Koglweogo)\s+"
    r"(?:\w+\s+)?(?:posts?|stations?|camps?|checkpoints?|patrols?|positions?|bases?|convoys?|barracks|units?|outposts?)\b",
    re.I,
)


def _target_place(text: str, cluster: Cluster) -> str | None:
    """No target actor, but the trigger's object is a village or a bus (civilians, as ACLED codes them)
    or a police post or an army patrol (state forces)."""
    for f in cluster.frames:
        for t in f.triggers:
            if t.cue != "attack":
                continue
            after = text[t.end : t.end + 60]
            armed = _ARMED_TARGET.match(after)
            if armed:
                return "police" if armed.group("who").lower() in ("police", "gendarmerie", "border") else "military"
            if _CIVILIAN_TARGET.match(after):
                return "civilians"
    return None


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
            src = source_for(c.start, attributions.get(f.sent_i, []))
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


# ----------------------------------------------------------------------------- actors


def _key(m: ActorMention) -> str:
    return (m.group or {}).get("name") or f"{m.category}:{(m.ethnic or '').lower()}"


def _pick_actors(cluster: Cluster):
    """The most frequent agent and target across the cluster's frames, and their associates."""
    agents, targets, first = Counter(), Counter(), {}
    for f in cluster.frames:
        for r in f.roles:
            k = _key(r.mention)
            if k not in first or (r.mention.country and not first[k].country):
                first[k] = r.mention
            (agents if r.role == "agent" else targets)[k] += r.weight
    pair = _clash_pair(cluster)
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


def _clash_pair(cluster: Cluster) -> tuple[ActorMention, ActorMention] | None:
    for f in cluster.frames:
        if any(t.cue == "clash" for t in f.triggers):
            agents = {id(r.mention) for r in f.roles if r.role == "agent"}
            for a, b in f.sides:
                if (
                    _key(a) != _key(b)
                    and a.category in ARMED
                    and b.category in ARMED
                    and id(a) in agents
                    and id(b) in agents
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


def _acled_actors(etype, sub, agent, target, assoc1, assoc2, iso3, text, victims_civ, police=None):
    """ACLED's actor conventions per event type."""

    def act(m):
        return m.actor(iso3, text) if m is not None else None

    a1, a2 = act(agent), act(target)
    as1 = [act(m) for m in assoc1]
    as2 = [act(m) for m in assoc2]
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
        a2 = act(police) if sub != "Peaceful protest" else None
        if a2 is None and sub != "Peaceful protest":
            a2 = _generic("Police Forces of {country}", 1, iso3)
        group = (prot.assoc if prot is not None else None) or _protest_group(text)
        as1 = [_generic(group + " ({country})", 7, iso3)] if group else []
        if sub == "Excessive force against protesters":
            a1, a2 = a2, a1
        return a1, a2, as1, []
    if etype == "Riots":
        if a1 is None or a1.inter not in (5,):
            if a1 is not None and a1.inter in (1, 2, 3, 4) and a2 is not None and a2.inter in (5, 6, 7):
                a1, a2 = a2, a1
            if a1 is None or a1.inter != 5:
                a1 = _generic("Rioters ({country})", 5, iso3)
        if sub == "Mob violence" and (a2 is None or a2.name == a1.name or a2.inter not in (1,)):
            a2 = _generic("Civilians ({country})", 7, iso3)
        if a2 is not None and a2.inter == 6:
            a2 = _generic("Rioters ({country})", 5, iso3)
        if a2 is None and police is not None:  # the police who faced the rioters
            a2 = police.actor(iso3, text)
        return a1, a2, as1, as2
    if etype in ("Violence against civilians",) or (
        etype == "Explosions/Remote violence" and (a2 is None or a2.inter == 7)
    ):
        if (a1 is None or a1.inter == 7) and a2 is not None and a2.inter in (1, 2, 3, 4, 8):
            a1, a2 = a2, a1  # violence against civilians: the armed party is the perpetrator
        if a1 is not None and a1.inter == 7:
            a1 = None
        if a1 is None:
            a1 = _generic("Unidentified Armed Group ({country})", 3, iso3)
        if a2 is None or a2.inter not in (7,):
            if etype == "Violence against civilians" or victims_civ:
                a2 = _generic("Civilians ({country})", 7, iso3)
        return a1, a2, as1, as2
    if (
        sub in ("Looting/property destruction", "Abduction/forced disappearance")
        and a2 is None
        and a1 is not None
        and a1.inter != 7
    ):
        return a1, _generic("Civilians ({country})", 7, iso3), as1, as2
    if sub == "Arrests":
        if a1 is None or a1.inter != 1:
            a1, a2 = (
                (a2, a1)
                if a2 is not None and a2.inter == 1
                else (_generic("Police Forces of {country}", 1, iso3), a2)
            )
        if a2 is None or a2.inter not in (1,):
            a2 = _generic("Civilians ({country})", 7, iso3)
        return a1, a2, as1, as2
    if etype == "Battles":
        if a1 is not None and a1.inter == 7:
            a1 = None
        if a2 is not None and a2.inter == 7:
            a2 = None
        return a1, a2, as1, as2
    return a1, a2, as1, as2


def _protest_group(text: str) -> str | None:
    from .actors import _PROTEST_GROUP_RE, ASSOC

    m = _PROTEST_GROUP_RE.search(text[:1500])
    if not m:
        return None
    w = m.group(1).lower()
    return ASSOC.get(w) or ASSOC.get(w.rstrip("s"))


def _generic(pattern: str, inter: int, iso3: str | None) -> Actor:
    from .countries import country
    from .records import INTER_LABELS

    c = country(iso3)
    return Actor(
        name=pattern.format(country=c.name if c else "International"),
        inter=inter,
        inter_label=INTER_LABELS.get(inter),
        country=iso3,
    )
