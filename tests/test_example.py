"""The canonical example of DESIGN.md: ../shared/examples/000_e8c45eb05f8b382b.txt must yield every fact.

Runs the installed command as a user would, and scores its JSON with ../shared/tools/check_expected.py.
Skipped (with the reason) where ../shared is absent: the article is not ours to copy into the project.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

EXAMPLE = "000_e8c45eb05f8b382b"
PUBLISHED = "2018-02-08"
WARLOG = [sys.executable, "-c", "import sys; from warlog.cli import main; sys.exit(main())"]

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def example(shared_dir):
    text = shared_dir / "examples" / f"{EXAMPLE}.txt"
    expected = shared_dir / "examples" / f"{EXAMPLE}.expected.json"
    checker = shared_dir / "tools" / "check_expected.py"
    for p in (text, expected, checker):
        if not p.exists():
            pytest.skip(f"{p} is absent from ../shared")
    return text, expected, checker


@pytest.fixture(scope="module")
def cli_output(example, tmp_path_factory):
    text, _, _ = example
    proc = subprocess.run(
        [*WARLOG, "extract", str(text), "--published", PUBLISHED, "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    out = tmp_path_factory.mktemp("example") / f"{EXAMPLE}.json"
    out.write_text(proc.stdout)
    return out


def test_cli_output_has_every_expected_fact(example, cli_output):
    _, expected, checker = example
    proc = subprocess.run(
        [sys.executable, str(checker), str(expected), str(cli_output)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    assert proc.returncode == 0, f"check_expected.py: {last}\n{proc.stdout}{proc.stderr}"
    got, total = map(int, last.removeprefix("facts ").split("/"))
    assert got == total and total >= 10


def test_library_gives_the_same_events_as_the_cli(example, cli_output, pipeline):
    text, _, _ = example
    lib = pipeline.extract(text.read_text(encoding="utf-8"), published=PUBLISHED).to_json()
    assert lib["events"] == json.loads(cli_output.read_text())["events"]


def test_background_sentences_give_no_reported_event_before_2018(cli_output):
    out = json.loads(cli_output.read_text())
    for e in out["events"]:
        if e["status"] == "reported":
            assert e["event_date"] and e["event_date"] >= "2018-02-01"
