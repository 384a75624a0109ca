"""`warlog eval acled` end to end: a tiny invented CSV through the real pipeline."""

from __future__ import annotations

import csv
import json

from click.testing import CliRunner

from warlog.cli import main

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "notes",
    "fatalities",
]
ROWS = [
    ["TST1", "2021-03-03", "Battles", "Armed clash", "Military Forces of Testland (2016-)", "Al Testab",
     "On 3 March 2021, Kenyan soldiers clashed with Al Shabaab militants near Mandera; 4 militants were killed.", "4"],
    ["TST2", "2021-03-05", "Protests", "Peaceful protest", "Protesters (Kenya)", "",
     "On 5 March 2021, traders staged a peaceful protest in Kisumu over new market fees.", "0"],
    ["TST3", "2021-03-05", "Riots", "", "", "", "", "0"],
]  # fmt: skip


def test_eval_acled_cli_scores_rows_and_reports_skipped_ones(tmp_path):
    path = tmp_path / "gold.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([COLUMNS, *ROWS])
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(main, ["eval", "acled", str(path), "--json", "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["rows"] == 2
    assert metrics["skipped_rows"] == 1
    assert "row 3 (line 4) skipped: empty notes" in result.stderr
    for name in ("event_type_accuracy", "sub_event_type_macro_f1", "actor_match", "date_exact", "rows_per_s"):
        assert name in metrics
    assert metrics["location_within_25km"] is None  # no latitude/longitude columns
    assert errors.exists()


def test_eval_acled_cli_table_report(tmp_path):
    path = tmp_path / "gold.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([COLUMNS, *ROWS[:2]])
    result = CliRunner().invoke(main, ["eval", "acled", str(path)])
    assert result.exit_code == 0, result.output
    assert "event_type confusion" in result.stdout
    assert "event_type_accuracy" in result.stdout
