"""Formatting results for the terminal: a rich table of events, or ACLED CSV."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table

from .records import ArticleResult


def events_table(results: list[ArticleResult], all_events: bool = False) -> Table:
    table = Table(title="warlog events", show_lines=False)
    for col in ("article", "status", "date", "type", "sub-event", "actor1", "actor2", "location", "fat.", "claims"):
        table.add_column(col, overflow="fold")
    for r in results:
        for e in r.events if all_events else r.reported():
            loc = e.location
            table.add_row(
                r.article.id[:8], e.status, e.event_date or "?", e.event_type or "", e.sub_event_type or "",
                e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else "",
                f"{loc.name}, {loc.admin1 or ''} ({loc.country or ''})" if loc else "",
                str(e.fatalities if e.fatalities is not None else ""),
                "; ".join(f"{c.source or 'unattributed'}: {c.text}" for c in e.claims),
            )
    return table


def print_results(results: list[ArticleResult], fmt: str, all_events: bool = False) -> None:
    if fmt == "acled-csv":
        from .export import write_acled_csv

        write_acled_csv([e for r in results for e in r.reported()], sys.stdout, articles={r.article.id: r.article for r in results})
        return
    Console(width=200).print(events_table(results, all_events))
