"""The actors' roles in a clause: which named actor is the agent of its trigger words and which the
target (read off the dependency parse, else off word order), which actors only look on or are only
named ("links to al Shabaab"), who a definite "the assailants" is, and which actors are named together
as sides ("X and Y"). Apart from the frames: how a clause casts its actors is one question, which
clauses report an event another."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .actors import ActorMention
from .claim_figures import ClaimMention
from .nlp import doc_text
from .state_forces import _ACCORDING_BEFORE
from .triggers import Trigger


@dataclass
class Role:
    mention: ActorMention
    role: str  # "agent" or "target"
    weight: float = 1.0  # parse-linked roles to initiating triggers weigh more than word order


INITIATING = re.compile(
    r"claimed\s+responsibility|attack|raid|storm|ambush|launch|open|assault|invad|abduct|kidnap|fired|shot|protest|demonstrat|riot|march",
    re.I,
)


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
            if (
                tok.dep_ in ("dobj", "nsubjpass")
                and tok.head.pos_ in ("VERB", "AUX")
                and not _OBSERVING.match(tok.head.lemma_)
            ):
                out.setdefault(tok.head.i, t.text)
    return out


# Verbs whose subject looks at, judges or tells of an act ("police are investigating the killing"), not does it.
_OBSERVING = re.compile(
    r"investigat|probe|condemn|denounce|report|confirm|deny|witness|describe|record|document|mourn|blame|attribute|"
    r"decry|recall|remember|commemorate",
    re.I,
)


_HANDED_TO = re.compile(r"\b(?:hand(?:ed|ing|s)?|turn(?:ed|ing|s)?|took|tak(?:e|es|en|ing))\s+(?:\w+\s+)?(?:over\s+)?to\s+(?:the\s+)?$", re.I)


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
        (c.victims_start, c.victims_start + len(c.victims))
        for c in claims
        if c.victims and c.victims_start is not None
    ]
    first = min(t.start for t in triggers)
    responsive = bool(_RESPONSE.search(sent.text))
    roles, seen = [], set()
    for m in mentions:
        if _key(m) in seen or _ONLY_LINKED.search(doc_text(doc), max(0, m.start - 60), m.start):
            continue  # "suspected of links to al Shabaab": the group is named, it takes no part
        seen.add(_key(m))
        if _HANDED_TO.search(doc_text(doc), max(0, m.start - 40), m.start):
            continue  # "beat a robber before handing him over to the police": the police take him in, no side
        if _observer(doc, m) or _trailing_source(doc_text(doc), m, triggers):
            continue  # "police are investigating the killing": they look into the act, they take no part
        role, word = _role_by_parse(doc, m, trig_tokens)
        if any(a <= m.start < b for a, b in victims) or _SUFFERED.match(doc_text(doc), m.end):
            role, word = (
                "target",
                None,
            )  # "two residents killed", "police detective shot dead while ...": victims
        weight = 2.0 if role == "agent" and word and INITIATING.match(word) and not responsive else 1.0
        if role is None:
            weight = 0.5
            role = "agent" if m.end <= first else "target"
            if role == "target" and _by_trigger(doc_text(doc), sent, m, triggers):
                role = "agent"
        roles.append(Role(m, role, weight))
    return roles


def _trailing_source(text: str, m: ActorMention, triggers: list[Trigger]) -> bool:
    """The source named after the clause's acts, no side in them ("..., killing 28 civilians, according to
    the Kachin Independence Army"; "according to an Al Shabaab commander,
    the group destroyed ..." names the source first: the group it speaks for may be the actor)."""
    if not _ACCORDING_BEFORE.search(text, max(0, m.start - 40), m.start):
        return False
    return m.start > max(t.end for t in triggers) or bool(_REPORTS_AFTER.match(text, m.end))


# "according to police reports", "according to army sources": the mention names whose account it is
_REPORTS_AFTER = re.compile(
    r"\s+(?:reports?|sources?|officials?|statements?|spokes\w+|figures|records)\b", re.I
)


def _observer(doc: Doc, m: ActorMention) -> bool:
    tok = _head(doc, m)
    if tok is None or tok.dep_ != "nsubj" or tok.head.pos_ != "VERB" or not _OBSERVING.match(tok.head.lemma_):
        return False
    verb = (
        tok.head
    )  # a finite verb ("police are investigating"), not a modifier ("police investigating gun runners")
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children)


_ONLY_LINKED = re.compile(
    r"\b(?:links?|ties|connections?|allegiance|sympath\w+)\s+(?:to|with|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$"
    # "a cleric who allegedly supported Al Shabaab", "the presence of Kenyan troops in Somalia": named, no side
    r"|\b(?:who|allegedly)\s+(?:\w+\s+)?support(?:ed|s|ing)?\s+(?:the\s+)?$|\bpresence\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
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
