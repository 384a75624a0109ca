"""Field-by-field comparison of one predicted event with one gold ACLED row, and the metrics over rows.

The predicted event of a row is the first event with status "reported" (the article's lead event:
background, denied and planned events are not what the note codes). A row with no predicted event
counts as wrong for every field it has gold for, and as right for ``no_event_accuracy``.

Denominators: each metric is over the rows that have gold for it (a non-empty cell):
- event_type_accuracy, sub_event_type_accuracy, sub_event_type_*_f1, event_found: rows with a gold
  event_type (resp. sub_event_type); no_event_accuracy: rows with an empty event_type (when the
  column exists).
- actor_match: rows with a gold actor1; inter_match: rows with a gold inter1.
- date_exact: rows with an event_date; date_exact_when_in_text: of those, the rows whose notes name
  the gold day (day of month with its month, or its weekday).
- location_within_25km: rows with gold latitude and longitude; admin1_match, geo_precision_exact,
  time_precision_exact, disorder_type_accuracy, interaction_match: rows with that gold column.
- fatalities_exact: rows with gold fatalities; fatalities_exact_when_in_text: of those, the rows
  where ``helper_fatalities_number_in_notes`` is True or the number occurs in the notes (digits
  outside dates, or English words); fatalities_mae: rows with gold fatalities and a predicted figure.
Rows with no ACLED event (``no_event_accuracy``) count in no other metric. A metric with an empty
denominator (its gold column absent) is None.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..records import Event
from .gold import GoldRow
from .matching import (
    actors_match,
    day_named_in_text,
    distance_km,
    inters_match,
    normalize_admin,
    normalize_label,
    number_in_text,
)

NO_EVENT = "(none)"
WITHIN_KM = 25.0


@dataclass
class FieldCheck:
    """One field of one row: right or wrong, with the values compared (for the errors file)."""

    field: str
    ok: bool
    gold: Any
    pred: Any
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass
class RowScore:
    row: GoldRow
    pred: Event | None
    checks: dict[str, FieldCheck]
    error: str | None = None

    def failed(self) -> list[FieldCheck]:
        return [c for c in self.checks.values() if not c.ok]


def first_reported(events: Iterable[Event]) -> Event | None:
    return next((e for e in events if e.status == "reported"), None)


def is_no_event_row(row: GoldRow, columns: set[str]) -> bool:
    """A text with no ACLED event: the event_type column exists and is empty in this row."""
    return "event_type" in columns and row.get("event_type") is None


def score_row(row: GoldRow, pred: Event | None, columns: set[str], error: str | None = None) -> RowScore:
    """Every field the row has gold for; a no-event row is scored on ``no_event`` alone."""
    if is_no_event_row(row, columns):
        checks = [check_no_event(row, pred, columns)]
    else:
        checks = [check(row, pred, columns) for check in CHECKS]
    return RowScore(row, pred, {c.field: c for c in checks if c is not None}, error)


def _label_check(name: str) -> Callable[[GoldRow, Event | None, set[str]], FieldCheck | None]:
    def check(row: GoldRow, pred: Event | None, columns: set[str]) -> FieldCheck | None:
        gold = row.get(name)
        if gold is None:
            return None
        value = getattr(pred, name, None) if pred else None
        return FieldCheck(name, normalize_label(gold) == normalize_label(value), gold, value)

    return check


def _int_check(name: str, get: Callable[[Event], int | None]) -> Callable[..., FieldCheck | None]:
    def check(row: GoldRow, pred: Event | None, columns: set[str]) -> FieldCheck | None:
        gold = row.get_int(name)
        if gold is None:
            return None
        value = get(pred) if pred else None
        return FieldCheck(name, value == gold, gold, value)

    return check


def check_no_event(row: GoldRow, pred: Event | None, columns: set[str]) -> FieldCheck | None:
    if not is_no_event_row(row, columns):
        return None
    return FieldCheck("no_event", pred is None, None, pred.event_type if pred else None)


def check_event_found(row: GoldRow, pred: Event | None, columns: set[str]) -> FieldCheck | None:
    if row.get("event_type") is None:
        return None
    return FieldCheck("event_found", pred is not None, True, pred is not None)


def check_actors(row: GoldRow, pred: Event | None, columns: set[str]) -> FieldCheck | None:
    gold = (row.get("actor1"), row.get("actor2"))
    if gold[0] is None:
        return None
    names = _actor_names(pred)
    return FieldCheck("actors", actors_match(gold, names), list(gold), list(names))


def _actor_names(pred: Event | None) -> tuple[str | None, str | None]:
    if pred is None:
        return None, None
    return (pred.actor1.name if pred.actor1 else None, pred.actor2.name if pred.actor2 else None)


def check_inter(row: GoldRow, pred: Event | None, columns: set[str]) -> FieldCheck | None:
    gold = (row.get_int("inter1"), row.get_int("inter2"))
    if gold[0] is None:
        return None
    value = (pred.inter1, pred.inter2) if pred else (None, None)
    return FieldCheck("inter", inters_match(gold, value), list(gold), list(value))


def check_date(row: GoldRow, pred: Event | None, columns: set[str]) -> FieldCheck | None:
    gold = row.get_date()
    if gold is None:
        return None
    value = pred.event_date if pred else None
    in_text = day_named_in_text(gold, row.notes)
    return FieldCheck("event_date", value == gold.isoformat(), gold.isoformat(), value, {"in_text": in_text})


def check_location(row: GoldRow, pred: Event | None, columns: set[str]) -> FieldCheck | None:
    lat, lon = row.get_float("latitude"), row.get_float("longitude")
    if lat is None or lon is None:
        return None
    gold = {"location": row.get("location"), "latitude": lat, "longitude": lon}
    loc = pred.location if pred else None
    if loc is None or loc.latitude is None or loc.longitude is None:
        return FieldCheck("location", False, gold, loc.name if loc else None, {"distance_km": None})
    km = round(distance_km(lat, lon, loc.latitude, loc.longitude), 1)
    value = {"location": loc.name, "latitude": loc.latitude, "longitude": loc.longitude}
    return FieldCheck("location", km <= WITHIN_KM, gold, value, {"distance_km": km})


def check_admin1(row: GoldRow, pred: Event | None, columns: set[str]) -> FieldCheck | None:
    gold = row.get("admin1")
    if gold is None:
        return None
    value = pred.location.admin1 if pred and pred.location else None
    return FieldCheck("admin1", normalize_admin(gold) == normalize_admin(value), gold, value)


def check_fatalities(row: GoldRow, pred: Event | None, columns: set[str]) -> FieldCheck | None:
    gold = row.get_int("fatalities")
    if gold is None:
        return None
    value = pred.fatalities if pred else None
    helper = (row.get("helper_fatalities_number_in_notes") or "").lower() == "true"
    extra = {
        "in_text": helper or number_in_text(gold, row.notes),
        "abs_error": None if value is None else abs(value - gold),
    }
    return FieldCheck("fatalities", value == gold, gold, value, extra)


CHECKS: tuple[Callable[[GoldRow, Event | None, set[str]], FieldCheck | None], ...] = (
    _label_check("event_type"),
    _label_check("sub_event_type"),
    _label_check("disorder_type"),
    check_no_event,
    check_event_found,
    check_actors,
    check_inter,
    _int_check("interaction", lambda e: e.interaction),
    check_date,
    _int_check("time_precision", lambda e: e.time_precision),
    check_location,
    check_admin1,
    _int_check("geo_precision", lambda e: e.location.geo_precision if e.location else None),
    check_fatalities,
)
# metric name -> (field, row filter on the check's extra): the accuracy metrics over field checks.
ACCURACY_METRICS: dict[str, tuple[str, str | None]] = {
    "event_type_accuracy": ("event_type", None),
    "sub_event_type_accuracy": ("sub_event_type", None),
    "no_event_accuracy": ("no_event", None),
    "event_found": ("event_found", None),
    "actor_match": ("actors", None),
    "inter_match": ("inter", None),
    "interaction_match": ("interaction", None),
    "disorder_type_accuracy": ("disorder_type", None),
    "date_exact": ("event_date", None),
    "date_exact_when_in_text": ("event_date", "in_text"),
    "time_precision_exact": ("time_precision", None),
    "location_within_25km": ("location", None),
    "admin1_match": ("admin1", None),
    "geo_precision_exact": ("geo_precision", None),
    "fatalities_exact": ("fatalities", None),
    "fatalities_exact_when_in_text": ("fatalities", "in_text"),
}


def _share(checks: list[FieldCheck]) -> float | None:
    return round(sum(c.ok for c in checks) / len(checks), 4) if checks else None


def _checks_for(scores: list[RowScore], field_name: str, flag: str | None) -> list[FieldCheck]:
    found = (s.checks.get(field_name) for s in scores)
    return [c for c in found if c is not None and (flag is None or c.extra.get(flag))]


def accuracy_metrics(scores: list[RowScore]) -> tuple[dict[str, float | None], dict[str, int]]:
    """Each accuracy metric and its denominator (rows counted)."""
    values: dict[str, float | None] = {}
    counts: dict[str, int] = {}
    for name, (field_name, flag) in ACCURACY_METRICS.items():
        checks = _checks_for(scores, field_name, flag)
        values[name], counts[name] = _share(checks), len(checks)
    return values, counts


def fatalities_mae(scores: list[RowScore]) -> tuple[float | None, int]:
    errors = [
        c.extra["abs_error"]
        for c in _checks_for(scores, "fatalities", None)
        if c.extra["abs_error"] is not None
    ]
    return (round(sum(errors) / len(errors), 3) if errors else None), len(errors)


def label_pairs(scores: list[RowScore], field_name: str) -> list[tuple[str, str]]:
    """(gold, predicted) labels of one field; a missing prediction is NO_EVENT."""
    checks = _checks_for(scores, field_name, None)
    return [(c.gold, c.pred if c.pred is not None else NO_EVENT) for c in checks]


def f1_by_class(pairs: list[tuple[str, str]]) -> dict[str, dict[str, float | int]]:
    """Precision, recall, F1 and support of each gold class (labels compared case-insensitively)."""
    gold = Counter(normalize_label(g) for g, _ in pairs)
    predicted = Counter(normalize_label(p) for _, p in pairs)
    hits = Counter(normalize_label(g) for g, p in pairs if normalize_label(g) == normalize_label(p))
    names = {normalize_label(g): g for g, _ in pairs}
    out: dict[str, dict[str, float | int]] = {}
    for key, support in sorted(gold.items(), key=lambda kv: -kv[1]):
        precision = hits[key] / predicted[key] if predicted[key] else 0.0
        recall = hits[key] / support
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[names[key]] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": support,
        }
    return out


def macro_weighted_f1(by_class: dict[str, dict[str, float | int]]) -> tuple[float | None, float | None]:
    """Macro F1 over the gold classes, and F1 weighted by gold support (sklearn's with labels = gold labels)."""
    if not by_class:
        return None, None
    total = sum(int(c["support"]) for c in by_class.values())
    macro = sum(float(c["f1"]) for c in by_class.values()) / len(by_class)
    weighted = sum(float(c["f1"]) * int(c["support"]) for c in by_class.values()) / total
    return round(macro, 4), round(weighted, 4)


def confusion(pairs: list[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """gold label -> predicted label -> rows."""
    table: dict[str, Counter[str]] = {}
    for gold, pred in pairs:
        table.setdefault(gold, Counter())[pred] += 1
    return {g: dict(c.most_common()) for g, c in sorted(table.items())}
