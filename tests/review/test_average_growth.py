"""A 年均增长 said between two years' levels, held to the compound growth they give
(figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_CODE = "average-growth-mismatch"


@pytest.mark.parametrize(
    ("rate", "found"),
    [
        # (2468 ÷ 2007)^(1/5) − 1 = 4.22%
        ("4.22", []),
        ("4.37", [("4.37%", "4.22%")]),
        # the simple average, (2468 ÷ 2007 − 1) ÷ 5 = 4.59%: a method, not a slip
        ("4.59", []),
    ],
)
def test_a_compound_growth_over_five_years(rate: str, found: list[tuple[str, str]]) -> None:
    text = (
        "“十三五”以来，全县一般公共预算收入从2015年的2007万元上升到2020年的2468万元，"
        f"年均增长{rate}%；财政总收入从2015年的109308万元上升到2020年的194697万元，"
        "年均增长12.24%。\n"
    )
    assert stated_recomputed(text, _CODE) == found


def test_a_fall_over_three_years() -> None:
    # (3100 ÷ 4000)^(1/3) − 1 = −8.15%: a 年均下降 of 8.15%, not 8.51%
    text = "“三公”经费支出从2019年的4000万元下降到2022年的3100万元，年均下降{rate}%。\n"
    assert stated_recomputed(text.format(rate="8.15"), _CODE) == []
    assert stated_recomputed(text.format(rate="8.51"), _CODE) == [("8.51%", "8.15%")]


def test_levels_of_two_units_say_nothing() -> None:
    text = "参保人数从2018年的12万人增加到2023年的15800户，年均增长5.00%。\n"
    assert stated_recomputed(text, _CODE) == []
