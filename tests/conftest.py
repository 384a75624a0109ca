"""Shared fixtures: the real spaCy pipeline (loaded once), the shared dev data (skipped when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WARLOG_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared is absent ({SHARED}): the shared examples and dev data are not here")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from warlog.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def pipeline():
    from warlog.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def first_event(pipeline):
    """The first event the real pipeline codes from a short text (short notes skip the language check)."""

    def first(text: str, published: str):
        events = pipeline.extract(text, published, require_english=False).events
        assert events, f"no event in {text!r}"
        return events[0]

    return first


@pytest.fixture(autouse=True, scope="session")
def _data_dir(tmp_path_factory):
    """Build indexes once per test session, in a temp data dir unless WARLOG_DATA_DIR is set."""
    if not os.environ.get("WARLOG_DATA_DIR"):
        os.environ["WARLOG_DATA_DIR"] = str(tmp_path_factory.mktemp("warlog-data"))
        from warlog.settings import default_settings

        default_settings.cache_clear()
    yield
