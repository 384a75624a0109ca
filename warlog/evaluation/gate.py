"""The quality gate: measured metrics against floors pinned in ``quality_floors.toml``.

A floor is a minimum for a metric where higher is better (accuracies, shares, F1) and a maximum for
the metrics named in ``LOWER_IS_BETTER`` (``fatalities_mae``). A metric that is missing or None
while a floor is pinned fails: a metric that silently stops being measured must not pass.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LOWER_IS_BETTER = frozenset({"fatalities_mae"})
# A floor this far below its measurement is stale: the gate says so (floors rise with accuracy).
RAISE_HINT_MARGIN = 0.02


@dataclass(frozen=True)
class GateConfig:
    gold_csv: str
    every: int
    floors: dict[str, float]


@dataclass(frozen=True)
class FloorCheck:
    metric: str
    value: float | None
    floor: float

    @property
    def ok(self) -> bool:
        if self.value is None:
            return False
        return self.value <= self.floor if self.metric in LOWER_IS_BETTER else self.value >= self.floor

    def line(self) -> str:
        shown = "missing" if self.value is None else f"{self.value:.4f}"
        relation = "<=" if self.metric in LOWER_IS_BETTER else ">="
        line = f"{'PASS' if self.ok else 'FAIL'}  {self.metric:32s} {shown:>8s}  {relation} {self.floor:.4f}"
        return line + self.raise_hint()

    def raise_hint(self) -> str:
        """A reminder to raise a floor that the measurement clears by more than RAISE_HINT_MARGIN."""
        if (
            self.value is None
            or self.metric in LOWER_IS_BETTER
            or self.value - self.floor <= RAISE_HINT_MARGIN
        ):
            return ""
        return f"  (raise the floor? measured - 0.01 = {self.value - 0.01:.2f})"


def load_config(path: str | Path) -> GateConfig:
    """The sample (``[sample]``: gold_csv relative to the file's folder, every) and the ``[floors]``."""
    path = Path(path)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    sample = data.get("sample", {})
    gold = Path(sample.get("gold_csv", "../shared/data/dev/acled_africa_dev.csv"))
    gold = gold if gold.is_absolute() else path.parent / gold
    floors = {name: float(value) for name, value in data.get("floors", {}).items()}
    return GateConfig(str(gold), int(sample.get("every", 10)), floors)


def check_floors(metrics: dict[str, Any], floors: dict[str, float]) -> list[FloorCheck]:
    """One check per pinned floor, in the file's order."""
    return [FloorCheck(name, _number(metrics.get(name)), floor) for name, floor in floors.items()]


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def gate_passes(checks: list[FloorCheck]) -> bool:
    return all(c.ok for c in checks)
