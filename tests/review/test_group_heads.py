"""An allocation table whose county totals stand in merged cells at the head of their towns'
rows, saved by a web page one group after another (the shape of a city's 整镇推进 notice;
names and figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TABLE = """附件1 乡村振兴专项资金分配表
县(市、区) | 合计 | 镇(乡) | 乡镇类型 | 补助资金(万元)
东港区 | 80 | 前湖镇 | 工贸带动型 | 40 | 峰岭镇 | 城乡融合型 | 40
南安县 | 160 | 川口镇 | 农业生态型 | 40 | 山前镇 | 工贸带动型 | 40
紫溪镇 | 城乡融合型 | {purple}
小洲镇 | 农业生态型 | 40
石湖市 | 40 | 锦江镇 | 工贸带动型 | 40
西江市 | {west} | 内坑镇 | 工贸带动型 | 40 | 西滨镇 | 城乡融合型 | 40
永春县 | 80 | 桂洋镇 | 农业生态型 | 40 | 湖洋镇 | 城乡融合型 | 40
附件2 绩效目标表
"""


@pytest.mark.parametrize(
    ("purple", "west", "found"),
    [
        ("40", "80", []),
        ("50", "80", [("160", "170")]),
        ("40", "90", [("90", "80")]),
    ],
)
def test_each_head_against_the_members_after_it(
    purple: str, west: str, found: list[tuple[str, str]]
) -> None:
    text = _TABLE.format(purple=purple, west=west)
    assert stated_recomputed(text, "sum-mismatch") == found


def test_the_last_group_short_of_its_head_is_a_table_cut_off() -> None:
    text = _TABLE.format(purple="40", west="80").replace(" | 湖洋镇 | 城乡融合型 | 40", "")
    assert stated_recomputed(text, "sum-mismatch") == []


def test_one_group_that_adds_up_proves_no_shape() -> None:
    rows = _TABLE.format(purple="50", west="80").splitlines()
    text = "\n".join([*rows[:2], *rows[3:6], rows[-1]])  # 南安县 alone, its towns 50 over
    assert stated_recomputed(text, "sum-mismatch") == []


def test_a_town_whose_blank_type_cell_was_dropped_is_no_head() -> None:
    text = _TABLE.format(purple="40", west="80").replace(
        "紫溪镇 | 城乡融合型 | 40", "紫溪镇 |  | 40"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


def test_a_remark_joined_to_the_next_county_makes_no_slip() -> None:
    # “省级示范镇” closing 小洲镇's row reads as a name of 石湖市's: its 40 then looks like a
    # town of 南安县, whose towns then add to twice its total — a misreading, not a fault
    text = _TABLE.format(purple="40", west="80").replace(
        "小洲镇 | 农业生态型 | 40", "小洲镇 | 农业生态型 | 40 | 省级示范镇"
    )
    assert stated_recomputed(text, "sum-mismatch") == []
