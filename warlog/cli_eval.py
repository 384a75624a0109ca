"""CLI commands of one area, registered on the main group by warlog.cli."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click

commands: list[click.Command] = []  # top-level commands
eval_commands: list[click.Command] = []  # under `warlog eval`


@click.command(name="acled")
@click.argument("gold_csv", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N rows (after --every).")
@click.option("--every", type=click.IntRange(min=1), help="Score every N-th row only (1st, N+1-th, ...).")
@click.option(
    "--offset",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="With --every N: start at row K+1 (K+1-th, N+K+1-th, ...), K < N; a sample disjoint from K=0's.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object of metrics instead of tables.")
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, writable=True),
    help="Write one JSON line per wrong field of a row (filter on its 'field' key).",
)
@click.option(
    "--focus",
    default="auto",
    show_default=True,
    help="The collection's country focus: 'auto' (inferred from the notes, never from gold columns), "
    "'none', or ISO codes such as KE,BF.",
)
def acled(gold_csv, limit, every, offset, as_json, errors_path, focus):
    """Score extraction against an ACLED-format CSV: `notes` in, every other column gold.

    Malformed rows are reported on stderr with their row number and skipped. With --errors, e.g.
    `jq -c 'select(.field=="sub_event_type") | [.gold, .pred]' ERR.jsonl | sort | uniq -c | sort -rn`
    lists the most common sub-event confusions.
    """
    from rich.console import Console

    from .errors import WarlogError
    from .evaluation import evaluate_acled, write_errors
    from .evaluation.acled import problem_lines
    from .evaluation.report import print_report
    from .focus import parse_focus

    if every and offset >= every:
        raise click.BadParameter(f"must be below --every ({every})", param_hint="--offset")
    try:
        parse_focus(focus)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--focus") from None
    try:
        with _progress(Console(stderr=True)) as progress:
            result = evaluate_acled(
                gold_csv, limit=limit, every=every, offset=offset, progress=progress, focus=focus
            )
    except WarlogError as exc:
        raise click.ClickException(str(exc)) from None
    for line in problem_lines(result):
        click.echo(f"warlog: {line}", err=True)
    if errors_path:
        lines = write_errors(result, errors_path)
        click.echo(f"wrote {lines} mismatches to {errors_path}", err=True)
    if as_json:
        click.echo(json.dumps(result.metrics, ensure_ascii=False, indent=2))
    else:
        print_report(result.metrics)


@contextmanager
def _progress(console) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on stderr (rows done of rows read); silent when stderr is not a terminal."""
    from rich.progress import Progress

    with Progress(console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("scoring rows", total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


eval_commands.append(acled)
