"""Scoring warlog against gold data: ``evaluate_acled`` (ACLED CSV) and the quality gate's floors."""

from __future__ import annotations

from .acled import EvalResult, evaluate_acled, write_errors

__all__ = ["EvalResult", "evaluate_acled", "write_errors"]
