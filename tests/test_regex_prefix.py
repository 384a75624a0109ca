"""The trigger scanner's prefilter: it tries the cue pattern only where a cue can begin, and finds
exactly what the pattern's own ``finditer`` finds. Texts written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warlog.regex_prefix import Prefilter, leading
from warlog.triggers import _TRIGGER_RE, _TRIGGER_SCAN, find_triggers


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"(?:kill|shot)\s+dead", {"kil", "sho"}),
        (r"ab?c", {"abc", "ac"}),
        (r"x{0,2}y", {"y", "xy", "xxy"}),
        (r"(?:a\w)b", {"a"}),  # nothing known after a \w: "axb" begins with "a", not "ab"
        (r"(?<!anti-)riot\w*", {"rio"}),
    ],
)
def test_leading_strings_of_a_pattern(pattern, expected):
    assert leading(pattern, re.I) == expected


@pytest.mark.parametrize("pattern", [r"\w+", r"(?:\w+\s+)?killed", r"a?", r"[^x]yz", r".ab"])
def test_a_pattern_that_may_begin_anywhere_has_no_leading_strings(pattern):
    assert leading(pattern) is None


def _spans(matches):
    return [(m.start(), m.end(), m.lastgroup) for m in matches]


TEXTS = [
    "Gunmen shot dead two traders and wounded a third near the market on Monday.",
    "Protesters blocked roads and lit tyres; police fired tear gas. Anti-riot police dispersed them.",
    "KİLLED: an upper-case heading, a Kelvin sign \u212aILLED and a long \u017ftab, then stabbed.",
    "Militants (JNIM) ambushed a convoy -planted explosives went off- and a clash followed.",
    "",
    "a",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_scanner_finds_what_finditer_finds(text):
    assert _spans(_TRIGGER_SCAN.finditer(text)) == _spans(_TRIGGER_RE.finditer(text))
    if len(text) > 10:
        assert _spans(_TRIGGER_SCAN.finditer(text, 3, len(text) - 4)) == _spans(
            _TRIGGER_RE.finditer(text, 3, len(text) - 4)
        )


def test_the_scanner_finds_what_finditer_finds_in_the_projects_articles():
    root = Path(__file__).resolve().parent.parent
    files = sorted((root / "tests" / "fixtures" / "articles").glob("*.txt")) + sorted((root / "examples").glob("*.txt"))
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert _spans(_TRIGGER_SCAN.finditer(text)) == _spans(_TRIGGER_RE.finditer(text)), f.name
    assert find_triggers("Police arrested three suspects.")[0].cue == "intervene"


def test_a_pattern_without_a_leading_boundary_is_scanned_whole():
    pf = Prefilter(re.compile(r"dead"))
    assert pf.by_len is None and [m.start() for m in pf.finditer("deadline dead")] == [0, 9]
