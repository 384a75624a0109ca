"""Every command and every setting is documented (sqlite-utils' habit)."""

import tomllib
from importlib import resources
from pathlib import Path

import click

from warlog.cli import main
from warlog.settings import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def _commands(group: click.Group, prefix: str = "warlog"):
    for name, cmd in group.commands.items():
        yield f"{prefix} {name}"
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, f"{prefix} {name}")


def test_every_command_is_in_the_readme():
    missing = [c for c in _commands(main) if c not in README]
    assert not missing, f"undocumented commands: {missing}"


def test_every_command_has_help():
    assert all(cmd.help or cmd.callback.__doc__ for cmd in main.commands.values())


def test_every_setting_has_a_packaged_default_with_a_comment():
    text = resources.files("warlog").joinpath("defaults.toml").read_text()
    defaults = tomllib.loads(text)
    assert set(defaults) == set(Settings.model_fields)
    lines = text.splitlines()
    for key in defaults:
        i = next(i for i, line in enumerate(lines) if line.startswith(f"{key} ="))
        assert any(line.startswith("#") for line in lines[max(0, i - 3):i]), f"{key} has no comment"
