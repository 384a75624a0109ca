"""Claim records and their figures: ``ClaimMention`` (what a casualty claim says, where), and a
casualty pattern's match read into one: its figure (low, high, quantifier and ACLED's coded value
for "several" or "dozens"), its kind (killed, injured, abducted, ...), its victims, and the numbers
that are no count (a year, a date, an age, "two hours later")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .casualty_patterns import _HEAD, _SINGLE, KIND_WORDS, UNITS, VAGUE

if not Doc.has_extension("claim_mentions"):
    Doc.set_extension("claim_mentions", default=None)


@dataclass
class ClaimMention:
    start: int
    end: int
    kind: str
    low: int | None
    high: int | None
    quantifier: str | None
    acled_value: int | None
    victims: str | None
    victims_start: int | None = None
    sentence: int = 0
    extras: dict = field(default_factory=dict)


def parse_number(word: str) -> int | None:
    w = re.sub(r"\s+", " ", word.lower().strip().strip("[]"))
    if w in ("the", "him", "her"):
        return 1
    if re.fullmatch(r"[\d,]+", w):
        return int(w.replace(",", ""))
    if w in UNITS:
        return UNITS[w]
    parts = re.split(r"[-\s]", w)
    if len(parts) == 2 and parts[0] in UNITS and parts[1] in UNITS:
        return UNITS[parts[0]] + UNITS[parts[1]]
    return None


def _figure(m: re.Match) -> tuple[int | None, int | None, str | None, int | None] | None:
    """(low, high, quantifier, acled_value) of a NUMBER match."""
    q = re.sub(r"\s+", " ", (m.group("q") or "").strip().lower()).replace("at the least", "at least") or None
    if m.group("vague"):
        key = re.sub(r"\s+of$", "", m.group("vague").lower())
        key = re.sub(r"\s+", " ", key)
        low, high, coded = VAGUE[key]
        return low, high, key, coded
    lo = m.group("lo") or m.group("lo2")
    if lo:
        low, high = parse_number(lo), parse_number(m.group("hi") or m.group("hi2"))
        if low is None or high is None or high < low:
            return None
        return low, high, q, low
    n = parse_number(m.group("n") or m.group("one") or "")
    if n is None:
        return None
    open_ended = q in ("at least", "more than", "over", "upwards of", "as many as") and q not in ("up to",)
    high = None if open_ended else n
    if q in ("up to", "as many as", "fewer than", "less than"):
        return (0 if q != "as many as" else n), n, q, n
    return n, high, q, n


def _kind_of(m: re.Match) -> str:
    for k in KIND_WORDS:
        if m.groupdict().get(f"k_{k}"):
            return k
    for g, k in (("verb_k", "killed"), ("verb_i", "injured"), ("verb_a", "abducted"), ("verb_r", "arrested")):
        if m.groupdict().get(g):
            if g == "verb_k" and (m.group("dead") or "").lower() in ("injured", "wounded"):
                return "injured"  # "left two people wounded"
            return k
    return "killed"


_MONTH_BEFORE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$", re.I
)


def _is_year(m: re.Match) -> bool:
    """A bare 19xx/20xx after a month name or before a comma is a year, not a count."""
    n = m.group("n") or ""
    if not re.fullmatch(r"(?:19|20)\d\d", n):
        return False
    rest, before = m.string[m.end("n") :], m.string[max(0, m.start("n") - 16) : m.start("n")]
    return rest.startswith(",") or bool(_MONTH_BEFORE.search(before))


def _in_numeric_date(m: re.Match) -> bool:
    """ "on 21/12 are killed": the 12 is a month, not a count."""
    n = m.group("n") or ""
    if not n[:1].isdigit():
        return False
    i, j = m.start("n"), m.end("n")
    return (
        m.string[i - 1 : i] in ("/", ".")
        and m.string[i - 2 : i - 1].isdigit()
        or bool(re.match(r"[/.]\d", m.string[j : j + 2]))
    )


def _from_match(m: re.Match, base: int, sent_i: int, kind: str | None = None) -> ClaimMention | None:
    fig = _figure(m)
    if fig is None:
        return None
    low, high, q, coded = fig
    if _is_year(m) or _in_numeric_date(m):
        return None
    if m.group("n") and _AGE_AFTER.match(m.string, m.end("n")):
        return None  # "his 12 year old sister": an age, not a count
    groups = m.groupdict()
    fig_end = max((m.end(g) for g in ("n", "vague", "hi", "hi2") if groups.get(g)), default=None)
    if fig_end is not None and _TIME_AFTER.match(m.string, fig_end):
        return None  # "several days later the suspect died"  # "On 18 August 2020, militants killed ...": the year is no figure
    if re.match(r"(?i)le(?:ft|aving)\b", m.group(0)) and not m.group("dead"):
        return None  # "left two hours later": "left" counts casualties only with "dead"/"wounded"
    if m.group("one") and not m.groupdict().get("victims"):
        return None  # "a killed" makes no sense: "a"/"one" needs its noun
    if (m.group("one") or "").lower() == "the" and re.search(
        r"(?:s|people|men|women|children)$", m.group("victims") or "", re.I
    ):
        return None  # "the villagers": a count we do not know
    victims = m.groupdict().get("victims")
    vstart = m.start("victims") + base if victims else None
    if victims and re.match(r"(?i)of\s", victims):
        victims = victims[3:]
    extra = _coordinated(victims)
    if extra and low is not None:
        low, coded = low + extra, (coded or 0) + extra
        high = None if high is None else high + extra
    return ClaimMention(
        m.start() + base,
        m.end() + base,
        kind or _kind_of(m),
        low,
        high,
        q,
        coded,
        victims.strip() if victims else None,
        vstart,
        sent_i,
    )


_COORD_RE = re.compile(
    rf"\band\s+(?:(?P<poss>his|her|their|the)\s+(?:(?P<pn>{_SINGLE})\s+)?|(?P<n>{_SINGLE}|an?)\s+)(?:[\w'-]+\s+){{0,3}}?"
    rf"(?P<head>{_HEAD})\b",
    re.I,
)


_PLURAL = re.compile(r"(?:s|ren|men|people)$", re.I)


_TIME_AFTER = re.compile(
    r"\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b", re.I
)


_AGE_AFTER = re.compile(r"[\s-]*(?:years?|yrs?|months?)[\s-]*old\b", re.I)


def _coordinated(victims: str | None) -> int:
    """The second figure of "two soldiers and a civilian" (the first is the match's own)."""
    if not victims:
        return 0
    m = _COORD_RE.search(victims)
    if not m:
        return 0
    if _AGE_AFTER.match(victims, m.end("n") if m.group("n") else m.end("pn") if m.group("pn") else m.end()):
        return 1  # "and 70 year old grandmother": one person of that age
    if m.group("poss") and not m.group("pn"):
        return 0 if _PLURAL.search(m.group("head")) else 1  # "and her son"; "and their children": unknown
    return parse_number(m.group("n") or m.group("pn")) or 0
