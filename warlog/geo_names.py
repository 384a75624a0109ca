"""Name keys for the gazetteer: one normal form for the spellings news uses.

"Deir ez-Zor", "Deir Ezzor" and "DEIR EZ-ZOR" share the exact key ``deirezzor``; "Dayr az Zawr"
and "Deir Ezzor" share the loose key ``~drzr`` (a consonant skeleton), which recognition uses only
as a fallback. Both sides (index and query) go through the same functions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

# Arabic, Romance and Germanic articles that transliterations add or drop ("Al-Raqqa" / "Raqqa").
ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "an", "az", "at", "ash", "ath", "adh", "ed", "es", "the"})
# Words that name the kind of unit: "Deir Ezzor province", "Laurel County", "Centre Region".
UNIT_WORDS = {
    "province": "ADM1",
    "governorate": "ADM1",
    "region": "ADM1",
    "state": "ADM1",
    "prefecture": "ADM1",
    "county": "ADM2",
    "parish": "ADM2",
    "district": "ADM2",
    "department": "ADM1",
    "division": "ADM2",
    "municipality": "ADM2",
    "commune": "ADM3",
    "constituency": "ADM2",
    "sub-county": "ADM2",
    "subcounty": "ADM2",
    "ward": "ADM3",
    "city": "PPL",
    "town": "PPL",
    "village": "PPL",
    "township": "PPL",
}
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"[’'‘ʻʼ`´]")
_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def words(name: str) -> tuple[str, ...]:
    """Lower-case ASCII words of a name; apostrophes vanish ("Murang'a" -> "muranga")."""
    text = unidecode(_APOSTROPHES.sub("", name)).lower().replace("&", " and ")
    return tuple(w for w in _NON_ALNUM.split(text) if w)


def name_key(name: str) -> str:
    """The exact key: letters and digits only."""
    return "".join(words(name))


def strip_article(ws: tuple[str, ...]) -> tuple[str, ...]:
    if len(ws) > 1 and ws[0] in ARTICLES:
        return ws[1:]
    return ws


def loose_key(name: str) -> str | None:
    """Consonant skeleton without article and doubled letters; None when too short to be safe."""
    ws = strip_article(words(name))
    if not ws:
        return None
    text = "".join(ws)
    if text.endswith("h") and len(text) > 4 and text[-2] in "aeiou":
        text = text[:-1]  # "Raqqah" / "Raqqa", "Hasakeh" / "Hasaka"
    skeleton = _DOUBLES.sub(r"\1", text[0] + _VOWELS.sub("", text[1:]))
    if len(skeleton) < 4 or len(text) < 6:
        return None
    return "~" + skeleton


def name_keys(name: str) -> set[str]:
    """Every exact key a name is indexed under (with and without a leading article)."""
    ws = words(name)
    if not ws:
        return set()
    keys = {"".join(ws)}
    bare = strip_article(ws)
    if bare != ws:
        keys.add("".join(bare))
    return {k for k in keys if len(k) >= 2}


def split_unit_word(name: str) -> tuple[str, str | None]:
    """("Laurel County") -> ("Laurel", "ADM2"); names without a unit word come back unchanged."""
    parts = name.rsplit(None, 1)
    if len(parts) == 2 and parts[1].lower() in UNIT_WORDS:
        return parts[0], UNIT_WORDS[parts[1].lower()]
    return name, None


def is_latin(name: str) -> bool:
    """True for names written in Latin script (alternate names in other scripts are skipped)."""
    return all(ord(ch) < 0x250 or ch in "ḩḨḑḐşŞţŢẕẔāĀīĪūŪ‘’ʻʼ" or 0x1E00 <= ord(ch) <= 0x1EFF for ch in name)
