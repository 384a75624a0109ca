"""The quality gate: metrics against the floors pinned in quality_floors.toml."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from warlog.evaluation.gate import check_floors, gate_passes, load_config
from warlog.evaluation.report import MAIN_METRICS

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "quality_floors.toml"


def _gate_script():
    spec = importlib.util.spec_from_file_location("quality_gate", ROOT / "scripts" / "quality_gate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gate_fails_when_a_metric_is_below_its_floor():
    checks = check_floors(
        {"event_type_accuracy": 0.87, "actor_match": 0.7}, {"event_type_accuracy": 0.88, "actor_match": 0.65}
    )
    assert [c.ok for c in checks] == [False, True]
    assert not gate_passes(checks)
    assert checks[0].line().startswith("FAIL  event_type_accuracy")


def test_gate_passes_at_the_floor():
    assert gate_passes(check_floors({"event_type_accuracy": 0.88}, {"event_type_accuracy": 0.88}))


@pytest.mark.parametrize("metrics", [{}, {"date_exact": None}, {"date_exact": True}])
def test_gate_fails_when_a_floored_metric_is_missing(metrics):
    assert not gate_passes(check_floors(metrics, {"date_exact": 0.0}))


def test_fatalities_mae_floor_is_a_ceiling():
    assert gate_passes(check_floors({"fatalities_mae": 1.5}, {"fatalities_mae": 2.0}))
    assert not gate_passes(check_floors({"fatalities_mae": 2.5}, {"fatalities_mae": 2.0}))


def test_gate_script_prints_each_metric_and_exits_non_zero(capsys):
    status = _gate_script().report({"rows": 950, "event_type_accuracy": 0.5}, {"event_type_accuracy": 0.88})
    out = capsys.readouterr().out
    assert status == 1
    assert "FAIL  event_type_accuracy" in out and "0.5000" in out and "0.8800" in out


def test_gate_script_exits_2_when_the_gold_file_is_absent(tmp_path):
    floors = tmp_path / "floors.toml"
    floors.write_text('[sample]\ngold_csv = "absent.csv"\nevery = 10\n[floors]\n', encoding="utf-8")
    assert _gate_script().run_gate(floors) == 2


def test_pinned_floors_name_only_metrics_the_evaluation_reports():
    config = load_config(FLOORS)
    assert config.every == 10
    assert config.gold_csv.endswith("acled_africa_dev.csv")
    assert set(config.floors) <= set(MAIN_METRICS)
    assert all(0.0 <= floor <= 1.0 for name, floor in config.floors.items() if name != "fatalities_mae")


def test_gate_suggests_raising_a_stale_floor():
    (check,) = check_floors({"actor_match": 0.70}, {"actor_match": 0.5})
    assert "raise the floor? measured - 0.01 = 0.69" in check.line()
    (close,) = check_floors({"actor_match": 0.51}, {"actor_match": 0.5})
    assert "raise" not in close.line()
