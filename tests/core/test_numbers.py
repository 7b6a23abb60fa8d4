from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.core.numbers import fmt_decimal
from jixiao.core.numbers import parse_number
from jixiao.core.numbers import percent
from jixiao.core.numbers import round2


@pytest.mark.parametrize(
    ("num", "den", "expected"),
    [
        ("169.11", "187.95", "89.98"),  # seed 预算执行率
        ("28.59", "159.36", "17.94"),  # seed 预算调整率
        ("5.70", "7.44", "76.61"),  # seed 公用经费控制率
        ("3.77", "4.08", "92.40"),  # seed 政府采购执行率
        ("18.84", "187.95", "10.02"),  # seed 结转结余率 from amounts
        ("1", "8", "12.50"),
    ],
)
def test_percent_reproduces_hand_computed_rates(num: str, den: str, expected: str) -> None:
    assert percent(Decimal(num), Decimal(den)) == Decimal(expected)


def test_percent_of_zero_denominator_is_not_a_number() -> None:
    assert percent(Decimal(0), Decimal(0)) is None


def test_round2_is_half_up_not_bankers() -> None:
    assert round2(Decimal("0.125")) == Decimal("0.13")
    assert round2(Decimal("2.675")) == Decimal("2.68")


def test_fmt_decimal_keeps_trailing_zero() -> None:
    assert fmt_decimal(Decimal("92.4")) == "92.40"


@pytest.mark.parametrize(
    ("raw", "value", "unit"),
    [
        ("7.44万元", "7.44", "万元"),
        ("１２３", "123", ""),
        ("1,234.50", "1234.50", ""),
        (7.44, "7.44", ""),
        (6, "6", ""),
        ("89.98%", "89.98", "%"),
    ],
)
def test_parse_number_reads_what_people_type(raw: object, value: str, unit: str) -> None:
    parsed = parse_number(raw)
    assert parsed.problem is None
    assert parsed.value == Decimal(value)
    assert parsed.unit == unit


@pytest.mark.parametrize("raw", ["", "—", "-", None, "  "])
def test_blanks_are_blank_never_zero(raw: object) -> None:
    parsed = parse_number(raw)
    assert parsed.value is None
    assert parsed.problem is None


@pytest.mark.parametrize("raw", ["约七万", "7.44.1", "abc", True])
def test_text_is_a_problem_not_zero(raw: object) -> None:
    parsed = parse_number(raw)
    assert parsed.value is None
    assert parsed.problem
