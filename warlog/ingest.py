"""Batch ingestion: files, directories, JSONL/CSV rows and RSS/Atom feeds into a store.

Readers turn each input into ``RawItem``s (one per article) or ``Rejection``s (with the reason and,
for rows, the row number); ``ingest`` validates them into ``Article``s, skips what the store already
holds (content hash), runs the pipeline in batches and stores each article in its own transaction.
Nothing stops the batch: every bad input is recorded and listed by ``warlog rejected``.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .articles import decode, make_article
from .errors import InputError, MalformedRow, TooLarge, WarlogError
from .records import Article, ArticleResult
from .settings import Settings, default_settings
from .store import Rejection, Store

log = logging.getLogger("warlog.ingest")

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
ALL_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | FEED_SUFFIXES
TEXT_FIELDS = ("text", "content", "body", "article")
# A JSONL/CSV/feed file holds many articles: it may be this many times larger than one article.
COLLECTION_SIZE_FACTOR = 200


@dataclass
class RawItem:
    """One article's raw input, before validation."""

    source: str
    data: str | bytes
    published: str | date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    html: str | None = None  # "page" (boilerplate to remove) or "fragment" (a feed entry's markup)


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0
    rejected: int = 0
    events: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def seen(self) -> int:
        return self.added + self.skipped + self.rejected

    @property
    def rate(self) -> float:
        return self.seen / max(time.monotonic() - self.started, 1e-9)


# --- readers -----------------------------------------------------------------------------------


def html_to_text(html: str | bytes, source: str) -> str:
    """The article text of an HTML page (trafilatura), boilerplate removed."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError("no article text found in the HTML page", source=source)
    return text


def fragment_to_text(html: str) -> str:
    """The text of a markup fragment (a feed entry's summary): tags dropped, paragraphs kept."""
    import lxml.html

    root = lxml.html.fromstring(f"<div>{html}</div>")
    for block in root.iter("p", "br", "div", "li"):
        block.tail = "\n" + (block.tail or "")
    return root.text_content().strip()


def _field(row: dict, names: Iterable[str]) -> str | None:
    for name in names:
        value = row.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _row_item(row: dict, source: str) -> RawItem | Rejection:
    text = _field(row, TEXT_FIELDS)
    if text is None:
        return Rejection(source, f"no text field (one of {', '.join(TEXT_FIELDS)})", MalformedRow.code)
    return RawItem(
        source,
        text,
        published=_field(row, ("published", "date", "published_at")),
        title=_field(row, ("title", "headline")),
        url=_field(row, ("url", "link")),
        outlet=_field(row, ("outlet", "source", "publisher")),
        html="page" if row.get("html") else None,
    )


def read_jsonl(path: Path, text: str) -> Iterator[RawItem | Rejection]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(source, f"malformed JSON on line {n}: {exc.msg}", MalformedRow.code)
            continue
        if not isinstance(row, dict):
            yield Rejection(source, f"line {n} is not a JSON object", MalformedRow.code)
            continue
        yield _row_item(row, source)


def read_csv(path: Path, text: str) -> Iterator[RawItem | Rejection]:
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if path.suffix == ".tsv" else ",")
    width = len(reader.fieldnames or [])
    row_number = 1  # the header
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Rejection(
                f"{path}:row {reader.line_num}",
                f"malformed CSV row {reader.line_num}: {exc}",
                MalformedRow.code,
            )
            return
        row_number += 1
        source = f"{path}:row {row_number}"
        if None in row or len([v for v in row.values() if v is not None]) < width:
            yield Rejection(
                source,
                f"malformed CSV row {row_number}: {len(row) - (None in row)} of {width} fields",
                MalformedRow.code,
            )
            continue
        yield _row_item(row, source)


def read_feed(path: Path, data: bytes) -> Iterator[RawItem | Rejection]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f"not an RSS/Atom feed ({feed.get('bozo_exception', 'no entries')})"
        yield Rejection(str(path), reason, MalformedRow.code)
        return
    outlet = feed.feed.get("title") or None
    for n, entry in enumerate(feed.entries, start=1):
        content = entry.get("content") or []
        body = content[0].get("value") if content else entry.get("summary")
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        published = date(*parsed[:3]) if parsed else None
        source = f"{path}#entry {n}"
        if not body:
            yield Rejection(source, "feed entry has no content or summary", MalformedRow.code)
            continue
        yield RawItem(
            source,
            body,
            published,
            entry.get("title"),
            entry.get("link"),
            outlet,
            html="fragment" if "<" in body else None,
        )


def read_path(path: Path, settings: Settings) -> Iterator[RawItem | Rejection]:
    """The articles of one file (by its suffix) or of a directory, walked recursively in order."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ALL_SUFFIXES):
            yield from read_path(child, settings)
        return
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Rejection(str(path), f"cannot read: {exc.strerror}", InputError.code)
        return
    collection = suffix in JSONL_SUFFIXES | CSV_SUFFIXES | FEED_SUFFIXES
    limit = settings.max_article_bytes * (COLLECTION_SIZE_FACTOR if collection else 1)
    if size > limit:
        yield Rejection(str(path), f"{size:,} bytes, over the limit of {limit:,}", TooLarge.code)
        return
    data = path.read_bytes()
    yield from _read_bytes(path, suffix, data)


def _read_bytes(path: Path, suffix: str, data: bytes) -> Iterator[RawItem | Rejection]:
    if suffix in FEED_SUFFIXES:
        yield from read_feed(path, data)
        return
    if suffix not in JSONL_SUFFIXES | CSV_SUFFIXES:
        yield RawItem(str(path), data, html="page" if suffix in HTML_SUFFIXES else None)
        return
    try:
        text = decode(data, str(path))
    except InputError as exc:
        yield Rejection(str(path), exc.reason, exc.code)
        return
    yield from (read_jsonl if suffix in JSONL_SUFFIXES else read_csv)(path, text)


def read_inputs(
    paths: Iterable[str | Path], settings: Settings | None = None
) -> Iterator[RawItem | Rejection]:
    settings = settings or default_settings()
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield Rejection(str(path), "no such file or directory", InputError.code)
        else:
            yield from read_path(path, settings)


# --- validation and ingestion ------------------------------------------------------------------


def to_article(item: RawItem, published: str | date | None, settings: Settings) -> Article:
    """Validate one raw item (raises ``InputError`` naming its source)."""
    data = item.data
    if item.html:
        if isinstance(data, bytes) and len(data) > settings.max_article_bytes:
            raise TooLarge(f"{len(data):,} bytes, over max_article_bytes", source=item.source)
        markup = decode(data, item.source) if isinstance(data, bytes) else data
        data = html_to_text(markup, item.source) if item.html == "page" else fragment_to_text(markup)
    return make_article(
        data,
        published=item.published or published,
        source=item.source,
        title=item.title,
        outlet=item.outlet,
        url=item.url,
        settings=settings,
    )


def _batches(items: Iterator, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class Ingester:
    """Runs one batch job: validate, skip known, extract, store; reports progress through a callback."""

    def __init__(
        self,
        store: Store,
        pipeline=None,
        *,
        published=None,
        merge: bool = True,
        settings: Settings | None = None,
        progress: Callable[[IngestReport, str], None] | None = None,
    ):
        self.store, self.merge, self.published = store, merge, published
        self.settings = settings or store.settings
        self._pipeline = pipeline
        self.progress = progress or (lambda report, source: None)
        self.report = IngestReport()

    @property
    def pipeline(self):
        if self._pipeline is None:
            from .pipeline import default_pipeline

            self._pipeline = default_pipeline()
        return self._pipeline

    def reject(self, source: str, reason: str, code: str | None) -> None:
        self.store.record_rejection(source, reason, code)
        self.report.rejected += 1
        log.info("rejected %s: %s", source, reason)
        self.progress(self.report, source)

    def _validate(self, batch: list[RawItem | Rejection], seen: set[str]) -> list[tuple[str, Article]]:
        todo = []
        for item in batch:
            if isinstance(item, Rejection):
                self.reject(item.source, item.reason, item.code)
                continue
            try:
                article = to_article(item, self.published, self.settings)
            except InputError as exc:
                self.reject(item.source, exc.reason, exc.code)
                continue
            except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the batch
                log.warning("cannot read %s", item.source, exc_info=True)
                self.reject(item.source, f"unreadable input ({type(exc).__name__}: {exc})", InputError.code)
                continue
            if article.content_hash in seen or self.store.has_article(article.content_hash):
                self.report.skipped += 1
                self.progress(self.report, item.source)
                continue
            seen.add(article.content_hash)
            todo.append((item.source, article))
        return todo

    def _extract(self, todo: list[tuple[str, Article]]) -> Iterator[tuple[str, ArticleResult | WarlogError]]:
        if not todo:
            return
        try:
            results = list(self.pipeline.extract_many([a for _, a in todo]))
        except Exception:  # noqa: BLE001 - one bad article spoils a batch: redo it one by one below
            log.debug("batch extraction failed; retrying article by article", exc_info=True)
            results = []
        if len(results) == len(todo):
            yield from ((src, r) for (src, _), r in zip(todo, results, strict=True))
            return
        for source, article in todo:
            yield source, self._extract_one(source, article)

    def _extract_one(self, source: str, article: Article) -> ArticleResult | WarlogError:
        try:
            return self.pipeline.extract(article)
        except WarlogError as exc:
            return exc
        except Exception as exc:  # noqa: BLE001 - an extraction bug must not stop the batch
            log.warning("extraction failed on %s", source, exc_info=True)
            return WarlogError(f"extraction failed ({type(exc).__name__}: {exc})", source=source)

    def _store(self, source: str, result: ArticleResult) -> None:
        outcome = self.store.add_result(result, source=source, merge=self.merge)
        if outcome.added:
            self.report.added += 1
            self.report.events += len(result.reported())
        else:
            self.report.skipped += 1
        self.progress(self.report, source)

    def run(self, paths: Iterable[str | Path], batch_size: int = 16) -> IngestReport:
        seen: set[str] = set()
        for batch in _batches(read_inputs(paths, self.settings), batch_size):
            for source, outcome in self._extract(self._validate(batch, seen)):
                if isinstance(outcome, WarlogError):
                    self.reject(source, outcome.reason, outcome.code)
                else:
                    self._store(source, outcome)
        return self.report


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    pipeline=None,
    *,
    published=None,
    merge: bool = True,
    settings: Settings | None = None,
    progress=None,
    batch_size: int = 16,
) -> IngestReport:
    """Ingest files, directories, JSONL/CSV files and feeds into ``store``; returns the counts."""
    ingester = Ingester(
        store, pipeline, published=published, merge=merge, settings=settings, progress=progress
    )
    return ingester.run(paths, batch_size=batch_size)
