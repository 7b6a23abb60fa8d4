"""A table's row told again in the text (a 重点项目 bulletin's shape; names and figures ours)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = """2024年1-9月份重点建设项目简讯
■按隶属管理统计：市直项目42个，完成投资{done}亿元，为年投资计划的{rate}；县区项目120个，完成投资210.5亿元。
1-9月份重点项目投资完成情况汇总表
隶 属 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率 |
甲县 | 60 | 150.0 | 112.5 | 75.0% |
乙区 | 60 | 130.0 | 98.0 | 75.4% |
市 直 | 42 | 120.0 | 84.0 | 70.0% |
"""


@pytest.mark.parametrize(
    ("done", "rate", "found"),
    [
        ("84.0", "70%", []),
        ("96.0", "70%", [("96.0亿元", "84.0")]),
        ("84.0", "76%", [("76%", "70.0%")]),
    ],
)
def test_a_row_told_again_with_other_figures(
    done: str, rate: str, found: list[tuple[str, str]]
) -> None:
    text = _TEXT.format(done=done, rate=rate)
    assert stated_recomputed(text, "figure-inconsistent") == found


@pytest.mark.parametrize(
    "change",
    [
        ("市直项目42个", "市直项目40个"),  # no cell of the row told: another count, not the row
        ("完成投资96.0亿元", "完成投资比上年增加96.0亿元"),  # a change, no cell
        ("完成投资96.0亿元", "总投资含自筹96.0亿元"),  # a part of another figure
    ],
)
def test_no_row_told_again(change: tuple[str, str]) -> None:
    text = _TEXT.format(done="96.0", rate="70%").replace(*change)
    assert stated_recomputed(text, "figure-inconsistent") == []
