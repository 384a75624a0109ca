"""Choosing the event's place among the toponyms of an article.

Signals, strongest first: the toponym is syntactically linked to the event's trigger word (the
trigger's own clause: "In Samarra, a merchant was killed"; or "attack on X"); it lies in the main
trigger's sentence, then in another trigger's sentence; it follows a place preposition ("in",
"near", "village of"); it is specific (a town before a district, a province, a country); it recurs.
Datelines and parenthetical qualifiers never win. A region or country that wins while a town
inside it is named with the event gives way to the town.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .nlp import doc_text

SPECIFICITY = {None: 2.0, 2: 1.0, 1: 0.5, 0: 0.0}
UNRESOLVED_PENALTY = 1.5


@dataclass(slots=True)
class Anchors:
    """The event's trigger words as the ranking needs them."""

    spans: list[tuple[int, int]]
    sents: list[int]  # start chars of their sentences, main trigger first
    tokens: list[Token]  # root token of each trigger
    verbs: list[Token | None]  # the clause verb each trigger belongs to


def clause_verb(tok: Token) -> Token | None:
    for t in [tok, *list(tok.ancestors)[:6]]:
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def sentence_start(doc: Doc, i: int) -> int:
    """Start char of token i's sentence; 0 for a Doc without sentence boundaries (a blank pipeline)."""
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return 0
    starts = doc.user_data.get("warlog_sent_starts")
    if starts is None:  # token.sent walks the Doc each time: index the sentences once
        starts = doc.user_data["warlog_sent_starts"] = (
            [s.start for s in doc.sents], [s.start_char for s in doc.sents])
    k = bisect.bisect_right(starts[0], i) - 1
    return starts[1][max(k, 0)]


def make_anchors(doc: Doc, spans: list[tuple[int, int]]) -> Anchors:
    sents, tokens, verbs = [], [], []
    for start, end in spans:
        span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
        if span is None or not len(span):
            continue
        s = sentence_start(doc, span[0].i)
        if s not in sents:
            sents.append(s)
        tokens.append(span.root)
        verbs.append(clause_verb(span.root))
    return Anchors(spans, sents, tokens, verbs)


def linked(doc: Doc, t, anchors: Anchors) -> bool:
    """The toponym hangs off a trigger: in its clause, or under the trigger noun ("attack on X")."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    chain = [span.root, *list(span.root.ancestors)[:8]]
    k = next((i for i, a in enumerate(chain) if a.pos_ in ("VERB", "AUX")), None)
    verb = chain[k] if k is not None else None
    # Inside the subject ("an officer ... in the Baltic Sea port, was shot"): who, not where.
    in_subject = k is not None and any(a.dep_ in ("nsubj", "nsubjpass") for a in chain[:k])
    for tok, v in zip(anchors.tokens, anchors.verbs):
        if tok in chain[1:5] or (verb is not None and verb == v and not in_subject):
            return True
    return False


def is_target(doc: Doc, t, anchors: Anchors) -> bool:
    """ "Eritrea captured Badme", "Gibraltar was captured": the place is what the trigger acts on."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("dobj", "nsubjpass", "obj") and root.head in anchors.tokens


_CODED_AS = re.compile(r"(?:coded (?:as|to|at)|coordinates (?:for|of)|location of)\s+(?:the\s+)?$", re.I)


def event_score(doc: Doc, t, anchors: Anchors, counts: Counter) -> float:
    s = 20.0 if _CODED_AS.search(doc_text(doc)[max(0, t.start - 40) : t.start]) else 0.0  # the coder's own note
    locative = t.locative or is_target(doc, t, anchors)
    if anchors.sents and t.sent_start == anchors.sents[0]:
        s += 6.0 - min(_char_gap(t, anchors.spans[0]), 600) / 300.0
    elif t.sent_start in anchors.sents:
        s += 3.0 - 0.1 * anchors.sents.index(t.sent_start)
    s = s if locative else s / 2  # "forces backing Damascus": a government, not a place
    s += 2.0 if locative else 0.0
    s += 3.0 if t.sent_start in anchors.sents and linked(doc, t, anchors) else 0.0
    if t.entry is None:
        named_place = t.source == "pattern" or doc_text(doc)[t.end : t.end + 20].split()[:1] in (
            ["neighbourhood"],
            ["village"],
            ["district"],
            ["neighborhood"],
        )
        penalty = 0.0 if named_place else UNRESOLVED_PENALTY  # "village of X" is surely a place
        return s + SPECIFICITY[None] - penalty - 0.001 * t.start / 100.0
    s += SPECIFICITY[t.entry.admin_level]
    s += 0.4 * min(counts[t.entry.geonameid] - 1, 3)
    return s - 0.001 * t.start / 100.0


def rank(doc: Doc, pool: list, anchors: Anchors) -> list:
    counts = Counter(t.entry.geonameid for t in pool if t.entry is not None)
    scores = {id(t): event_score(doc, t, anchors, counts) + _inner_bonus(t, pool) for t in pool}
    return sorted(pool, key=lambda t: -scores[id(t)])


def _inner_bonus(t, pool: list) -> float:
    """ "the Radhwaniyah area in southwestern Baghdad": an unlisted name placed inside a known place
    right after it is the more specific of the two."""
    if t.entry is not None:
        return 0.0
    after = [
        o for o in pool if o.entry is not None and o.sent_start == t.sent_start and 0 < o.start - t.end < 45
    ]
    return UNRESOLVED_PENALTY + 0.5 if after else 0.0


def refine(best, ranked: list, sents: list[int]):
    """A region or country picked while a town inside it is named with the event: take the town."""
    if best.entry is None or best.entry.admin_level is None:
        return best
    level = best.entry.admin_level
    for t in ranked:
        e = t.entry
        if e is None:
            continue
        inside = e.country_code == best.entry.country_code and (
            level == 0 or e.admin1_code == best.entry.admin1_code
        )
        deeper = 99 if e.admin_level is None else e.admin_level
        # A country or region named only in passing ("killed by the Kenya Defence Forces") yields to
        # a place inside it named as a place anywhere in the report.
        if inside and deeper > level and t.locative and (t.sent_start in sents or not sents or not best.locative):
            return t
    return best


def container(t, ranked: list):
    """For an unresolved name ("the village of Ashmi in the countryside of Kobane"): the resolved
    place it is coded to, from its own sentence first, else the article's best."""
    ranked = [o for o in ranked if o.entry is not None and o.entry.feature_code != "CONT"]  # not "Africa"
    same = [o for o in ranked if o.sent_start == t.sent_start and o is not t]
    others = [o for o in ranked if o is not t]
    return (same or others or [None])[0]


def _char_gap(t, anchor: tuple[int, int]) -> int:
    return max(0, anchor[0] - t.end, t.start - anchor[1])
