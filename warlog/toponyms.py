"""Toponym recognition: spaCy's GPE/LOC entities plus gazetteer matching of capitalised names.

spaCy's small model misses many Middle-Eastern and African names (or tags them ORG/PERSON); the
gazetteer finds them. To keep ordinary words out, a gazetteer-only match must be capitalised,
not a stop word or a common capitalised word (``data/geo_stopwords.txt``), and either follow a
locative cue ("in", "near", "village of") or name a country, an admin unit or a sizeable town.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from .gazetteer import Gazetteer
from .geo_cues import (
    DIRECTION_WORDS,
    PATTERN_HEADS,
    PLACE_NOUNS,
    blocked,
    capitalised,
    has_cue,
    in_parenthesis,
    is_locative,
    is_verb_object,
    modifies_noun,
    org_prefix,
    person_words,
    whole_entity,
)
from .geo_names import UNIT_WORDS, loose_key, name_key, split_unit_word
from .nlp import doc_text

MAX_TOKENS = 5
NER_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Unit words that extend a toponym to the right ("Deir Ezzor province").
EXTENDING_UNITS = frozenset(w for w in UNIT_WORDS if w not in ("city", "town", "village", "state"))
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
        and all(t.is_alpha and t.is_title and t.lower_ not in DIRECTION_WORDS and t.lower_ not in UNIT_WORDS for t in ent)
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
_NOT_PLACE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP", "ORG"})


def unlisted_locatives(doc: Doc, taken: set[int]) -> list[Mention]:
    """ "attacked the gendarmerie station in Markoye": an unknown capitalised name right after "in",
    "at" or "near", ending the phrase, read as an unlisted place (spaCy often tags such a name as a
    person). Only for a report whose recognised names hold no place: a second look."""
    stop, persons = stopwords(), person_words(doc)
    out = []
    for i in range(1, len(doc)):
        if i in taken or doc[i - 1].lower_ not in _PLACE_PREPS or not capitalised(doc[i]) or not doc[i].is_alpha:
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


def _possessive_form(key: str) -> bool:
    """ "Kenyas", "Burkina Fasos": a possessive written without its apostrophe (a key ending in "s")."""
    return len(key) > 4 and key.endswith("s") and not key.endswith("ss")


def _notable_stem(gazetteer: Gazetteer, stem: str) -> bool:
    """Only a country, a first-level unit or a big town is read through a missing apostrophe."""
    return any(
        kind == 0 and (e.is_country or e.feature_code in ("ADM1", "PPLC") or e.population >= 100_000)
        for e, kind in gazetteer.candidates(stem)
    )


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


# Day and month names ("May" left out: also a name and a verb) and times of day, never part of a place name.
_DATE_WORDS = frozenset(
    {d.lower() for d in calendar.day_name}
    | {m.lower() for m in calendar.month_name if m and m != "May"}
    | {"morning", "afternoon", "evening", "night"}
)

# Buildings and sites a name can be: an office or building after a place name is an institution
# ("Homa Bay Governor", "the Pouytenga County High School"); an unlisted name ending so is a site.
SITE_WORDS = frozenset(
    {"embassy", "palace", "camp", "park", "conservancy", "conservatory", "office", "offices", "headquarters", "mine",
     "centre", "center", "institute"}
)


def is_site(name: str) -> bool:
    """ "the Presidential Palace", "Kakuma Refugee Camp", "Milimani Court": a building or site."""
    last = name.rsplit(None, 1)[-1].lower() if name.strip() else ""
    return last in SITE_WORDS or last in INSTITUTION_WORDS


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


# Capitalised words that turn a place name into an office or a building named after it: "Homa Bay
# Governor", "the Pouytenga County High School", "Dadaab Refugee Camp".
INSTITUTION_WORDS = frozenset(
    {
        "governor",
        "senator",
        "mp",
        "mca",
        "mayor",
        "commissioner",
        "police",
        "station",
        "school",
        "high",
        "secondary",
        "primary",
        "university",
        "college",
        "polytechnic",
        "hospital",
        "market",
        "prison",
        "refugee",
        "stadium",
        "airport",
        "mall",
        "hotel",
        "church",
        "mosque",
        "court",
        "barracks",
        "assembly",
        "council",
        "bus",
        "club",
        "factory",
        "company",
    }
)


def strip_institution(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int]:
    """ "Homa Bay Governor" -> "Homa Bay": an unknown entity whose head is an office or a building
    keeps the known place name before it (a unit word stays: "Pouytenga County")."""
    cut = next((i for i in range(start + 1, end) if doc[i].lower_ in INSTITUTION_WORDS), None)
    if cut is None:
        return start, end
    keys = {name_key(doc[start:end].text), name_key(doc[start:cut].text)}
    known = gazetteer.known_keys(keys)
    if name_key(doc[start:end].text) in known or name_key(doc[start:cut].text) not in known:
        bare_end = cut - 1 if doc[cut - 1].lower_ in EXTENDING_UNITS else cut
        if bare_end <= start or name_key(doc[start:bare_end].text) not in gazetteer.known_keys(
            {name_key(doc[start:bare_end].text)}
        ):
            return start, end
    return start, cut


def cut_possessive(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int]:
    """ "Port-au-Prince's Cite Soleil (neighbourhood)": an entity running through a known place's
    possessive is that place (what follows is a part of it)."""
    cut = next((i for i in range(start + 1, end - 1) if doc[i].text in ("'s", "’s")), None)
    if cut is None or name_key(doc[start:cut].text) not in gazetteer.known_keys({name_key(doc[start:cut].text)}):
        return start, end
    return start, cut


def strip_direction(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int]:
    """ "Northeast Georgia" names Georgia; "South Carolina" and "West Virginia" are names themselves."""
    if end - start > 1 and doc[start].lower_ in DIRECTION_WORDS:
        full, rest = name_key(doc[start:end].text), name_key(doc[start + 1 : end].text)
        known = gazetteer.known_keys({full, rest})
        if full not in known and rest in known:
            return start + 1, end
    return start, end


def only_demonym(text: str, gazetteer: Gazetteer) -> bool:
    return any(kind == 3 for _, kind in gazetteer.candidates(name_key(text)))


def extend_known(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """NER's "Deir" of "Deir ez-Zor": take the longest gazetteer name that starts at the entity."""
    longer = [e for e in _ngram_ends(doc, start) if e > end]
    keys = {name_key(doc[start:e].text): e for e in longer}
    known = gazetteer.known_keys(set(keys)) if keys else set()
    return max((keys[k] for k in known), default=end)


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


def extend_unit(doc: Doc, start: int, end: int) -> int:
    if end < len(doc) and doc[end].lower_ in EXTENDING_UNITS:
        return end + 1
    return end


def demonym_spans(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[tuple[int, int]]:
    out = []
    for i, tok in enumerate(doc):
        if i in taken or not capitalised(tok):
            continue
        if any(kind == 3 for _, kind in gazetteer.candidates(name_key(tok.text))):
            out.append((i, i + 1))
    return out


def recognise(doc: Doc, gazetteer: Gazetteer, demonyms: bool = False) -> list[Mention]:
    """All toponym mentions of a Doc, in text order, with parenthetical qualifiers linked."""
    spans = [
        (s, extend_unit(doc, s, extend_known(doc, s, e, gazetteer)), "ner")
        for s, e in (
            strip_direction(doc, *strip_institution(doc, *cut_possessive(doc, s, e, gazetteer), gazetteer), gazetteer)
            for s, e in ner_spans(doc)
        )
        if not only_demonym(doc[s:e].text, gazetteer)
    ]
    taken = {i for s, e, _ in spans for i in range(s, e)}
    spans += [(s, extend_unit(doc, s, e), "gazetteer") for s, e in gazetteer_spans(doc, gazetteer, taken)]
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
