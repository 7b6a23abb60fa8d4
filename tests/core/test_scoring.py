from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.core.scoring import RuleInput
from jixiao.core.scoring import bands
from jixiao.core.scoring import deduction
from jixiao.core.scoring import execution
from jixiao.core.scoring import pass_fail
from jixiao.core.scoring import proportional
from jixiao.core.scoring import reverse_ratio
from jixiao.core.scoring import tiers

D = Decimal

HUNAN_BANDS = {
    "absolute": True,
    "bands": [
        {"upto": 0, "points": 3},
        {"upto": 10, "points": 2},
        {"upto": 20, "points": 1},
        {"upto": 30, "points": 0.5},
    ],
}


def rule(
    value: str | None, target: str | None = None, weight: str = "10", **kw: object
) -> RuleInput:
    return RuleInput(
        value=None if value is None else D(value),
        target=None if target is None else D(target),
        comparison=kw.pop("comparison", None),
        weight=D(weight),
        **kw,  # type: ignore[arg-type]
    )


def test_execution_is_weight_times_rate_capped() -> None:
    assert execution(rule("89.98")) == D("9.00")  # the seed: 10 × 89.98% = 8.998 → 9.00 of 10
    assert execution(rule("76")) == D("7.60")  # Chongqing form: 76% → 7.6
    assert execution(rule("120")) == D("10.00")


def test_proportional() -> None:
    assert proportional(rule("17.3", "12.5")) == D("10.00")
    assert proportional(rule("9", "12", weight="4")) == D("3.00")


def test_reverse_ratio() -> None:
    assert reverse_ratio(rule("76.61", "100", weight="4")) == D("4.00")
    assert reverse_ratio(rule("125", "100", weight="4")) == D("3.20")
    assert reverse_ratio(rule("10.02", "5", weight="3")) == D("1.50")  # 3 × 5 / 10.02


@pytest.mark.parametrize(
    ("value", "points"),
    [("0", "3"), ("5", "2"), ("17.94", "1"), ("-17.94", "1"), ("25", "0.5"), ("31", "0")],
)
def test_bands_as_hunan_table(value: str, points: str) -> None:
    assert bands(rule(value, weight="3", params=HUNAN_BANDS)) == D(points)


def test_deduction_per_point_floors_at_zero() -> None:
    params = {"per_point": "0.4"}
    assert deduction(rule("100", "100", weight="4", comparison="<=", params=params)) == D("4.00")
    assert deduction(rule("105", "100", weight="4", comparison="<=", params=params)) == D("2.00")
    assert deduction(rule("150", "100", weight="4", comparison="<=", params=params)) == D("0.00")


def test_pass_fail_and_tiers() -> None:
    assert pass_fail(rule("1", "1", comparison="=")) == D("10.00")
    assert pass_fail(rule("0", "1", comparison="=")) == D("0.00")
    assert tiers(rule(None, weight="2", coefficient=D("0.7"))) == D("1.40")


# Every rule lands on an exact half cent here: half-up gives 0.13 where half-even gives 0.12.
HALF_CASES = [
    (proportional, rule("0.125", "1", weight="1")),
    (execution, rule("12.5", weight="1")),
    (reverse_ratio, rule("8", "1", weight="1", comparison="<=")),
    (deduction, rule("2", "1", weight="1", comparison="<=", params={"per_point": "0.875"})),
    (tiers, rule(None, weight="0.25", coefficient=D("0.5"))),
    (bands, rule("1", weight="1", params={"bands": [{"upto": 5, "points": "0.125"}]})),
    (pass_fail, rule("1", "1", weight="0.125", comparison=">=")),
]


@pytest.mark.parametrize(("scorer", "given"), HALF_CASES, ids=[c[0].__name__ for c in HALF_CASES])
def test_every_rule_rounds_half_up(scorer: object, given: RuleInput) -> None:
    assert callable(scorer)
    assert scorer(given) == D("0.13")
