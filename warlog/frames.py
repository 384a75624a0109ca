"""Event frames: one clause's trigger words with the actors tied to them (agent / target, read off the
dependency parse, else off word order), its claims, its date and its status (reported, background,
denied, planned); and clusters, the frames of one event across an article."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .actors import ActorMention
from .articles import stamp_spans
from .claim_figures import ClaimMention
from .communities import ETHNIC
from .dates import DateMention, find_dates
from .nlp import doc_text
from .records import Article
from .triggers import (
    LABELED_NOTE,
    Trigger,
    find_triggers,
)

BACKGROUND_DAYS = 30
_ONGOING = re.compile(
    r"\b(?:has|have|had)\s+been\s+\w+ing\b|\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:\w+\s+)?(?:years|decades)\b|\bsince\s+(?:19|20)\d\d\b|\bcontinues?\s+to\b|\bin\s+recent\s+(?:years|months)\b",
    re.I,
)
_CAUSE = re.compile(
    r"\b(?:after|following(?!\s+(?:days?|weeks?|months?|years?|mornings?|nights?|evening)\b)|over\s+the\s+(?:death|killing)|in\s+protest\s+(?:at|over|against))\b(?![^.;]*\b(?:clash|fight|attack|shootout|gunfight|ambush|raid))[^.;]*$",
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
    r"\b(?:no|nobody|none|not|never|without|nor|foiled|thwarted|prevented|averted)\s+(?:\w+\s+){0,2}$", re.I
)
ARMED_WORDS = re.compile(
    r"soldier|troop|police|officer|gendarme|militant|fighter|jihadist|insurgent|rebel|attacker|assailant|gunm[ae]n|raider|bandit|militia|(?<!body)guard|VDP|volunteer|ranger|reservist|warder|commando|servicem[ae]n|personnel|Shabaa?b|Mungiki|Koglweogos?|Dozos?|askaris?|militiam[ae]n|gang|robber|pirate|carjacker|\bcops?\b",
    re.I,
)
CIVILIAN_WORDS = re.compile(
    r"\b(?:civilians?|villagers?|residents?|people|persons?|man|men|wom[ae]n|child(?:ren)?|boys?|girls?|passengers?|"
    r"worshippers?|farmers?|herders?|traders?|students?|pupils?|teachers?|famil(?:y|ies)|inhabitants?|locals?|"
    r"journalists?|councill?ors?|chiefs?|nurses?|doctors?|pastoralists?|drivers?|motorists?)\b",
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
    by_date: bool = False  # background or planned only because its date lies far from the publication date


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
            if dep == "nsubj" or dep == "agent":
                return "agent", word
            if dep == "nsubjpass":
                return "target", word
            if dep in ("dobj", "pobj", "compound", "poss", "conj", "appos", "prep"):
                return "target", word
        if dep == "pobj" and (head.dep_ == "agent" or head.lower_ == "by") and head.head.i in trig_tokens:
            return "agent", trig_tokens[head.head.i]  # "killed by raiders", "attacks by raiders"
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
            if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") \
                    and not _OBSERVING.match(tok.head.lemma_):
                out.setdefault(tok.head.i, t.text)
    return out


# Verbs whose subject looks at, judges or tells of an act ("police are investigating the killing"), not does it.
_OBSERVING = re.compile(
    r"investigat|probe|condemn|denounce|report|confirm|deny|witness|describe|record|document|mourn|blame|attribute|"
    r"decry|recall|remember|commemorate",
    re.I,
)


_RESPONSE = re.compile(
    r"\b(?:repel\w*|respond\w*|retaliat\w*|in\s+response|fend\s+off|counter\w*|returned\s+fire|defend\w*)\b",
    re.I,
)


def _roles(
    doc: Doc,
    sent: SpacySpan,
    mentions: list[ActorMention],
    triggers: list[Trigger],
    claims: Sequence[ClaimMention] = (),
) -> list[Role]:
    trig_tokens = _trigger_tokens(doc, triggers)
    victims = [
        (c.victims_start, c.victims_start + len(c.victims)) for c in claims if c.victims and c.victims_start is not None
    ]
    first = min(t.start for t in triggers)
    responsive = bool(_RESPONSE.search(sent.text))
    roles, seen = [], set()
    for m in mentions:
        if _key(m) in seen or _ONLY_LINKED.search(doc_text(doc), max(0, m.start - 60), m.start):
            continue  # "suspected of links to al Shabaab": the group is named, it takes no part
        seen.add(_key(m))
        if _observer(doc, m):
            continue  # "police are investigating the killing": they look into the act, they take no part
        role, word = _role_by_parse(doc, m, trig_tokens)
        if any(a <= m.start < b for a, b in victims) or _SUFFERED.match(doc_text(doc), m.end):
            role, word = "target", None  # "two residents killed", "police detective shot dead while ...": victims
        weight = 2.0 if role == "agent" and word and INITIATING.match(word) and not responsive else 1.0
        if role is None:
            weight = 0.5
            role = "agent" if m.end <= first else "target"
            if role == "target" and _by_trigger(doc_text(doc), sent, m, triggers):
                role = "agent"
        roles.append(Role(m, role, weight))
    return roles


def _observer(doc: Doc, m: ActorMention) -> bool:
    tok = _head(doc, m)
    if tok is None or tok.dep_ != "nsubj" or tok.head.pos_ != "VERB" or not _OBSERVING.match(tok.head.lemma_):
        return False
    verb = tok.head  # a finite verb ("police are investigating"), not a modifier ("police investigating gun runners")
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children)


_ONLY_LINKED = re.compile(
    r"\b(?:links?|ties|connections?|allegiance|sympath\w+)\s+(?:to|with|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$", re.I
)
# A mention followed by a participle that it suffered, not a verb it did ("Four police officers shot at
# and injured during patrol" / "Police shot two gang members").
_SUFFERED = re.compile(
    r"(?:\s+(?-i:[a-z]+))??\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|are|is)\s+)?"
    r"(?:shot|killed|injured|wounded|hacked|stabbed|ambushed|attacked|abducted|kidnapped|beaten|murdered|lynched)"
    r"(?:\s+(?:dead|at|to\s+death|and\s+(?:killed|injured|wounded)))*"
    r"\s*(?=(?:by|while|in|at|on|after|during|near|when)\b|[.,;]|$)",
    re.I,
)


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


_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+(?:suspected\s+|armed\s+)?$", re.I)
_NON_STATE = {"named", "armed", "ethnic", "tribal", "communal", "progov"}


def _without_anaphors(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "JNIM militants attacked Nassere, the assailants burned the market": "the assailants" is the
    non-state group last named, not a second armed side."""
    out: list[ActorMention] = []
    last = None
    for m in mentions:
        definite = _DEFINITE_BEFORE.search(text, max(0, m.start - 25), m.start)
        if m.category == "armed" and last is not None and definite:
            m = replace(last, start=m.start, end=m.end, text=m.text)
        elif m.category in _NON_STATE and m.inter != 1:
            last = m
        out.append(m)
    return out


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


# A past year that dates what a noun names, not the clause's event: "demanding justice for the
# assassination in 1990", "policemen fired in 2012 demonstrated".
_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:assassinations?|killings?|murders?|deaths?|elections?|fired|dismissed|sacked|dismissal|born|founded|created|"
    r"coup|uprising|genocide|war|massacres?|independence|crisis|revolution|insurrection|mutiny|agreement|accord|"
    r"law|constitution|reform|promised|recruited|retired|convicted|sentenced|jailed|victims)\s+(?:of\s+(?:the\s+)?\w+\s+)?"
    r"(?:(?:in|of|of\s+the|since)\s+)?$"
    r"|\b(?:who|which|that)\s+(?:was|were|had\s+been|has\s+been)\s+\w+(?:ed|en)\s+(?:(?:in|since|during)\s+(?:the\s+)?)?$|\b(?:the|their|his|her|its)\s+$",  # "assassinated in 1998"
    re.I,
)


def _of_another_event(text: str, d: DateMention) -> bool:
    return bool(_OTHER_EVENT_BEFORE.search(text[max(0, d.start - 40) : d.start]))


def _ongoing(sent: Clause, doc: Doc | None = None) -> bool:
    """A state of affairs ("has been fighting for years"), not in a relative clause ("protesters who
    had been barricading roads", "the land they had been squatting on"), which describes someone or
    something, not the event."""
    text = sent.text
    return any(
        not re.search(r"\b(?:who|which|that)\s+$", text[max(0, m.start() - 12) : m.start()])
        and not (doc is not None and _in_relative_clause(doc, sent.start_char + m.end() - 1))
        for m in _ONGOING.finditer(text)
    )


def _in_relative_clause(doc: Doc, at: int) -> bool:
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    return tok is not None and tok.dep_ in ("relcl", "acl")


def _status(
    text: str,
    sent: SpacySpan,
    trig: Trigger,
    dates: list[DateMention],
    d: DateMention | None,
    published: date | None,
    protest_at: int | None = None,
    doc: Doc | None = None,
) -> str:
    # a protest's grievance may be dated or ongoing ("to commemorate the killing of a journalist in 1998")
    topic = (lambda at: _in_grievance(text, protest_at, at)) if protest_at is not None else (lambda at: False)
    if any(x.background and not _of_another_event(text, x) and not topic(x.start) for x in dates) \
            and (d is None or d.day is None):
        return "background"
    if d is not None and d.day and published and d.day < published - timedelta(days=BACKGROUND_DAYS):
        return "background"
    if d is not None and d.day and published and d.day > published + timedelta(days=1):
        return "planned"  # a date after publication: announced, scheduled or threatened, not reported
    before = text[max(sent.start_char, trig.start - 60) : trig.start]
    if _DENIAL.search(before):
        return "denied"
    if (_ongoing(sent, doc) or _tally(sent, topic)) and d is None:
        return "background"  # "has been fighting for 15 years", "hundreds abducted this year": not an event
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
    r"\b(?:goals?|striker|midfielder|(?<!rights\s)defenders?|goalkeeper|league|penalty|scored|kick-off|half-time|"
    r"referee|football|soccer|derby|championship|tournament|semi-final|final\s+whistle|matches|fixture|"
    r"stadium|qualifier|coach|Cup|substitute|captain|shots\s+on\s+target|\d-\d)\b",
    re.I,
)
_SPORT_WEAK = {"attack", "clash", "other", "change"}
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "November 7-8", "6-7 August" are days, not a score
_DAY_RANGE = re.compile(rf"{_MONTH_WORD}\s+\d{{1,2}}\s*-\s*\d{{1,2}}|\d{{1,2}}\s*-\s*\d{{1,2}}\s+(?:of\s+)?{_MONTH_WORD}")


# Sport words with another common sense: "the Awami League", "an army captain", "the death penalty", "a coach"
_SPORT_AMBIGUOUS = {"league", "captain", "coach", "cup", "penalty", "matches", "goals", "goal", "championship"}


def _sporty_sentence(text: str) -> bool:
    """A sentence about a match: a sport word of one sense only, or two sport words."""
    words = _sport_words(text)
    return len(words) >= 2 or (len(words) == 1 and words[0].lower() not in _SPORT_AMBIGUOUS)


def _sport_words(text: str) -> list[str]:
    if not _SPORT.search(text):
        return []  # the common case: no sport word at all, no need to mask day ranges
    return _SPORT.findall(_DAY_RANGE.sub(" ", text))


def _clauses(text: str, sent: SpacySpan) -> list[Clause]:
    cuts = (
        [sent.start_char]
        + [sent.start_char + m.end() for m in _CLAUSE_BREAK.finditer(sent.text)]
        + [sent.end_char]
    )
    return [Clause(a, b, text[a:b]) for a, b in zip(cuts, cuts[1:]) if b > a]


_ALLEGED_BEFORE = re.compile(
    r"\b(?:suspected|accus(?:ed|es|ing)|charged|convicted|blamed|arrested|detained|jailed|sentenced|wanted|"
    r"(?:held\s+)?responsible|guilty)\s+(?:\w+\s+){0,2}?(?:of|for|with|over)\s+(?:allegedly\s+|(?:the|an?|his|her|their)\s+)?"
    r"(?:alleged\s+|suspected\s+|recent\s+)?(?:\w+\s+(?:and|or)\s+)?$"
    r"|\bin\s+connection\s+with\s+(?:the\s+|an?\s+)?(?:alleged\s+|recent\s+)?$",
    re.I,
)
# What an event is a sequel to or part of: "believed to be related to ethnic violence", "a reprisal for clashes"
_CONTEXT_BEFORE = re.compile(
    r"\b(?:part\s+of|related\s+to|linked\s+(?:to|with)|"
    r"in\s+relation\s+to|(?:reprisal|revenge|retaliation)\s+for|(?:due|owing)\s+to)\s+(?:[\w/'-]+\s+){0,5}$",
    re.I,
)


# A protest's cause told before it: "following (recent) attacks by bandits, residents marched"
_CAUSE_OPEN = re.compile(
    r"\b(?:after|following|amid(?:st)?|in\s+(?:response|reaction)\s+to)\s+(?:[\w'-]+\s+){0,4}$", re.I
)
_VIOLENCE_NOUN = re.compile(
    r"violence|attacks?|killings?|murders?|shootings?|assaults?|raids?|clashes|fighting|hostilities", re.I
)
_AFTER_BEFORE = re.compile(r"\b(?:after|following)\s+(?:\w+\s+){0,3}$", re.I)
# "victims of the Molo ethnic clashes", "a commission investigating the Tana River clashes": a past event
# named as what people are (victims, survivors) or what is looked into, not an act of this clause
_REFERENCE_BEFORE = re.compile(
    r"\b(?:victims|survivors|displaced|orphans|widows)\s+of\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,4}$"
    r"|\b(?:investigat(?:ing|ed|es|e|ions?\s+into)|probe\s+into|probing|inquiry\s+into|inquest\s+into)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,4}$",
    re.I,
)
# "the army was deployed to the area after the attack": the attack reported before, not a new one
_BACK_REFERENCE = re.compile(r"\b(?:after|following|since)\s+(?:the|this|that|these|those)\s+$", re.I)
_NON_VIOLENT = frozenset({"change", "other", "arrest", "intervene", "protest", "agreement", "base", "transfer"})


def _drop_alleged(text: str, clause: Clause, triggers: list[Trigger]) -> list[Trigger]:
    """ "arrested three men suspected of murdering a chief", "accused of attacking": an allegation; "killed by
    raiders, believed to be related to ethnic violence": a context; "arrested ten after a clash": what the arrests
    followed; none is the event when the clause reports another act (the arrest, the killing). Witchcraft
    accusations stay: they are what a mob acts on."""
    if len(triggers) < 2:
        return triggers
    drop = set()
    arrest_at = min((t.end for t in triggers if t.cue == "arrest"), default=None)
    protest_at = min((t.start for t in triggers if t.cue == "protest"), default=None)
    for i, t in enumerate(triggers):
        lo = max(clause.start_char, t.start - 50)
        if t.cue not in ("arrest", "intervene", "mob", "protest") and _ALLEGED_BEFORE.search(text, lo, t.start):
            drop.add(i)
        elif arrest_at is not None and t.start > arrest_at and t.cue not in ("arrest", "intervene") \
                and _AFTER_BEFORE.search(text, max(arrest_at, lo), t.start):
            drop.add(i)  # "police arrested 200 residents after an earlier clash": what the arrests followed
        elif t.cue == "clash" and _CONTEXT_BEFORE.search(text, max(clause.start_char, t.start - 80), t.start):
            drop.add(i)
        elif _BACK_REFERENCE.search(text, lo, t.start) and all(
            o.cue in _NON_VIOLENT for j, o in enumerate(triggers) if j != i and not _BACK_REFERENCE.search(text, max(clause.start_char, o.start - 50), o.start)
        ):
            drop.add(i)
    # "following episodes of violence, residents marched for peace": what the protest answers
    cause = {
        i for i, t in enumerate(triggers)
        if protest_at is not None and t.start < protest_at and t.cue in ("attack", "clash")
        and _VIOLENCE_NOUN.fullmatch(t.text) and _CAUSE_OPEN.search(text, max(clause.start_char, t.start - 60), t.start)
    }
    if not drop or all(i in drop or t.cue == "protest" for i, t in enumerate(triggers)):
        drop = set()
    drop |= cause
    refs = {i for i, t in enumerate(triggers) if _REFERENCE_BEFORE.search(text, max(clause.start_char, t.start - 80), t.start)}
    if len(refs | drop) < len(triggers):
        drop |= refs
    return [t for i, t in enumerate(triggers) if i not in drop] if drop else triggers


_ARREST_WORD = re.compile(r"arrest|detain|detention|prevent", re.I)
_GRIEVANCE_BEFORE = re.compile(
    r"\b(?:demand\w*|call(?:ed|ing|s)?\s+for|(?:protest\w*|demonstrat\w*)\s+(?:against|over|at|about|the|a|an|his|her|their)|"
    r"over\s+(?:the|a|an|his|her|their)|against|release\s+of|freedom\s+of|solidarity\s+with)\b[^.;]{0,50}$",
    re.I,
)
# What opens the grievance of a protest: what follows, up to a break, is what it is about, no event of its own
# ("protested against the killing of a trader by police", "demanding justice for victims of attacks").
_GRIEVANCE_OPEN = re.compile(
    r"\b(?:against|over|about|denounc\w*|condemn\w*|decr(?:y|ied|ying)|demand\w*|call(?:ed|ing|s)?\s+for|"
    r"in\s+support\s+of|solidarity\s+with|support\s+for|commemorat\w*|anniversary|remembrance|tribute\s+to|"
    r"victims\s+of|justice\s+for|(?:death|killing|murder|assassination|disappearance)\s+of|investigation\s+into|"
    r"(?:relatives|families|family|friends|parents)\s+(?:and\s+\w+\s+)?of|in\s+(?:reaction|response)\s+to|angered\s+by|angry\s+(?:at|over|about)|"
    r"outraged\s+(?:by|at|over)|after|following|amid(?:st)?|to\s+protest|in\s+protest|"
    r"calling|saying|accusing|claiming|alleging|describing|"
    r"protest(?:ed|ing|s)?(?=\s+(?:the|a|an|his|her|their|its|this|recent|alleged|continued|repeated|rising|ongoing)\b))\b",
    re.I,
)
_GRIEVANCE_BREAK = re.compile(
    r"[;:()]|\s[-\u2013]\s|,(?!\s+(?:calling|saying|accusing|claiming|alleging|describing|demand|denounc|condemn|decr))|"
    r"\b(?:then|before|but|while|when|until|whereupon|protesters|demonstrators|the\s+crowd)\b|"
    r"\bby\s+\w+ing\b|\bby\s+$",
    re.I,
)


_TEMPORAL = re.compile(r"after|following|amid", re.I)


def _in_grievance(text: str, since: int, at: int, temporal: bool = True) -> bool:
    """Position ``at`` lies in what a protest (cued at ``since``) is about: after a grievance opener with
    no break between; ``temporal``: "after", "following" open one too (not for police intervening)."""
    for m in _GRIEVANCE_OPEN.finditer(text, since, at):
        if (temporal or not _TEMPORAL.match(m.group(0))) and not _GRIEVANCE_BREAK.search(text, m.end(), at):
            return True
    return False


def _protest_at(triggers: list[Trigger]) -> int | None:
    return min((t.start for t in triggers if t.cue == "protest"), default=None)


def _main_verb(doc: Doc, t: Trigger | ClaimMention) -> bool:
    """ "protesters demanding jobs attacked the office": a finite verb of the main clause is an act."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and any(
        tok.tag_ in ("VBD", "VBZ", "VBP", "VBN")
        and _conj_root(tok).dep_ == "ROOT"
        and (tok.tag_ != "VBN" or any(c.dep_ in ("auxpass", "aux") for c in tok.children))
        for tok in span
    )


def _conj_root(tok):
    """The first of coordinated verbs ("was destroyed and a child died": destroyed)."""
    for _ in range(5):
        if tok.dep_ != "conj":
            break
        tok = tok.head
    return tok


def _protested_objects(doc: Doc, triggers: list[Trigger]) -> list[tuple[int, int]]:
    """ "residents protest recurring attacks by bandits": the object of a protest verb is its grievance."""
    out = []
    for t in triggers:
        span = doc.char_span(t.start, t.end, alignment_mode="expand") if t.cue == "protest" else None
        for tok in span or ():
            for child in tok.children if tok.pos_ == "VERB" else ():
                if child.dep_ == "dobj":
                    sub = list(child.subtree)
                    a, b = sub[0].idx, sub[-1].idx + len(sub[-1])
                    cut = _GRIEVANCE_BREAK.search(doc.text, a, b)
                    out.append((a, cut.start() if cut else b))
    return out


def _mark_grievance_claims(doc: Doc, text: str, clause: Clause, triggers: list[Trigger], claims) -> None:
    """ "marched in memory of a journalist who was assassinated": a death the protest is about."""
    since = _protest_at(triggers)
    for c in claims if since is not None else ():
        if _in_grievance(text, since, c.start) and not _main_verb(doc, c):
            c.extras["grievance"] = True


def _drop_grievances(text: str, sent: SpacySpan, clause: Clause, triggers: list[Trigger]) -> list[Trigger]:
    since = _protest_at(triggers)
    if since is None:
        return triggers
    objects = _protested_objects(sent.doc, triggers)
    return [
        t
        for t in triggers
        if t.cue == "protest"
        or not (
            _in_grievance(text, since, t.start, temporal=t.cue != "intervene")
            or any(a <= t.start < b for a, b in objects)
        )
        or _main_verb(sent.doc, t)
    ]


def _clause_triggers(text: str, sent: SpacySpan, clause: Clause, sporty: bool):
    triggers = [
        t for t in find_triggers(text, clause.start_char, clause.end_char) if not _negated(text, clause, t)
    ]
    # "demanded the release of 60 arrested youths", "protest the arrest of a man": a grievance
    triggers = [
        t
        for t in triggers
        if not (t.cue in ("arrest", "intervene") and _ARREST_WORD.match(t.text) and _GRIEVANCE_BEFORE.search(text, max(clause.start_char, t.start - 60), t.start))
    ]
    triggers = _drop_grievances(text, sent, clause, triggers)
    triggers = _drop_alleged(text, clause, triggers)
    if sporty or _sporty_sentence(sent.text):  # "the striker shot", "Uganda's attack", "beat Kenya 2-1"
        triggers = [t for t in triggers if t.cue not in _SPORT_WEAK]
    return triggers


def build_frames(doc: Doc, article: Article) -> list[SentenceFrame]:
    text = doc_text(doc)
    stamps = stamp_spans(text)
    free = lambda s, e: not any(s < b and e > a for a, b in stamps)  # noqa: E731
    all_dates = [d for d in find_dates(text, article.published) if free(d.start, d.end)]
    mentions: list[ActorMention] = _without_anaphors(text, doc._.actor_mentions or [])
    _mark_rival_states(mentions)
    claims = [
        c
        for c in doc._.claim_mentions or []
        if free(c.start, c.end) and not _in_date(c, all_dates) and not _is_cause(text, c)
    ]
    label_m = LABELED_NOTE.match(text)
    sporty = len(_sport_words(text)) >= 3  # a match report: its attacks and shots are football
    frames = []
    for i, sent in enumerate(doc.sents):
        for clause in _clauses(text, sent):
            triggers = _clause_triggers(text, sent, clause, sporty)
            first_label = i == 0 and label_m is not None and clause.start_char == sent.start_char
            if not triggers and not first_label:
                continue
            inside = _within(clause)
            # a mention cut by a bad sentence split ("JNIM and /or | ISGS militants") belongs to both
            in_clause = [m for m in mentions if inside(m) or m.start < clause.start_char < m.end]
            cdates = [d for d in all_dates if inside(d)]
            _mark_grievance_claims(doc, text, clause, triggers, [c for c in claims if inside(c)])
            d = _event_date(cdates, text, clause)
            protest = _protest_at(triggers)
            status = (
                _status(text, clause, triggers[0], cdates, d, article.published, protest, doc) if triggers else "reported"
            )
            by_date = status != "reported" and _status(text, clause, triggers[0], cdates, d, None, protest, doc) == "reported"
            frames.append(
                SentenceFrame(
                    i,
                    triggers,
                    _roles(doc, clause, in_clause, triggers, [c for c in claims if inside(c)])
                    if triggers
                    else [],
                    [c for c in claims if inside(c)],
                    d,
                    status,
                    label=label_m.group("label").lower() if first_label else None,
                    sides=_coordinated(text, in_clause),
                    start=clause.start_char,
                    end=clause.end_char,
                    by_date=by_date,
                )
            )
    _lead_by_date(frames)
    _attach_orphan_claims(frames, claims, all_dates, text, article.published)
    _inherit_dates(frames, all_dates, text, article.published, [(x.start_char, x.end_char) for x in doc.sents])
    return frames


def _lead_by_date(frames: list[SentenceFrame]) -> None:
    """A report with no reported event, whose lead event is set apart only by its date's distance from the
    publication date ("On 18 February, militants attacked ..." in a report dated months off): the date is
    the one in doubt, not the event; the lead event is reported."""
    if frames and not any(f.status == "reported" for f in frames):
        lead = next((f for f in frames if f.by_date), None)
        if lead is not None:
            lead.status = "reported"


_FULL_STOP = re.compile(r"[.!?](?=\s|$)")


def _inherit_dates(
    frames: list[SentenceFrame],
    dates: list[DateMention],
    text: str,
    published: date | None = None,
    sents: list[tuple[int, int]] = (),
) -> None:
    """A frame without a date takes the last event date written before it in its paragraph
    ("20 July. Police fired tear gas ..."), never a background year or a reporting date; with none
    there, the one date later in its own sentence ("... died in fighting between two clans in
    Wajir county [in the north-east] on Saturday")."""
    latest = published + timedelta(days=1) if published else date.max

    def usable(d: DateMention) -> bool:
        return (
            not d.background
            and d.day is not None
            and d.day <= latest
            and not _SAY_NEAR.search(text[max(0, d.start - 12) : d.start])
            and not _SAY_NEAR.search(text[d.end : d.end + 12])
        )

    for f in frames:
        if f.date is not None:
            continue
        para_start = text.rfind("\n\n", 0, f.start) + 1
        before = [d for d in dates if para_start <= d.start < f.start and usable(d)]
        if before:
            f.date = before[-1]
            continue
        # spaCy may cut "... county [in the north-east] on Saturday." after the bracket: read to the full stop
        stop = _FULL_STOP.search(text, max(f.start, f.end - 1))
        sent_end = max(next((e for s, e in sents if s <= f.start < e), f.end), stop.start() if stop else len(text))
        after = [d for d in dates if f.end <= d.start < sent_end and usable(d)]
        if len(after) == 1:
            f.date = after[0]


def _is_cause(text: str, c: ClaimMention) -> bool:
    """ "rioted after a rider was found dead": the death that set off the event is not its casualty."""
    sent_start = max(text.rfind(".", 0, c.start), text.rfind("\n", 0, c.start)) + 1
    return bool(_CAUSE.search(text[sent_start : c.start]))


def _within(clause: Clause):
    return lambda x: clause.start_char <= x.start < clause.end_char


def _in_date(c: ClaimMention, dates: list[DateMention]) -> bool:
    """ "Aug 9 - police arrested ...": a number inside a date is no casualty figure."""
    return any(d.start <= c.start < d.end for d in dates)


_TALLY = re.compile(
    r"\b(?:this\s+year|so\s+far|to\s+date|since\s+(?:the\s+)?(?:start|beginning)|in\s+recent\s+(?:weeks|months|years)|"
    r"over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks|months|years|decades?)|alone)\b",
    re.I,
)


def _tally(clause: Clause, topic) -> bool:
    return any(not topic(clause.start_char + m.start()) for m in _TALLY.finditer(clause.text))


def _attach_orphan_claims(
    frames: list[SentenceFrame],
    claims: list[ClaimMention],
    dates: list[DateMention] = (),
    text: str = "",
    published: date | None = None,
) -> None:
    """Figures outside every frame ("2 fatalities.") belong to the nearest frame before them; not
    those of a sentence about another time ("In February 2021, gunmen seized 279 schoolgirls") or a
    running tally ("Hundreds have been abducted this year alone")."""
    for c in claims:
        if not frames or any(f.start <= c.start < f.end for f in frames):
            continue
        before = [f for f in frames if f.start <= c.start]
        home = before[-1] if before else frames[0]
        s0 = max(text.rfind(". ", 0, c.start) + 1, text.rfind("\n", 0, c.start) + 1, 0)
        stop = _FULL_STOP.search(text, c.end)
        s1 = stop.start() if stop else len(text)
        own = [d for d in dates if s0 <= d.start < s1]
        other_time = any(
            d.background
            or (d.day is not None and home.date is not None and home.date.day not in (None, d.day))
            or (d.day is not None and published is not None and d.day < published - timedelta(days=BACKGROUND_DAYS))
            for d in own
        )
        if text and (other_time or _TALLY.search(text, s0, s1)):
            continue
        home.claims.append(c)


def _negated(text: str, sent: SpacySpan, t: Trigger) -> bool:
    return bool(_NEGATED.search(text[max(sent.start_char, t.start - 25) : t.start]))


def _key(m: ActorMention) -> str:
    base = (m.group or {}).get("name") or f"{m.category}:{(m.ethnic or '').lower()}"
    return f"{base}:{m.side_country}" if m.side_country else base


def _mark_rival_states(mentions: list[ActorMention]) -> None:
    """Forces of two states named in one report ("Israeli forces" and "Palestinian police") are two
    actors, not one "military" or "police" mention said twice."""
    by_category: dict[str, set[str]] = {}
    for m in mentions:
        if m.category in ("military", "police") and m.country and not m.group:
            by_category.setdefault(m.category, set()).add(m.country)
    for m in mentions:
        m.side_country = m.country if len(by_category.get(m.category, ())) > 1 else None


# ----------------------------------------------------------------------------- clustering


@dataclass
class Cluster:
    frames: list[SentenceFrame]

    @property
    def date(self) -> DateMention | None:
        return next((f.date for f in self.frames if f.date is not None and f.date.day is not None), None)


# A sentence that opens on another incident ("Separately, ...", "In another attack, ..."): a new event.
_ANOTHER_INCIDENT = re.compile(
    r"\s*(?:Separately|Elsewhere|In\s+(?:a\s+separate|another)(?:\s+\w+)?\s+(?:incident|attack|event|"
    r"development|clash|raid|strike)|In\s+other\s+news)\b"
)


def cluster_frames(frames: list[SentenceFrame], text: str = "") -> list[Cluster]:
    """Reported frames with the same (or no) date join one event; other statuses stay apart; a
    sentence opening on another incident ("Separately, police arrested ...") starts a new event that
    the frames after it may join (``text``: the article text, for that cue)."""
    clusters: list[Cluster] = []
    segment = 0  # clusters before a "separately" are closed
    for f in frames:
        if f.status != "reported":
            clusters.append(Cluster([f]))
            continue
        if text and clusters and _ANOTHER_INCIDENT.match(text, _sentence_start(text, f.start)):
            segment = len(clusters)
        home = next(
            (c for c in clusters[segment:] if c.frames[0].status == "reported" and _same_day(c, f)), None
        )
        if home is None:
            clusters.append(Cluster([f]))
        else:
            home.frames.append(f)
    return clusters


def _sentence_start(text: str, i: int) -> int:
    return max(text.rfind(". ", 0, i) + 2, text.rfind("\n", 0, i) + 1, 0) if i > 0 else 0


def _same_day(c: Cluster, f: SentenceFrame) -> bool:
    if f.date is None or f.date.day is None or c.date is None:
        return True
    return abs((c.date.day - f.date.day).days) <= 1 if f.date.time_precision == 1 else True
