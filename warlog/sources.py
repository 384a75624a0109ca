"""Attribution: who asserts what a sentence says ("X said", "according to X", "X confirmed").

Pronoun subjects ("it said", "the official said") take the last named source before them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

SAY_LEMMAS = {
    "say", "confirm", "report", "tell", "claim", "state", "announce", "estimate", "add", "accuse", "allege",
    "quote", "cite", "assert", "insist", "declare", "note", "disclose", "reveal", "write", "tweet", "post",
    "publish", "broadcast", "count", "document", "record", "indicate", "put",
}
_ACCORDING = re.compile(r"\b(?:according\s+to|citing|quoted\s+by|reported\s+by|as\s+reported\s+by)\s+(?P<src>[^,;:.\"“”()]{3,90})", re.I)
_PRONOUNS = {"it", "he", "she", "they", "we", "i", "this", "that", "which", "who"}
_ANAPHORIC = re.compile(r"^(?:the|this|that)\s+(?:official|source|spokes(?:man|woman|person)|group|monitor|observatory|statement|agency|ministry|military|army|report|organisation|organization|coalition)$", re.I)
_DET = re.compile(r"^(?:the|a|an)\s+", re.I)


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" \"'“”,")
    text = re.sub(r",?\s+which\b.*$", "", text)
    return _DET.sub("", text)


def _subject(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.dep_ != "nsubjpass":
            return verb.doc[child.left_edge.i:child.right_edge.i + 1]
    return None


def sentence_sources(sent: Span) -> list[tuple[int, str, int, int]]:
    """(anchor char, source text, start, end) for each attribution in the sentence."""
    out = []
    for m in _ACCORDING.finditer(sent.text):
        s = sent.start_char + m.start("src")
        out.append((s, m.group("src"), s, s + len(m.group("src"))))
    for tok in sent:
        if tok.lemma_.lower() in SAY_LEMMAS and tok.pos_ in ("VERB", "AUX"):
            subj = _subject(tok)
            if subj is not None and len(subj.text) <= 90:
                out.append((tok.idx, subj.text, subj.start_char, subj.end_char))
    return out


def attribute(doc: Doc) -> dict[int, list[tuple[int, str, int, int]]]:
    """Per sentence index: its attributions, pronouns resolved to the last named source."""
    result: dict[int, list[tuple[int, str, int, int]]] = {}
    last: str | None = None
    for i, sent in enumerate(doc.sents):
        resolved = []
        found = sentence_sources(sent)
        named = [_clean(t) for _, t, _, _ in found if _clean(t).lower() not in _PRONOUNS and not _ANAPHORIC.match(t.strip())]
        if named:  # "We estimate ...," a US official said: "we" is the official
            last = named[-1]
        for anchor, text, s, e in found:
            name = _clean(text)
            if name.lower() in _PRONOUNS or _ANAPHORIC.match(text.strip()):
                if last is None:
                    continue
                name = last
            else:
                last = name
            resolved.append((anchor, name, s, e))
        result[i] = resolved
    return result


def source_for(claim_start: int, attributions: list[tuple[int, str, int, int]]) -> tuple[str, int, int] | None:
    """The attribution nearest to a claim in its sentence."""
    if not attributions:
        return None
    anchor, name, s, e = min(attributions, key=lambda a: abs(a[0] - claim_start))
    return name, s, e
