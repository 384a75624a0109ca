"""Toponym recognition: spaCy's GPE/LOC entities plus gazetteer matching of capitalised names.

spaCy's small model misses many Middle-Eastern and African names (or tags them ORG/PERSON); the
gazetteer finds them. To keep ordinary words out, a gazetteer-only match must be capitalised,
not a stop word or a common capitalised word (``data/geo_stopwords.txt``), and either follow a
locative cue ("in", "near", "village of") or name a country, an admin unit or a sizeable town.

``recognise`` gathers the candidate spans (``toponym_spans``), cut to the place's own name
(``toponym_bounds``), into ``Mention`` records, then mends them: a possessive that lost its
apostrophe ("Kenyas"), names side by side before a "(commune, province)" parenthesis, and the
qualifiers that place a name ("Boula (Coalla, Gnagna)", "Kom in Isiolo County"). The second looks
of a report whose recognised names hold no place for its event are here too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .gazetteer import Gazetteer
from .geo_cues import (
    DIRECTION_WORDS,
    capitalised,
    is_locative,
    person_words,
)
from .geo_names import UNIT_WORDS, name_key, split_unit_word
from .nlp import doc_text
from .toponym_bounds import cut_possessive, extend_known, extend_unit, strip_direction, strip_institution
from .toponym_spans import (
    _DATE_WORDS,
    _ngram_ends,
    _notable_stem,
    _possessive_form,
    _qualifier_parts,
    after_coder_note,
    demonym_spans,
    gazetteer_spans,
    ner_spans,
    only_demonym,
    pattern_spans,
    qualified_spans,
    split_route_pairs,
    stopwords,
)


@dataclass(slots=True)
class Mention:
    """A recognised toponym: token and character offsets, how it was found."""

    start: int  # token index
    end: int
    start_char: int
    end_char: int
    text: str
    source: str  # "ner", "gazetteer"
    demonym: bool = False
    locative: bool = False
    qualifiers: list[str] = field(default_factory=list)  # "(Coalla, Gnagna)" after it
    qualifier_of: int | None = None  # index of the mention this one qualifies


def recognise(doc: Doc, gazetteer: Gazetteer, demonyms: bool = False) -> list[Mention]:
    """All toponym mentions of a Doc, in text order, with parenthetical qualifiers linked."""
    spans = [
        (s, extend_unit(doc, s, extend_known(doc, s, e, gazetteer)), "ner")
        for s, e in (
            strip_direction(
                doc, *strip_institution(doc, *cut_possessive(doc, s, e, gazetteer), gazetteer), gazetteer
            )
            for s, e in split_route_pairs(doc, ner_spans(doc), gazetteer)
        )
        if not only_demonym(doc[s:e].text, gazetteer)
    ]
    taken = {i for s, e, _ in spans for i in range(s, e)}
    spans += [
        (s, extend_unit(doc, s, e), "gazetteer")
        for s, e in split_route_pairs(doc, gazetteer_spans(doc, gazetteer, taken), gazetteer)
    ]
    taken = {i for s, e, _ in spans for i in range(s, e)}
    spans += [(s, e, "pattern") for s, e in pattern_spans(doc, taken)]
    taken = {i for s, e, _ in spans for i in range(s, e)}
    spans += [(s, e, "pattern") for s, e in qualified_spans(doc, gazetteer, taken)]
    mentions = [_mention(doc[s:e], src) for s, e, src in spans]
    trim_possessives(doc, mentions, gazetteer)
    lowers = [tok.lower_ for tok in doc]
    for m in mentions:
        # "the village of X" names a place as such, and so does a coder's "(coded as X ...)"
        m.locative = m.locative or m.source == "pattern" or after_coder_note(lowers, m.start)
    if demonyms:
        taken = {i for m in mentions for i in range(m.start, m.end)}
        mentions += [_mention(doc[s:e], "gazetteer", True) for s, e in demonym_spans(doc, gazetteer, taken)]
    mentions.sort(key=lambda m: m.start)
    mentions = merge_before_parenthesis(doc, mentions)
    link_qualifiers(doc, mentions)
    share_locative(doc, mentions)
    return mentions


def share_locative(doc: Doc, mentions: list[Mention]) -> None:
    """ "the cities of Palmyra and Quaryatayn": a conjunct is as locative as the name before it."""
    for prev, m in zip(mentions, mentions[1:]):
        between = doc[prev.end : m.start]
        if (
            not m.locative
            and prev.locative
            and len(between) <= 2
            and all(t.lower_ in ("and", ",", "or") for t in between)
        ):
            m.locative = True


def _mention(span: Span, source: str, demonym: bool = False) -> Mention:
    locative = is_locative(span.doc, span.start, span.end)
    return Mention(span.start, span.end, span.start_char, span.end_char, span.text, source, demonym, locative)


def trim_possessives(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> None:
    """ "Nairobis CBD", "Kenyas Rift Valley": a place named with a possessive that lost its
    apostrophe is the stem ("Nairobi"), or what the stem's place owns when that is a known name."""
    for m in mentions:
        first, n = doc[m.start], m.end - m.start
        whole = name_key(m.text)
        if n > 1 and m.source == "gazetteer" and _possessive_form(whole) and m.text.endswith("s"):
            # "Burkina Fasos": recognised through its stem
            if not gazetteer.candidates(whole) and _notable_stem(gazetteer, whole[:-1]):
                m.end_char -= 1
                m.text = m.text[:-1]
            continue
        key = name_key(first.text)
        if (
            n > 3
            or not _possessive_form(key)
            or not first.text.endswith("s")
            or (n > 1 and m.source != "ner")
        ):
            continue
        rest = name_key(doc[m.start + 1 : m.end].text) if n > 1 else ""
        known = {k for k in (whole, key, rest) if k and gazetteer.candidates(k)}  # cached look-ups
        if (n > 1 and whole in known) or (n == 1 and key in known):
            continue
        if not _notable_stem(gazetteer, key[:-1]):
            continue
        if rest and rest in known:  # "Kenyas Rift Valley": the Rift Valley
            m.start, m.start_char = m.start + 1, doc[m.start + 1].idx
        else:
            m.end, m.end_char = m.start + 1, first.idx + len(first.text) - 1
        m.text = doc_text(doc)[m.start_char : m.end_char]


def merge_before_parenthesis(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Pobe Mengao (Pobe-Mengao, Soum)", "Ti-n-Samane (Markoye, Oudalan)": names found side by side
    right before a "(commune, province)" are one name, the one the parenthesis qualifies."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not (prev.demonym or m.demonym)
            and (m.start == prev.end or (m.start == prev.end + 1 and doc[prev.end].text == "-"))
            and m.end < len(doc)
            and doc[m.end].text == "("
            and _qualifier_parts(doc, m.end) is not None
        ):
            prev.end, prev.end_char = m.end, m.end_char
            prev.text = doc_text(doc)[prev.start_char : prev.end_char]
            prev.locative = True
            continue
        out.append(m)
    return out


def _extend_to_parenthesis(doc: Doc, m: Mention, nxt: Mention | None) -> None:
    """ "Pobe Mengao (Pobe-Mengao, Soum)": a known first word of an unknown name, the rest capitalised
    up to the parenthesis, is that whole name (qualified by the parenthesis)."""
    j = m.end
    while (
        j < min(len(doc), m.end + 3)
        and (doc[j].text[:1].isupper() or doc[j].text == "-")
        and doc[j].text != "("
        and doc[j].lower_ not in _DATE_WORDS
    ):
        j += 1
    if j == m.end or j >= len(doc) or doc[j].text != "(" or (nxt is not None and nxt.start < j):
        return
    m.end, m.end_char = j, doc[j - 1].idx + len(doc[j - 1].text)
    m.text = doc_text(doc)[m.start_char : m.end_char]


def link_qualifiers(doc: Doc, mentions: list[Mention]) -> None:
    """ "Boula (Coalla, Gnagna)": the names in parentheses qualify the name before them."""
    for i, m in enumerate(mentions):
        _extend_to_parenthesis(doc, m, mentions[i + 1] if i + 1 < len(mentions) else None)
        if m.end < len(doc) and doc[m.end].text == "(":
            inner = _qualifier_parts(doc, m.end)
            if inner is None:
                continue
            close = next(j for j in range(m.end, len(doc)) if doc[j].text == ")")
            m.qualifiers = inner
            for later in mentions[i + 1 :]:
                if later.start < close:
                    later.qualifier_of = i
    link_unit_qualifiers(doc, mentions)


# Nouns between a place and the unit it lies in: "Jerusalem village of Kirinyaga County".
_PART_NOUNS = frozenset(
    {
        "village",
        "town",
        "area",
        "location",
        "sub-location",
        "estate",
        "ward",
        "locality",
        "settlement",
        "camp",
    }
)


def _qualifying_gap(words: list[str]) -> str | None:
    """The words between a name and the unit that places it: ",", "in", "of", ", in the" ("unit"),
    "village of", "area of" ("part": the name is a part of the place after it, a unit or a town)."""
    words = [w for w in words if w != "the"]
    if words[:1] == [","]:
        words = words[1:]
    if words and words[0] in _PART_NOUNS:
        return "part" if words[1:] in (["of"], ["in"]) else None
    return "unit" if words in ([], ["in"], ["of"]) else None


def link_unit_qualifiers(doc: Doc, mentions: list[Mention]) -> None:
    """ "Bangaba, Yagha Province", "Kom in Isiolo County": a name right before an admin unit named
    as such is placed by that unit, as by a parenthesis (the unit qualifies it, never wins alone)."""
    for i, (m, n) in enumerate(zip(mentions, mentions[1:])):
        if m.qualifiers or m.qualifier_of is not None or n.qualifier_of is not None or m.demonym or n.demonym:
            continue
        if not 0 < n.start - m.end <= 3:
            continue
        gap = _qualifying_gap([t.lower_ for t in doc[m.end : n.start]])
        hint = split_unit_word(n.text)[1]
        if gap is None or (gap == "unit" and hint in (None, "PPL")):
            continue  # "Kisumu, Nakuru": a list; "the Majengo area of Mombasa": a part of the town
        if (
            n.end + 1 < len(doc)
            and doc[n.end].lower_ in ("and", "or", "&", ",")
            and capitalised(doc[n.end + 1])
        ):
            continue  # "in Kisumu, Nakuru County and Kericho": a list, not a place and its unit
        # "the Kiangombe village in Thika": a town's part is placed in the town, not its district
        m.qualifiers = [n.text if hint else f"{n.text} town"]
        n.qualifier_of = i


def second_look(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[Mention]:
    """Every capitalised name the gazetteer knows, cue or not ("the Migori ODM offices", "University
    of Maseno students"), longest first, outside ``taken``: the second look of a report whose
    recognised toponyms hold no place for its event (the caller filters them by country)."""
    stop = stopwords()
    # "Ripley" of "John Ripley" is the man; "Kisumu" of "Kisumu Girls' (School)" or "Mwingi Central"
    # (spaCy's persons too) is the place.
    persons = {
        t.text
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and len(ent) > 1
        and all(
            t.is_alpha and t.is_title and t.lower_ not in DIRECTION_WORDS and t.lower_ not in UNIT_WORDS
            for t in ent
        )
        for t in ent
    }
    options = [
        (i, end, name_key(doc[i:end].text))
        for i, tok in enumerate(doc)
        if i not in taken and capitalised(tok)
        for end in _ngram_ends(doc, i)
        if end - i > 1 or not (tok.is_stop or tok.lower_ in stop)
    ]
    known = gazetteer.known_keys({k for _, _, k in options}) if options else set()
    spans, covered = [], set(taken)
    for start, end, key in options:
        text = doc[start:end].text
        if (
            key not in known
            or covered.intersection(range(start, end))
            or text.lower() in stop
            or text in persons
            or (text.isupper() and len(text) <= 5)  # an acronym
            or any(kind == 3 for _, kind in gazetteer.candidates(key))  # a demonym
        ):
            continue
        spans.append(_mention(doc[start:end], "second look"))
        covered.update(range(start, end))
    return spans


# Prepositions after which an unknown capitalised name is taken for a place on a second look.
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "around", "inside"})


# Entity types that are never an unlisted place's name ("in May 2020", "at 5 pm", "in ISGS").
_NOT_PLACE_ENTS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP", "ORG"}
)


def unlisted_locatives(doc: Doc, taken: set[int]) -> list[Mention]:
    """ "attacked the gendarmerie station in Markoye": an unknown capitalised name right after "in",
    "at" or "near", ending the phrase, read as an unlisted place (spaCy often tags such a name as a
    person). Only for a report whose recognised names hold no place: a second look."""
    stop, persons = stopwords(), person_words(doc)
    out = []
    for i in range(1, len(doc)):
        if (
            i in taken
            or doc[i - 1].lower_ not in _PLACE_PREPS
            or not capitalised(doc[i])
            or not doc[i].is_alpha
        ):
            continue
        j = i
        while j < min(len(doc), i + 3) and j not in taken and capitalised(doc[j]) and doc[j].is_alpha:
            j += 1
        nxt = doc[j] if j < len(doc) else None
        text = doc[i:j].text
        if (
            (nxt is not None and not (nxt.is_punct or nxt.is_lower))
            or text.lower() in stop
            or any(w.lower() in _DATE_WORDS or w.lower() in stop for w in text.split())
            or text in persons
            or (text.isupper() and len(text) <= 5)
            or any(t.ent_type_ in _NOT_PLACE_ENTS for t in doc[i:j])
        ):
            continue
        m = _mention(doc[i:j], "second look")
        m.locative = True
        out.append(m)
    return out
