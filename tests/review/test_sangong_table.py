"""The “三公” 经费 table of a 部门决算, its 合计 row first (figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_BLANKS = """某局2023年度一般公共预算财政拨款“三公”经费支出决算表
单位:万元
项 目 | 预 算 数 | 决 算 数 |
合 计 | 3.6 | {total} |
因公出国(境)费 | ||
公务接待费 | 3.6 | 2.74 |
公务用车购置及运行维护费 | ||
其中:公务用车运行维护费 | ||
公务用车购置费 |
"""

_FILLED = """项目 | 预算数 | 决算数 |
合计 | 52.00 | 47.36 |
1.因公出国（境）费 | 10.00 | 8.20 |
2.公务用车购置及运行维护费 | 30.00 | {car} |
其中：（1）公务用车购置费 | 0.00 | 0.00 |
（2）公务用车运行维护费 | 30.00 | 27.45 |
3.公务接待费 | 12.00 | 11.71 |
"""


@pytest.mark.parametrize(("total", "found"), [("2.74", []), ("2.47", [("2.47", "2.74")])])
def test_a_total_first_over_kinds_left_blank(total: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_BLANKS.format(total=total), "sum-mismatch") == found


def test_the_car_row_against_its_two_rows_and_in_the_total() -> None:
    assert stated_recomputed(_FILLED.format(car="27.45"), "sum-mismatch") == []
    # 27.54 is wrong against its rows, and the total holds with the rows' 27.45
    wrong = stated_recomputed(_FILLED.format(car="27.54"), "sum-mismatch")
    assert wrong == [("27.54", "27.45")]  # not the 合计 as well


def test_a_table_with_a_row_of_another_kind_is_left_alone() -> None:
    text = _BLANKS.format(total="2.47").replace("因公出国(境)费 | ||", "会议费 | 1.0 | 0.5 |")
    assert stated_recomputed(text, "sum-mismatch") == []
