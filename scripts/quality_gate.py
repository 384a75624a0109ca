#!/usr/bin/env python
"""Quality gate: score a fixed sample of the ACLED dev file and fail when a metric drops below its floor.

    python scripts/quality_gate.py [--floors quality_floors.toml] [--gold PATH] [--json OUT.json]

Exit status: 0 all floors met, 1 a metric below its floor (or missing), 2 the gold file is absent.
The same numbers: `warlog eval acled GOLD.csv --every 10 --json`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from warlog.evaluation import evaluate_acled
from warlog.evaluation.gate import check_floors, gate_passes, load_config

ROOT = Path(__file__).resolve().parent.parent


def run_gate(floors_path: Path, gold: str | None = None, json_out: str | None = None) -> int:
    config = load_config(floors_path)
    gold_csv = gold or config.gold_csv
    if not Path(gold_csv).is_file():
        print(f"quality gate: gold file {gold_csv} is absent", file=sys.stderr)
        return 2
    result = evaluate_acled(gold_csv, every=config.every)
    if json_out:
        Path(json_out).write_text(json.dumps(result.metrics, indent=2), encoding="utf-8")
    return report(result.metrics, config.floors)


def report(metrics: dict, floors: dict[str, float]) -> int:
    """Print each metric against its floor; 0 when all are met, else 1."""
    checks = check_floors(metrics, floors)
    print(
        f"quality gate: {metrics.get('rows')} rows, {metrics.get('skipped_rows')} skipped, "
        f"{metrics.get('extraction_errors')} extraction errors, {metrics.get('rows_per_s')} rows/s"
    )
    for check in checks:
        print(check.line())
    passed = gate_passes(checks)
    print("quality gate: passed" if passed else "quality gate: FAILED (a metric is below its floor)")
    return 0 if passed else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floors", type=Path, default=ROOT / "quality_floors.toml")
    parser.add_argument("--gold", help="gold CSV (default: [sample].gold_csv of the floors file)")
    parser.add_argument("--json", dest="json_out", help="also write the measured metrics here")
    args = parser.parse_args(argv)
    return run_gate(args.floors, args.gold, args.json_out)


if __name__ == "__main__":
    sys.exit(main())
