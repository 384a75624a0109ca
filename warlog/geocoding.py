"""Geocoding: the places an article names, and the one where an event happened.

``Geocoder.toponyms(doc)`` recognises and resolves every toponym of a spaCy Doc (cached on the
Doc). ``Geocoder.locate(doc, anchors)`` picks the event's place among them: places in the
sentences of the event's trigger words first (the main anchor's sentence most), specific places
before the regions and countries that contain them, datelines and parenthetical qualifiers never;
else the article's dominant place. It returns a ``warlog.records.Location``.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from .gazetteer import Entry, Gazetteer
from .geo_relations import Relation, offset_point, relation_after, relation_before, unit_relation
from .geo_resolve import Phrase, Resolver, haversine_km
from .geo_names import split_unit_word
from .records import Location, Offset, Span
from .settings import Settings, default_settings
from .toponyms import Mention, recognise

_CACHE_KEY = "warlog_toponyms"


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


class Geocoder:
    def __init__(self, gazetteer: Gazetteer, settings: Settings | None = None):
        self.gazetteer = gazetteer
        self.settings = settings or default_settings()
        self.resolver = Resolver(gazetteer)

    # --- recognition and resolution ------------------------------------------------------------

    def toponyms(self, doc: Doc, demonyms: bool = False) -> list[Toponym]:
        """Recognised and resolved toponyms of a Doc, in text order (cached on the Doc)."""
        key = (_CACHE_KEY, demonyms)
        if key not in doc.user_data:
            doc.user_data[key] = self._toponyms(doc, demonyms)
        return doc.user_data[key]

    def _toponyms(self, doc: Doc, demonyms: bool) -> list[Toponym]:
        mentions = recognise(doc, self.gazetteer, demonyms=demonyms)
        phrases = [Phrase(m.text, tuple(m.qualifiers), m.demonym) for m in mentions]
        resolutions = self.resolver.resolve(phrases)
        out = [self._toponym(doc, m, r.entry, r.score) for m, r in zip(mentions, resolutions)]
        for t, r in zip(out, resolutions):
            t.via_qualifier = r.via_qualifier
        return out

    @staticmethod
    def _toponym(doc: Doc, m: Mention, entry: Entry | None, score: float) -> Toponym:
        sent = doc[m.start].sent.start_char if doc.has_annotation("SENT_START") or doc.is_parsed else 0
        return Toponym(m.start_char, m.end_char, m.text, entry, score, m.source, sent, m.demonym,
                       m.qualifier_of, is_dateline(doc.text, m.start_char, m.end_char), m.locative)

    def resolve_phrases(self, phrases: list[Phrase]) -> list[Entry | None]:
        """Resolve given phrases together, each with the others as context (evaluation on gold spans)."""
        return [r.entry for r in self.resolver.resolve(phrases)]

    # --- the event's place -----------------------------------------------------------------------

    def locate(self, doc: Doc, anchors: list[tuple[int, int]]) -> Location | None:
        """The event's place: linked to the anchors (trigger-word spans, first = main mention)."""
        tops = [t for t in self.toponyms(doc) if t.entry is not None and not t.demonym]
        pool = [t for t in tops if not t.dateline and t.qualifier_of is None] or tops
        if not pool:
            return None
        sents = _anchor_sentences(doc, anchors)
        counts = Counter(t.entry.geonameid for t in pool)
        ranked = sorted(pool, key=lambda t: -self._event_score(t, sents, anchors, counts))
        best = refine(ranked[0], ranked, sents)
        return self.location(doc, best, tops)

    @staticmethod
    def _event_score(t: Toponym, sents: list[int], anchors, counts: Counter) -> float:
        s = 0.0
        if sents and t.sent_start == sents[0]:
            s += 6.0 - min(_char_gap(t, anchors[0]), 600) / 300.0
        elif t.sent_start in sents:
            s += 3.0 - 0.1 * sents.index(t.sent_start)
        s = s if t.locative else s / 2  # "forces backing Damascus": a government, not a place
        s += 2.0 if t.locative else 0.0
        level = t.entry.admin_level
        s += {None: 2.0, 2: 1.0, 1: 0.5, 0: 0.0}[level]
        s += 0.4 * min(counts[t.entry.geonameid] - 1, 3)
        return s - 0.001 * t.start / 100.0

    def location(self, doc: Doc, t: Toponym, tops: list[Toponym]) -> Location:
        """A ``Location`` record for one resolved toponym, with its relation and precision."""
        e = t.entry
        left, right = doc.text[max(0, t.start - 80):t.start], doc.text[t.end:t.end + 40]
        rel = (unit_relation(e.admin_level, left) if e.admin_level is not None
               else relation_before(left) or relation_after(right) or Relation("in", 1, 1))
        if t.via_qualifier and e.admin_level is None:
            rel = Relation("near", 2, 2)  # coded to the commune's town, as ACLED codes an unlisted village
        offset = self._offset(e, rel, t, tops)
        country = self.gazetteer.country(e.country_code)
        return Location(
            name=self._display_name(t), geonameid=e.geonameid, latitude=e.latitude, longitude=e.longitude,
            country=country.name if country else None, iso3=country.iso3 if country else None,
            admin1=self.gazetteer.admin1_name(e.country_code, e.admin1_code) if e.admin_level != 0 else None,
            admin2=self.gazetteer.admin2_name(e.country_code, e.admin1_code, e.admin2_code),
            feature_code=e.feature_code, geo_precision=rel.geo_precision, where_prec=rel.where_prec,
            relation=rel.relation, offset=offset, spans=[Span.of(doc.text, t.start, t.end)])

    def _display_name(self, t: Toponym) -> str:
        e = t.entry
        if t.via_qualifier:
            return e.name
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
            return Offset(distance_km=round(rel.distance_km, 2), bearing_deg=rel.bearing_deg, latitude=lat, longitude=lon)
        if rel.relation != "between":
            return None
        other = next((o for o in tops if o.start > t.end and o.start - t.end < 12 and o.entry is not None), None)
        if other is None:
            return None
        o = other.entry
        km = haversine_km(e.latitude, e.longitude, o.latitude, o.longitude)
        if km > 50:
            rel.where_prec = 5
        bearing = _bearing(e.latitude, e.longitude, o.latitude, o.longitude)
        lat, lon = offset_point(e.latitude, e.longitude, km / 2, bearing)
        return Offset(distance_km=round(km / 2, 2), bearing_deg=round(bearing, 1), latitude=lat, longitude=lon)


def refine(best: Toponym, ranked: list[Toponym], sents: list[int]) -> Toponym:
    """A region or country picked while a town inside it is named with the event: take the town."""
    level = best.entry.admin_level
    if level is None:
        return best
    for t in ranked:
        e = t.entry
        inside = e.country_code == best.entry.country_code and (level == 0 or e.admin1_code == best.entry.admin1_code)
        deeper = 99 if e.admin_level is None else e.admin_level
        if inside and deeper > level and t.locative and (t.sent_start in sents or not sents):
            return t
    return best


def is_dateline(text: str, start: int, end: int) -> bool:
    """"BEIRUT: ...", "NAIROBI (Reuters) -": an upper-case name opening a line, then a colon or dash."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or not text[start:end].isupper():
        return False
    after = text[end:end + 30].lstrip(" ,")
    return after[:1] in (":", "(", "-", "—", "–") or after[:2] == "--"


def _anchor_sentences(doc: Doc, anchors: list[tuple[int, int]]) -> list[int]:
    out: list[int] = []
    for start, end in anchors:
        span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
        if span is not None and len(span):
            s = span[0].sent.start_char
            if s not in out:
                out.append(s)
    return out


def _char_gap(t: Toponym, anchor: tuple[int, int]) -> int:
    return max(0, anchor[0] - t.end, t.start - anchor[1])


def _bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360) % 360
