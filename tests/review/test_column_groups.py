"""Columns that add up across each row, a 小计 or 合计 column over its group (allocation tables
of a 危房改造 notice and a 转移支付 notice; figures and names our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import codes_of
from review_support import file_stated_recomputed
from review_support import stated_recomputed

_TOWNS = """2022年农村危房改造第二批补助资金分配表
镇街 年度任务(户) 第一批已拨付(万元) 本次应拨付补助资金(万元) 备注
小计 C级 D级 无房 C级 D级 无房 小计 C级 D级 无房
东山街道 6 1 5 0 0.75 0 0 17.5 0 17.5 0 追减资金12.25万元
西河镇 {west} 2 3 1 1.5 7 3.5 3.5 0 3.5 0
南岭镇 4 4 0 0 0.75 0 0 {south} 2.25 0 0
北塘镇 9 3 4 2 2.25 14 0 12.75 0.75 5 7 追减资金3.5万元
"""


@pytest.mark.parametrize(
    ("west", "south", "found"),
    [
        ("6", "2.25", []),
        ("6", "3.25", [("3.25", "2.25")]),
        ("9", "2.25", [("9", "6")]),
    ],
)
def test_each_subtotal_column_against_the_columns_after_it(
    west: str, south: str, found: list[tuple[str, str]]
) -> None:
    text = _TOWNS.format(west=west, south=south)
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_whole_count_a_unit_off_is_told_as_a_gap_to_check() -> None:
    text = _TOWNS.format(west="7", south="2.25")
    assert stated_recomputed(text, "sum-rounding-gap") == [("7", "6")]
    assert "sum-mismatch" not in codes_of(text)


_COUNTIES = """浙江省2021年某补助资金分配表
单位:万元
地区 | 已预下达 | 本次下达 | 合计下达 |
甲县 | 964 | 260 | 1224 |
乙县 | 830 | 224 | 1054 |
丙县 | 2862 | 772 | {third} |
丁县 | 1545 | 417 | 1962 |
"""


@pytest.mark.parametrize(("third", "found"), [("3634", []), ("3643", [("3643", "3634")])])
def test_a_total_column_closing_the_columns_before_it(
    third: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_COUNTIES.format(third=third), "sum-mismatch") == found


def test_a_subtotal_column_that_no_row_follows_is_no_sum_of_its_neighbours() -> None:
    # 公务用车小计 over 购置费 and 运行费 only, the header not showing where its group ends:
    # no row makes it the sum of the three columns after it
    text = """“三公”经费支出表
项目 合计 因公出国费 公务用车小计 购置费 运行费 公务接待费
预算数 45.70 6.00 34.50 24.00 10.50 5.20
决算数 43.42 5.48 33.57 23.86 9.71 4.37
"""
    assert "sum-mismatch" not in codes_of(text)


def test_a_count_column_before_the_amounts_a_total_closes() -> None:
    # 在校生人数 stands before the two amounts 合计下达 adds; a 序号 cell opens each row
    text = """2024年城乡义务教育补助经费分配表
序号 地区 在校生人数 已预下达 本次下达 合计下达 占比
1 安平县 12,860 842.0 315.6 {first} 34.20
2 柳林县 9,425 617.0 231.4 848.4 25.06
3 金川区 15,310 1,003.0 376.0 1,379.0 40.74
合计 37,595 2,462.0 923.0 3,385.0 100.00
"""
    assert stated_recomputed(text.format(first="1,157.6"), "sum-mismatch") == []
    found = stated_recomputed(text.format(first="1,175.6"), "sum-mismatch")
    assert ("1175.6", "1157.6") in found


def test_a_total_row_whose_label_stands_in_the_number_column() -> None:
    # “合计 | | 347.20 …”: the label in the 序号 cell, the name cell blank — the figures keep
    # their columns
    text = """2024年第二批就业补助资金分配表（单位：万元）
序号 | 县（市、区） | 职业培训补贴 | 社会保险补贴 | 公益性岗位补贴 | 合计
1 | 城关区 | 85.20 | 42.60 | 36.00 | 163.80
2 | 临河县 | 64.50 | 31.80 | 24.00 | 120.30
3 | 北山县 | 52.00 | 28.40 | 18.00 | 98.40
合计 | | 201.70 | 102.80 | 78.00 | 382.50
"""
    assert "sum-mismatch" not in codes_of(text)


_TWO_ROW_HEADER = """2024年文化产业发展专项资金转移支付预算汇总表 |
| | | | 单位：万元 |
序号 | 地区 | 支持金额 合计 | 重点项目 |
提前下达数 | 本次下达数 |
| 合计 | 4300 | 1500 | 2800 |
1 | 甲市 | 900 | | 900 |
2 | 乙市 | 1100 | 600 | {second} |
3 | 丙市 | 700 | 700 | |
4 | 丁市 | 1600 | 200 | 1400 |
"""


@pytest.mark.parametrize(("second", "found"), [("500", []), ("50", [("1100", "650")])])
def test_a_merged_cell_over_the_second_header_rows_columns(
    second: str, found: list[object]
) -> None:
    # “重点项目” merged over “提前下达数 | 本次下达数”: each row's 合计 is their sum
    text = _TWO_ROW_HEADER.format(second=second)
    assert stated_recomputed(text, "sum-mismatch") == found


_INCOME = """2024年部门收入预算汇总表
单位:万元
单位名称 | 收入合计 | 一般公共预算 | 政府性基金预算 | 其中:土地出让收入 | 事业收入 | 其他收入
县教育局 | 5530.40 | 5210.40 | 320.00 | 120.00 | 0.00 | 0.00
县卫生健康局 | 2860.15 | 2860.15 | 0.00 | 0.00 | 0.00 | 0.00
县人民医院 | {hospital} | 1200.00 | 150.00 | 0.00 | 8650.30 | 412.70
县农业农村局 | 3985.62 | 3105.62 | 880.00 | 600.00 | 0.00 | 0.00
县交通运输局 | 3340.00 | 1890.00 | 1450.00 | 1250.00 | 0.00 | 0.00
"""


@pytest.mark.parametrize(
    ("hospital", "found"), [("10413.00", []), ("10431.00", [("10431.00", "10413.00")])]
)
def test_a_qizhong_column_inside_the_group_is_part_of_the_column_before_it(
    hospital: str, found: list[tuple[str, str]]
) -> None:
    # 收入合计 is every column after it but the 其中 one, on every row (most rows have no
    # 事业收入, so 一般 + 基金 alone would fit them and wrongly flag the hospital)
    text = _INCOME.format(hospital=hospital)
    assert stated_recomputed(text, "sum-mismatch") == found
    assert "sum-short" not in codes_of(text)


_REMARKED = """三、扶贫资金分配情况
市县 |
资金合计 |
中央资金 |
省级资金 |
备注 |
甲县 |
1210.5 |
20 |
1190.5 |
|
乙县 |
980.2 |
|
980.2 |
|
丙市 |
1104.6 |
{third} |
1079.6 |
|
丁县 |
760.0 |
15 |
745.0 |
|
合计 |
4055.3 |
60 |
3995.3 |
|
"""


@pytest.mark.parametrize(("third", "found"), [("25", []), ("52", [("1104.6", "1131.6")])])
def test_a_remarks_column_the_rows_left_blank_names_no_figures(
    tmp_path: Path, third: str, found: list[tuple[str, str]]
) -> None:
    # a web table saved one cell to a line, the blank 备注 cells dropped from its rows:
    # 资金合计 = 中央资金 + 省级资金 on every row
    text = _REMARKED.format(third=third)
    pairs = file_stated_recomputed(tmp_path / "notice.txt", text, "sum-mismatch")
    assert [p for p in pairs if p[0] == "1104.6"] == found
