"""合计 rows written above their members in an allocation table by region (figures and names
our own): each heads the rows up to the next 合计 row."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_TABLE = """某补助资金分配表
单位:万元
地区 | 已预下达 | 本次下达 | 合计下达 |
全省合计 | 6770 | 1829 | 8599 |
甲市合计 | 3190 | 860 | 4050 |
甲一县 | 964 | 260 | 1224 |
甲二县 | 2226 | 600 | 2826 |
乙市合计 | {second} | 311 | 1464 |
乙一县 | 442 | 119 | 561 |
乙二县 | 711 | 192 | 903 |
丙市合计 | 2427 | 658 | 3085 |
丙一县 | 1000 | 300 | 1300 |
丙二县 | 1427 | 358 | 1785 |
丁市合计 | 0 | 0 | 0 |
"""


@pytest.mark.parametrize(("second", "found"), [("1153", []), ("1135", [("1135", "1153")])])
def test_each_total_row_heads_the_rows_up_to_the_next(
    second: str, found: list[tuple[str, str]]
) -> None:
    text = _TABLE.format(second=second)
    stated = [pair for pair in stated_recomputed(text, "sum-mismatch") if pair[0] == second]
    assert stated == found


def test_total_rows_the_rows_below_do_not_make_are_left_alone() -> None:
    # the 合计 rows here close the rows above them: below, no group adds up
    text = """某补助资金分配表
地区 | 已预下达 | 本次下达 |
甲一县 | 964 | 260 |
甲二县 | 2226 | 600 |
甲市合计 | 3190 | 860 |
乙一县 | 442 | 119 |
乙二县 | 711 | 192 |
乙市合计 | 1153 | 311 |
丙一县 | 1000 | 300 |
丙市合计 | 1000 | 300 |
"""
    assert "sum-mismatch" not in codes_of(text)


_CLOSED = """2024年耕地地力保护补贴资金分配表
地区 | 补贴面积 | 补贴资金
青州市合计 | 50.6 | 5,313.0
甲县 | 18.6 | 1,953.0
乙县 | 22.3 | 2,341.5
丙区 | 9.7 | 1,018.5
临江市合计 | 45.6 | 4,788.0
丁县 | 27.4 | 2,877.0
戊县 | 18.2 | {last}
说明：补贴标准为每亩105元。
"""


@pytest.mark.parametrize(("last", "found"), [("1,911.0", []), ("1,191.0", [("4788.0", "4068.0")])])
def test_the_last_group_of_a_table_that_text_closes(
    last: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_CLOSED.format(last=last), "sum-mismatch") == found


def test_the_last_group_before_the_header_said_again_is_left_alone() -> None:
    text = _CLOSED.format(last="1,191.0").replace(
        "说明：", "地区 | 补贴面积 | 补贴资金\n己县 | 1.0 | 105.0\n说明："
    )
    assert stated_recomputed(text, "sum-mismatch") == []


def test_subtotal_rows_after_their_groups_are_not_read_as_heads() -> None:
    # 决策小计 closes the rows above it; read as heads, 决策小计 (18) would take 过程's rows
    # (10 + 8) and 过程小计 (18) 产出's (5 + 13), so that 产出小计 (18) against 效益's rows
    # (9 + 7 = 16) would look wrong
    text = """项目绩效评价评分表
一级指标 | 三级指标 | 分值 | 得分 |
决策 | 立项依据 | 10 | 9 |
 | 绩效目标 | 10 | 9 |
决策小计 |  | 20 | 18 |
过程 | 资金到位率 | 10 | 10 |
 | 预算执行率 | 10 | 8 |
过程小计 |  | 20 | 18 |
产出 | 数量 | 5 | 5 |
 | 质量 | 15 | 13 |
产出小计 |  | 20 | 18 |
效益 | 社会效益 | 10 | 9 |
 | 满意度 | 10 | 7 |
效益小计 |  | 20 | 16 |
总分 |  | 80 | 70 |
"""
    assert stated_recomputed(text, "sum-mismatch") == []
