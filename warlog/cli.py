"""The `warlog` command: thin shells that parse, call one library function, format."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__, cli_eval, cli_gazetteer, cli_store
from .errors import WarlogError

TEXT_SUFFIXES = {".txt", ".text", ".md"}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="warlog")
def main() -> None:
    """warlog: news reports of armed conflict in, ACLED/UCDP-shaped events out."""
    from pydantic import ValidationError

    from .settings import default_settings

    try:
        default_settings()
    except (ValidationError, OSError, ValueError) as exc:  # tomllib errors are ValueErrors
        raise click.ClickException(
            f"invalid settings (warlog/defaults.toml, the WARLOG_SETTINGS file, WARLOG_<KEY> variables): {exc}"
        ) from None


@main.group(name="eval")
def eval_group() -> None:
    """Score warlog against gold data (ACLED CSV, geoparsing corpora)."""


def expand_paths(paths: tuple[str, ...]) -> list[str]:
    """Files as given, directories walked recursively for text files (sorted), '-' kept."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            out.extend(str(f) for f in sorted(path.rglob("*")) if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES)
        else:
            out.append(p)
    return out


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date YYYY-MM-DD (else read from the article, if printed there).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "acled-csv"]), default="table",
              show_default=True)
@click.option("--db", help="Also write the events to this store (sqlite:///file.sqlite, a file path, or postgresql://...).")
@click.option("--all-events", is_flag=True, help="Table: also show background/denied/planned events.")
@click.option(
    "--focus",
    help="The collection's country focus, context for reports that name no country: ISO codes "
    "(KE,BF), 'auto' (inferred from these files) or 'none'. Default: settings focus_countries.",
)
def extract(paths, published, fmt, db, all_events, focus):
    """Extract coded events from article files (a directory is walked; '-' reads stdin)."""
    from .output import print_results
    from .pipeline import default_pipeline

    files = expand_paths(paths)
    if not files:
        raise click.UsageError(f"no article files found in {', '.join(paths)}")
    pipeline = default_pipeline()
    if focus is not None:
        set_focus(pipeline, focus)
    if pipeline.auto_focus:
        pipeline.infer_focus(_sample_texts(files))
        click.echo(f"warlog: country focus {pipeline.focus.describe()}", err=True)
    store = None
    if db:
        from .store import open_store

        store = open_store(db)
    results, failures = [], 0
    for f in files:
        try:
            result = pipeline.extract_file(f, published=published)
        except WarlogError as exc:
            failures += 1
            click.echo(f"warlog: error: {exc}", err=True)
            continue
        except Exception as exc:  # one article's bug must not end the batch: report it and go on
            failures += 1
            click.echo(f"warlog: internal error on {f}: {type(exc).__name__}: {exc} [W900]", err=True)
            continue
        results.append(result)
        if store is not None:
            store.add_result(result)
        if fmt == "jsonl" or (fmt == "json" and len(files) > 1):
            click.echo(json.dumps(result.to_json(), ensure_ascii=False))
    if fmt == "json" and len(files) == 1 and results:
        click.echo(json.dumps(results[0].to_json(), ensure_ascii=False, indent=2))
    elif fmt in ("table", "acled-csv") and results:
        print_results(results, fmt, all_events=all_events)
    if store is not None:
        store.close()
        click.echo(f"wrote {sum(len(r.events) for r in results)} events from {len(results)} articles to {db}", err=True)
    if failures:
        click.echo(f"warlog: {failures} of {len(files)} inputs rejected", err=True)
        sys.exit(1)


def set_focus(pipeline, value: str) -> None:
    """``--focus``: an unknown country code is a usage error naming it."""
    try:
        pipeline.set_focus(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--focus") from None


def _sample_texts(files: list[str]) -> list[str]:
    """Texts of a sample of the files for inferring the focus; unreadable ones are left to extract."""
    from .articles import read_article
    from .focus import sample

    texts = []
    for f in sample([f for f in files if f != "-"]):
        try:
            texts.append(read_article(f).text)
        except WarlogError:
            continue
    return texts


@main.command()
def schema():
    """Print the JSON Schema of `warlog extract --format json` output."""
    from .records import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


for _module in (cli_store, cli_gazetteer, cli_eval):
    for _cmd in getattr(_module, "commands", []):
        main.add_command(_cmd)
    for _cmd in getattr(_module, "eval_commands", []):
        eval_group.add_command(_cmd)
