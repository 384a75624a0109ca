"""Scoring the geoparser: metrics on tiny gold files written here, the CLI command, the dev data."""

from __future__ import annotations

import json
import math

import pytest
from click.testing import CliRunner

from warlog.cli import main
from warlog.geoeval import MAX_ERROR_KM, auc, evaluate_event_locations, evaluate_geoparse, prf

DOC = {
    "corpus": "test",
    "doc_id": "1",
    "title": "",
    "url": "",
    "domain": "",
    "dltime": "",
    "text": "Police in Garissa said gunmen attacked a bus near Mandera in Kenya on Monday.",
    "toponyms": [
        {"start": 10, "end": 17, "phrase": "Garissa", "lat": -0.45275, "lon": 39.64601},
        {"start": 50, "end": 57, "phrase": "Mandera", "lat": 3.93726, "lon": 41.85688},
        {"start": 61, "end": 66, "phrase": "Kenya", "lat": 1.0, "lon": 38.0},
    ],
}


@pytest.fixture()
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(DOC) + "\n", encoding="utf-8")
    return path


def test_auc_is_zero_for_exact_and_one_for_the_largest_error():
    assert auc([0.0, 0.0]) == 0.0
    assert math.isclose(auc([MAX_ERROR_KM, MAX_ERROR_KM]), 1.0)
    assert auc([]) is None


def test_prf():
    assert prf(2, 4, 2) == (0.5, 1.0, pytest.approx(2 / 3))
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)


def test_geoparse_scores_a_small_gold_file(gold_file, nlp):
    result = evaluate_geoparse(gold_file, nlp=nlp)
    assert result["docs"] == 1 and result["toponyms"] == 3
    assert result["recognition_recall"] == 1.0 and result["acc_161km"] == 1.0
    assert set(result) >= {
        "docs",
        "toponyms",
        "recognition_precision",
        "recognition_recall",
        "recognition_f1",
        "acc_161km",
        "mean_error_km",
        "median_error_km",
        "auc",
        "seconds",
    }


def test_eval_geoparse_command_prints_json(gold_file):
    out = CliRunner().invoke(main, ["eval", "geoparse", str(gold_file), "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output.strip().splitlines()[-1])["toponyms"] == 3


def test_bad_gold_line_is_a_clear_error(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("{not json\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["eval", "geoparse", str(path)])
    assert out.exit_code != 0 and "line 1" in out.output


def test_event_location_rows_with_token_offsets(tmp_path, nlp):
    text = "Around 100,000 supporters demonstrated in Rome on Saturday."
    rows = [
        {
            "text": text,
            "event_verbs": [{"start": 26, "end": 38, "text": "demonstrated"}],
            "event_locations": [{"start": 42, "end": 46, "text": "Rome"}],
        },
        # token offsets, as part of the dev file has them: token 5 is "Rome"
        {
            "text": text,
            "event_verbs": [{"start": 26, "end": 38, "text": "demonstrated"}],
            "event_locations": [{"start": 5, "end": 5, "text": ""}],
        },
        {
            "text": "Three people were killed, police said.",
            "event_verbs": [{"start": 18, "end": 24, "text": "killed"}],
            "event_locations": [],
        },
    ]
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = evaluate_event_locations(path, nlp=nlp)
    assert result["rows_scored"] == 2 and result["accuracy"] == 1.0 and result["rows_token_offsets"] == 1
    assert result["rows_no_place"] == 1 and result["no_place_correct"] == 1


def test_lgl_resolution_beats_published_geoparsers(shared_dir):
    """Pinned floor on the shared LGL dev set (Gritta et al. 2018: best published 0.76)."""
    result = evaluate_geoparse(shared_dir / "data" / "dev" / "geoparse_lgl.jsonl", limit=150)
    assert result["acc_161km"] >= 0.78
