"""Turning raw input (bytes, text, a path) into a validated ``Article``.

Bad input never gets half-processed: it raises an ``InputError`` subclass naming the input.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from .errors import BadDate, BadEncoding, BinaryInput, EmptyInput, NotEnglish, TooLarge
from .records import Article
from .settings import Settings, default_settings

AGENCIES = {
    "AFP": "AFP", "Agence France-Presse": "AFP", "Reuters": "Reuters", "AP": "AP",
    "Associated Press": "AP", "Xinhua": "Xinhua", "Anadolu": "Anadolu", "ANI": "ANI",
    "DPA": "dpa", "dpa": "dpa", "EFE": "EFE", "IANS": "IANS", "PTI": "PTI", "UPI": "UPI",
    "Bloomberg": "Bloomberg", "Al Jazeera": "Al Jazeera", "BBC": "BBC", "SANA": "SANA",
    "TASS": "TASS", "Interfax": "Interfax", "Kyodo": "Kyodo", "Yonhap": "Yonhap",
}
_AGENCY_RE = re.compile(
    r"(?:^|[\s(\-–—])(" + "|".join(sorted(map(re.escape, AGENCIES), key=len, reverse=True)) + r")(?=[\s)\-–—:.,]|$)"
)
# "BEIRUT:" / "BEIRUT, Feb 8 (Reuters) -" / "KABUL (AP) —" at the start of a paragraph.
DATELINE_RE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z .'\-]{2,40}?)(?:,\s*(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*(?:\([^)]{1,30}\))?\s*[:\-–—]", re.M)
# Stamps that are not the story: "Published: 2024-10-04", "date 2018-02-08 File photo".
STAMP_RE = re.compile(r"^\s*(?:published|posted|updated|date)\s*:?\s*\S.*$", re.I | re.M)
_ISO_DATE_RE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_STOPWORDS = frozenset(
    "the of and to in a is that for on was with he it as at by from his said have has are be this were "
    "an which or had not but they their its who been after will would also more than two into over".split()
)


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else a clear error."""
    if not data.strip():
        raise EmptyInput("empty input", source=source)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BadEncoding(f"undecodable UTF-16 at byte {exc.start}", source=source) from None
    if b"\x00" in data[:4096]:
        raise BinaryInput("binary data (NUL bytes), not text", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    try:  # cp1252 is what unlabeled non-UTF-8 news text nearly always is
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise BadEncoding(f"not UTF-8 or Windows-1252 text (invalid UTF-8 at byte {bad_at})", source=source) from None


def _check_text(text: str, source: str, settings: Settings) -> str:
    text = unicodedata.normalize("NFC", text)
    if len(text.strip()) < settings.min_article_chars:
        raise EmptyInput(f"no article text ({len(text.strip())} characters)", source=source)
    if len(text) > settings.max_article_chars:
        raise TooLarge(f"{len(text):,} characters, over max_article_chars={settings.max_article_chars:,}", source=source)
    controls = sum(1 for ch in text[:20000] if unicodedata.category(ch) == "Cc" and ch not in "\r\n\t\f")
    if controls > 0.01 * min(len(text), 20000):
        raise BinaryInput("binary data (control characters), not text", source=source)
    return text


# Below this many words a text is too short for function-word counts ("Militants slaughtered 12
# villagers overnight." has none): it is English unless it is in another script or another
# language's function words are frequent in it.
SHORT_TEXT_WORDS = 20


@lru_cache(maxsize=1)
def _foreign_stopwords() -> frozenset[str]:
    """Function words of the other languages news in our regions comes in (spaCy's lists), less
    those that are English words too ("a", "on", "me")."""
    from importlib import import_module

    words: set[str] = set()
    for lang in ("fr", "es", "pt", "de", "it", "nl", "id", "tr", "sw"):
        try:
            words |= set(import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)
        except ImportError:  # pragma: no cover - a language missing from this spaCy
            continue
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(words - set(STOP_WORDS))


def detect_language(text: str) -> str | None:
    """'en' when English function words are frequent, else None (unknown / other). A short text
    (a headline) is English when written in Latin letters without another language's function words."""
    sample = text[:5000]
    letters = [c for c in sample if c.isalpha()]
    if not letters or sum(c < "\u0250" for c in letters) < 0.8 * len(letters):
        return None  # no letters, or mostly another script
    words = re.findall(r"[^\W\d_]+", sample.lower())
    share = sum(w in _STOPWORDS for w in words) / len(words)
    if share >= 0.12:
        return "en"
    if len(words) >= SHORT_TEXT_WORDS:
        return None
    foreign = sum(w in _foreign_stopwords() for w in words) / len(words)
    return "en" if foreign < 0.15 and share >= foreign else None


def parse_published(value: str | date | None, source: str, settings: Settings) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    else:
        try:
            day = date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            raise BadDate(f"publication date {value!r} is not YYYY-MM-DD", source=source) from None
    if day > date.today() + timedelta(days=settings.max_future_days):
        raise BadDate(f"publication date {day.isoformat()} lies in the future", source=source)
    if day.year < 1900:
        raise BadDate(f"publication date {day.isoformat()} is before 1900", source=source)
    return day


def find_dateline(text: str) -> str | None:
    for m in DATELINE_RE.finditer(text[:1500]):
        words = m.group("city").strip(" .-")
        if words and words.upper() == words and not words.isdigit() and len(words) > 2:
            return words.title()
    return None


def find_agency(text: str) -> str | None:
    head = text[:600]
    m = _AGENCY_RE.search(head)
    return AGENCIES[m.group(1)] if m else None


def stamp_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of datelines and publication stamps: their dates and numbers are no event's."""
    spans = [m.span() for m in STAMP_RE.finditer(text[:600])]
    spans += [m.span() for m in DATELINE_RE.finditer(text[:3000]) if m.group("city").strip(" .-").isupper()]
    return spans


def find_published(text: str) -> date | None:
    """An ISO date printed in the article's first lines (a byline stamp), if any."""
    m = _ISO_DATE_RE.search(text[:300])
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def make_article(
    text: str | bytes,
    *,
    published: str | date | None = None,
    source: str = "<text>",
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
    require_english: bool = True,
) -> Article:
    settings = settings or default_settings()
    if isinstance(text, bytes):
        if len(text) > settings.max_article_bytes:
            raise TooLarge(f"{len(text):,} bytes, over max_article_bytes={settings.max_article_bytes:,}", source=source)
        text = decode(text, source)
    text = _check_text(text, source, settings)
    language = detect_language(text)
    if require_english and language != "en":
        raise NotEnglish("not English text (warlog's model reads English)", source=source)
    day = parse_published(published, source, settings)
    if day is None:
        found = find_published(text)
        if found is not None and found <= date.today():
            day = found
    digest = Article.hash_text(text)
    return Article(
        id=digest[:16], text=text, published=day, title=title, outlet=outlet, url=url,
        dateline=find_dateline(text), agency=find_agency(text), language=language, content_hash=digest,
    )


def read_article(path: str | Path, *, published: str | date | None = None, settings: Settings | None = None) -> Article:
    """An article from a text file; ``-`` reads standard input."""
    import sys

    settings = settings or default_settings()
    source = str(path)
    if source == "-":
        data = sys.stdin.buffer.read(settings.max_article_bytes + 1)
        source = "<stdin>"
    else:
        p = Path(path)
        try:
            size = p.stat().st_size
        except OSError as exc:
            raise EmptyInput(f"cannot read: {exc.strerror}", source=source) from None
        if size > settings.max_article_bytes:
            raise TooLarge(f"{size:,} bytes, over max_article_bytes={settings.max_article_bytes:,}", source=source)
        data = p.read_bytes()
    return make_article(data, published=published, source=source, settings=settings)
