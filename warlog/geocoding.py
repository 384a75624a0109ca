"""Geocoding: the places an article names, and the one where an event happened.

``Geocoder.toponyms(doc)`` recognises and resolves every toponym of a spaCy Doc (cached on the
Doc). ``Geocoder.locate(doc, anchors)`` picks the event's place among them: places in the
sentences of the event's trigger words first (the main anchor's sentence most), specific places
before the regions and countries that contain them, datelines and parenthetical qualifiers never;
else the article's dominant place. It returns a ``warlog.records.Location``.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Doc

from .gazetteer import Entry, Gazetteer
from .geo_event import container, make_anchors, rank, refine, sentence_start
from .geo_names import name_key, split_unit_word
from .geo_relations import Relation, offset_point, relation_after, relation_before, unit_relation
from .geo_resolve import ALTERNATE, LOOSE, Phrase, Resolver, haversine_km
from .nlp import doc_text
from .records import Location, Offset, Span
from .settings import Settings, default_settings
from .toponym_bounds import is_site
from .toponym_spans import demonym_spans
from .toponyms import Mention, recognise, second_look, unlisted_locatives

_CACHE_KEY = "warlog_toponyms"

# Words before a name that say it is a town: "near Beni", "the town of Beni", "outskirts of".
_AS_TOWN = re.compile(
    r"\b(?:near|outskirts\s+of|(?:town|city|village)\s+of|(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?$",
    re.I,
)
# "Somalia's Lower (Shabelle)", "Kenya's northern (county of)": a country's possessive before a place.
_COUNTRYS = re.compile(
    r"\s*['’]s\s+(?:(?:far\s+|north|south|east|west|central|lower|upper|middle|restive|remote|coastal|"
    r"border)[a-z-]*\s+){0,2}(?:(?:region|province|county|state|district|town|city|village)\s+of\s+)?",
    re.I,
)

# Countries the caller knows a text is about: ISO alpha-2 codes, or codes with context weights.
Countries = tuple[str, ...] | Mapping[str, float]
_CODE_WEIGHT = 3.0  # a code given alone weighs as much as a country named once in the text


def _weights(countries: Countries) -> dict[str, float]:
    if isinstance(countries, Mapping):
        return {cc: float(w) for cc, w in countries.items() if w > 0}
    return {cc: _CODE_WEIGHT for cc in countries}


@dataclass(slots=True)
class Toponym:
    """A recognised toponym: character offsets, the resolved entry (None when unresolved)."""

    start: int
    end: int
    text: str
    entry: Entry | None
    score: float
    source: str
    sent_start: int
    demonym: bool = False
    qualifier_of: int | None = None
    dateline: bool = False
    locative: bool = False
    via_qualifier: bool = False
    qualified: bool = False  # "Boula (Coalla, Gnagna)": the name comes with its commune and province
    alternate: bool = False  # matched by an alternate or loose name ("Molotov" for Perm, "Pensa" for Penza)


# A place abroad this small, in a text about known countries that names none of its own, is more
# likely an unlisted local place sharing its name ("Kain" in Burkina Faso, not Belgium).
STRAY_MAX_POPULATION = 300_000


def _drop_strays(tops: list[Toponym], known: set[str]) -> None:
    """Unresolve small places outside the known countries and the countries the text names, and any
    place there reached by another of its names, however large: in a Sahel report "Pensa" is a
    village, not Penza (Russia), "Ariel" no name of Jerusalem, "Molotov cocktails" no Perm."""
    named = known | {
        t.entry.country_code
        for t in tops
        if t.entry is not None and (t.entry.is_country or t.entry.admin_level == 1)
    }
    for t in tops:
        e = t.entry
        if (
            e is not None
            and not t.demonym
            and e.country_code not in named
            and not e.is_country
            and (t.alternate or (e.admin_level is None and e.population < STRAY_MAX_POPULATION))
        ):
            t.entry = None
            t.score = 0.0


def _in_passing(t: Toponym, known: set[str]) -> bool:
    """A country outside the known ones (the collection's), named other than as a place: "raiders
    from Ethiopia", "the Somalia-based group", "fled into Uganda", "the border with Mali", "the Ivory
    Coast embassy". The event is not there; without a place of its own it falls to the country the
    report points to. ("Kenyan troops in Somalia" is there.)"""
    e = t.entry
    return bool(known) and e is not None and e.is_country and e.country_code not in known and not t.locative


class Geocoder:
    def __init__(self, gazetteer: Gazetteer, settings: Settings | None = None):
        self.gazetteer = gazetteer
        self.settings = settings or default_settings()
        self.resolver = Resolver(gazetteer)
        self._name_models: dict = {}

    # --- recognition and resolution ------------------------------------------------------------

    def toponyms(self, doc: Doc, demonyms: bool = False, countries: Countries = ()) -> list[Toponym]:
        """Recognised and resolved toponyms of a Doc, in text order (cached on the Doc).

        ``demonyms`` also returns "Syrian", "Kenyan" as toponyms of their country (LGL's convention);
        ``countries`` (ISO alpha-2 codes, or codes with weights) are the countries the caller knows
        the text is about: a code alone weighs as much as a country named once in the text.
        """
        weights = _weights(countries)
        key = (_CACHE_KEY, demonyms, tuple(sorted(weights.items())))
        cache: dict = doc.user_data
        if key not in cache:
            cache[key] = self._toponyms(doc, demonyms, weights)
        return cache[key]

    def _toponyms(self, doc: Doc, demonyms: bool, countries: Mapping[str, float]) -> list[Toponym]:
        mentions = recognise(doc, self.gazetteer, demonyms=demonyms)
        text = doc_text(doc)
        phrases = [
            Phrase(m.text, tuple(m.qualifiers), m.demonym, bool(_AS_TOWN.search(text, max(0, m.start_char - 30), m.start_char)))
            for m in mentions
        ]
        context = self.demonym_countries(doc, mentions)
        resolutions = self.resolver.resolve(phrases, context, countries)
        out = [self._toponym(doc, m, r.entry, r.score) for m, r in zip(mentions, resolutions)]
        for t, r, m in zip(out, resolutions, mentions):
            t.via_qualifier, t.qualified = r.via_qualifier, bool(m.qualifiers)
            t.alternate = r.kind in (ALTERNATE, LOOSE)
        self._in_named_country(doc, out)
        if countries:
            _drop_strays(out, set(countries) | set(context))
        return out

    def _in_named_country(self, doc: Doc, tops: list[Toponym]) -> None:
        """ "Shabelle, Somalia", "Mandera in Kenya", "Somalia's Lower Shabelle": a place named with
        its country lies in it; a namesake abroad gives way to the name's place in that country, else
        to none (unlisted)."""
        text = doc_text(doc)
        pairs = [(t, n, text[t.end : n.start].strip() in (",", "in")) for t, n in zip(tops, tops[1:])]
        pairs += [(t, n, bool(_COUNTRYS.fullmatch(text[n.end : t.start]))) for n, t in zip(tops, tops[1:])]
        for t, n, named_with in pairs:
            if (
                not named_with
                or t.entry is None
                or t.entry.is_country
                or t.demonym
                or n.entry is None
                or not n.entry.is_country
                or t.entry.country_code == n.entry.country_code
            ):
                continue
            there = [e for e, kind in self.resolver.candidates(t.text)[0] if e.country_code == n.entry.country_code]
            t.entry = max(there, key=lambda e: e.population) if there else None
            t.score = t.score if there else 0.0

    @staticmethod
    def _toponym(doc: Doc, m: Mention, entry: Entry | None, score: float) -> Toponym:
        sent = sentence_start(doc, m.start)
        return Toponym(
            m.start_char,
            m.end_char,
            m.text,
            entry,
            score,
            m.source,
            sent,
            m.demonym,
            m.qualifier_of,
            is_dateline(doc_text(doc), m.start_char, m.end_char),
            m.locative,
        )

    def demonym_countries(self, doc: Doc, mentions: list[Mention]) -> defaultdict[str, float]:
        """Countries that "Kenyan police", "Burkinabe soldiers" point to: context, not places."""
        taken = {i for m in mentions if m.demonym for i in range(m.start, m.end)}
        out: defaultdict[str, float] = defaultdict(float)
        for s, e in demonym_spans(doc, self.gazetteer, set()):
            if s not in taken:
                for entry, kind in self.gazetteer.candidates(name_key(doc[s:e].text)):
                    if kind == 3 and entry.country_code:
                        out[entry.country_code] += 0.5
        return out

    def name_model(self, countries: tuple[str, ...]):
        """Character n-gram model of these countries' place names (``warlog.focus.NameModel``), cached."""
        from .focus import NameModel

        if countries not in self._name_models:
            self._name_models[countries] = NameModel({cc: self.gazetteer.name_keys(cc) for cc in countries})
        return self._name_models[countries]

    def resolve_phrases(self, phrases: list[Phrase]) -> list[Entry | None]:
        """Resolve given phrases together, each with the others as context (evaluation on gold spans)."""
        return [r.entry for r in self.resolver.resolve(phrases)]

    # --- the event's place -----------------------------------------------------------------------

    def locate(self, doc: Doc, anchors: list[tuple[int, int]], countries: Countries = ()) -> Location | None:
        """The event's place: linked to the anchors (trigger-word spans, first = main mention).

        ``countries``: ISO alpha-2 codes the caller knows the article is about (optional context).
        A named place the gazetteer lacks ("the village of Ashmi") can win: it is then coded to the
        place that contains it (geo_precision 2), or returned without coordinates.
        """
        known = set(_weights(countries))
        tops = [
            t for t in self.toponyms(doc, countries=countries) if not t.demonym and not _in_passing(t, known)
        ]
        resolved = [t for t in tops if t.entry is not None]
        pool = [
            t
            for t in tops
            if not t.dateline and t.qualifier_of is None and (t.entry is not None or t.locative)
        ]
        pool = pool or resolved or self.second_look(doc, tops, countries)
        if not pool:
            return None
        anchor_info = make_anchors(doc, anchors)
        ranked = rank(doc, pool, anchor_info)
        best = refine(ranked[0], ranked, anchor_info.sents)
        if best.entry is None:
            return self.unresolved_location(doc, best, container(best, rank(doc, resolved, anchor_info)))
        return self.location(doc, best, tops)

    def second_look(self, doc: Doc, tops: list[Toponym], countries: Countries) -> list[Toponym]:
        """A report whose recognised names hold no resolvable place ("the Migori ODM offices",
        "University of Maseno students", "a bus bound for Kaloleni"): the names the gazetteer knows
        anywhere in it, kept only in the countries the caller or the report itself points to (its
        focus, the countries it names, its demonyms), so that no stray namesake abroad is taken."""
        weights = _weights(countries)
        allowed = set(weights) | {t.entry.country_code for t in tops if t.entry is not None}
        allowed |= set(self.demonym_countries(doc, []))
        allowed.discard(None)
        if not allowed:
            return []
        taken = set()  # "a Kisumu beach" (unlisted as a whole) leaves "Kisumu" to look at
        for t in tops:
            if t.entry is None:
                continue
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None:
                taken.update(range(span.start, span.end))
        mentions = second_look(doc, self.gazetteer, taken)
        found: list[Toponym] = []
        if mentions:
            context = defaultdict(float, {cc: weights.get(cc, _CODE_WEIGHT) for cc in allowed})
            resolutions = self.resolver.resolve([Phrase(m.text) for m in mentions], context)
            found = [
                self._toponym(doc, m, r.entry, r.score)
                for m, r in zip(mentions, resolutions)
                if r.entry is not None and not r.entry.is_country and r.entry.country_code in allowed
            ]
        # else "the gendarmerie station in Markoye": a name the gazetteer lacks, after "in" (no point)
        return found or [self._toponym(doc, m, None, 0.0) for m in unlisted_locatives(doc, taken)]

    def unresolved_location(self, doc: Doc, t: Toponym, near: Toponym | None) -> Location:
        text = doc_text(doc)
        span = [Span.of(text, t.start, t.end)]
        if near is None or near.entry is None:
            # The report names the very place (ACLED's precision is what the source reports: 1);
            # the gazetteer lacks it, so it has no coordinates (an imported GeoNames dump may add them).
            # "near X", "in the area of X": the surroundings of the place (2).
            left = text[max(0, t.start - 80) : t.start]
            rel = explicit_coding(left, text[t.end : t.end + 40]) or relation_before(left)
            if rel is not None and rel.relation != "coded as" and (AT_BUILDING.search(left) or is_site(t.text)):
                rel = None  # "outside the Supreme Court", "near the Moi Girls School": at the place itself
            if rel is not None and rel.distance_km is None:
                return Location(
                    name=t.text,
                    geo_precision=rel.geo_precision,
                    where_prec=rel.where_prec,
                    relation=rel.relation,
                    spans=span,
                )
            return Location(name=t.text, geo_precision=1, where_prec=1, relation="in", spans=span)
        loc = self.location(doc, near, [])
        updates: dict[str, object] = {
            "name": t.text,
            "geonameid": None,
            "relation": "in",
            "spans": span + loc.spans,
        }
        if loc.relation == "coded as":
            # "the village of Ambkaongo (coded as Tougouri at geoprecision 2)": the coder's own precision
            updates.update(relation="coded as", feature_code=None)
        elif t.end <= near.start and NEAR_BETWEEN.fullmatch(text[t.end : near.start]):
            # "the village of Soom, near Matiakoali": coded to the town it is near (2)
            updates.update(geo_precision=2, where_prec=2, relation="near", feature_code=None)
        elif near.entry.admin_level is None:
            # "the Gounghin area of Ouagadougou", "a mosque in Bobo-Dioulasso": a part of the town is
            # coded as the town itself (ACLED's geo_precision 1); a village near it is not (2).
            inside = (
                t.end <= near.start
                and bool(INSIDE.fullmatch(text[t.end : near.start]))
                and split_unit_word(near.text)[1] in (None, "PPL")
                and not UNIT_NEXT.match(text[near.end : near.end + 20])  # "in the Sapouy district"
            )
            updates.update(geo_precision=1 if inside else 2, where_prec=2, feature_code=None)
        elif near.entry.admin_level in (1, 2) and split_unit_word(t.text)[1] in (None, "PPL"):
            # "in Forole, Marsabit County": the report names the very place, coded at its unit's seat
            # ("near Forole, Marsabit County": near it, 2).
            near_it = relation_before(doc_text(doc)[max(0, t.start - 80) : t.start])
            updates.update(geo_precision=2 if near_it is not None else 1)
        return loc.model_copy(update=updates)

    def location(self, doc: Doc, t: Toponym, tops: list[Toponym]) -> Location:
        """A ``Location`` record for one resolved toponym, with its relation and precision."""
        e = t.entry
        if e is None:
            raise ValueError(f"unresolved toponym {t.text!r} has no location")
        left, right = doc_text(doc)[max(0, t.start - 80) : t.start], doc_text(doc)[t.end : t.end + 40]
        after = UNIT_AFTER.match(right)
        word = t.text.rsplit(None, 1)[-1] if split_unit_word(t.text)[1] is not None else None
        as_unit: bool | str = word or (after.group(1) if after else False)
        rel = (unit_relation(e.admin_level, left, as_unit) if e.admin_level is not None else None) or (
            relation_before(left) or relation_after(right) or Relation("in", 1, 1)
        )
        if t.via_qualifier:
            # An unlisted village coded to its commune's town or its district. A village the report
            # names with its commune and province is the very place (ACLED's geo_precision 1); an
            # unlisted part named after its unit ("Laikipia North") is near it (2).
            precision = 1 if t.qualified and split_unit_word(t.text)[1] in (None, "PPL") else 2
            town = e.admin_level is None
            rel = Relation("near", precision, 2) if town else Relation("district", precision, 3)
            # "near Boula (Coalla, Gnagna)", "in the area of X, Y Province": near the village (2).
            nearby = relation_before(left) or (None if PART_OF.match(right) else relation_after(right))
            if nearby is not None and precision == 1:
                rel = Relation(nearby.relation, 2, rel.where_prec)
        coded = explicit_coding(left, right)
        rel = coded or rel
        if (
            coded is None
            and rel.geo_precision == 1
            and CODED_ELSEWHERE.match(right)
            and not _GEOPRECISION.search(right)
        ):
            # "Kitungu (coordinates for Kitui town used)": the coder used another point nearby
            rel = Relation(rel.relation, 2, max(rel.where_prec, 2))
        offset = self._offset(e, rel, t, tops)
        country = self.gazetteer.country(e.country_code)
        point = self.gazetteer.seat(e) or e  # a region is coded to its capital, as ACLED does
        admin1 = self.gazetteer.admin1_name(point.country_code, point.admin1_code)
        if t.qualified and not t.via_qualifier:
            # "Sololo, Marsabit County": the report's own first-level unit over the gazetteer's code
            unit = next(
                (q.entry for q in tops if q.qualifier_of is not None and 0 <= q.start - t.end <= 40), None
            )
            if unit is not None and unit.admin_level == 1 and unit.country_code == e.country_code:
                admin1 = self.gazetteer.admin1_name(unit.country_code, unit.admin1_code) or admin1
        return Location(
            name=self._display_name(t, e),
            geonameid=e.geonameid,
            latitude=point.latitude,
            longitude=point.longitude,
            country=country.name if country else None,
            iso3=country.iso3 if country else None,
            admin1=admin1,
            admin2=self.gazetteer.admin2_name(e.country_code, e.admin1_code, e.admin2_code),
            feature_code=e.feature_code,
            geo_precision=rel.geo_precision,
            where_prec=rel.where_prec,
            relation=rel.relation,
            offset=offset,
            spans=[Span.of(doc_text(doc), t.start, t.end)],
        )

    def country_location(self, code: str, relation: str = "country") -> Location | None:
        """Only the country is known: coded at its capital, as ACLED codes a region at its seat
        (geo_precision 3, UCDP where_prec 6); the admin-1 is the capital's."""
        c = self.gazetteer.country(code)
        entry = self.gazetteer.entry(c.geonameid) if c else None
        if c is None or entry is None:
            return None
        point = self.gazetteer.seat(entry) or entry
        return Location(
            name=c.name,
            geonameid=entry.geonameid,
            latitude=point.latitude,
            longitude=point.longitude,
            country=c.name,
            iso3=c.iso3,
            admin1=self.gazetteer.admin1_name(point.country_code, point.admin1_code),
            feature_code=entry.feature_code,
            geo_precision=3,
            where_prec=6,
            relation=relation,
        )

    def _display_name(self, t: Toponym, e: Entry) -> str:
        if t.via_qualifier:  # "Boula (Coalla, Gnagna)": the village's name, its commune's point
            return split_unit_word(t.text)[0] if t.qualified else e.name
        if e.is_country:
            country = self.gazetteer.country(e.country_code)
            return country.name if country else e.name
        if e.is_admin:
            return e.name
        text = split_unit_word(t.text)[0]
        return text.title() if text.isupper() and len(text) > 3 else text

    @staticmethod
    def _offset(e: Entry, rel: Relation, t: Toponym, tops: list[Toponym]) -> Offset | None:
        if rel.distance_km is not None and rel.bearing_deg is not None:
            lat, lon = offset_point(e.latitude, e.longitude, rel.distance_km, rel.bearing_deg)
            return Offset(
                distance_km=round(rel.distance_km, 2),
                bearing_deg=rel.bearing_deg,
                latitude=lat,
                longitude=lon,
            )
        if rel.relation != "between":
            return None
        other = next(
            (o for o in tops if o.start > t.end and o.start - t.end < 12 and o.entry is not None), None
        )
        o = other.entry if other is not None else None
        if o is None:
            return None
        km = haversine_km(e.latitude, e.longitude, o.latitude, o.longitude)
        if km > 50:
            rel.where_prec = 5
        bearing = _bearing(e.latitude, e.longitude, o.latitude, o.longitude)
        lat, lon = offset_point(e.latitude, e.longitude, km / 2, bearing)
        return Offset(
            distance_km=round(km / 2, 2), bearing_deg=round(bearing, 1), latitude=lat, longitude=lon
        )


# Between an unlisted name and the town it lies in: "X in Y", "the X area of Y", "X, Y".
INSIDE = re.compile(
    r"\s*(?:,|\s(?:area|neighbou?rhood|district|quarter|suburb|sector|estate|market|camp))?\s*"
    r"(?:,|\bin|\bof)\s+(?:the\s+)?(?:(?:city|town|capital)\s+(?:of\s+)?)?|\s*,\s*",
    re.I,
)
UNIT_NEXT = re.compile(
    r"\s+(?:sub-?county|sub-?division|district|county|province|department|region|division|constituency"
    r"|ward)\b",
    re.I,
)
UNIT_AFTER = re.compile(r"\s+(province|county|district|region|department|governorate|prefecture)\b", re.I)
# "outside the embassy", "around the park": just by a building or site, coded as the place itself.
AT_BUILDING = re.compile(r"\b(?:outside|around)\s+(?:of\s+)?(?:the\s+)?$", re.I)
# Between an unlisted village and the town it is coded to: "Soom, near Matiakoali".
NEAR_BETWEEN = re.compile(r"\s*,?\s+(?:near|close\s+to|not\s+far\s+from|outside(?:\s+of)?)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?", re.I)
PART_OF = re.compile(r"\s+(?:area|neighbou?rhood|quarter|suburb|estate|district)\s+(?:of|in)\b", re.I)
CODED_ELSEWHERE = re.compile(r"\s*\((?:the\s+)?(?:location\s+)?(?:coordinates|coded)\b", re.I)
_CODED_AS = re.compile(r"(?:coded (?:as|to|at)|coordinates (?:for|of)|location of)\s+(?:the\s+)?$", re.I)
_GEOPRECISION = re.compile(r"^[^()]{0,40}?(?:geo-?precision|GP)\s*(\d)", re.I)


def explicit_coding(left: str, right: str) -> Relation | None:
    """ACLED-style notes say where the coder put the event: "(coded as Titao at geoprecision 2)"."""
    if not _CODED_AS.search(left[-40:]):
        return None
    m = _GEOPRECISION.search(right)
    precision = int(m.group(1)) if m and m.group(1) in "123" else 2
    return Relation("coded as", precision, {1: 1, 2: 2, 3: 4}[precision])


def is_dateline(text: str, start: int, end: int) -> bool:
    """ "BEIRUT: ...", "NAIROBI (Reuters) -": an upper-case name opening a line, then a colon or dash."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or not text[start:end].isupper():
        return False
    after = text[end : end + 30].lstrip(" ,")
    return after[:1] in (":", "(", "-", "—", "–") or after[:2] == "--"


def _bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360) % 360
