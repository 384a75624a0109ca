"""Candidate toponym spans of a Doc, by how they are found: spaCy's place entities (trimmed of
articles, dates and punctuation they ran into), capitalised n-grams the gazetteer knows (accepted
only with a locative cue or as a country, an admin unit or a sizeable town), names before or after
a place noun ("Diwan villages", "the village of Dablo"), unlisted names qualified by a known unit
("Gaskinde (Pobe-Mengao, Soum)"), and demonyms; with the stop words and name-window rules they
share."""

from __future__ import annotations

import calendar
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from .gazetteer import Gazetteer
from .geo_cues import (
    PATTERN_HEADS,
    PLACE_NOUNS,
    blocked,
    capitalised,
    has_cue,
    in_parenthesis,
    is_verb_object,
    modifies_noun,
    org_prefix,
    person_words,
    whole_entity,
)
from .geo_names import loose_key, name_key

MAX_TOKENS = 5


NER_LABELS = frozenset({"GPE", "LOC", "FAC"})


CONNECTORS = frozenset(
    {
        "al",
        "el",
        "ez",
        "ed",
        "es",
        "ar",
        "as",
        "ad",
        "an",
        "az",
        "at",
        "ash",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "di",
        "da",
        "do",
        "dos",
        "of",
        "-",
        "bin",
        "ibn",
        "abu",
        "y",
    }
)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("warlog").joinpath("data/geo_stopwords.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _ngram_ends(doc: Doc, start: int) -> list[int]:
    """Possible exclusive end token indices for a name starting at ``start`` (longest first)."""
    ends = []
    for end in range(start + 1, min(len(doc), start + MAX_TOKENS) + 1):
        tok = doc[end - 1]
        glued = end - 1 > start and (
            doc[end - 2].whitespace_ == "" and (tok.text == "-" or doc[end - 2].text == "-")
        )
        if end - 1 > start and not (capitalised(tok) or tok.lower_ in CONNECTORS or glued):
            break
        if end - 1 > start and tok.whitespace_ == "" and tok.text == "-" and end == len(doc):
            break
        if capitalised(tok) or (glued and tok.is_alpha):
            ends.append(end)
    return ends[::-1]


# Day and month names ("May" left out: also a name and a verb) and times of day, never part of a place name.
_DATE_WORDS = frozenset(
    {d.lower() for d in calendar.day_name}
    | {m.lower() for m in calendar.month_name if m and m != "May"}
    | {"morning", "afternoon", "evening", "night"}
)


def after_coder_note(lowers: list[str], i: int) -> bool:
    """Token ``i`` follows an ACLED coder's "coded as/to/at" ("(coded as Kopielga at geoprecision 2)")."""
    return i > 1 and lowers[i - 1] in ("as", "to", "at") and lowers[i - 2] == "coded"


def ner_spans(doc: Doc) -> list[tuple[int, int]]:
    out = []
    stop = stopwords()
    for ent in doc.ents:
        if ent.label_ not in NER_LABELS:
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in ("the", "a"):
            start += 1
        cut = next((i for i in range(start, end) if doc[i].text in ("(", ",", ";", ")")), end)
        end = cut  # "Gogounou (Gogounou, Alibori": the entity ran into the parenthesis
        while end - 1 > start and doc[end - 1].lower_ in _DATE_WORDS:
            end -= 1  # "in Embu Town Wednesday (13/04)": the day ran into the entity
        while end > start and (
            doc[end - 1].text in ("'s", "’s", "'", "’")
            or doc[end - 1].is_punct
            # "Titao in (favour)", "Molo district - 30 (houses)": the entity ran on past the name
            or (end - 1 > start and doc[end - 1].is_stop and doc[end - 1].is_lower)
            or (end - 2 > start and doc[end - 1].like_num and doc[end - 2].text == "-")
        ):
            if doc[end - 1].text == "." and end - 2 >= start and "." in doc[end - 2].text:
                break  # "W.Va" "." is the abbreviation "W.Va."
            end -= 1
        if end > start and capitalised(doc[start]) and doc[start:end].text.lower() not in stop:
            out.append((start, end))
    return out


def gazetteer_spans(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[tuple[int, int]]:
    """Token spans whose text is a gazetteer name, not already covered by an accepted entity."""
    stop = stopwords()
    options: list[tuple[int, int, str]] = []
    for i, tok in enumerate(doc):
        if i in taken or not capitalised(tok):
            continue
        common = tok.is_stop or tok.lower_ in stop
        for end in _ngram_ends(doc, i):
            if end - i > 1 or not common:
                options.append((i, end, name_key(doc[i:end].text)))
    loose = {key: loose_key(doc[s:e].text) for s, e, key in options}
    parts = {name_key(doc[j].text) for s, e, _ in options for j in (s - 2, e + 1) if 0 <= j < len(doc)}
    stems = {key[:-1] for _, _, key in options if _possessive_form(key)}
    known = gazetteer.known_keys(
        {k for _, _, k in options} | {v for v in loose.values() if v} | parts | stems
    )
    options = [
        (s, e, key[:-1])
        if key not in known and key[:-1] in known and _notable_stem(gazetteer, key[:-1])
        else (s, e, key)
        for s, e, key in options
    ]
    options = [o for o in options if not _in_compound(doc, o[0], o[1], known)]
    spans, covered = [], set(taken)
    for start, end, key in options:
        if covered.intersection(range(start, end)):
            continue
        if only_demonym(doc[start:end].text, gazetteer):
            continue
        ok = key in known and _accept(doc, start, end, gazetteer, key)
        # A transliteration the gazetteer spells otherwise ("Khasham" / "Khushām"): only after a cue.
        lk = loose.get(key)
        ok = ok or (
            lk is not None and lk in known and has_cue(doc, start) and _accept(doc, start, end, gazetteer, lk)
        )
        if ok:
            spans.append((start, end))
            covered.update(range(start, end))
    return spans


def _possessive_form(key: str) -> bool:
    """ "Kenyas", "Burkina Fasos": a possessive written without its apostrophe (a key ending in "s")."""
    return len(key) > 4 and key.endswith("s") and not key.endswith("ss")


def _notable_stem(gazetteer: Gazetteer, stem: str) -> bool:
    """Only a country, a first-level unit or a big town is read through a missing apostrophe."""
    return any(
        kind == 0 and (e.is_country or e.feature_code in ("ADM1", "PPLC") or e.population >= 100_000)
        for e, kind in gazetteer.candidates(stem)
    )


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Token i is a hyphen written without spaces between two capitalised words ("Tako-Yoyora")."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text == "-"
        and doc[i - 1].whitespace_ == ""
        and doc[i].whitespace_ == ""
        and capitalised(doc[i + 1])
        and capitalised(doc[i - 1])
    )


def _in_compound(doc: Doc, start: int, end: int, known: set[str]) -> bool:
    """ "Tako" of "Tako-Yoyora", "Tila" of "Woba-Tila": part of a hyphenated name whose other part
    is no known place ("Kitale-Lodwar road" joins two places and keeps both)."""
    if _glued_hyphen(doc, end) and name_key(doc[end + 1].text) not in known:
        return not _route_after(doc, end + 2)
    before = _glued_hyphen(doc, start - 1) and name_key(doc[start - 2].text) not in known
    return before and not _route_after(doc, end)


ROUTE_WORDS = frozenset({"road", "highway", "axis", "route", "border", "corridor", "boundary", "junction"})


def _route_after(doc: Doc, i: int) -> bool:
    """ "the Migori-Kakrao road": two places joined by a route, not one hyphenated name."""
    return any(doc[j].lower_ in ROUTE_WORDS for j in range(i, min(len(doc), i + 2)))


def split_route_pairs(doc: Doc, spans: list[tuple[int, int]], gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """ "the Abuja-Kaduna highway", "the Mandera-Elwak road": two places a route joins, each its own
    name (spaCy tags the pair as one facility), where the gazetteer knows a part."""
    out = []
    for start, end in spans:
        cut = next((i for i in range(start + 1, end - 1) if _glued_hyphen(doc, i)), None)
        if cut is None or not _route_after(doc, end):
            out.append((start, end))
            continue
        parts = [
            (a, b)
            for a, b in ((start, cut), (cut + 1, end))
            if any(True for _ in gazetteer.candidates(name_key(doc[a:b].text)))
        ]
        out.extend(parts or [(start, end)])
    return out


def _accept(doc: Doc, start: int, end: int, gazetteer: Gazetteer, key: str) -> bool:
    if doc[start:end].text.lower() in stopwords():
        return False
    found = list(gazetteer.candidates(key))
    if any(kind == 3 for _, kind in found):
        return False  # "Jordanian rule": a demonym, even where some hamlet bears the name
    if doc[start:end].text.isupper() and len(doc[start:end].text) <= 5:
        found = [c for c in found if c[0].is_country]  # "FSA", "SDF": acronyms name places only as "US", "UK"
    if not found:
        return False
    cue = has_cue(doc, start) or in_parenthesis(doc, start)
    cue = cue or (end < len(doc) and doc[end].lower_ in PLACE_NOUNS) or is_verb_object(doc, start, end)
    if cue:
        return True
    if org_prefix(doc, start) and any(
        e.is_country or e.feature_code == "ADM1" for e, kind in found if kind < 2
    ):
        return True  # "the U.S. Department of ...", "Georgia Bureau of Investigation"
    if any(blocked(t) for t in doc[start:end]) and not whole_entity(doc, start, end):
        # "University of Nairobi", "the Ouagadougou Labour Exchange": a city big enough to be the place
        return doc[start].ent_type_ in ("ORG", "FAC") and any(
            e.population >= 100_000 or e.feature_code == "PPLC" for e, kind in found if kind == 0
        )
    if doc[start].ent_type_ == "PERSON" and not modifies_noun(doc, start, end):
        return any(e.is_country or e.feature_code == "ADM1" or e.population >= 150_000 for e, _ in found)
    if doc[start:end].text in person_words(doc):
        return False  # "Ripley" after "John Ripley": the man, not the town
    return any(_notable(entry, kind) for entry, kind in found)


def _notable(entry, kind: int) -> bool:
    """Worth tagging without a cue: a country or admin unit, or a town of some size by its own name."""
    if entry.is_country or entry.feature_code == "ADM1":
        return True
    return (kind == 0 and entry.population >= 20_000) or entry.population >= 100_000


def only_demonym(text: str, gazetteer: Gazetteer) -> bool:
    return any(kind == 3 for _, kind in gazetteer.candidates(name_key(text)))


def _name_before(doc: Doc, head: int, taken: set[int]) -> tuple[int, int] | None:
    """ "Diwan villages", "al-Tijara neighbourhood": the capitalised name just before a place noun."""
    j = head
    i = j
    while (
        i > 0
        and i - 1 not in taken
        and (capitalised(doc[i - 1]) or (doc[i - 1].lower_ in CONNECTORS and i < j))
    ):
        i -= 1
    while i < j and not capitalised(doc[i]):
        i += 1
    if i < j and not doc[i].is_sent_start and doc[i:j].text.lower() not in stopwords():
        return i, j
    return None


def pattern_spans(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    out = []
    lowers = [tok.lower_ for tok in doc]
    for k, low in enumerate(lowers):
        if low in PATTERN_HEADS and k > 0 and k - 1 not in taken:
            found = _name_before(doc, k, taken)
            if found:
                out.append(found)
                taken = taken | set(range(*found))
    for i in range(2, len(doc)):
        before, head = lowers[i - 1], lowers[i - 2]
        if i not in taken and (
            (before == "of" and head in PATTERN_HEADS)
            # "in the area of Dablo", "in the areas of X and Y"
            or (before == "of" and head in ("area", "areas") and lowers[i - 3] == "the")
            or after_coder_note(lowers, i)
        ):
            j = i
            while (
                j < len(doc)
                and j not in taken
                and (capitalised(doc[j]) or (j > i and doc[j].lower_ in CONNECTORS))
            ):
                j += 1
            while j > i and not capitalised(doc[j - 1]):
                j -= 1
            if j > i and doc[i:j].text.lower() not in stopwords():
                out.append((i, j))
    return out


def _qualifier_parts(doc: Doc, open_i: int) -> list[str] | None:
    """The comma-separated names of "(Coalla, Gnagna)" opening at token ``open_i``, else None."""
    close = next((j for j in range(open_i, min(len(doc), open_i + 20)) if doc[j].text == ")"), None)
    if close is None:
        return None
    inner = [text.strip() for text in doc[open_i + 1 : close].text.split(",") if text.strip()]
    if not inner or not all(part[:1].isupper() and len(part.split()) <= 4 for part in inner):
        return None  # "(coded as Djibo at geoprecision 2)" is a note, not "(commune, province)"
    return inner


def _names_place(gazetteer: Gazetteer, text: str) -> bool:
    return any(kind in (0, 1) for _, kind in gazetteer.candidates(name_key(text)))


def qualified_spans(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[tuple[int, int]]:
    """ "Gaskinde (Pobe-Mengao, Soum)": an unlisted name whose parenthesis ends with a known unit
    or town is a place (ACLED's "village (commune, province)")."""
    out = []
    for k, tok in enumerate(doc):
        if tok.text != "(" or k == 0 or k - 1 in taken or not capitalised(doc[k - 1]):
            continue
        parts = _qualifier_parts(doc, k)
        if parts is None or parts[-1].isupper() or not _names_place(gazetteer, parts[-1]):
            continue  # "National Youth Service (NYS)": an acronym, not a province
        i = k - 1
        while (
            i > 0
            and k - i < MAX_TOKENS
            and i - 1 not in taken
            and (capitalised(doc[i - 1]) or (doc[i - 1].text == "-" and doc[i - 1].whitespace_ == ""))
        ):
            i -= 1
        while i < k and not capitalised(doc[i]):
            i += 1
        if doc[i:k].text.lower() not in stopwords() and not doc[i].is_stop:
            out.append((i, k))
    return out


def demonym_spans(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[tuple[int, int]]:
    out = []
    for i, tok in enumerate(doc):
        if i in taken or not capitalised(tok):
            continue
        if any(kind == 3 for _, kind in gazetteer.candidates(name_key(tok.text))):
            out.append((i, i + 1))
    return out
