"""Crash safety: `kill -9` in the middle of `warlog ingest`, rerun, and every article is stored once.

Runs the real CLI (and the real NLP pipeline) in a subprocess, on SQLite and on PostgreSQL. The
1,000-article version of issue 3 is marked ``slow``; the default run uses 120 articles.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from fixtures_store.factory import STORE_KINDS, open_test_store, story

from warlog.ingest import ingest
from warlog.store import open_store

TOWNS = ["Khasham", "Hajin", "Markada", "Raqqa", "Manbij", "Tabqa", "Palmyra", "Idlib", "Homs", "Hama"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CLI = [sys.executable, "-c", "from warlog.cli import main; main()", "ingest"]


def _write_articles(n: int, directory) -> None:
    directory.mkdir()
    for i in range(n):
        lead = (
            f"Syrian government forces clashed with rebels near {TOWNS[i % len(TOWNS)]} on {DAYS[i % 7]}, "
            f"killing at least {i % 17 + 2} people, the Syrian Observatory for Human Rights said."
        )
        (directory / f"{i:05d}.txt").write_text(f"{lead} {story(i)}")


def _articles_stored(url: str) -> int:
    with open_store(url) as s:
        return s.counts()["articles"]


def _kill_mid_run(url: str, src, n: int) -> int:
    proc = subprocess.Popen(
        [*CLI, str(src), "--db", url, "--published", "2018-02-08", "--batch-size", "4"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 300
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        stored = _articles_stored(url)
        if stored >= n // 4:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()[-2000:]
    return _articles_stored(url)


@pytest.fixture(params=STORE_KINDS)
def kind(request):
    return request.param


@pytest.mark.parametrize("n", [120, pytest.param(1000, marks=pytest.mark.slow)])
def test_kill_9_mid_ingest_then_rerun_loses_and_doubles_nothing(kind, n, tmp_path, pipeline):
    # Build the lazily made indexes (gazetteer) before a subprocess could be killed building them.
    pipeline.extract(
        "Soldiers clashed with rebels near Homs on Monday, officials said.", published="2018-02-08"
    )
    src = tmp_path / "articles"
    _write_articles(n, src)
    gen = open_test_store(kind, tmp_path)
    store = next(gen)
    url = getattr(store, "pg_url", None) or f"sqlite:///{store.path}"
    try:
        before = _kill_mid_run(url, src, n)
        assert 0 < before < n, "the kill should land mid-run"
        done = subprocess.run(
            [*CLI, str(src), "--db", url, "--published", "2018-02-08"],
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        assert f"{n - before} added, {before} already stored" in done.stderr
        # The same batch ingested in one clean go gives the same store.
        with open_store(str(tmp_path / "clean.sqlite")) as clean:
            ingest([src], clean, pipeline, published="2018-02-08")
            expected = clean.counts(), _snapshot(clean)
        with open_store(url) as s:
            assert s.counts() == expected[0] and s.counts()["articles"] == n
            assert _snapshot(s) == expected[1]
    finally:
        store.close()
        next(gen, None)


def _snapshot(store) -> list[tuple]:
    return sorted((e.id, tuple(e.article_ids), e.fatalities, len(e.claims)) for e in store.events())
