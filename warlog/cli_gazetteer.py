"""CLI commands of one area, registered on the main group by warlog.cli."""

from __future__ import annotations

import click

commands: list[click.Command] = []  # top-level commands
eval_commands: list[click.Command] = []  # under `warlog eval`
