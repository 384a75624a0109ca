"""The readable form of an ACLED evaluation: metrics with their row counts, the event-type confusion
matrix, and per-class F1 of the sub-event types (rich tables)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from .scoring import NO_EVENT

# Column headers of the confusion matrix: ACLED's event types, shortened.
SHORT_TYPES = {
    "Battles": "Battles",
    "Explosions/Remote violence": "Explos.",
    "Violence against civilians": "VAC",
    "Protests": "Protests",
    "Riots": "Riots",
    "Strategic developments": "Strat.",
    NO_EVENT: "none",
}
MAIN_METRICS = tuple(
    """event_type_accuracy sub_event_type_accuracy sub_event_type_macro_f1 sub_event_type_weighted_f1
    event_found no_event_accuracy actor_match inter_match interaction_match disorder_type_accuracy
    date_exact date_exact_when_in_text time_precision_exact location_within_25km admin1_match
    geo_precision_exact fatalities_exact fatalities_exact_when_in_text fatalities_mae""".split()
)


def print_report(metrics: dict[str, Any], console: Console | None = None) -> None:
    console = console or Console()
    console.print(metrics_table(metrics))
    if metrics.get("event_type_confusion"):
        console.print(confusion_table(metrics["event_type_confusion"]))
    if metrics.get("sub_event_type_by_class"):
        console.print(class_table(metrics["sub_event_type_by_class"]))
    console.print(_summary_line(metrics))


def _summary_line(metrics: dict[str, Any]) -> str:
    focus = metrics.get("focus") or {}
    shares = ", ".join(f"{cc} {s:.0%}" for cc, s in sorted((focus.get("shares") or {}).items(), key=lambda kv: -kv[1]))
    return (
        f"{metrics['rows']} rows scored, {metrics['skipped_rows']} skipped, "
        f"{metrics['extraction_errors']} extraction errors; {metrics['seconds']} s "
        f"({metrics['rows_per_s']} rows/s; model and gazetteer loaded in {metrics.get('load_seconds')} s)"
        + (f"; country focus {shares} ({focus.get('source')})" if shares else "")
    )


def metrics_table(metrics: dict[str, Any]) -> Table:
    table = Table(title="warlog vs ACLED")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("rows", justify="right")
    counts = metrics.get("counts", {})
    for name in MAIN_METRICS:
        value = metrics.get(name)
        shown = "n/a" if value is None else (f"{value:.2f}" if name == "fatalities_mae" else f"{value:.3f}")
        table.add_row(name, shown, str(counts.get(name, metrics["rows"])))
    return table


def confusion_table(matrix: dict[str, dict[str, int]]) -> Table:
    """Gold event types down, predicted across (with 'none': no reported event)."""
    predicted = sorted({p for row in matrix.values() for p in row}, key=_type_order)
    table = Table(
        title="event_type confusion (rows: gold, columns: predicted)",
        caption="Explos. = Explosions/Remote violence, VAC = Violence against civilians, "
        "Strat. = Strategic developments, none = no reported event",
    )
    table.add_column("gold")
    for name in predicted:
        table.add_column(SHORT_TYPES.get(name, name), justify="right")
    table.add_column("recall", justify="right")
    for gold in sorted(matrix, key=_type_order):
        row = matrix[gold]
        total = sum(row.values())
        cells = [_cell(row.get(p, 0), p == gold) for p in predicted]
        table.add_row(
            SHORT_TYPES.get(gold, gold), *cells, f"{row.get(gold, 0) / total:.3f}" if total else "-"
        )
    return table


def _cell(n: int, diagonal: bool) -> str:
    if not n:
        return "."
    return f"[bold]{n}[/bold]" if diagonal else str(n)


def _type_order(name: str) -> tuple[int, str]:
    order = list(SHORT_TYPES)
    return (order.index(name), name) if name in order else (len(order) - 1, name)


def class_table(by_class: dict[str, dict[str, float | int]]) -> Table:
    table = Table(title="sub_event_type by class")
    for col in ("sub_event_type", "support", "precision", "recall", "f1"):
        table.add_column(col, justify="left" if col == "sub_event_type" else "right")
    for name, c in by_class.items():
        table.add_row(
            name, str(c["support"]), f"{c['precision']:.3f}", f"{c['recall']:.3f}", f"{c['f1']:.3f}"
        )
    return table
