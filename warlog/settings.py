"""One settings object: packaged defaults (defaults.toml), overlaid by a user file and env vars."""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    spacy_model: str
    spacy_model_fallback: str
    data_dir: str = ""
    db_url: str
    max_article_bytes: int
    max_article_chars: int
    min_article_chars: int
    max_future_days: int
    merge_window_days: int
    merge_max_distance_km: float
    gazetteer_file: str
    focus_countries: str = ""

    @field_validator("focus_countries")
    @classmethod
    def _known_countries(cls, value: str) -> str:
        from .focus import parse_focus

        parse_focus(value)  # "", "none", "auto" or ISO codes; an unknown code names itself
        return value

    @property
    def data_path(self) -> Path:
        if self.data_dir:
            return Path(self.data_dir).expanduser()
        base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
        return Path(base) / "warlog"

    @property
    def gazetteer_path(self) -> Path:
        return self.data_path / self.gazetteer_file


def _defaults() -> dict:
    text = resources.files("warlog").joinpath("defaults.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def load_settings(path: str | os.PathLike | None = None, **overrides) -> Settings:
    values = _defaults()
    user = path or os.environ.get("WARLOG_SETTINGS")
    if user:
        with open(user, "rb") as fh:
            values.update(tomllib.load(fh))
    for key in list(values):
        env = os.environ.get(f"WARLOG_{key.upper()}")
        if env is not None:
            values[key] = env
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)


@lru_cache(maxsize=1)
def default_settings() -> Settings:
    return load_settings()
