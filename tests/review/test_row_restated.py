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


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the text rounds the cells
        ("市 直 | 42 | 120.0 | 84.0 | 70.0% |", "市 直 | 42 | 120.04 | 84.04 | 70.01% |"),
        # the text tells the table's 亿元 in 万元
        ("完成投资84.0亿元", "完成投资840000万元"),
        # two rows told in turn with 分别
        (
            "市直项目42个，完成投资84.0亿元",
            "市直、甲县项目分别为42个、60个，分别完成投资96.0亿元、112.5亿元",
        ),
        # a share of another base
        ("为年投资计划的70%", "占全市完成投资的28%"),
    ],
)
def test_rows_told_again_rightly_or_not_at_all(old: str, new: str) -> None:
    text = _TEXT.format(done="84.0", rate="70%")
    assert old in text
    assert stated_recomputed(text.replace(old, new), "figure-inconsistent") == []


def test_a_longer_row_name_that_opens_with_the_row_name() -> None:
    text = _TEXT.format(done="84.0", rate="70%").replace(
        "市直项目42个，完成投资84.0亿元", "市直属企业项目42个，完成投资30.0亿元"
    )
    text += "市直属企业 | 42 | 50.0 | 30.0 | 60.0% |\n"
    assert stated_recomputed(text, "figure-inconsistent") == []
