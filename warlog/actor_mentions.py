"""The spaCy component ``warlog_actors`` (v1): every actor mention of a Doc, named groups and
generic actors, written to ``doc._.actor_mentions``.

Mentions are found independently and then reconciled: where they overlap the longest wins and named
groups beat generic words; a generic head after a named group is that group's ("ISGS militants");
"JNIM or ISGS militants" is one actor ("A and/or B"); a faction with its coalition in brackets is
coded as the coalition ("Katiba Macina (JNIM)")."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .actors import ActorMention, find_generic, find_groups
from .named_groups import _group_matcher, find_named
from .nlp import doc_text


def _dedupe(mentions: list[ActorMention]) -> list[ActorMention]:
    """Longest mention wins where mentions overlap; named groups beat generic words."""
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start), m.category != "named"))
    out: list[ActorMention] = []
    for m in sorted(mentions, key=lambda m: (m.category != "named", -(m.end - m.start))):
        if all(m.end <= o.start or m.start >= o.end for o in out):
            out.append(m)
    return sorted(out, key=lambda m: m.start)


_GLUE_GENERIC = re.compile(r"^\)?[\s-]*(?:affiliated\s+|linked\s+|allied\s+)?$", re.I)


_EITHER = re.compile(r"^\s*(?:and\s*/\s*or|or|and\s+or|/)\s*(?:the\s+)?$", re.I)


def _absorb_generic(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """ "ISGS militants", "Al Shabaab fighters": the generic head belongs to the named group before it."""
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.category == "named"
            and m.category in ("armed", "communal", "military")
            and _GLUE_GENERIC.match(text[prev.end : m.start])
        ):
            prev.end, prev.text = m.end, text[prev.start : m.end]
            continue
        out.append(m)
    return out


def _merge_adjacent(mentions: list[ActorMention], merge) -> list[ActorMention]:
    """Each mention after a kept one is offered to ``merge(prev, m)``, which folds it into ``prev``
    (returning True) or leaves it to stand alone."""
    out: list[ActorMention] = []
    for m in mentions:
        if out and out[-1].category == m.category == "named" and merge(out[-1], m):
            continue
        out.append(m)
    return out


def _either(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """ "JNIM or ISGS militants": one actor, ACLED's "A and/or B"."""

    def merge(prev: ActorMention, m: ActorMention) -> bool:
        if prev.group is m.group or not _EITHER.match(text[prev.end : m.start]):
            return False
        names = sorted([prev.group["name"], m.group["name"]], key=lambda n: not n.startswith("JNIM"))
        prev.group = dict(
            prev.group,
            name=" and/or ".join(names),
            country=prev.group.get("country") or m.group.get("country"),
            operates=sorted({*prev.group.get("operates", ()), *m.group.get("operates", ())}),
        )
        prev.end, prev.text = m.end, text[prev.start : m.end]
        return True

    return _merge_adjacent(mentions, merge)


_BRACKET_OPEN = re.compile(r"\s*\(\s*")


_BRACKET_CLOSE = re.compile(r"\s*\)")


def _apposition(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """ "Katiba Macina (JNIM) militants": a faction named with its coalition in brackets is one actor,
    coded as the coalition."""

    def merge(prev: ActorMention, m: ActorMention) -> bool:
        if not (_BRACKET_OPEN.fullmatch(text[prev.end : m.start]) and _BRACKET_CLOSE.match(text, m.end)):
            return False
        prev.group, prev.inter, prev.end = m.group, m.inter, m.end
        prev.text = text[prev.start : prev.end]
        return True

    return _merge_adjacent(mentions, merge)


def find_actor_mentions(doc: Doc, matchers) -> list[ActorMention]:
    mentions = _dedupe(find_named(doc, matchers) + find_generic(doc_text(doc)) + find_groups(doc_text(doc)))
    return _absorb_generic(_apposition(_either(mentions, doc_text(doc)), doc_text(doc)), doc_text(doc))


@Language.factory("warlog_actors", requires=["token.text"], assigns=["doc._.actor_mentions"])
def make_actor_component(nlp: Language, name: str):
    return ActorComponent(nlp)


class ActorComponent:
    """spaCy component ``warlog_actors`` (v1): finds actor mentions, writes ``doc._.actor_mentions``."""

    def __init__(self, nlp: Language):
        self.matchers = _group_matcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.actor_mentions = find_actor_mentions(doc, self.matchers)
        return doc
