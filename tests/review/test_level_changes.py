"""A total told with its change over last year, split into parts told the same way (figures
and names our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "元至6月，全市累计完成一般公共预算收入{whole}亿元，同比增加1.49亿元，增长1.85%。其中：地方"
    "财政收入完成52.40亿元，增加1.85亿元，增长3.6%；上划中央收入完成24.15亿元，减少0.32亿元，"
    "负增长1.31%；上划省级收入完成5.62亿元，减少410万元，负增长0.72%。\n"
)


@pytest.mark.parametrize(
    ("whole", "found"), [("82.17", []), ("82.71", [("82.71亿元", "82.17亿元")])]
)
def test_changes_that_make_the_totals_make_its_levels_a_sum(
    whole: str, found: list[object]
) -> None:
    # 1.85 − 0.32 − 0.041 = 1.489 ≈ 1.49: the three parts are all of it
    assert stated_recomputed(_TEXT.format(whole=whole), "sum-mismatch") == found


def test_the_level_is_not_the_budget_its_rate_is_of() -> None:
    # 24627 is the level; 60999 the budget its 40.4% is of
    text = (
        "4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收"
        "1070万元，下降4.2%。其中：税收收入8103万元，比上年增收1284万元，增长18.8%；非税收入"
        "16524万元，比上年减收2354万元，下降12.5%。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


@pytest.mark.parametrize(
    ("rate", "found"),
    [
        ("36.99%", []),  # 1350000 ÷ (5000000 − 1350000): said of the 总预算
        ("39.69%", [("39.69%", "36.99%")]),  # the total's rate, two digits swapped
        ("41.20%", [("41.20%", "55.10%")]),  # neither: held to the figure just before
    ],
)
def test_a_change_after_a_qizhong_list_held_to_the_total_its_rate_slips_from(
    rate: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "本部门总预算5000000.00元，其中：基本支出预算1200000.00元，项目支出预算3800000.00元，"
        f"同比增加1350000.00元，增长{rate}，主要是项目支出增加。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == found
