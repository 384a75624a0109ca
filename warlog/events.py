"""Events of one article: clusters of frames typed by ACLED's rules, placed, dated, their actors named,
their claims attributed and their fatalities derived; the higher type absorbs the lower."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from spacy.tokens import Doc

from .actors import _generic, police_unit
from .event_actors import _acled_actors
from .event_cues import _target_place, read_cues
from .event_places import _actors_country, locate_event
from .fatalities import derive_fatalities
from .focus import NO_FOCUS, Focus
from .frames import Cluster, build_frames, cluster_frames
from .nlp import doc_text
from .records import Article, Claim, Event, Location, Span
from .role_actors import _pick_actors, event_scope
from .sources import attribute, source_for
from .triggers import DISORDER, STATE, TYPE_RANK, Frame, classify, interaction

# ----------------------------------------------------------------------------- event records


def build_events(doc: Doc, article: Article, geocoder, focus: Focus = NO_FOCUS) -> list[Event]:
    """Coded events of one parsed article; ``focus`` is the collection's country focus (context)."""
    frames = build_frames(doc, article)
    attributions = attribute(doc)
    events = []
    for cluster in cluster_frames(frames, doc_text(doc)):
        ev = _event(doc, article, cluster, attributions, geocoder, focus)
        if ev is not None:
            events.append(ev)
    return _write_notes(_absorb(events), article)


def _absorb(events: list[Event]) -> list[Event]:
    """Reported events sharing date and place: the higher type absorbs the lower (ACLED)."""
    out: list[Event] = []
    for ev in events:
        twin = next(
            (
                o
                for o in out
                if o.status == ev.status == "reported"
                and o.event_date == ev.event_date
                and _same_place(o, ev)
            ),
            None,
        )
        if twin is None:
            out.append(ev)
            continue
        if TYPE_RANK.get(ev.event_type or "", 0) > TYPE_RANK.get(twin.event_type or "", 0):
            for k in (
                "event_type",
                "sub_event_type",
                "disorder_type",
                "actor1",
                "actor2",
                "inter1",
                "inter2",
                "interaction",
                "civilian_targeting",
            ):
                setattr(twin, k, getattr(ev, k))
        twin.claims.extend(ev.claims)
        twin.spans.extend(ev.spans)
        derive_fatalities(twin)
    return out


def _same_place(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None:
        return True
    return la.geonameid == lb.geonameid or la.name == lb.name


def _event(
    doc: Doc, article: Article, cluster: Cluster, attributions, geocoder, focus: Focus
) -> Event | None:
    """The coded event of one cluster, or None when its cues make no event."""
    text = doc_text(doc)
    picked = _pick_actors(cluster, text)
    frame = read_cues(cluster, text, picked[0], picked[1])
    typed = classify(frame)
    if typed is None:
        return None
    location, iso3 = locate_event(doc, cluster, geocoder, focus)
    actors = _actors(doc, cluster, typed, picked, frame, (location, iso3), geocoder, focus)
    ev = _record(article, cluster, typed, actors, location, text)
    _set_date(ev, cluster, article, text)
    _countries_at_date(ev)
    _code_disorder(ev)
    ev.claims = _claims(doc, article, cluster, attributions)
    derive_fatalities(ev)
    ev.id = _event_id(article, ev, cluster)
    return ev


def _actors(doc: Doc, cluster: Cluster, typed, picked, frame: Frame, place, geocoder, focus: Focus):
    """ACLED's actor1, actor2 and associates of a typed event (``picked``: the agent, target and their
    associates; ``place``: its location and country); with no target, an attacked post's force."""
    text = doc_text(doc)
    (etype, sub), (agent, target, assoc1, assoc2), (location, iso3) = typed, picked, place
    police = next(
        (r.mention for f in cluster.frames for r in f.roles if r.mention.category == "police"), None
    )
    actor1, actor2, assoc_1, assoc_2 = _acled_actors(
        etype,
        sub,
        agent,
        target,
        assoc1,
        assoc2,
        _actors_country(iso3, text, focus, doc, geocoder, location),
        text,
        frame.victims_civilian,
        police,
        event_scope(text, cluster),
    )
    target_cat = frame.target_cat
    post = (
        target_cat
        if target is not None or target_cat in STATE
        else _target_place(text, cluster, ("attack", "clash"))
    )
    if actor2 is None and target is None and post in ("police", "military") and etype != "Protests":
        # "attacked a police post", "ambushed an army patrol": the post's force is the other side
        actor2 = _generic(
            "Police Forces of {country}" + police_unit(event_scope(text, cluster))
            if post == "police"
            else "Military Forces of {country}",
            1,
            iso3,
        )
        if actor1 is None:  # "the police station was attacked and burned": by someone unnamed
            actor1 = _generic("Unidentified Armed Group ({country})", 3, iso3)
    return actor1, actor2, assoc_1, assoc_2


def _record(article: Article, cluster: Cluster, typed, actors, location: Location | None, text: str) -> Event:
    """The event record of a typed cluster, before its date, claims and fatalities."""
    (etype, sub), (actor1, actor2, assoc_1, assoc_2) = typed, actors
    return Event(
        id="",
        status=cluster.frames[0].status,
        event_type=etype,
        sub_event_type=sub,
        disorder_type=DISORDER[etype],
        actor1=actor1,
        actor2=actor2,
        assoc_actor_1=assoc_1,
        assoc_actor_2=assoc_2,
        inter1=actor1.inter if actor1 else None,
        inter2=actor2.inter if actor2 else None,
        location=location,
        article_ids=[article.id],
        spans=[Span.of(text, t.start, t.end) for f in cluster.frames for t in f.triggers],
    )


def _code_disorder(ev: Event) -> None:
    """ACLED's interaction code, and the disorder type and civilian targeting that its sub-event types
    and the target's kind set."""
    ev.interaction = interaction(ev.inter1, ev.inter2)
    if ev.sub_event_type == "Excessive force against protesters":
        ev.disorder_type = "Political violence; Demonstrations"
    elif ev.sub_event_type == "Mob violence" or ev.event_type in ("Violence against civilians",):
        ev.disorder_type = "Political violence"
    if (
        ev.actor2 is not None
        and ev.actor2.inter == 7
        and ev.event_type in ("Violence against civilians", "Explosions/Remote violence", "Riots")
    ):
        ev.civilian_targeting = "Civilian targeting"


def _write_notes(events: list[Event], article: Article) -> list[Event]:
    from .notes import write_notes

    for ev in events:
        ev.notes = write_notes(ev, article)
    return events


# South Sudan became independent on 9 July 2011: before it, its communities and forces were Sudan's.
_SOUTH_SUDAN_FROM = "2011-07-09"


def _countries_at_date(ev: Event) -> None:
    """Actors named after a country that did not exist yet on the event's date take the one that did
    ("Toposa Ethnic Militia (Sudan)" in 2009)."""
    if not ev.event_date or ev.event_date >= _SOUTH_SUDAN_FROM:
        return
    for a in (ev.actor1, ev.actor2, *ev.assoc_actor_1, *ev.assoc_actor_2):
        if a is not None and "South Sudan" in a.name:
            a.name = a.name.replace("South Sudan", "Sudan")
            if a.country == "SSD":
                a.country = "SDN"


def _set_date(ev: Event, cluster: Cluster, article: Article, text: str) -> None:
    d = cluster.date
    if ev.status == "background":
        return
    if (
        d is not None
        and d.day is not None
        and article.published
        and ev.status == "reported"
        and d.day > article.published + timedelta(days=1)
    ):
        d = None  # a reported event cannot lie after its report
    if d is not None:
        ev.event_date, ev.time_precision, ev.date_prec = d.day.isoformat(), d.time_precision, d.date_prec
        ev.date_spans = [Span.of(text, d.start, d.end)]
    elif article.published is not None:
        # No date in the text: the report's date, as ACLED codes it (precision 1, no date_spans).
        ev.event_date, ev.time_precision, ev.date_prec = article.published.isoformat(), 1, 1


def _event_id(article: Article, ev: Event, cluster: Cluster) -> str:
    key = f"{article.id}:{cluster.frames[0].sent_i}:{ev.event_type}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _claims(doc: Doc, article: Article, cluster: Cluster, attributions) -> list[Claim]:
    out = []
    for f in cluster.frames:
        for c in f.claims:
            if c.extras.get("grievance"):
                continue  # the death protested happened in another event
            # the claim's own sentence: a frame may carry claims of the sentences after it
            src = source_for(c.start, attributions.get(c.sentence, []))
            out.append(
                Claim(
                    source=src[0] if src else None,
                    kind=c.kind,
                    victims=c.victims,
                    low=c.low,
                    high=c.high,
                    quantifier=c.quantifier,
                    acled_value=c.acled_value,
                    text=doc_text(doc)[c.start : c.end],
                    spans=[Span.of(doc_text(doc), c.start, c.end)],
                    source_spans=[Span.of(doc_text(doc), src[1], src[2])] if src else [],
                    article_id=article.id,
                )
            )
    return out
