"""Named formulas that indicators refer to from their framework file.

Each formula takes its named inputs (already summed and checked for blanks) and returns
a rate in percent rounded half-up to 2 decimals, or None when its denominator is zero
(the indicator is then 不适用). A framework names a formula; it never holds code.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from decimal import Decimal

from jixiao.core.numbers import percent
from jixiao.core.numbers import round2

Formula = Callable[[Mapping[str, Decimal]], Decimal | None]

#: Qualitative indicators use this formula name: the value is the unit's answer.
ANSWER = "answer"


def ratio(args: Mapping[str, Decimal]) -> Decimal | None:
    """numerator ÷ denominator × 100% (执行率, 控制率, 完成率)."""
    return percent(args["numerator"], args["denominator"])


def change_rate(args: Mapping[str, Decimal]) -> Decimal | None:
    """(current − base) ÷ base × 100% (预算调整率, 三公经费变动率)."""
    return percent(args["current"] - args["base"], args["base"])


def gap_rate(args: Mapping[str, Decimal]) -> Decimal | None:
    """(total − used) ÷ total × 100% (结转结余率 from amounts, not from a rounded rate)."""
    return percent(args["total"] - args["used"], args["total"])


def value(args: Mapping[str, Decimal]) -> Decimal | None:
    """The reported figure itself (满意度, a stated rate), rounded to 2 decimals."""
    return round2(args["value"])


FORMULAS: dict[str, Formula] = {
    "ratio": ratio,
    "change_rate": change_rate,
    "gap_rate": gap_rate,
    "value": value,
}

#: The inputs each formula expects, for validating frameworks.
FORMULA_ARGS: dict[str, frozenset[str]] = {
    "ratio": frozenset({"numerator", "denominator"}),
    "change_rate": frozenset({"current", "base"}),
    "gap_rate": frozenset({"total", "used"}),
    "value": frozenset({"value"}),
    ANSWER: frozenset({"answer"}),
}
