"""Where a recognised place name begins and ends: an entity cut back to the known place it names
("Homa Bay Governor" -> "Homa Bay", "Port-au-Prince's Cite Soleil" -> "Port-au-Prince",
"Northeast Georgia" -> "Georgia") or extended to a longer gazetteer name ("Deir" -> "Deir ez-Zor")
or a unit word ("Deir Ezzor province"); and the words that make a name a building or site."""

from __future__ import annotations

from spacy.tokens import Doc

from .gazetteer import Gazetteer
from .geo_cues import DIRECTION_WORDS
from .geo_names import UNIT_WORDS, name_key
from .toponym_spans import _ngram_ends

# Unit words that extend a toponym to the right ("Deir Ezzor province").
EXTENDING_UNITS = frozenset(w for w in UNIT_WORDS if w not in ("city", "town", "village", "state"))


# Buildings and sites a name can be: an office or building after a place name is an institution
# ("Homa Bay Governor", "the Pouytenga County High School"); an unlisted name ending so is a site.
SITE_WORDS = frozenset(
    {
        "embassy",
        "palace",
        "camp",
        "park",
        "conservancy",
        "conservatory",
        "office",
        "offices",
        "headquarters",
        "mine",
        "centre",
        "center",
        "institute",
    }
)


def is_site(name: str) -> bool:
    """ "the Presidential Palace", "Kakuma Refugee Camp", "Milimani Court": a building or site."""
    last = name.rsplit(None, 1)[-1].lower() if name.strip() else ""
    return last in SITE_WORDS or last in INSTITUTION_WORDS


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
    if cut is None or name_key(doc[start:cut].text) not in gazetteer.known_keys(
        {name_key(doc[start:cut].text)}
    ):
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


def extend_known(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """NER's "Deir" of "Deir ez-Zor": take the longest gazetteer name that starts at the entity."""
    longer = [e for e in _ngram_ends(doc, start) if e > end]
    keys = {name_key(doc[start:e].text): e for e in longer}
    known = gazetteer.known_keys(set(keys)) if keys else set()
    return max((keys[k] for k in known), default=end)


def extend_unit(doc: Doc, start: int, end: int) -> int:
    if end < len(doc) and doc[end].lower_ in EXTENDING_UNITS:
        return end + 1
    return end
