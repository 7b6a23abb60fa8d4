"""An increase of an item last year did not have: it is this year's whole level (a 部门预算
说明's shape; figures ours)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "（二）政府采购预算安排情况说明。\n"
    "2024年政府采购预算26500元，同比增加{change}元，上年无该预算，增长率无可比性。其中：政府"
    "集中采购预算26500元，占政府采购预算的100%，同比增加26500元，上年无该预算。\n"
)


@pytest.mark.parametrize(("change", "found"), [("26500", []), ("25600", [("25600元", "26500元")])])
def test_an_increase_over_nothing_is_this_years_level(
    change: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_TEXT.format(change=change), "difference-mismatch") == found


def test_an_increase_over_a_level_last_year_had_is_not_held_to_this_years() -> None:
    text = "2024年政府采购预算26500元，同比增加6500元，上年为20000元。\n"
    assert stated_recomputed(text, "difference-mismatch") == []
