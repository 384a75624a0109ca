"""Date mentions resolved against the publication date, with ACLED time_precision and UCDP date_prec.

Weekdays are resolved here, not by dateparser: "late on Wednesday" in a Thursday story is the
Wednesday before, and "Thursday" in a Thursday story is that day (dateparser's PREFER_DATES_FROM
past would move it a week back). Mentions of earlier years ("last year", "in 2017") are flagged as
background so that recalled events do not become new ones.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("week", re.compile(rf"\b(?:the\s+)?week\s+of\s+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}|(?P<mon2>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?P<d2>\d{{1,2}}))(?:,?\s+(?P<y>(?:19|20)\d\d))?", re.I)),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|/|or|and|to)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?{_MON}(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I)),
    ("dm_num", re.compile(r"\b(?:on|since|from)\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>(?:19|20)?\d\d))?\b", re.I)),
    ("mdy", re.compile(rf"\b{_MON}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|or|and|to)\s*\d{{1,2}})?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I)),
    ("month", re.compile(rf"\b(?:(?:in|during|throughout|since|early|mid|late|end\s+of)[\s-]+)?{_MON}\s+(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("weekday", re.compile(rf"\b(?:(?P<mod>late|early)\s+)?(?:on\s+)?(?P<last>last\s+)?{_WD}(?:\s+(?P<part>night|morning|evening|afternoon))?\b", re.I)),
    ("rel", re.compile(r"\b(?P<rel>yesterday|today|tonight|last\s+night|this\s+morning|earlier\s+today|overnight|this\s+week|last\s+week|past\s+week|this\s+month|last\s+month|earlier\s+this\s+month|past\s+few\s+days|recent\s+days|last\s+weekend|this\s+weekend|(?:over|at|during)\s+the\s+weekend|the\s+day\s+before)\b", re.I)),
    ("year", re.compile(r"\b(?P<rel>(?:late\s+|early\s+|earlier\s+|since\s+)?last\s+year|(?:in|since|during|of|from)\s+(?P<y>(?:19|20)\d\d)|earlier\s+this\s+year|in\s+recent\s+(?:years|months)|over\s+the\s+past\s+(?:few\s+)?(?:years|months|decade)|in\s+the\s+past|previously|a\s+year\s+ago|years?\s+ago|months\s+ago)\b", re.I)),
]
RELATIVE_DAYS = {"yesterday": (-1, 1), "today": (0, 1), "tonight": (0, 1), "last night": (-1, 1),
                 "this morning": (0, 1), "earlier today": (0, 1), "overnight": (-1, 1), "the day before": (-1, 1),
                 "this week": (-2, 2), "last week": (-7, 2), "past week": (-4, 2), "past few days": (-2, 2),
                 "recent days": (-3, 2), "last weekend": (-5, 2), "this weekend": (-1, 2),
                 "this month": (-10, 3), "last month": (-30, 3), "earlier this month": (-10, 3)}
UCDP_DATE_PREC = {1: 1, 2: 3, 3: 4}


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    day: date | None  # None: needs a publication date that is missing, or background-only
    time_precision: int | None  # ACLED 1 day, 2 week, 3 month
    background: bool = False  # an earlier year / period recalled
    relative: bool = False  # resolved against the publication date

    @property
    def date_prec(self) -> int | None:
        return UCDP_DATE_PREC.get(self.time_precision) if self.time_precision else None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: date | None) -> int | None:
    """The year that puts day/month on or before publication (news reports the past)."""
    if published is None:
        return None
    cand = _safe(published.year, month, day)
    if cand and cand <= published + timedelta(days=1):
        return published.year
    return published.year - 1


def _weekday(m: re.Match, published: date | None) -> DateMention | None:
    if published is None:
        return DateMention(m.start(), m.end(), m.group(0), None, 1, relative=True)
    target = WEEKDAYS[m.group("wd").lower()]
    back = (published.weekday() - target) % 7
    if m.group("last") and back == 0:
        back = 7
    return DateMention(m.start(), m.end(), m.group(0), published - timedelta(days=back), 1, relative=True)


def _week(m: re.Match, published: date | None) -> DateMention | None:
    mon = MONTHS[(m.group("mon") or m.group("mon2")).lower().rstrip(".")]
    d = int(m.group("d") or m.group("d2"))
    y = int(m.group("y")) if m.group("y") else _year_for(mon, d, published)
    start = _safe(y, mon, d) if y else None
    mid = start + timedelta(days=3) if start else None
    return DateMention(m.start(), m.end(), m.group(0), mid, 2, relative=m.group("y") is None)


def _numeric(m: re.Match, published: date | None) -> DateMention | None:
    d, mon = int(m.group("d")), int(m.group("m"))
    if not 1 <= mon <= 12:
        return None
    y = m.group("y")
    year = (int(y) + (2000 if len(y) == 2 else 0)) if y else _year_for(mon, d, published)
    day = _safe(year, mon, d) if year else None
    return DateMention(m.start("d"), m.end(), m.group(0), day, 1, relative=y is None) if day else None


def _absolute(kind: str, m: re.Match, published: date | None) -> DateMention | None:
    if kind == "week":
        return _week(m, published)
    if kind == "dm_num":
        return _numeric(m, published)
    if kind == "iso":
        day = _safe(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return DateMention(m.start(), m.end(), m.group(0), day, 1) if day else None
    mon = MONTHS[m.group("mon").lower().rstrip(".")]
    if kind == "month":
        y = int(m.group("y"))
        mid = _safe(y, mon, 15)
        return DateMention(m.start(), m.end(), m.group(0), mid, 3)
    d = int(m.group("d"))
    y = int(m.group("y")) if m.group("y") else _year_for(mon, d, published)
    day = _safe(y, mon, d) if y else None
    if day is None and y is not None:
        return None
    return DateMention(m.start(), m.end(), m.group(0), day, 1, relative=m.group("y") is None)


def _relative(m: re.Match, published: date | None) -> DateMention:
    key = re.sub(r"\s+", " ", m.group("rel").lower())
    if key.endswith("the weekend") or key == "last weekend":
        # the Saturday of the latest weekend that began by the publication day (a week's precision)
        day = published - timedelta(days=(published.weekday() - 5) % 7) if published else None
        if day is not None and key == "last weekend" and published.weekday() >= 5:
            day -= timedelta(days=7)  # said on a Saturday or Sunday: the weekend before
        return DateMention(m.start(), m.end(), m.group(0), day, 2, relative=True)
    offset, prec = RELATIVE_DAYS[key]
    day = published + timedelta(days=offset) if published else None
    return DateMention(m.start(), m.end(), m.group(0), day, prec, relative=True)


def _year(m: re.Match, published: date | None) -> DateMention | None:
    y = m.group("y")
    if y and published and int(y) >= published.year:
        return None  # "in 2018" in a 2018 story is not a recalled year
    return DateMention(m.start(), m.end(), m.group(0), None, None, background=True)


_HEDGE_BEFORE = re.compile(r"\b(?:around|about|circa|or\s+around|or\s+about|or\s+before|on\s+or)\s+(?:the\s+)?$", re.I)
_WEEK_AFTER = re.compile(r"^[^.;]{0,12}?\((?:week\s+of|as\s+reported|between\b)", re.I)
_MONTH_AFTER = re.compile(r"^[^.;]{0,12}?\(month\s+of\)", re.I)
_RANGE = re.compile(r"\d\s*(?:-|–|to)\s*\d")


def _hedged_precision(text: str, m: re.Match) -> int:
    """ACLED's precision of a written day: \"Around 3 May (as reported)\", \"3-5 May\" are within a week;
    \"(month of)\" is the month."""
    after = text[m.end() : m.end() + 40]
    if _MONTH_AFTER.match(after):
        return 3
    if _WEEK_AFTER.match(after) or _HEDGE_BEFORE.search(text[max(0, m.start() - 16) : m.start()]) \
            or _RANGE.search(m.group(0)):
        return 2
    return 1


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """All date mentions, non-overlapping, earliest first (the first pattern wins on overlap)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in PATTERNS:
        for m in pat.finditer(text):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            if kind == "weekday":
                dm = _weekday(m, published)
            elif kind == "rel":
                dm = _relative(m, published)
            elif kind == "year":
                dm = _year(m, published)
            else:
                dm = _absolute(kind, m, published)
                if dm is not None and dm.time_precision == 1:
                    dm.time_precision = _hedged_precision(text, m)
            if dm is not None:
                found.append(dm)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)
