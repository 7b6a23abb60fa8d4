"""A table's 合计 row against the rows above it (figures and names our own), in a table saved
as text one cell to a line with no closing bar lines, and in a Word table."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import stated_recomputed
from review_support import word_table

from jixiao.review.service import review_file

_ALLOCATION = [
    ["乡镇", "下达金额（万元）", "支出科目", "备注"],
    ["东岭镇", "40", "2130599", ""],
    ["西岭镇", "{west}", "2130599", ""],
    ["南川乡", "65.25", "2130599", "含以工代赈"],
    ["合 计", "185.25", "", ""],
]

_SANGONG = [
    ["项目", "2023年支出（万元）", "比上年增减率"],
    ["因公出国（境）费", "0", "0%"],
    ["公务接待费", "12.40", "-5.2%"],
    ["公务用车购置及运行维护费", "38.60", "-3.1%"],
    ["公务用车购置费", "{buy}", "—"],
    ["公务用车运行维护费", "18.60", "-2.0%"],
    ["“三公”经费合计", "51.00", "-3.6%"],
]


def _cell_lines(rows: list[list[str]], **figures: str) -> str:
    """Each cell on a line of its own closed by a bar, an empty cell a bar alone."""
    lines = ["附件：资金分配表"]
    for row in rows:
        lines.extend(f"{cell.format(**figures)} |" if cell else "|" for cell in row)
    lines.append("请各单位按规定使用资金。")
    return "\n".join(lines)


def _found(path: Path) -> list[tuple[str | None, str | None]]:
    report = review_file(path)
    return [(f.stated, f.recomputed) for f in report.findings if f.code == "sum-mismatch"]


def test_an_allocation_total_against_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "分配表.txt"
    path.write_text(_cell_lines(_ALLOCATION, west="80"), encoding="utf-8")
    assert _found(path) == []
    path.write_text(_cell_lines(_ALLOCATION, west="08"), encoding="utf-8")
    assert _found(path) == []  # far from the total: a nesting the table does not show
    path.write_text(_cell_lines(_ALLOCATION, west="70"), encoding="utf-8")
    assert _found(path) == [("185.25", "175.25")]


def test_parts_under_their_row_count_once(tmp_path: Path) -> None:
    path = tmp_path / "三公.txt"
    path.write_text(_cell_lines(_SANGONG, buy="20.00"), encoding="utf-8")
    assert _found(path) == []
    path.write_text(_cell_lines(_SANGONG, buy="21.00"), encoding="utf-8")
    assert _found(path) == [("38.60", "39.60")]


def _word_table(path: Path, rows: list[list[str]]) -> None:
    word_table(path, rows, "2023年度专项资金分配情况")


def test_a_word_table_total(tmp_path: Path) -> None:
    path = tmp_path / "分配表.docx"
    _word_table(path, [[cell.format(west="80") for cell in row] for row in _ALLOCATION])
    assert _found(path) == []
    _word_table(path, [[cell.format(west="90") for cell in row] for row in _ALLOCATION])
    assert _found(path) == [("185.25", "195.25")]


def test_a_table_with_qizhong_rows_or_codes_is_left_alone(tmp_path: Path) -> None:
    rows = [
        ["科目编码", "科目名称", "决算数"],
        ["201", "一般公共服务支出", "120.00"],
        ["20101", "人大事务", "120.00"],
        ["2010101", "行政运行", "100.00"],
        ["2010102", "一般行政管理事务", "20.00"],
        ["合计", "", "120.00"],
    ]
    path = tmp_path / "决算表.docx"
    _word_table(path, rows)
    assert _found(path) == []
    rows = [
        ["资金来源", "金额"],
        ["上级资金", "300"],
        ["其中：中央资金", "200"],
        ["本级资金", "100"],
        ["合计", "400"],
    ]
    _word_table(path, rows)
    assert _found(path) == []


def test_parts_set_apart_by_indentation_only(tmp_path: Path) -> None:
    """人员经费 and 公用经费 make 基本支出: rows under it, not rows of the total."""
    rows = [
        ["项目", "决算数（万元）"],
        ["基本支出", "{basic}"],
        ["人员经费", "512.30"],
        ["公用经费", "88.45"],
        ["项目支出", "236.10"],
        ["合计", "836.85"],
    ]
    path = tmp_path / "支出表.docx"
    _word_table(path, [[cell.format(basic="600.75") for cell in row] for row in rows])
    assert _found(path) == []
    _word_table(path, [[cell.format(basic="610.75") for cell in row] for row in rows])
    assert ("836.85", "846.85") in _found(path)
    assert ("610.75", "600.75") in _found(path)


def test_rows_under_rows_told_by_their_figures_alone(tmp_path: Path) -> None:
    """工资福利支出 … under 基本支出, and 办公费 … under 公用经费 under it: indentation only."""
    rows = [
        ["项目", "本年决算数"],
        ["基本支出", "486.20"],
        ["人员经费", "432.60"],
        ["公用经费", "53.60"],
        ["办公费", "21.40"],
        ["差旅费", "18.70"],
        ["维修（护）费", "13.50"],
        ["项目支出", "{project}"],
        ["合计", "1126.70"],
    ]
    path = tmp_path / "支出表.docx"
    _word_table(path, [[cell.format(project="640.50") for cell in row] for row in rows])
    assert _found(path) == []
    _word_table(path, [[cell.format(project="604.50") for cell in row] for row in rows])
    assert ("1126.70", "1144.30") in _found(path)  # as the labels group the rows


def test_a_header_wider_than_its_rows_leaves_the_columns_unnamed(tmp_path: Path) -> None:
    lines = ["表2 支出增长情况（单位：万元）", "|"]
    for cell in ["项目", "本年决算", "增长率", "工资福利支出", "820.40", "6.00",
                 "商品和服务支出", "96.30", "0.50", "合计", "916.70", "4.86"]:  # fmt: skip
        lines.extend([cell, "|"])
    path = tmp_path / "增长.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _found(path) == []


_SPENDING_LINES = """二、项目支出明细情况 | | | |
支出内容（经济科目） | 计划支出数 | 实际支出数 | |
办公费 | 42.50 | |
印刷费 | 18.35 | |
差旅费 | {travel} | |
维修费 | 9.60 | |
支出合计 | 260.00 | 96.15 | |
三、评价报告摘要 | |
"""


def test_rows_of_one_figure_under_a_total_of_two_are_summed_against_the_near_one() -> None:
    # the rows lost their empty cells: 42.50 + 18.35 + 25.70 + 9.60 = 96.15, the 实际支出数
    right = _SPENDING_LINES.format(travel="25.70")
    assert stated_recomputed(right, "sum-mismatch") == []
    wrong = _SPENDING_LINES.format(travel="27.50")
    assert stated_recomputed(wrong, "sum-mismatch") == [("96.15", "97.95")]


_WITH_BLANKS = """2023年度收入决算情况
项目 | 年初预算 | 决算数 |
一般公共预算财政拨款收入 | 812.40 | 826.15 |
政府性基金预算财政拨款收入 | - | - |
事业收入 | 60.00 | {work} |
经营收入 | ||
其他收入 | 15.00 | 17.36 |
本年收入合计 | 887.40 | 912.79 |
"""


@pytest.mark.parametrize(("work", "found"), [("69.28", []), ("69.82", [("912.79", "913.33")])])
def test_rows_left_blank_or_dashed_hold_nothing(work: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_WITH_BLANKS.format(work=work), "sum-mismatch") == found


_TOTAL_FIRST = """2023年度项目资金分配表
乡镇 | 户数 | 金额（元） |
合计 | 239 | {total} |
白水乡 | 64 | 80000 |
红岩镇 | 83 | 103750 |
桃源镇 | 32 | 73600 |
石门乡 | 60 | 75000 |
"""


@pytest.mark.parametrize(("total", "found"), [("332350", []), ("333350", [("333350", "332350")])])
def test_a_total_first_over_the_rows_under_it(total: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_TOTAL_FIRST.format(total=total), "sum-mismatch") == found


@pytest.mark.parametrize(("total", "found"), [("332350", []), ("333350", [("333350", "332350")])])
def test_a_qizhong_row_left_blank_nests_nothing(total: str, found: list[tuple[str, str]]) -> None:
    rows = _TOTAL_FIRST.format(total=total).splitlines()
    text = "\n".join([rows[0], rows[1], *rows[3:], "其中：上年结转 | ||", rows[2]])  # 合计 last
    assert stated_recomputed(text, "sum-mismatch") == found


_LEVELS = [
    ["资金来源", "全年预算数（万元）", "全年执行数（万元）"],
    ["中央资金", "994.80", "872.59"],
    ["省级资金", "968.47", "839.40"],
    ["市级资金", "—", "—"],
    ["县级资金", "291.03", "256.21"],
    ["小计", "2254.30", "{subtotal}"],
    ["上年结转资金", "520.98", "373.54"],
    ["合计", "2775.28", "{total}"],
]


@pytest.mark.parametrize(
    ("subtotal", "total", "found"),
    [
        ("1968.20", "2341.74", []),
        # the 小计 is off, the 合计 its rows make: the 小计 alone is at fault
        ("1967.20", "2341.74", [("1967.20", "1968.20")]),
        ("1968.20", "2342.74", [("2342.74", "2341.74")]),
    ],
    ids=["adds-up", "subtotal-off", "total-off"],
)
def test_a_subtotal_over_the_levels_then_the_total_over_it(
    tmp_path: Path, subtotal: str, total: str, found: list[tuple[str, str]]
) -> None:
    rows = [[cell.format(subtotal=subtotal, total=total) for cell in row] for row in _LEVELS]
    path = tmp_path / "资金来源表.docx"
    _word_table(path, rows)
    assert _found(path) == found


def test_a_total_first_over_a_subtotal_is_left_alone(tmp_path: Path) -> None:
    rows = [
        ["资金来源", "预算数（万元）", "执行数（万元）"],
        ["合计", "100", "90"],
        ["中央资金", "10", "5"],
        ["省级资金", "10", "10"],
        ["小计", "20", "15"],
        ["上年结转资金", "70", "65"],
        ["其他资金", "10", "10"],
    ]
    path = tmp_path / "资金来源表.docx"
    _word_table(path, rows)
    assert _found(path) == []


_BARRED = """三、扶贫资金分配情况
市县 |
资金合计 |
中央资金 |
省级资金 |
备注 |
甲县 |
1116.7 |
10 |
1106.7 |
|
乙县 |
1237.1 |
|
1237.1 |
|
林场 |
|
10 |
|
|
|
|
|
|
|
合计 |
{total} |
20 |
2343.8 |
|
四、监督电话：3121107
"""


@pytest.mark.parametrize(("total", "found"), [("2353.8", []), ("2363.8", [("2363.8", "2353.8")])])
def test_a_row_of_bars_alone_in_a_table_one_cell_to_a_line(
    tmp_path: Path, total: str, found: list[tuple[str, str]]
) -> None:
    # the bars after 林场 close a row with nothing in it: the rows keep their width
    path = tmp_path / "分配表.txt"
    path.write_text(_BARRED.format(total=total), encoding="utf-8")
    findings = review_file(path).findings
    # (the 合计 row's own group, 20 + 2343.8 against 2353.8, is column_groups' to tell)
    columns = [f for f in findings if f.code == "sum-mismatch" and "其上各行" in f.message]
    assert [(f.stated, f.recomputed) for f in columns] == found


_DETAIL = [
    ["支出内容", "计划支出数（万元）", "实际支出数（万元）"],
    ["文化活动经费", "166.16", "129.05"],
    ["送书下乡经费", "87.40", "87.40"],
    ["编外用工人员经费", "24", "24"],
    ["图书馆免费开放补助", "50.00", "{library}"],
    ["支出合计", "327.56", "290.40"],
]


def test_a_column_a_last_digit_off_its_total_is_a_rounding_gap(tmp_path: Path) -> None:
    path = tmp_path / "明细.txt"
    path.write_text(_cell_lines(_DETAIL, library="49.95"), encoding="utf-8")
    assert review_file(path).findings == ()
    path.write_text(_cell_lines(_DETAIL, library="49.96"), encoding="utf-8")
    gaps = [(f.code, f.stated, f.recomputed) for f in review_file(path).findings]
    assert gaps == [("sum-rounding-gap", "290.40", "290.41")]


def test_a_whole_amount_column_a_few_units_off_its_total_is_a_gap_to_check() -> None:
    # seven whole 万元 within rounding of 100: a 尾差 to note, not an error; 5 off is an error
    rows = ["甲镇 | 20", "乙乡 | {second}", "丙镇 | 20", "丁镇 | 10", "戊镇 | 10", "己乡 | 10"]
    text = "\n".join(["某县水利专项资金安排表", "乡镇 | 金额", *rows, "庚乡 | 15", "合计 | 100"])
    assert stated_recomputed(text.format(second="15"), "sum-rounding-gap") == []
    assert stated_recomputed(text.format(second="13"), "sum-rounding-gap") == [("100", "98")]
    assert stated_recomputed(text.format(second="10"), "sum-mismatch") == [("100", "95")]


_GROUPED_TOWNS = [
    ["乡镇", "合计", "中央资金", "省级资金", "备注"],
    ["一、山区乡镇", "", "", "", ""],
    ["甲镇", "42.60", "30.00", "12.60", "含应急维修"],
    ["乙乡", "30.40", "{second}", "10.40", ""],
    ["二、平原乡镇", "", "", "", ""],
    ["丁镇", "46.30", "35.00", "11.30", ""],
    ["戊镇", "36.70", "25.00", "11.70", ""],
    ["合计", "156.00", "110.00", "46.00", ""],
]


def test_group_rows_of_a_label_alone_stay_inside_the_table(tmp_path: Path) -> None:
    # 一、山区乡镇 and 二、平原乡镇 head groups of rows: the 合计 is still over all four towns
    path = tmp_path / "分配表.txt"
    path.write_text(_cell_lines(_GROUPED_TOWNS, second="20.00"), encoding="utf-8")
    assert _found(path) == []
    path.write_text(_cell_lines(_GROUPED_TOWNS, second="29.00"), encoding="utf-8")
    assert _found(path) == [("110.00", "119.00")]
