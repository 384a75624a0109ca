"""Reading gold ACLED-format CSV: rows that can be scored, and the rows skipped with their reasons.

Column names are ACLED's. ``notes`` is the input text; every other column that is present and
non-empty in a row is gold for that row. ``NA`` (how some ACLED exports write an empty cell) counts
as empty. A row is skipped, with its row number and a reason, when its field count differs from the
header's, its quoting is broken, its ``notes`` are empty, or a gold date or number cannot be read.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..errors import MalformedRow

EMPTY_VALUES = frozenset({"", "NA"})
INT_COLUMNS = ("inter1", "inter2", "interaction", "time_precision", "geo_precision", "fatalities")
FLOAT_COLUMNS = ("latitude", "longitude")
# The publication date passed to the extractor: the gold event day plus 0..MAX_PUBLICATION_LAG_DAYS.
MAX_PUBLICATION_LAG_DAYS = 3


@dataclass(frozen=True)
class GoldRow:
    """One scoreable CSV row. ``row`` counts data rows from 1 (the header is row 0); ``line`` is the
    file line the record starts on (the header is line 1)."""

    row: int
    line: int
    values: dict[str, str] = field(repr=False)

    def get(self, column: str) -> str | None:
        value = self.values.get(column)
        return None if value is None or value.strip() in EMPTY_VALUES else value.strip()

    def get_int(self, column: str) -> int | None:
        value = self.get(column)
        return None if value is None else int(float(value))

    def get_float(self, column: str) -> float | None:
        value = self.get(column)
        return None if value is None else float(value)

    def get_date(self, column: str = "event_date") -> date | None:
        value = self.get(column)
        return None if value is None else date.fromisoformat(value[:10])

    @property
    def notes(self) -> str:
        return self.values.get("notes", "")

    @property
    def event_id(self) -> str | None:
        return self.get("event_id_cnty")


@dataclass(frozen=True)
class SkippedRow:
    row: int
    line: int
    reason: str

    def to_json(self) -> dict:
        return {"row": self.row, "line": self.line, "reason": self.reason}


@dataclass
class GoldFile:
    path: str
    columns: list[str]
    rows: list[GoldRow]
    skipped: list[SkippedRow]


def publication_date(row: GoldRow) -> date | None:
    """Gold event day plus 0-3 days, fixed by a hash of ``event_id_cnty`` (of the notes when absent)."""
    day = row.get_date()
    if day is None:
        return None
    key = row.event_id or row.notes
    lag = int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % (MAX_PUBLICATION_LAG_DAYS + 1)
    return day + timedelta(days=lag)


def read_gold(
    path: str | Path, limit: int | None = None, every: int | None = None, offset: int = 0
) -> GoldFile:
    """Rows of an ACLED CSV: every ``every``-th data row (1st, every+1-th, ...; with ``offset`` k the
    k+1-th, every+k+1-th, ...), the first ``limit`` of those."""
    if every and not 0 <= offset < every:
        raise ValueError(f"offset {offset} must lie in 0..{every - 1} (every {every})")
    text, lossy = _decode(Path(path).read_bytes())
    # csv's own line splitting (\n, \r\n, \r), not str.splitlines, which also splits on U+2028 and
    # other separators that may sit inside a note.
    lines = io.StringIO(text, newline="").readlines()
    columns = _header(lines, str(path))
    rows: list[GoldRow] = []
    skipped: list[SkippedRow] = []
    taken = 0
    for number, line, fields, problem in _records(lines, len(columns)):
        if every and (number - 1) % every != offset:
            continue
        if limit is not None and taken >= limit:
            break
        taken += 1
        row = GoldRow(number, line, dict(zip(columns, fields, strict=False)))
        problem = problem or row_problem(row, lossy)
        if problem:
            skipped.append(SkippedRow(number, line, problem))
        else:
            rows.append(row)
    return GoldFile(str(path), columns, rows, skipped)


def _decode(data: bytes) -> tuple[str, bool]:
    """The file's text, and whether undecodable bytes were replaced (their rows are then skipped)."""
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        return data.decode("utf-8-sig", errors="replace"), True


def _header(lines: list[str], source: str) -> list[str]:
    if not lines:
        raise MalformedRow("empty file: no header row", source=source)
    columns = [c.strip() for c in next(csv.reader([lines[0]]))]
    if "notes" not in columns:
        raise MalformedRow(f"no 'notes' column in the header ({len(columns)} columns)", source=source)
    return columns


def row_problem(row: GoldRow, lossy: bool = False) -> str | None:
    """Why a parsed row cannot be scored, or None (``lossy``: the file had bytes that are not UTF-8)."""
    if lossy and any("\ufffd" in value for value in row.values.values()):
        return "bytes that are not UTF-8"
    if not row.notes.strip():
        return "empty notes"
    for column in INT_COLUMNS + FLOAT_COLUMNS:
        try:
            row.get_float(column)
        except ValueError:
            return f"{column} is not a number: {row.get(column)!r}"
    try:
        row.get_date()
    except ValueError:
        return f"event_date is not YYYY-MM-DD: {row.get('event_date')!r}"
    return None


class _Feed:
    """Lines handed to csv.reader one at a time, so that a broken record can be re-read from its next line."""

    def __init__(self, lines: list[str], start: int):
        self.lines, self.pos = lines, start

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        if self.pos >= len(self.lines):
            raise StopIteration
        self.pos += 1
        return self.lines[self.pos - 1]


def _records(lines: list[str], width: int) -> Iterator[tuple[int, int, list[str], str | None]]:
    """(row number, start line, fields, problem) for each data record.

    A record with a stray or unbalanced quote either raises in strict mode or swallows the lines after
    it; then only its first line is dropped and parsing resumes on the next line, so one bad quote
    costs one row, not the rest of the file.
    """
    feed, number = _Feed(lines, 1), 0
    reader = csv.reader(feed, strict=True)
    while feed.pos < len(lines):
        start = feed.pos
        if not lines[start].strip():
            feed.pos += 1
            continue
        number += 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            feed.pos, reader = start + 1, csv.reader(feed, strict=True)
            yield number, start + 1, [], f"bad quoting: {exc}"
            continue
        spanned = feed.pos - start
        if len(fields) != width and spanned > 1:
            feed.pos, reader = start + 1, csv.reader(feed, strict=True)
            yield number, start + 1, [], f"bad quoting: unbalanced quote ran over {spanned} lines"
        elif len(fields) != width:
            yield number, start + 1, [], f"expected {width} fields, found {len(fields)}"
        else:
            yield number, start + 1, fields, None
