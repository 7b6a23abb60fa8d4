"""A 决算 table's rows run together on one line by an export, each a label, three amounts and
two rates (the shape of a district's 一般公共预算收入执行情况表; figures our own)."""

from __future__ import annotations

from review_support import codes_of
from review_support import stated_recomputed

HEAD = "2023年预算执行情况\n表一 单位:万元\n"
ROWS = (
    "项目 2022年完成数 2023年预算数 2023年完成数 完成预算% 增长% "
    "税收收入小计 20,000 22,000 22,000 100.00% 10.00% "
    "增值税 8,000 9,000 8,800 97.78% 10.00% "
    "企业所得税 500 600 660 110.00% {growth} "
    "个人所得税 400 450 450 100.00% 12.50% "
    "房产税 1,200 1,300 1,380 106.15% 15.00%\n"
)


def test_a_rate_the_other_rows_formula_does_not_give() -> None:
    assert "rate-mismatch" not in codes_of(HEAD + ROWS.format(growth="32.00%"))
    assert stated_recomputed(HEAD + ROWS.format(growth="23.00%"), "rate-mismatch") == [
        ("23.00%", "32.00%")
    ]


def test_rows_with_no_formula_of_their_own_are_left_alone() -> None:
    # two rows of five no longer fit any formula: which one the table means cannot be told
    text = ROWS.format(growth="23.00%").replace("12.50%", "21.50%")
    assert "rate-mismatch" not in codes_of(HEAD + text)
