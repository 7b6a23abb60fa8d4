"""A numbered row of a revenue table against the unnumbered rows right under it (figures
and names our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TABLE = """某县2024年9月份财政收入完成情况表 | ||||
预算科目 | 年度预算 | 本期累计 | 上年同期 | 增减额 | 增减率% |
一、一般公共预算收入 | 88,400 | 61,230 | 58,910 | 2,320 | 3.9 |
1、增值税50% | 30,120 | 21,460 | 20,115 | 1,345 | 6.7 |
2、企业所得税40% | {budget} | 6,840 | 7,320 | -480 | -6.6 |
国税征收 | 6,210 | 4,470 | 4,150 | 320 | 7.7 |
地税征收 | 3,180 | 2,370 | 3,170 | -800 | -25.2 |
3、个人所得税40% | 2,960 | 2,215 | 2,050 | 165 | 8.0 |
"""


@pytest.mark.parametrize(("budget", "found"), [("9,390", []), ("9,930", [("9930", "9390")])])
def test_a_numbered_row_against_the_rows_under_it(budget: str, found: list[object]) -> None:
    # 增减率% is no sum: -6.6 lies between 7.7 and -25.2
    assert stated_recomputed(_TABLE.format(budget=budget), "sum-mismatch") == found


def test_a_qizhong_list_under_a_row_is_left_alone() -> None:
    text = _TABLE.format(budget="9,930").replace("国税征收", "其中：国税征收")
    assert stated_recomputed(text, "sum-mismatch") == []
