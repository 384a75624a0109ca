"""ACLED-style generated notes: one or two plain sentences saying who did what, where, when, and who
claimed how many casualties.

    On 7 February 2018, pro-government forces clashed with SDF (supported by US-led coalition) near
    Khasham (Deir ez-Zor, Syria). The coalition reported more than 100 killed; the Syrian Observatory
    confirmed 45; state media reported dozens killed.

``write_notes(event, article=None)`` reads only the event's own fields (and the article's
publication date when the event has none), so the pipeline and the store call the same function.
"""

from __future__ import annotations

from datetime import date

from .records import Actor, Article, Claim, Event

# Verb phrases by ACLED sub-event type: {a1} acts on {a2}; "{a2_opt}" drops out without actor2.
PHRASES = {
    "Armed clash": "{a1} clashed with {a2}",
    "Government regains territory": "{a1} regained territory from {a2}",
    "Non-state actor overtakes territory": "{a1} took over territory from {a2}",
    "Air/drone strike": "{a1} carried out air/drone strikes{on_a2}",
    "Shelling/artillery/missile attack": "{a1} shelled{on_a2_bare}",
    "Suicide bomb": "a suicide bomber{of_a1} blew himself up{targeting_a2}",
    "Remote explosive/landmine/IED": "an explosive device{of_a1} detonated{targeting_a2}",
    "Grenade": "{a1} threw a grenade{at_a2}",
    "Chemical weapon": "{a1} used chemical weapons{on_a2}",
    "Attack": "{a1} attacked {a2}",
    "Abduction/forced disappearance": "{a1} abducted {a2}",
    "Sexual violence": "{a1} committed sexual violence against {a2}",
    "Peaceful protest": "{a1} demonstrated",
    "Protest with intervention": "{a1} demonstrated and {a2} intervened",
    "Excessive force against protesters": "{a2} used excessive force against {a1}",
    "Violent demonstration": "{a1} rioted",
    "Mob violence": "a mob of {a1} attacked {a2}",
    "Agreement": "{a1} reached an agreement with {a2}",
    "Arrests": "{a1} arrested {a2}",
    "Change to group/activity": "{a1} changed its activity",
    "Disrupted weapons use": "{a1} defused or seized weapons",
    "Headquarters or base established": "{a1} established a base",
    "Looting/property destruction": "{a1} looted or destroyed property{of_a2}",
    "Non-violent transfer of territory": "{a1} took over territory without fighting",
    "Other": "{a1} was involved in an incident{with_a2}",
}
MONTHS = "January February March April May June July August September October November December".split()
KIND_WORDS = {
    "killed": "killed",
    "injured": "injured",
    "abducted": "abducted",
    "arrested": "arrested",
    "displaced": "displaced",
    "missing": "missing",
}
MAX_SOURCES = 4
RELATIONS = {"outskirts": "on the outskirts of", "near": "near", "in": "in", "around": "around", "at": "at"}
# Quantifiers that stand for a number themselves ("dozens were killed"): printed without it.
VAGUE_QUANTITIES = {
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "tens",
    "several",
    "many",
    "few",
    "a few",
    "a dozen",
    "dozen",
    "some",
    "numerous",
    "a number of",
}


def _day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def when(event: Event, article: Article | None = None) -> str:
    """'On 7 February 2018', 'Around 7 February 2018' (week), 'In February 2018' (month)."""
    raw = event.event_date or (article.published.isoformat() if article and article.published else None)
    if not raw:
        return "On an unknown date"
    try:
        d = date.fromisoformat(raw[:10])
    except ValueError:
        return "On an unknown date"
    precision = event.time_precision or 1
    if precision == 1:
        return f"On {_day(d)}"
    if precision == 2:
        return f"Around {_day(d)}"
    return f"In {MONTHS[d.month - 1]} {d.year}"


def _names(actors: list[Actor]) -> str:
    names = [a.name for a in actors]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _with_assoc(actor: Actor | None, assoc: list[Actor]) -> str | None:
    if actor is None:
        return None
    return f"{actor.name} (supported by {_names(assoc)})" if assoc else actor.name


def what(event: Event) -> str:
    a1 = _with_assoc(event.actor1, event.assoc_actor_1) or "unidentified actors"
    a2 = _with_assoc(event.actor2, event.assoc_actor_2)
    phrase = PHRASES.get(event.sub_event_type or "")
    if phrase is None:
        kind = (event.sub_event_type or event.event_type or "event").lower()
        return f"{a1} {'and ' + a2 + ' ' if a2 else ''}were involved in an event ({kind})"
    opt = {
        "on_a2": f" on {a2}" if a2 else "",
        "on_a2_bare": f" {a2}" if a2 else "",
        "of_a1": f" ({a1})" if event.actor1 else "",
        "targeting_a2": f", targeting {a2}" if a2 else "",
        "at_a2": f" at {a2}" if a2 else "",
        "of_a2": f" of {a2}" if a2 else "",
        "with_a2": f" with {a2}" if a2 else "",
    }
    return phrase.format(a1=a1, a2=a2 or "unidentified actors", **opt)


def where(event: Event) -> str | None:
    loc = event.location
    if loc is None:
        return None
    relation = RELATIONS.get(loc.relation or "in", loc.relation or "in")
    context = ", ".join(x for x in (loc.admin1, loc.country) if x and x != loc.name)
    return f"{relation} {loc.name}" + (f" ({context})" if context else "")


def figure(claim: Claim) -> str | None:
    """'more than 100', 'dozens', '20 to 30', '45'."""
    quant = (claim.quantifier or "").strip() or None
    if quant and quant.lower() in VAGUE_QUANTITIES:
        return quant
    if claim.low is None:
        return quant
    if claim.high is not None and claim.high != claim.low:
        return f"{claim.low} to {claim.high}"
    return f"{quant} {claim.low}" if quant else str(claim.low)


def _verb(claims: list[Claim]) -> str:
    return "confirmed" if any("confirm" in c.text.lower() for c in claims) else "reported"


def _source_name(source: str | None, first: bool) -> str:
    if source is None:
        return "Reports" if first else "reports"
    if first:
        return source[0].upper() + source[1:]
    return "the" + source[3:] if source.startswith("The ") else source


def _main_figures(group: list[Claim]) -> list[str]:
    """A source's most repeated figure per kind ("more than 100 killed"), killed first."""
    counts: dict[tuple[str, str], int] = {}
    for c in group:
        f = figure(c)
        if f:
            key = (c.kind, f"{f} {KIND_WORDS.get(c.kind, c.kind)}")
            counts[key] = counts.get(key, 0) + 1
    best: dict[str, tuple[int, str]] = {}
    for (kind, text), n in counts.items():
        if kind not in best or n > best[kind][0]:
            best[kind] = (n, text)
    order = sorted(best, key=lambda k: (k != "killed", k))
    return [best[k][1] for k in order]


def claims_sentence(claims: list[Claim]) -> str | None:
    """'The coalition reported more than 100 killed; the Syrian Observatory confirmed 45 killed.'

    One figure per source (its most repeated), the most cited sources first, unattributed last.
    """
    by_source: dict[str | None, list[Claim]] = {}
    for c in claims:
        by_source.setdefault(c.source, []).append(c)
    ranked = sorted(
        by_source.items(), key=lambda kv: (kv[0] is None, -len(kv[1]))
    )  # stable: first cited first
    parts = []
    for source, group in ranked[:MAX_SOURCES]:
        figures = _main_figures(group)
        if figures and source is None:
            parts.append(f"{' and '.join(figures)} (unattributed)")
        elif figures:
            parts.append(f"{_source_name(source, not parts)} {_verb(group)} {' and '.join(figures)}")
    return "; ".join(parts) + "." if parts else None


def write_notes(event: Event, article: Article | None = None) -> str:
    """The event's ACLED-style note (always a sentence, however little is known)."""
    sentence = f"{when(event, article)}, {what(event)}"
    place = where(event)
    if place:
        sentence += f" {place}"
    sentence += "."
    claims = claims_sentence(event.claims)
    return f"{sentence} {claims}" if claims else sentence
