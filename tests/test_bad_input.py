"""Bad input never crashes `warlog extract` (issue 2, "Bad input").

The rule: a clear message naming the input on stderr, a non-zero exit status for a single file,
never a traceback; in a batch the good inputs are still processed (their JSONL printed) and the
exit status is non-zero, with a count of the rejected inputs.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from warlog.cli import main

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
GOOD = ARTICLES / "suicide_mogadishu.txt"
GOOD_PUBLISHED = "2024-10-04"
FIFTY_MB = 50 * 1024 * 1024
# The console script, run by this interpreter (the `warlog` entry point calls the same function).
WARLOG = [sys.executable, "-c", "import sys; from warlog.cli import main; sys.exit(main())"]

FRENCH = (
    "Des hommes armés ont attaqué mardi un village près de Djibo, dans le nord du Burkina Faso, tuant sept "
    "civils, selon des sources locales. Les assaillants sont arrivés à moto et ont incendié des maisons avant "
    "de repartir vers la frontière avec le Mali, a indiqué un responsable de la commune."
)
CHINESE = (
    "周二，武装分子袭击了布基纳法索北部吉博附近的一个村庄，造成七名平民死亡。当地消息人士说，"
    "袭击者骑着摩托车抵达，烧毁了房屋，然后向马里边境方向撤离。"
)
# Bytes that are neither UTF-8 nor Windows-1252 (0x81, 0x8d, 0x8f, 0x90, 0x9d are unassigned in cp1252).
UNDECODABLE = (
    b"Gunmen killed seven villagers near Djibo on Tuesday " + bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 40
)
HOSTILE = (
    '<html><head><script>alert("x")</script><style>body{display:none}</style></head><body>'
    "<p>MOGADISHU - A <b>suicide bomber</b> killed at least eight people at a restaurant in Mogadishu on "
    "Thursday, police said. Al Shabaab said it carried out the attack.</p>"
    '<img src=x onerror="alert(1)"><!-- ]]> --> &lt;&amp;&#0; \x1b[31mRED\x1b[0m [bold]x[/bold] [/] '
    "{{7*7}} ${jndi:ldap://example.invalid/a} %s%n' OR 1=1; DROP TABLE events; --</p></body></html>"
)
YESTERDAY = (
    "MOGADISHU - A suicide bomber killed at least eight people at a restaurant near the parliament in "
    "Mogadishu yesterday, police said. Al Shabaab said it carried out the attack."
)


def write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("bad")
    files = {
        "empty": write_bytes(d / "empty.txt", b""),
        "whitespace": write_bytes(d / "whitespace.txt", b"  \n\n\t  \n"),
        "binary": write_bytes(d / "binary.txt", bytes(range(256)) * 40),
        "binary_no_nul": write_bytes(
            d / "controls.txt", bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 200
        ),
        "french": write_bytes(d / "french.txt", FRENCH.encode("utf-8")),
        "chinese": write_bytes(d / "chinese.txt", CHINESE.encode("utf-8")),
        "undecodable": write_bytes(d / "undecodable.txt", UNDECODABLE),
        "bad_utf16": write_bytes(
            d / "utf16.txt", b"\xff\xfe" + "Gunmen attacked a village".encode("utf-16-le") + b"\x00\xd8"
        ),
    }
    big = d / "big.txt"
    with big.open("wb") as f:  # 50 MB of plausible text: rejected by size, never read into the model
        line = b"Police said gunmen attacked a village near Djibo on Tuesday, killing seven people.\n"
        f.write(line * (FIFTY_MB // len(line) + 1))
    files["fifty_mb"] = big
    return files


def run(args: list[str], stdin: bytes | None = None):
    result = CliRunner().invoke(main, args, input=stdin, catch_exceptions=True)
    # A crash inside the command (anything but a deliberate exit) is a traceback in real life.
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"warlog {' '.join(args)} raised {result.exception!r}:\n{result.stderr}"
    )
    assert "Traceback" not in result.stderr
    return result


def assert_rejected(result, name: str) -> None:
    assert result.exit_code != 0, f"{name}: exit status 0, stdout {result.stdout[:200]!r}"
    assert name in result.stderr, f"the message does not name {name}: {result.stderr!r}"
    assert "error" in result.stderr.lower()
    assert result.stdout.strip() == "", "a rejected single input prints no result"


@pytest.mark.parametrize(
    "kind",
    [
        "empty",
        "whitespace",
        "binary",
        "binary_no_nul",
        "french",
        "chinese",
        "undecodable",
        "bad_utf16",
        "fifty_mb",
    ],
)
def test_bad_single_file_is_rejected_with_a_message_naming_it(bad_files, kind):
    path = bad_files[kind]
    result = run(["extract", str(path), "--published", "2024-06-12", "--format", "json"])
    assert_rejected(result, path.name)


def test_fifty_mb_file_is_rejected_by_size(bad_files):
    result = run(["extract", str(bad_files["fifty_mb"]), "--format", "jsonl"])
    assert_rejected(result, "big.txt")
    assert "bytes" in result.stderr or "large" in result.stderr.lower()


def test_non_english_message_says_so(bad_files):
    for kind in ("french", "chinese"):
        result = run(["extract", str(bad_files[kind]), "--format", "json"])
        assert "english" in result.stderr.lower()


@pytest.mark.parametrize("published", ["2099-01-01", "1066-10-14", "12/06/2024", "yesterday", "2024-02-30"])
def test_bad_publication_date_is_rejected(published):
    result = run(["extract", str(GOOD), "--published", published, "--format", "json"])
    assert_rejected(result, GOOD.name)
    assert published in result.stderr or "date" in result.stderr.lower()


def test_missing_file_is_named():
    result = run(["extract", "/nonexistent/dir/article.txt", "--format", "json"])
    assert_rejected(result, "article.txt")


def test_relative_date_without_publication_date_is_flagged(tmp_path):
    """'yesterday' with no publication date (none given, none printed): issue 2 lists this as bad input.

    The event cannot be dated; the issue wants a clear message naming the input and a non-zero status.
    """
    path = write_bytes(tmp_path / "yesterday.txt", YESTERDAY.encode())
    result = run(["extract", str(path), "--format", "json"])
    assert result.exit_code != 0, "exit 0 and an undated event: " + json.dumps(
        [(e["status"], e["event_date"]) for e in json.loads(result.stdout)["events"]]
    )
    assert path.name in result.stderr and "date" in result.stderr.lower()


def test_relative_date_without_publication_date_never_invents_a_date(pipeline):
    """Whatever the CLI decides, the library must not date the event from the clock."""
    result = pipeline.extract(YESTERDAY)
    assert result.article.published is None
    assert all(e.event_date is None for e in result.events)


def test_hostile_html_text_is_handled_without_crash(tmp_path):
    path = write_bytes(tmp_path / "hostile.txt", HOSTILE.encode())
    for fmt in ("json", "table", "acled-csv"):
        result = run(["extract", str(path), "--published", GOOD_PUBLISHED, "--format", fmt])
        if result.exit_code != 0:
            assert path.name in result.stderr
            continue
        if fmt == "json":
            out = json.loads(result.stdout)
            text = out["article"]["text"]
            for e in out["events"]:
                for span in e["spans"]:
                    assert text[span["start"] : span["end"]] == span["text"]
        if fmt == "table":
            assert "\x1b[31m" not in result.stdout, "escape sequences from the article reach the terminal"


def test_stdin_bad_input_is_named():
    result = run(["extract", "-", "--format", "json"], stdin=b"")
    assert_rejected(result, "<stdin>")
    result = run(["extract", "-", "--format", "json"], stdin=FRENCH.encode())
    assert_rejected(result, "<stdin>")


def test_batch_keeps_going_and_counts_rejections(bad_files, tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    for kind in ("empty", "binary", "french", "undecodable"):
        (batch / bad_files[kind].name).write_bytes(bad_files[kind].read_bytes())
    for name in ("suicide_mogadishu", "arrests_garissa"):
        (batch / f"{name}.txt").write_text((ARTICLES / f"{name}.txt").read_text())
    result = run(["extract", str(batch), "--published", GOOD_PUBLISHED, "--format", "jsonl"])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 2, "the two good articles are still processed"
    assert all(o["events"] for o in lines)
    assert result.exit_code != 0
    for kind in ("empty", "binary", "french", "undecodable"):
        assert bad_files[kind].name in result.stderr
    assert "4 of 6" in result.stderr


def test_batch_of_files_with_the_50mb_one(bad_files):
    result = run(
        [
            "extract",
            str(GOOD),
            str(bad_files["fifty_mb"]),
            str(bad_files["empty"]),
            "--published",
            GOOD_PUBLISHED,
            "--format",
            "jsonl",
        ]
    )
    assert len([line for line in result.stdout.splitlines() if line.strip()]) == 1
    assert result.exit_code != 0
    assert "big.txt" in result.stderr and "empty.txt" in result.stderr and "2 of 3" in result.stderr


def test_real_process_prints_no_traceback(bad_files, tmp_path):
    """The installed command, as a user runs it: every bad kind in one batch, plus one good article."""
    paths = [str(p) for p in bad_files.values()] + [str(GOOD)]
    proc = subprocess.run(
        [*WARLOG, "extract", *paths, "--published", GOOD_PUBLISHED, "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode != 0
    assert len(proc.stdout.splitlines()) == 1
    assert f"{len(bad_files)} of {len(paths)}" in proc.stderr


def test_reported_events_are_never_dated_after_publication(pipeline):
    """A date like 2099-01-01 inside the text: no reported event lies in the future of its article."""
    text = (
        "MOGADISHU - A suicide bomber killed at least eight people at a restaurant in Mogadishu on "
        "January 1, 2099, police said on Friday. Al Shabaab said it carried out the attack."
    )
    result = pipeline.extract(text, published="2024-10-04")
    for e in result.reported():
        assert e.event_date is None or e.event_date <= "2024-10-04", e.event_date


def test_future_date_stamp_is_not_taken_as_publication_date(pipeline):
    text = "2099-01-01\n\n" + YESTERDAY
    assert pipeline.article(text).published is None
