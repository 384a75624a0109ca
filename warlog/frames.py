"""Event frames: one clause's trigger words (``clause_triggers``) with the actors' roles in it
(``roles``), its claims, its date and its status (``event_status``); the dates frames inherit and the
figures told outside every frame; and clusters, the frames of one event across an article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc

from .actors import ActorMention
from .articles import stamp_spans
from .claim_figures import ClaimMention
from .clause_triggers import (
    Clause,
    _clause_triggers,
    _clauses,
    _mark_grievance_claims,
    _protest_at,
    _sport_words,
)
from .dates import DateMention, find_dates
from .event_status import _SAY_NEAR, _TALLY, BACKGROUND_DAYS, _event_date, _status
from .nlp import doc_text
from .records import Article
from .roles import Role, _coordinated, _mark_rival_states, _roles, _without_anaphors
from .triggers import (
    LABELED_NOTE,
    Trigger,
)

_CAUSE = re.compile(
    r"\b(?:after|following(?!\s+(?:days?|weeks?|months?|years?|mornings?|nights?|evening)\b)|over\s+the\s+(?:death|killing)|in\s+protest\s+(?:at|over|against))\b(?![^.;]*\b(?:clash|fight|attack|shootout|gunfight|ambush|raid))[^.;]*$",
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
        if free(c.start, c.end) and not _in_date(c, all_dates) and not _is_cause(text, c, doc)
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


def _is_cause(text: str, c: ClaimMention, doc: Doc | None = None) -> bool:
    """ "rioted after a rider was found dead": the death that set off the event is not its casualty.
    Not a figure of the main clause that follows the cause ("shortly after two militants were beaten
    up, they returned and killed one resident"): the parse says where the clause of "after" ends."""
    sent_start = max(text.rfind(".", 0, c.start), text.rfind("\n", 0, c.start)) + 1
    m = _CAUSE.search(text[sent_start : c.start])
    if m is None:
        return False
    return doc is None or _in_cause_subtree(doc, sent_start + m.start(), c.start)


def _in_cause_subtree(doc: Doc, cause_at: int, claim_at: int) -> bool:
    cause = doc.char_span(cause_at, cause_at + 1, alignment_mode="expand")
    claim = doc.char_span(claim_at, claim_at + 1, alignment_mode="expand")
    if not cause or not claim:
        return True
    word, figure = cause[0], claim[0]
    if word.dep_ == "mark" and word.head.pos_ in ("VERB", "AUX") and word.head.i < figure.i:
        # "after" marks a clause of its own: a figure past it and a comma belongs to the main clause
        sub = list(word.head.subtree)
        if figure in sub:
            return True
        end = max(t.idx + len(t) for t in sub)
        return not (end <= claim_at and any(ch in ",;" for ch in doc.text[end:claim_at]))
    return True


def _within(clause: Clause):
    return lambda x: clause.start_char <= x.start < clause.end_char


def _in_date(c: ClaimMention, dates: list[DateMention]) -> bool:
    """ "Aug 9 - police arrested ...": a number inside a date is no casualty figure."""
    return any(d.start <= c.start < d.end for d in dates)


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
