"""Named armed groups: the curated dictionary (``data/armed_groups.json``) and where a text names
them, with spaCy's PhraseMatcher over a Doc's tokens (abbreviations case-sensitively, names in any
case) or with one regex per case over a whole report ("an IED suspected to have been planted by al
Shabaab", for the per-event-type conventions). A group named only to describe or back another ("the
al Qaeda-linked group JNIM", "fighters backed by AQIM") is no mention of it."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .actors import ActorMention
from .nlp import doc_text


@lru_cache(maxsize=1)
def armed_groups() -> list[dict]:
    raw = resources.files("warlog").joinpath("data/armed_groups.json").read_text(encoding="utf-8")
    return json.loads(raw)["groups"]


def _alias_pattern(alias: str) -> str:
    return r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", alias))


def _alias_key(alias: str, fold: bool) -> str:
    key = re.sub(r"[\s-]+", " ", alias.strip())
    return key.lower() if fold else key


@lru_cache(maxsize=1)
def _suspect_index() -> tuple[tuple[re.Pattern, dict[str, int], bool], ...]:
    """Aliases of the non-state armed groups: abbreviations case-sensitively, names in any case."""
    caps: dict[str, int] = {}
    rest: dict[str, int] = {}
    for i, g in enumerate(armed_groups()):
        if g["inter"] not in (2, 3):
            continue
        for a in g["aliases"]:
            fold = not (a.isupper() or len(a) <= 3)
            if fold or len(a) >= 4:  # "KIA", "AA", "IS": too often other words across a whole report
                (rest if fold else caps).setdefault(_alias_key(a, fold), i)

    def build(table: dict[str, int], flags: int) -> re.Pattern:
        alts = sorted(table, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(_alias_pattern(a) for a in alts) + r")\b", flags)

    return (build(caps, 0), caps, False), (build(rest, re.I), rest, True)


def named_groups_in(text: str) -> list[tuple[dict, int, int]]:
    """The non-state armed groups a report names anywhere ("an IED suspected to have been planted by
    al Shabaab"), with the span of their first mention, in order, each once."""
    found: dict[int, tuple[int, int]] = {}
    for rx, table, fold in _suspect_index():
        for m in rx.finditer(text):
            i = table.get(_alias_key(m.group(0), fold))
            if (
                i is not None
                and not _LINKED.match(text, m.end())
                and (i not in found or m.start() < found[i][0])
            ):
                found[i] = m.span()
    groups = armed_groups()
    return [(groups[i], s, e) for i, (s, e) in sorted(found.items(), key=lambda kv: kv[1])]


def _group_matcher(nlp: Language) -> tuple[PhraseMatcher, PhraseMatcher]:
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    for i, g in enumerate(armed_groups()):
        caps = [a for a in g["aliases"] if a.isupper() or len(a) <= 3]
        rest = [a for a in g["aliases"] if a not in caps]
        if caps:
            exact.add(str(i), [nlp.make_doc(a) for a in caps])
        if rest:
            lower.add(str(i), [nlp.make_doc(a) for a in rest])
    return lower, exact


_LINKED = re.compile(
    r"[\s-]*(?:linked|affiliated|allied|inspired|aligned|affiliate)\s+(?:jihadist\s+|militant\s+|armed\s+|islamist\s+)?(?:group|organi[sz]ation|movement|faction|coalition)\s+(?:called\s+)?(?:al[\s-])?(?-i:[A-Z])",
    re.I,
)


_BACKER = re.compile(
    r"\b(?:backed|supported|sponsored|aided|assisted|allied|loyal)\s+(?:by|to|with)\s+(?:the\s+)?$", re.I
)


def find_named(doc: Doc, matchers) -> list[ActorMention]:
    groups = armed_groups()
    out = []
    for matcher in matchers:
        for match_id, s, e in matcher(doc):
            g = groups[int(doc.vocab.strings[match_id])]
            span = doc[s:e]
            if _LINKED.match(doc_text(doc), span.end_char):
                continue  # "the al Qaeda-linked group JNIM": a description, not the actor
            if _BACKER.search(doc_text(doc)[max(0, span.start_char - 40) : span.start_char]):
                continue  # "fighters backed by AQIM": the backer, not a side of the event
            out.append(ActorMention(span.start_char, span.end_char, span.text, "named", g["inter"], group=g))
    return out
