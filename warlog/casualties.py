"""Casualty claims: how many were killed / injured / abducted / arrested, of whom, says whom.

A pure ``find_claims`` step (text and sentence bounds in, ``ClaimMention`` out) and the spaCy
component ``warlog_casualties`` that writes them to ``doc._.claim_mentions``. Numbers that count
barrels, rounds or kilometres never become claims: a figure needs a casualty word beside it.

The patterns are in ``casualty_patterns``; a match becomes a claim (its figure, kind and victims) in
``claim_figures``; a sentence's claims are read against the sentence around them in
``claim_context``. Here: which patterns to try on a sentence, the claims each finds, and the longest
kept where they overlap.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .casualty_patterns import (
    _KIND_RE,
    _NON_PERSON_AFTER,
    _VAGUE,
    _WORDNUM,
    NO_CASUALTY,
    PAT_A,
    PAT_A2,
    PAT_ANOTHER,
    PAT_B,
    PAT_BARE,
    PAT_BODIES,
    PAT_BODY,
    PAT_C,
    PAT_CODED,
    PAT_HE,
    PAT_LOST,
    PAT_ONE,
    PAT_PRON,
    PAT_SUBJ,
    PAT_TOLL,
    _by_first_letter,
)
from .claim_context import _ATTEMPT_BEFORE, _along_with, _breakdown, _is_grievance, _taken_then_killed
from .claim_figures import _COORD_RE, ClaimMention, _from_match, parse_number
from .nlp import doc_text

_ACTIVE = re.compile(r"\b(?:were|was|have|has|had|are|is|been|being|got)\b", re.I)


_OBJECT_AFTER = re.compile(
    rf"\s+(?:and\s+[a-z]+(?:ed|t)\s+)?(?:(?:at\s+least|about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?"
    rf"(?:more|a|an|the|his|her|their|its|\d+|him|them|it|some|{_WORDNUM}|{_VAGUE})\b",
    re.I,
)


_ANY_KIND = re.compile(
    _by_first_letter(
        r"kil|dead|die|death|toll|fatalit|casualt|injur|wound|hurt|maim|abduct|kidnap|hostage|seiz|arrest|detain|"
        r"decapitat|apprehend|custody|rounded|displac|fled|flee|missing|lynch|execut|behead|murder|massacr|slain|slaughter|"
        r"shot|stab|hack|burn|ston|succumb|perish|lost\s|lives|bodies|gun|assassinat|\bkia\b|hang|corpse|body|"
        r"fatal|ablaze|alight|on\s+fire|alive"
    ),
    re.I,
)


_KIND_ONLY = re.compile(rf"\b(?:{_KIND_RE})\b", re.I)


# PAT_A2 ends on its verb: tried only before one.
_A2_END = re.compile(
    r"\b(?:killed|shot\s+dead|murdered|slain|lynched|beheaded|massacred|assassinated|found\s+dead|gunned\s+down|"
    r"(?:hacked|burned|burnt|stabbed|beaten|stoned)\s+to\s+death)\b",
    re.I,
)


def _ending_at(pat: re.Pattern, ends: re.Pattern, sent: str):
    """``pat``'s matches, tried only in the 160 characters before each match of ``ends`` (where they
    end): the same matches, without trying a long pattern at every word of the text."""
    seen = set()
    for k in ends.finditer(sent):
        for m in pat.finditer(sent, max(0, k.start() - 160), k.end()):
            if m.end() == k.end() and m.span() not in seen:
                seen.add(m.span())
                yield m


_BODIES_END = re.compile(r"\b(?:bodies|corpses)\b", re.I)


def _matches(pat: re.Pattern, sent: str):
    if pat is PAT_A:
        return _ending_at(PAT_A, _KIND_ONLY, sent)
    if pat is PAT_A2:
        return _ending_at(PAT_A2, _A2_END, sent)
    if pat is PAT_BODIES:
        return _ending_at(PAT_BODIES, _BODIES_END, sent)
    return pat.finditer(sent)


def find_claims(text: str, sentences: list[tuple[int, int]]) -> list[ClaimMention]:
    """Claims in each sentence (char bounds); the longest match wins where patterns overlap."""
    out: list[ClaimMention] = []
    for i, (s, e) in enumerate(sentences):
        sent = text[s:e]
        if not _ANY_KIND.search(sent):
            continue  # most sentences name no casualty: skip the heavy patterns
        out.extend(_sentence_claims(sent, s, i, out))
    return out


def _sentence_claims(sent: str, base: int, sent_i: int, earlier: list[ClaimMention]) -> list[ClaimMention]:
    """One sentence's claims: every pattern's, the longest kept where they overlap, then read against
    the sentence (``earlier``: the claims of the sentences before)."""
    lower = sent.lower()
    found = _pattern_claims(sent, lower, base, sent_i) + _stated_claims(sent, lower, base, sent_i)
    return _in_context(sent, lower, base, sent_i, _non_overlapping(found), earlier)


def _patterns_for(lower: str) -> list[re.Pattern]:
    """The figure patterns worth trying on a sentence: the rarer ones only where their words are."""
    pats = [PAT_B, PAT_A, PAT_A2]
    if "bodies" in lower or "corpses" in lower:
        pats.append(PAT_BODIES)
    if "to death" in lower:
        pats.append(PAT_C)
    if "toll" in lower or "number of" in lower or "fatalit" in lower or "death" in lower:
        pats.append(PAT_TOLL)
    return pats + [PAT_ONE, PAT_PRON]


def _pattern_claims(sent: str, lower: str, base: int, sent_i: int) -> list[ClaimMention]:
    """The claims of the figure patterns, pattern by pattern (the order breaks ties of length)."""
    found = []
    for pat in _patterns_for(lower):
        for m in _matches(pat, sent):
            if _counts_no_victims(pat, m, sent):
                continue
            c = _from_match(m, base, sent_i, "killed" if pat in (PAT_TOLL, PAT_A2, PAT_BODIES) else None)
            if c and pat is PAT_A2 and m.group("n2") and not _COORD_RE.search(m.group("victims")):
                c.low, c.acled_value = (
                    c.low + parse_number(m.group("n2")),
                    c.acled_value + parse_number(m.group("n2")),
                )
                c.high = None if c.high is None else c.high + parse_number(m.group("n2"))
            if c:
                found.append(c)
    return found


def _counts_no_victims(pat: re.Pattern, m: re.Match, sent: str) -> bool:
    """A figure of things, not people ("three rounds of artillery"), or of the killers, not the killed."""
    if (
        pat is PAT_A
        and _NON_PERSON_AFTER.match(sent[m.end("n") if m.group("n") else m.end() :])
        and not m.group("victims")
    ):
        return True
    if pat is PAT_A2 and _NON_PERSON_AFTER.match(sent[m.start("victims") - 1 :]):
        return True
    # "villagers lynched a hunter": the villagers are the killers
    return pat is PAT_A and _ACTIVE.search(m.group(0)) is None and bool(_OBJECT_AFTER.match(sent, m.end()))


def _stated_claims(sent: str, lower: str, base: int, sent_i: int) -> list[ClaimMention]:
    """Claims of a figure the words state: a coder's own ("coded as 10"), a side's own dead ("lost two of
    their own"), one dead ("his body was found", "he was later executed", "killed another"), none ("no
    casualties"); each tried only where its words are."""
    found = []
    if "coded" in lower or "each" in lower or "split" in lower:
        found += _coded_claims(sent, base, sent_i)
    if "lost" in lower:
        found += _lost_claims(sent, base, sent_i)
    found += _one_dead_claims(sent, base, sent_i)
    found += _none_claims(sent, base, sent_i)
    if " he " in f" {lower}" or " she " in f" {lower}":
        found += _one_more(PAT_HE, sent, base, sent_i)
    if "another" in lower:
        found += _one_more(PAT_ANOTHER, sent, base, sent_i)
    return found


def _coded_claims(sent: str, base: int, sent_i: int) -> list[ClaimMention]:
    out = []
    for m in PAT_CODED.finditer(sent):
        n = parse_number(m.group("n") or m.group("each") or m.group("split"))
        if n is not None:
            out.append(
                ClaimMention(
                    m.start() + base, m.end() + base, "killed", n, n, "coded as", n, None, None, sent_i
                )
            )
    return out


def _lost_claims(sent: str, base: int, sent_i: int) -> list[ClaimMention]:
    out = []
    for m in PAT_LOST.finditer(sent):
        n = parse_number(m.group("n"))
        if n:
            out.append(
                ClaimMention(
                    m.start() + base,
                    m.end() + base,
                    "killed",
                    n,
                    n,
                    None,
                    n,
                    m.group("victims"),
                    m.start("victims") + base,
                    sent_i,
                )
            )
    return out


def _one_dead_claims(sent: str, base: int, sent_i: int) -> list[ClaimMention]:
    """ "His body was found", "Gunmen kill police reservist", "A trader ... is killed": one dead, named."""
    subj = [m for m in PAT_SUBJ.finditer(sent) if not _OBJECT_AFTER.match(sent, m.end())]
    return [
        ClaimMention(
            m.start() + base,
            m.end() + base,
            "killed",
            1,
            1,
            None,
            1,
            m.group("victims"),
            m.start("victims") + base,
            sent_i,
        )
        for m in (*PAT_BODY.finditer(sent), *PAT_BARE.finditer(sent), *subj)
    ]


def _none_claims(sent: str, base: int, sent_i: int) -> list[ClaimMention]:
    out = []
    for m in NO_CASUALTY.finditer(sent):
        kind = "injured" if re.search(r"hurt|injur", m.group(0), re.I) else "killed"
        out.append(ClaimMention(m.start() + base, m.end() + base, kind, 0, 0, "none", 0, None, None, sent_i))
    return out


def _one_more(pat: re.Pattern, sent: str, base: int, sent_i: int) -> list[ClaimMention]:
    """ "he was later executed", "decapitated another": one dead, its victim counted before (none here)."""
    return [
        ClaimMention(m.start() + base, m.end() + base, "killed", 1, 1, None, 1, None, None, sent_i)
        for m in pat.finditer(sent)
    ]


def _in_context(
    sent: str, lower: str, base: int, sent_i: int, kept: list[ClaimMention], earlier: list[ClaimMention]
) -> list[ClaimMention]:
    """A sentence's kept claims read against it: one more "along with" a claim, attempts dropped ("tried
    to lynch"), the taken who were then killed, the breakdown of a figure before dropped, and a
    protest's grievance or another event's toll marked as such."""
    if "with" in lower:
        kept = sorted(kept + _along_with(sent, base, sent_i, kept), key=lambda c: c.start)
    kept = [c for c in kept if not _ATTEMPT_BEFORE.search(sent, max(0, c.start - base - 40), c.start - base)]
    if "them" in lower or "their" in lower or "those" in lower or "the men" in lower or "the people" in lower:
        kept = sorted(kept + _taken_then_killed(sent, base, sent_i, kept), key=lambda c: c.start)
    if "among" in lower or "including" in lower or "of whom" in lower or "of them" in lower:
        kept = [c for c in kept if not _breakdown(sent, base, c, earlier + kept)]
    for c in kept:
        if _is_grievance(sent, c.start - base, c.end - base):
            c.extras["grievance"] = True
    return kept


def _non_overlapping(found: list[ClaimMention]) -> list[ClaimMention]:
    keep: list[ClaimMention] = []
    for c in sorted(found, key=lambda c: -(c.end - c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in keep):
            keep.append(c)
    return sorted(keep, key=lambda c: c.start)


@Language.factory("warlog_casualties", requires=["doc.sents"], assigns=["doc._.claim_mentions"])
def make_casualty_component(nlp: Language, name: str):
    return CasualtyComponent()


class CasualtyComponent:
    """spaCy component ``warlog_casualties`` (v1): casualty figures per sentence."""

    def __call__(self, doc: Doc) -> Doc:
        sents = [(s.start_char, s.end_char) for s in doc.sents]
        doc._.claim_mentions = find_claims(doc_text(doc), sents)
        return doc
