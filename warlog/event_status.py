"""An event's status and date: which of a clause's dates is its event's (not the "said Thursday" of the
report), and whether the event is reported or only background (long past, ongoing, a running tally),
denied or planned. Apart from the frames: the cues that set an event apart in time read together."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .clause_triggers import Clause, _in_grievance
from .dates import DateMention
from .triggers import Trigger

BACKGROUND_DAYS = 30
_ONGOING = re.compile(
    r"\b(?:has|have|had)\s+been\s+\w+ing\b|\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:\w+\s+)?(?:years|decades)\b|\bsince\s+(?:19|20)\d\d\b|\bin\s+recent\s+(?:years|months)\b",
    re.I,
)


_SAY_NEAR = re.compile(
    r"(?:said|says|told|announced|reported|stated|confirmed|claimed|added)\W{1,3}$|^\W{0,3}(?:said|told|announced)",
    re.I,
)
_DENIAL = re.compile(
    r"\b(?:den(?:y|ied|ies|ying)(?!\s+(?:\w+\s+)?(?:entry|access|bail|permission|visas?|permits?|passage|services?|treatment|the\s+right))|rejected\s+(?:claims|reports)|no\s+(?:attack|clash|fighting)\s+(?:took\s+place|occurred))\b",
    re.I,
)
_PLANNED = re.compile(
    r"\b(?:plan(?:s|ned|ning)?\s+to|threaten(?:s|ed|ing)?\s+to|vow(?:s|ed)\s+to|will|would|intend(?:s|ed)?\s+to|call(?:s|ed)?\s+for|set\s+to|scheduled\s+to|planned)\s+(?:\w+\s+){0,3}$",
    re.I,
)


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
    r"|\b(?:who|which|that)\s+(?:was|were|had\s+been|has\s+been)\s+\w+(?:ed|en)\s+(?:(?:in|since|during)\s+(?:the\s+)?)?$|\b(?:the|their|his|her|its)\s+$"  # "assassinated in 1998"
    # a step of someone's past a few words before: "teachers who retired between the years of 1997", "benefits
    # promised by a court two years ago"
    r"|\b(?:retired|promised|recruited|convicted|sentenced|jailed|dismissed|sacked|born|founded|elected|appointed)\s+"
    r"(?:[\w-]+\s+){1,5}?$",
    re.I,
)


def _of_another_event(text: str, d: DateMention) -> bool:
    # "following last year's mutinies": a possessive date dates its noun
    return bool(_OTHER_EVENT_BEFORE.search(text[max(0, d.start - 40) : d.start])) or text.startswith(("'s", "’s"), d.end)


# "who had been barricading", "while he had been attempting", "said to have been planning": the state
# of someone the clause describes, not the event's
_DESCRIBING_BEFORE = re.compile(r"\b(?:who|which|that|(?:while|when|as|after|because)\s+\w+|to)\s+$")


def _ongoing(sent: Clause, doc: Doc | None = None) -> bool:
    """A state of affairs ("has been fighting for years"), not in a relative clause ("protesters who
    had been barricading roads", "the land they had been squatting on"), which describes someone or
    something, not the event."""
    text = sent.text
    return any(
        not _DESCRIBING_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
        and not (doc is not None and _in_relative_clause(doc, sent.start_char + m.end() - 1))
        for m in _ONGOING.finditer(text)
    )


def _in_relative_clause(doc: Doc, at: int) -> bool:
    """The word at ``at`` heads a clause that describes someone or something ("the land they had been
    squatting on")."""
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
    if any(x.background and not _of_another_event(text, x) and not topic(x.start) for x in dates) and (
        d is None or d.day is None
    ):
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


_TALLY = re.compile(
    r"\b(?:this\s+year|so\s+far|to\s+date|since\s+(?:the\s+)?(?:start|beginning)|in\s+recent\s+(?:weeks|months|years)|"
    r"over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks|months|years|decades?)|alone)\b",
    re.I,
)


def _tally(clause: Clause, topic) -> bool:
    return any(not topic(clause.start_char + m.start()) for m in _TALLY.finditer(clause.text))
