"""CLI commands of one area, registered on the main group by warlog.cli: the dataset commands
(`ingest`, `rejected`, `events`, `export`), each a thin shell around one library call."""

from __future__ import annotations

import sys
import time

import click

commands: list[click.Command] = []  # top-level commands
eval_commands: list[click.Command] = []  # under `warlog eval`

DB_HELP = "Store URL: sqlite:///file.sqlite, a file path, or postgresql://... (default: settings db_url)."
LOG_EVERY_S = 5.0


def _open(db: str | None):
    from .store import open_store

    return open_store(db)


def _console():
    """A rich console; piped output gets wide lines instead of truncated cells."""
    from rich.console import Console

    return Console() if sys.stdout.isatty() else Console(width=240)


def _day(value):
    return value.date() if value is not None else None


def _filters(f):
    """The event filters shared by `events` and `export`."""
    day = click.DateTime(formats=["%Y-%m-%d"])
    for opt in reversed(
        [
            click.option("--country", help="Country name or ISO code as stored (case-insensitive)."),
            click.option("--admin1", help="First-level administrative division (province, state)."),
            click.option("--since", type=day, help="Events on or after this date (YYYY-MM-DD)."),
            click.option("--until", type=day, help="Events on or before this date (YYYY-MM-DD)."),
            click.option("--type", "event_type", help="ACLED event type, e.g. Battles."),
            click.option("--actor", help="Part of an actor's name (any side, associates included)."),
        ]
    ):
        f = opt(f)
    return f


def _event_filter(country, admin1, since, until, event_type, actor, limit=None):
    from .store import EventFilter

    return EventFilter(
        country=country,
        admin1=admin1,
        since=_day(since),
        until=_day(until),
        event_type=event_type,
        actor=actor,
        limit=limit,
    )


class _Progress:
    """A rich progress line on a terminal; plain log lines every few seconds otherwise."""

    def __init__(self, tty: bool):
        self.tty, self.last = tty, 0.0
        self.bar = None
        if tty:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=False
            )
            self.task = self.bar.add_task("reading inputs, loading the NLP model")

    @staticmethod
    def line(report) -> str:
        return (
            f"{report.seen} articles ({report.rate:.1f}/s): {report.added} added, {report.skipped} already "
            f"stored, {report.rejected} rejected, {report.events} events found"
        )

    def __call__(self, report, source: str) -> None:
        if self.bar is not None:
            self.bar.update(self.task, description=self.line(report))
        elif time.monotonic() - self.last >= LOG_EVERY_S:
            self.last = time.monotonic()
            click.echo(f"warlog ingest: {self.line(report)}", err=True)

    def __enter__(self):
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", help=DB_HELP)
@click.option("--published", help="Publication date YYYY-MM-DD for inputs that carry none.")
@click.option(
    "--no-merge", is_flag=True, help="Store each report as its own event (merge later with --remerge)."
)
@click.option("--remerge", is_flag=True, help="Re-cluster all stored reports from scratch after ingesting.")
@click.option("--batch-size", default=16, show_default=True, help="Articles per spaCy batch.")
@click.option(
    "--focus",
    help="The collection's country focus, context for reports that name no country: ISO codes "
    "(KE,BF) or 'none' ('auto' infers it from the first batch). Default: settings focus_countries.",
)
def ingest(paths, db, published, no_merge, remerge, batch_size, focus):
    """Ingest article files, directories, JSONL/CSV files and RSS/Atom feeds into a store.

    Idempotent (a rerun adds nothing twice); every rejected input is recorded (see `warlog rejected`).
    """
    from .cli import set_focus
    from .ingest import ingest as run_ingest
    from .pipeline import default_pipeline

    if focus is not None:
        set_focus(default_pipeline(), focus)

    store = _open(db)
    try:
        with _Progress(sys.stderr.isatty()) as progress:
            report = run_ingest(
                paths,
                store,
                published=published,
                merge=not no_merge,
                progress=progress,
                batch_size=batch_size,
            )
        if remerge:
            store.rebuild_events()
        counts = store.counts()
    finally:
        store.close()
    click.echo(
        f"warlog ingest: {_Progress.line(report)}; the store holds {counts['articles']} articles and "
        f"{counts['events']} events after merging",
        err=True,
    )


@click.command()
@click.option("--db", help=DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def rejected(db, fmt):
    """List the inputs that could not be ingested, with the reason."""
    import json

    store = _open(db)
    try:
        rows = store.rejections()
    finally:
        store.close()
    if fmt == "jsonl":
        for r in rows:
            click.echo(
                json.dumps({"source": r.source, "code": r.code, "reason": r.reason, "at": r.rejected_at})
            )
        return
    from rich.table import Table

    table = Table("source", "code", "reason", "rejected at", title=f"{len(rows)} rejected inputs")
    for r in rows:
        table.add_row(r.source, r.code or "", r.reason, r.rejected_at or "")
    _console().print(table)


@click.command()
@click.option("--db", help=DB_HELP)
@_filters
@click.option("--limit", type=int, default=None, help="At most this many events.")
def events(db, country, admin1, since, until, event_type, actor, limit):
    """Show the stored (merged) events as a table."""
    from rich.table import Table

    store = _open(db)
    try:
        found = store.events(_event_filter(country, admin1, since, until, event_type, actor, limit))
    finally:
        store.close()
    table = Table(
        "id",
        "date",
        "type",
        "actor1",
        "actor2",
        "location",
        "admin1",
        "country",
        "fatalities",
        "articles",
        title=f"{len(found)} events",
    )
    for e in found:
        loc = e.location
        table.add_row(
            e.id,
            e.event_date or "",
            e.sub_event_type or e.event_type or "",
            e.actor1.name if e.actor1 else "",
            e.actor2.name if e.actor2 else "",
            loc.name if loc else "",
            (loc.admin1 or "") if loc else "",
            (loc.country or "") if loc else "",
            "" if e.fatalities is None else str(e.fatalities),
            str(len(e.article_ids)),
        )
    _console().print(table)


@click.command()
@click.option("--db", help=DB_HELP)
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["acled-csv", "ucdp-csv", "geojson", "jsonl", "plover-json", "parquet"]),
)
@click.option("-o", "--output", default="-", show_default=True, help="Output file ('-' is standard output).")
@_filters
def export(db, fmt, output, country, admin1, since, until, event_type, actor):
    """Export the stored events: ACLED CSV, UCDP GED CSV, GeoJSON, JSONL, PLOVER JSON or Parquet."""
    from .export import export as run_export

    store = _open(db)
    try:
        found = store.events(_event_filter(country, admin1, since, until, event_type, actor))
        info = store.article_info()
    finally:
        store.close()
    if fmt == "parquet":
        n = run_export(found, fmt, sys.stdout.buffer if output == "-" else output, info)
    elif output == "-":
        n = run_export(found, fmt, sys.stdout, info)
    else:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            n = run_export(found, fmt, fh, info)
    click.echo(f"warlog export: {n} events as {fmt}" + (f" to {output}" if output != "-" else ""), err=True)


commands.extend([ingest, rejected, events, export])
