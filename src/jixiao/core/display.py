"""How values and targets are printed: 89.98%, ≥90%, 未填报."""

from __future__ import annotations

from decimal import Decimal

from jixiao.core.numbers import fmt_decimal
from jixiao.core.numbers import fmt_plain

NOT_FILLED = "未填报"


def show_value(value: Decimal | None, unit: str) -> str:
    """Print a value with its unit: percentages keep 2 decimals (92.40%)."""
    if value is None:
        return NOT_FILLED
    if unit == "%":
        return f"{fmt_decimal(value)}%"
    return f"{fmt_plain(value)}{unit}"


def show_target(target: Decimal | None, comparison: str | None, unit: str) -> str:
    """Print a target as the unit set it: ``≥90%``, ``≤100%``, ``12.5亿元``; "" when none.

    A target is a stated figure, not a computed rate, so it keeps its own digits (the
    table and the report print it the same way); ``=`` is implied, not printed.
    """
    if target is None:
        return ""
    sign = {">=": "≥", "<=": "≤"}.get(comparison or "", "")
    return f"{sign}{fmt_plain(target)}{unit}"
