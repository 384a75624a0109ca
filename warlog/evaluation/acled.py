"""`warlog eval acled`: run extraction over the notes of an ACLED CSV and score it field by field.

Extraction is pluggable: ``evaluate_acled(path, extract_fn=f)`` calls ``f(text, published)`` for each
row (tests pass hand-built ``ArticleResult`` records); without ``extract_fn`` the default pipeline
runs in batches (``Pipeline.extract_many``, spaCy's ``nlp.pipe``). Each row's notes are the article
text; its publication date is the gold event day plus 0-3 days (``gold.publication_date``). Metric
definitions and denominators: ``warlog.evaluation.scoring``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import Article, ArticleResult
from .gold import GoldFile, GoldRow, SkippedRow, publication_date, read_gold
from .scoring import (
    RowScore,
    accuracy_metrics,
    confusion,
    f1_by_class,
    fatalities_mae,
    first_reported,
    label_pairs,
    macro_weighted_f1,
    score_row,
)

ExtractFn = Callable[[str, date | None], ArticleResult]
# One row's outcome from an extractor: a result, or the reason it failed.
Outcome = ArticleResult | str
ProgressFn = Callable[[int, int], None]
BATCH_ROWS = 64


@dataclass
class EvalResult:
    metrics: dict[str, Any]
    scores: list[RowScore] = field(repr=False)
    skipped: list[SkippedRow] = field(repr=False)


def evaluate_acled(
    path: str | Path,
    extract_fn: ExtractFn | None = None,
    *,
    pipeline=None,
    limit: int | None = None,
    every: int | None = None,
    progress: ProgressFn | None = None,
    focus: str | None = "auto",
    offset: int = 0,
) -> EvalResult:
    """Score extraction against a gold ACLED CSV (every ``every``-th row from row ``offset`` + 1, the
    first ``limit`` of them).

    ``focus``: the collection's country focus (``warlog.focus``): "auto" infers it from the notes
    themselves (never from a gold column), "" or "none" uses none, "KE,BF" gives it.
    """
    gold = read_gold(path, limit=limit, every=every, offset=offset)
    extractor = _RowExtractor(extract_fn) if extract_fn else _PipelineExtractor(pipeline, focus)
    load_s = extractor.warm_up()
    started = time.perf_counter()
    scores, skipped = _score_all(gold, extractor, progress)
    seconds = time.perf_counter() - started
    metrics = summarize(scores, gold.skipped + skipped, seconds)
    metrics["load_seconds"] = round(load_s, 2)
    if isinstance(extractor, _PipelineExtractor):
        metrics["focus"] = extractor.pipeline.focus.to_dict()
    return EvalResult(metrics, scores, sorted(gold.skipped + skipped, key=lambda s: s.row))


def _score_all(
    gold: GoldFile, extractor, progress: ProgressFn | None
) -> tuple[list[RowScore], list[SkippedRow]]:
    columns, scores, skipped = set(gold.columns), [], []
    for done, (row, outcome) in enumerate(extractor.run(gold.rows), start=1):
        if isinstance(outcome, _Rejected):
            skipped.append(SkippedRow(row.row, row.line, outcome.reason))
        elif isinstance(outcome, str):
            scores.append(score_row(row, None, columns, error=outcome))
        else:
            scores.append(score_row(row, first_reported(outcome.events), columns))
        if progress and (done % BATCH_ROWS == 0 or done == len(gold.rows)):
            progress(done, len(gold.rows))
    return scores, skipped


class _Rejected(str):
    """The extractor refused the row's text as input (too short, binary...): the row is skipped."""

    @property
    def reason(self) -> str:
        return str(self)


class _RowExtractor:
    """Rows through a plain ``extract_fn(text, published)``, one at a time."""

    def __init__(self, extract_fn: ExtractFn):
        self.extract_fn = extract_fn

    def warm_up(self) -> float:
        return 0.0

    def run(self, rows: list[GoldRow]) -> Iterator[tuple[GoldRow, Outcome]]:
        for row in rows:
            yield row, _guarded(partial(self.extract_fn, row.notes, publication_date(row)))


def _guarded(call: Callable[[], ArticleResult]) -> Outcome:
    try:
        return call()
    except InputError as exc:
        return _Rejected(str(exc))
    # A bug hit by one row must not cost a run over thousands: it is recorded, printed and the row
    # scored as "no event"; it never passes silently.
    except Exception as exc:  # noqa: BLE001
        return describe_error(exc)


def describe_error(exc: BaseException) -> str:
    """The exception and its cause: spaCy wraps a component's KeyError in a misleading E109."""
    text = f"{type(exc).__name__}: {exc}"
    cause = exc.__cause__
    return f"{text} (caused by {type(cause).__name__}: {cause})" if cause else text


class _PipelineExtractor:
    """Rows through ``Pipeline.extract_many`` in batches; a failing batch is redone row by row."""

    def __init__(self, pipeline=None, focus: str | None = "auto"):
        if pipeline is None:
            from ..pipeline import Pipeline

            pipeline = Pipeline()  # its own: the focus set below must not leak into other callers
        self.pipeline = pipeline
        self.focus = focus

    def warm_up(self) -> float:
        """Load the model and the gazetteer before the clock starts: rows/s measures extraction."""
        started = time.perf_counter()
        _ = self.pipeline.nlp, self.pipeline.geocoder
        return time.perf_counter() - started

    def run(self, rows: list[GoldRow]) -> Iterator[tuple[GoldRow, Outcome]]:
        # The whole file is one collection: its focus is inferred from all its notes (timed).
        if self.focus is not None:
            self.pipeline.set_focus(self.focus)
        if self.pipeline.auto_focus:
            self.pipeline.infer_focus([row.notes for row in rows])
        for start in range(0, len(rows), BATCH_ROWS):
            yield from self._batch(rows[start : start + BATCH_ROWS])

    def _batch(self, rows: list[GoldRow]) -> Iterator[tuple[GoldRow, Outcome]]:
        prepared = [(row, self._article(row)) for row in rows]
        results = iter(self._extract([a for _, a in prepared if isinstance(a, Article)]))
        for row, article in prepared:
            yield row, (next(results) if isinstance(article, Article) else article)

    def _article(self, row: GoldRow) -> Article | _Rejected:
        # The notes are English by construction: the language guess is not what is being scored.
        try:
            return self.pipeline.article(
                row.notes, publication_date(row), source=f"row {row.row}", require_english=False
            )
        except InputError as exc:
            return _Rejected(str(exc))

    def _extract(self, articles: list[Article]) -> list[Outcome]:
        try:
            return list(self.pipeline.extract_many(articles, batch_size=BATCH_ROWS))
        except Exception:  # noqa: BLE001 - redone row by row below, where each failure is recorded
            return [_guarded(partial(self.pipeline.extract, a)) for a in articles]


def summarize(scores: list[RowScore], skipped: list[SkippedRow], seconds: float) -> dict[str, Any]:
    """The metrics object that ``--json`` prints: the metrics, their row counts, then diagnostics."""
    values, counts = accuracy_metrics(scores)
    mae, counts["fatalities_mae"] = fatalities_mae(scores)
    sub_classes = f1_by_class(label_pairs(scores, "sub_event_type"))
    macro, weighted = macro_weighted_f1(sub_classes)
    counts["sub_event_type_macro_f1"] = counts["sub_event_type_weighted_f1"] = counts[
        "sub_event_type_accuracy"
    ]
    rows_per_s = round(len(scores) / seconds, 2) if seconds > 0 else None
    return {
        "rows": len(scores),
        **values,
        "sub_event_type_macro_f1": macro,
        "sub_event_type_weighted_f1": weighted,
        "fatalities_mae": mae,
        "seconds": round(seconds, 2),
        "rows_per_s": rows_per_s,
        "counts": counts,
        **_diagnostics(scores, skipped),
        "sub_event_type_by_class": sub_classes,
    }


def _diagnostics(scores: list[RowScore], skipped: list[SkippedRow]) -> dict[str, Any]:
    errors = [s for s in scores if s.error]
    return {
        "skipped_rows": len(skipped),
        "skipped": [s.to_json() for s in skipped],
        "extraction_errors": len(errors),
        "errors": [{"row": s.row.row, "line": s.row.line, "error": s.error} for s in errors[:100]],
        "event_type_confusion": confusion(label_pairs(scores, "event_type")),
    }


def error_records(score: RowScore) -> Iterator[dict[str, Any]]:
    """One JSON object per wrong field of one row: ``field`` first, so ``grep '"field": "actors"'`` filters."""
    row, pred = score.row, score.pred
    context = {
        "row": row.row,
        "line": row.line,
        "event_id_cnty": row.event_id,
        "gold_event_type": row.get("event_type"),
        "gold_sub_event_type": row.get("sub_event_type"),
        "pred_event_type": pred.event_type if pred else None,
        "pred_sub_event_type": pred.sub_event_type if pred else None,
        "published": _iso(publication_date(row)),
        "notes": row.notes,
    }
    if score.error:
        yield {"field": "extraction_error", "gold": None, "pred": None, "error": score.error, **context}
    for check in score.failed():
        yield {"field": check.field, "gold": check.gold, "pred": check.pred, **check.extra, **context}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def write_errors(result: EvalResult, path: str | Path) -> int:
    """Write the per-field mismatches as JSONL; returns the number of lines."""
    lines = 0
    with open(path, "w", encoding="utf-8") as fh:
        for score in result.scores:
            for record in error_records(score):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                lines += 1
    return lines


def problem_lines(result: EvalResult) -> Iterator[str]:
    """One line per skipped row and per row whose extraction failed, with its row and line numbers."""
    for skipped in result.skipped:
        yield f"row {skipped.row} (line {skipped.line}) skipped: {skipped.reason}"
    for score in result.scores:
        if score.error:
            yield f"row {score.row.row} (line {score.row.line}) extraction failed: {score.error}"
