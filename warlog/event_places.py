"""An event's place and country: the place the geocoder finds at its trigger words, else the country
the report names (or the collection's focus), coded at its capital; and the country of its unnamed
actors, which may not be the place's (a village that is likely a namesake abroad). Apart from the
events: the country guesses, each a fallback for the one before, read together."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from .countries import country
from .focus import NO_FOCUS, Focus
from .frames import Cluster
from .nlp import doc_text
from .records import Location


def locate_event(doc: Doc, cluster: Cluster, geocoder, focus: Focus) -> tuple[Location | None, str | None]:
    """The event's place and its country (ISO alpha-3): the place at its trigger words (or the text's
    opening), else the country alone."""
    text = doc_text(doc)
    anchors = [(t.start, t.end) for f in cluster.frames for t in f.triggers]
    location = geocoder.locate(doc, anchors or [(0, min(len(text), 200))], countries=focus.prior())
    iso3 = (location.iso3 if location else None) or text_country(text, focus)
    from_focus = iso3 is None and (iso3 := _focus_country(focus, doc, geocoder)) is not None
    if location is None and iso3:
        location = _country_location(geocoder, iso3, "collection focus" if from_focus else "country")
    elif (
        location is not None
        and location.iso3 is None
        and iso3
        and len(focus.shares) == 1
        and (c := country(iso3))
        and c.iso2 in focus.shares
    ):
        # a place the gazetteer lacks ("in Markoye") in a one-country collection lies in that country
        # (a country the report names may be the attackers' - "a Russian air strike" -, and a guess
        # among several is the actors', not the place's)
        location = location.model_copy(update={"country": c.name, "iso3": c.iso3})
    return location, iso3


def _country_location(geocoder, iso3: str, relation: str = "country") -> Location | None:
    """Only the country is known (\"Kenyan civilians\"): coded at its capital (``Geocoder.country_location``).
    ``relation`` "collection focus": no word of the article names it; the collection's focus does."""

    c = country(iso3)
    return geocoder.country_location(c.iso2, relation) if c else None


def _actors_country(
    iso3: str | None, text: str, focus: Focus, doc: Doc, geocoder, location: Location | None = None
) -> str | None:
    """The country of the event's unnamed actors: the place's, except a place outside the
    collection's focus in a country the report never names ("the Jerusalem village of Kirinyaga
    County", "Dallas estate in Embu"), where the report's own focus country is likelier, and a
    village of a focus country the report never names in a report that names another focus country
    (a namesake, likely; not "a Russian air strike hit Maarat al-Numan", a town of Syria)."""

    if not focus or iso3 is None:
        return iso3
    inside = {c.iso3 for cc in focus.shares if (c := country(cc))}
    if iso3 in _named_countries(text):
        return iso3
    named = text_country(text, focus)
    if iso3 in inside and not named and (home := _group_country(iso3, focus, doc)):
        return (
            home  # "presumed ISGS militants" at a Kenyan namesake of a Burkinabe village: the group's country
        )
    if iso3 in inside:
        # a village of one focus country in a report that names another ("the Burkinabe army killed two
        # men in <village>"): the named country is the actors' (the village may be a namesake)
        return (named if _namesake_prone(location, geocoder) else None) or iso3
    # abroad in a focused collection: a namesake, likely, whatever its size ("Pensa" is no Russian Penza in
    # a Sahel feed; a world feed has no focus, so "Culiacan" there stays in Mexico)
    return named or _focus_country(focus, doc, geocoder) or iso3


# A place this populous (or an admin unit) is taken at its word; a smaller one may be a namesake.
NAMESAKE_MAX_POPULATION = 20_000


def _namesake_prone(location: Location | None, geocoder) -> bool:
    if location is None or location.geonameid is None:
        return True
    entry = geocoder.gazetteer.entry(location.geonameid)
    return entry is None or (entry.admin_level is None and entry.population < NAMESAKE_MAX_POPULATION)


def _group_country(iso3: str, focus: Focus, doc: Doc) -> str | None:
    """The focus country where the named armed groups of a report act, when none of them acts in
    ``iso3`` (ISO alpha-3)."""

    where: set[str] = set()
    for m in (doc._.actor_mentions if doc is not None else None) or ():
        group = m.group or {}
        if m.category == "named" and group.get("inter") in (2, 3) and group.get("operates"):
            where |= {group.get("country"), *group["operates"]}
    if not where or iso3 in where:
        return None
    acts = [cc for cc in focus.shares if (c := country(cc)) and c.iso3 in where]
    best = country(max(acts, key=lambda cc: focus.shares[cc])) if acts else None
    return best.iso3 if best else None


def _named_countries(text: str) -> set[str]:
    from .countries import iso3_of

    return {iso for w in _CAP_WORDS.findall(_BORDER_WITH.sub(" ", text)) if (iso := iso3_of(w))}


# A neighbour named as a border ("near the border with Mali", "the Kenya-Somalia border"): where the
# place lies, not the country it is in.
_BORDER_WITH = re.compile(
    r"\b(?:borders?\s+(?:with|of)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    r"|[A-Z][\w'-]+(?:[\s-]+[A-Z][\w'-]+)?\s+border\b)"
)


def _focus_country(focus: Focus, doc: Doc, geocoder) -> str | None:
    """Nothing in the article names a country: of the collection's countries, one where a named
    group acts (JNIM in a Sahel collection: Burkina Faso), else the one whose place names the
    article's unlisted places sound like ("the village of Kompiembiga"), else the leading one
    (ISO alpha-3)."""
    from .countries import GENDARMERIE

    if not focus:
        return None
    acts = set()
    for m in doc._.actor_mentions or ():
        group = m.group or {}
        for code in [group.get("country"), *group.get("operates", ()), *m.homes()]:
            home = country(code)
            if home and home.iso2 in focus.shares:
                acts.add(home.iso2)
    if not acts and re.search(r"\bgendarm", doc_text(doc), re.I):
        acts = {cc for cc in focus.shares if (c := country(cc)) and c.iso3 in GENDARMERIE}
    best = max(acts, key=lambda cc: focus.shares[cc]) if acts else _sounds_like(focus, doc, geocoder)
    top = country(best or focus.fallback())
    return top.iso3 if top else None


def _sounds_like(focus: Focus, doc: Doc, geocoder) -> str | None:
    """The focus country that the report's unlisted place names and its words point to, if any."""
    if len(focus.shares) < 2:
        return None
    from .focus import choose
    from .geo_names import name_key

    unlisted = [
        name_key(t.text)
        for t in geocoder.toponyms(doc, countries=focus.prior())
        if t.entry is None and not t.demonym and name_key(t.text)
    ]
    ccs = sorted(focus.shares)
    names = geocoder.name_model(tuple(ccs)).scores(unlisted, ccs) if unlisted else None
    words = focus.words.scores(doc_text(doc), ccs) if focus.words is not None else None
    if names is None and words is None:
        return None
    return choose(focus.shares, names, words)


_CAP_WORDS = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")


def text_country(text: str, focus: Focus = NO_FOCUS) -> str | None:
    """The country named (or whose demonym is used) most often: the actors' country when no place
    resolved. With a collection focus only its countries count: a report of a Kenyan feed that names
    "Chinese contractors" or "the war in Lebanon" and no place happened in the feed's country, not
    in the one it mentions (``_focus_country`` then decides)."""
    from .countries import iso3_of

    counts = Counter(iso for w in _CAP_WORDS.findall(text) if (iso := iso3_of(w)))
    if focus and counts:
        inside = {c.iso3 for cc in focus.shares if (c := country(cc))}
        counts = Counter({iso: n for iso, n in counts.items() if iso in inside})
    return counts.most_common(1)[0][0] if counts else None
