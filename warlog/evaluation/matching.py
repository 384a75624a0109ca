"""How gold and predicted values are compared: names, days named in a text, numbers in a text, distance.

Pure functions on strings and numbers, shared by the scorer and its tests.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date
from functools import lru_cache

# ACLED's period suffix on state actors: "Police Forces of Kenya (2013-)", "(2002-2013)", also mid-name:
# "Police Forces of Burkina Faso (2015-) Gendarmerie".
_YEAR_SUFFIX_RE = re.compile(r"\s*\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
# Generic words that gazetteers add to or drop from first-level division names ("Nairobi Area",
# "Centre Region", "Kisumu County"): the name is what is compared.
_ADMIN_WORDS = frozenset(
    "region province county department departement area state district prefecture".split()
)

MONTHS = tuple(
    "january february march april may june july august september october november december".split()
)
WEEKDAYS = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Full month names and their abbreviations ("Dec.", "Sept"), not any word that starts like one ("market").
_MONTH = r"(?:" + "|".join(MONTHS) + "|" + "|".join(m[:3] for m in MONTHS) + r"|sept)\b\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY_LINK = r"\s*(?:-|–|and|to)\s*"
# "3 December", "3rd of Dec.", "2 and 3 March", "December 3", "Dec 2-3": a day (or a day range) and a month.
_DAY_MONTH_RE = re.compile(
    rf"\b(?P<d1>{_DAY})(?:{_DAY_LINK}(?P<d2>{_DAY}))?\s+(?:of\s+)?(?P<m1>{_MONTH})"
    rf"|\b(?P<m2>{_MONTH})\s+(?P<d3>{_DAY})\b(?:{_DAY_LINK}(?P<d4>{_DAY})\b)?",
    re.I,
)
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")


def strip_year_suffix(name: str) -> str:
    return _YEAR_SUFFIX_RE.sub("", name)


def normalize_space(value: str) -> str:
    return " ".join(value.split()).casefold()


def normalize_actor(name: str | None) -> str | None:
    """ACLED actor name as compared: period suffix dropped, case and whitespace folded; None when empty."""
    if name is None:
        return None
    norm = normalize_space(strip_year_suffix(name))
    return norm or None


def normalize_label(value: str | None) -> str | None:
    """Event types and other coded labels: case and whitespace folded."""
    if value is None:
        return None
    return normalize_space(value) or None


def normalize_admin(name: str | None) -> str | None:
    """Admin1 names as compared: accents, case, hyphens and generic words ("Region", "County") dropped."""
    if name is None:
        return None
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[-'’_.,/]", " ", ascii_name).casefold().split()
    kept = [w for w in words if w not in _ADMIN_WORDS]
    return " ".join(kept or words) or None


def actors_match(gold: tuple[str | None, str | None], pred: tuple[str | None, str | None]) -> bool:
    """Actor1 and actor2 both match, in either order; an empty gold actor2 matches an absent one."""
    g = tuple(normalize_actor(a) for a in gold)
    p = tuple(normalize_actor(a) for a in pred)
    return g == p or g == (p[1], p[0])


def inters_match(gold: tuple[int | None, int | None], pred: tuple[int | None, int | None]) -> bool:
    """Inter codes as an unordered pair; ACLED's 0 (no actor2) equals None."""
    g = tuple(x or None for x in gold)
    p = tuple(x or None for x in pred)
    return g == p or g == (p[1], p[0])


def day_named_in_text(day: date, text: str) -> bool:
    """The text names ``day``: its day of month with its month ("3 December", "Dec. 3rd"), or its weekday."""
    if re.search(rf"\b{WEEKDAYS[day.weekday()]}\b", text, re.I):
        return True
    month = MONTHS[day.month - 1][:3]
    return any((day.day, month) in _day_month_of(m) for m in _DAY_MONTH_RE.finditer(text))


def _day_month_of(m: re.Match) -> set[tuple[int, str]]:
    """(day, month abbreviation) pairs that one day-month match names."""
    month = (m.group("m1") or m.group("m2")).lower()[:3]
    days = (m.group(g) for g in ("d1", "d2", "d3", "d4"))
    return {(int(d.lower().rstrip("stndrh")), month) for d in days if d}


@lru_cache(maxsize=4096)
def number_words(n: int) -> tuple[str, ...]:
    """English spellings of ``n`` (0-999, and round thousands): "twenty-one", "a hundred"; () beyond."""
    if n < 0:
        return ()
    if n < 20:
        return (_ONES[n],)
    if n < 100:
        tens, ones = divmod(n, 10)
        return (_TENS[tens],) if ones == 0 else (f"{_TENS[tens]}-{_ONES[ones]}",)
    if n < 1000:
        return _hundreds(n)
    if n % 1000 == 0 and n < 1_000_000:
        return tuple(f"{w} thousand" for w in number_words(n // 1000))
    return ()


def _hundreds(n: int) -> tuple[str, ...]:
    hundreds, rest = divmod(n, 100)
    heads = [f"{_ONES[hundreds]} hundred"] + (["a hundred"] if hundreds == 1 else [])
    if rest == 0:
        return tuple(heads)
    tails = number_words(rest)
    return tuple(f"{h}{sep}{t}" for h in heads for t in tails for sep in (" and ", " "))


def _date_masked(text: str) -> str:
    """The text with day-month expressions and years blanked: a day of month is not a count."""
    text = _DAY_MONTH_RE.sub(lambda m: " " * len(m.group(0)), text)
    return _YEAR_RE.sub(lambda m: " " * len(m.group(0)), text)


def number_in_text(n: int, text: str) -> bool:
    """``n`` occurs as digits ("12", "1,200") outside dates, or as English words ("twelve", "twenty-one")."""
    masked = _date_masked(text)
    for digits in {str(n), f"{n:,}"}:
        if re.search(rf"(?<![\d.,]){re.escape(digits)}(?![\d]|[.,]\d)", masked):
            return True
    for words in number_words(n):
        pattern = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", words))
        if re.search(rf"\b{pattern}\b", text, re.I):
            return True
    return False


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371.0 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))
