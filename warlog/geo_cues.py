"""Context cues for toponym recognition: words around a name that make it a place ("in X",
"the village of X", "X residents", "captured X") or a person or an organisation ("John X",
"X Bureau of Investigation"), read off spaCy's tokens, tags and parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .geo_names import UNIT_WORDS

BLOCKING_LABELS = frozenset(
    {
        "PERSON",
        "ORG",
        "DATE",
        "TIME",
        "MONEY",
        "CARDINAL",
        "ORDINAL",
        "PERCENT",
        "QUANTITY",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "PRODUCT",
        "LANGUAGE",
        "NORP",
    }
)


LOCATIVE_CUES = frozenset(
    {
        "in",
        "near",
        "at",
        "outside",
        "of",
        "from",
        "to",
        "towards",
        "toward",
        "around",
        "into",
        "between",
        "and",
        "across",
        "inside",
        "via",
        "through",
        "west",
        "east",
        "north",
        "south",
        "outskirts",
        "village",
        "town",
        "city",
        "locality",
        "area",
        "on",
        "vicinity",
        "siege",
        "suburbs",
        "suburb",
        "edge",
        "heart",
        "centre",
        "center",
        "parts",
        "areas",
        "countryside",
        "villages",
        "towns",
        "cities",
        "settlements",
        "settlement",
        "neighbourhood",
        "neighborhood",
        "entrance",
        "district",
        "province",
        "region",
        "residents",
        "inhabitants",
        "villagers",
        "people",
        "youths",
        "governor",
        "mayor",
        # "the streets of Lokossa", "the coast of Malindi": a part of a place, then "of"
        "streets",
        "coast",
        "shores",
        "banks",
        "borders",
        "outskirt",
        # "the town hall of Sapone", "the police station of Sanaba": a local building, then "of"
        "hall",
        "station",
        "gendarmerie",
        "prefecture",
        "market",
        "camp",
    }
)


# Nouns that mark the name before them as a place ("Garissa residents", "Sosio villagers").
PLACE_NOUNS = frozenset(
    {
        "residents",
        "villagers",
        "town",
        "county",
        "village",
        "villages",
        "youths",
        "area",
        "road",
        "market",
        "district",
        "province",
        "region",
        "governorate",
        "countryside",
        "outskirts",
        "border",
        "municipality",
        "commune",
        "sub-county",
        "constituency",
        "division",
        "location",
        "estate",
        "slum",
        "camp",
        "town's",
        "city",
        # "the Msambweni polling station", "Mandera police station", "the Dadaab refugee camp"
        "polling",
        "police",
        "station",
        "refugee",
        "trading",
        "prison",
        "hospital",
        "township",
        "ward",
    }
)


_APOSTROPHES = frozenset("'’")


def capitalised(tok: Token) -> bool:
    """A capitalised word, or an abbreviation such as "W.Va." or "D.C."."""
    if not tok.is_alpha:
        text = tok.text
        if text[:1].isupper() and len(text) > 2 and _APOSTROPHES.intersection(text):  # "Murang'a", "N'Gourma"
            return "".join(ch for ch in text if ch not in _APOSTROPHES).isalpha()
        return text[:1].isupper() and "." in text and text.replace(".", "").isalpha()
    return tok.is_title or (tok.is_upper and len(tok) > 1) or tok.text[:1].isupper()


def blocked(tok: Token) -> bool:
    return tok.ent_type_ in BLOCKING_LABELS


# Verbs whose object is typically a place: "captured Jaffna", "shelled Badme".
PLACE_VERBS = frozenset(
    {
        "capture",
        "recapture",
        "seize",
        "take",
        "bomb",
        "shell",
        "attack",
        "raid",
        "enter",
        "storm",
        "overrun",
        "liberate",
        "patrol",
        "besiege",
        "control",
        "reach",
        "retake",
        "encircle",
        "surround",
        "occupy",
        "invade",
        "hit",
        "strike",
        "target",
        "evacuate",
        "flee",
        "leave",
    }
)


PERSON_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "president",
        "minister",
        "general",
        "gen",
        "col",
        "colonel",
        "judge",
        "senator",
        "governor",
        "king",
        "queen",
        "prince",
        "sheikh",
        "st",
        "saint",
    }
)


def whole_entity(doc: Doc, start: int, end: int) -> bool:
    """The name is a whole entity on its own ("Mombasa" tagged ORG, "Grozny" tagged PERSON), not a
    part of a longer name, and for PERSON neither titled nor flanked by other names."""
    tok = doc[start]
    if tok.ent_type_ not in ("ORG", "NORP", "PERSON") or tok.ent_iob_ != "B":
        return False
    if end < len(doc) and doc[end].ent_iob_ == "I":
        return False
    if tok.ent_type_ == "PERSON":
        before = doc[start - 1] if start else None
        return end - start == 1 and not (
            before is not None and (before.lower_.rstrip(".") in PERSON_TITLES or before.pos_ == "PROPN")
        )
    return True


PASSIVE_PLACE_VERBS = PLACE_VERBS - {
    "capture",
    "recapture",
    "seize",
    "take",
    "hit",
    "strike",
    "target",
    "leave",
}


def is_verb_object(doc: Doc, start: int, end: int) -> bool:
    """ "captured Jaffna", "Grozny was shelled" (but "Sassi was captured" is a person)."""
    root = doc[start:end].root
    return (root.dep_ == "dobj" and root.head.lemma_ in PLACE_VERBS) or (
        root.dep_ == "nsubjpass" and root.head.lemma_ in PASSIVE_PLACE_VERBS
    )


def has_cue(doc: Doc, start: int) -> bool:
    """A locative word just before token ``start`` (skipping "the", "city of" ...)."""
    i = start - 1
    while (
        i >= 0
        and doc[i].lower_ in ("the", "of", "village", "town", "city", "locality", "area")
        and i > start - 4
    ):
        if doc[i].lower_ != "the" and doc[i].lower_ != "of":
            return True
        i -= 1
    return i >= 0 and doc[i].lower_ in LOCATIVE_CUES


LOCATIVE_PREPS = frozenset(
    {
        "in",
        "near",
        "at",
        "outside",
        "around",
        "inside",
        "across",
        "throughout",
        "into",
        "between",
        "nearby",
        "outskirts",
        "of",
        "from",
        "towards",
        "toward",
        "to",
        "on",
    }
)


# "the county of Mandera", "the province of Idlib": a unit named as such is a place ("the state of"
# is left out: "a state of emergency").
_UNIT_HEADS = frozenset(w for w, code in UNIT_WORDS.items() if code != "PPL" and w != "state")

SKIPPABLE = frozenset(
    {
        "capital",
        "his",
        "her",
        "their",
        "its",
        "cities",
        "towns",
        "villages",
        "areas",
        "settlements",
        "neighbourhood",
        "neighborhood",
        "the",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "north",
        "south",
        "east",
        "west",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "rural",
        "village",
        "town",
        "city",
        "locality",
        "area",
        "province",
        "region",
        "district",
        "of",
    }
) | _UNIT_HEADS


DIRECTION_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
    }
)


DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


PEOPLE_OF_PLACE = frozenset(
    {"residents", "villagers", "inhabitants", "youths", "youth", "locals", "traders", "town", "village"}
)


def is_locative(doc: Doc, start: int, end: int) -> bool:
    """The name is the object of a place preposition ("in eastern Syria", "near the town of X")."""
    i, seen_of, place_head = start - 1, False, False
    while i >= 0 and i > start - 5 and doc[i].lower_ in SKIPPABLE:
        seen_of = seen_of or doc[i].lower_ == "of"
        place_head = place_head or (
            seen_of and doc[i].lower_ in PATTERN_HEADS | _UNIT_HEADS | {"cities", "towns", "villages"}
        )
        if (
            doc[i].lower_ == "of"
            and i > 0
            and doc[i - 1].lower_
            not in SKIPPABLE
            | {"outskirts", "edge", "parts", "part", "km", "kilometres", "kilometers", "miles"}
        ):
            return False
        i -= 1
    if (i >= 0 and doc[i].lower_ in LOCATIVE_PREPS - {"of", "from", "to", "towards", "toward"}) or place_head:
        return True
    if end < len(doc) and doc[end].lower_ in PEOPLE_OF_PLACE:
        return True  # "Voi residents took to the streets"
    return (
        seen_of
        and i >= 0
        and doc[i].lower_ in ("outskirts", "edge")
        or doc[start:end].root.dep_ == "pobj"
        and doc[start:end].root.head.lower_ in LOCATIVE_PREPS - {"of", "to", "from", "towards", "toward"}
    )


def in_parenthesis(doc: Doc, start: int) -> bool:
    i = start - 1
    while i >= 0 and i > start - 8:
        if doc[i].text == "(":
            return True
        if doc[i].text in (")", ".") or doc[i].is_sent_start:
            return False
        i -= 1
    return False


def modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """ "the Gainesville sewer system", "a Gainesville restaurant": a place name used as a modifier."""
    root = doc[start:end].root
    return root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ == "NOUN"


def person_words(doc: Doc) -> frozenset[str]:
    key = "warlog_person_words"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(
            t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent
        )
    return doc.user_data[key]


def org_prefix(doc: Doc, start: int) -> bool:
    """The name opens an organisation's name (after "the")."""
    tok = doc[start]
    if tok.ent_type_ != "ORG":
        return False
    return tok.ent_iob_ == "B" or (
        start > 0 and doc[start - 1].ent_iob_ == "B" and doc[start - 1].lower_ == "the"
    )


# "the village of Ashmi", "the towns of Tel Hamis and Tel Birak": names the gazetteer may lack.
PATTERN_HEADS = frozenset(
    {
        "village",
        "villages",
        "town",
        "towns",
        "city",
        "settlement",
        "settlements",
        "neighbourhood",
        "neighborhood",
        "district",
        "hamlet",
        "locality",
        "suburb",
        "commune",
        "communes",
    }
)
