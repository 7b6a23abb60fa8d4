"""The “三公” 经费 table of a 部门决算, its 合计 row first (figures and names our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import stated_recomputed
from review_support import word_table

from jixiao.review.service import review_file
from jixiao.review.text.normalize import split_cells

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


def test_rows_of_the_known_kinds_however_far_from_their_total() -> None:
    # a part copied from the row above, and a total with a digit dropped: far from the sums,
    # yet the rows are the members of the 公务用车 and 三公 wholes
    copied = _FILLED.format(car="27.45").replace("0.00 | 0.00 |", "0.00 | 27.45 |")
    assert stated_recomputed(copied, "sum-mismatch") == [("27.45", "54.90")]
    dropped = _FILLED.format(car="27.45").replace("47.36", "4.36")
    assert stated_recomputed(dropped, "sum-mismatch") == [("4.36", "47.36")]


def test_a_table_with_a_row_of_another_kind_is_no_sangong_table() -> None:
    # 会议费 is in the 合计 (4.6 = 1.0 + 3.6): the kinds alone would fall short of it
    text = _BLANKS.format(total="3.24").replace("因公出国(境)费 | ||", "会议费 | 1.0 | 0.5 |")
    text = text.replace("合 计 | 3.6 |", "合 计 | 4.6 |")
    assert stated_recomputed(text, "sum-mismatch") == []


_LAST = """项目 | 预算数 | 决算数 |
因公出国（境）费 | - | - |
公务用车购置及运行维护费 | 3.60 | 3.28 |
其中：公务用车购置费 | - | - |
公务用车运行维护费 | 3.60 | 3.28 |
公务用车保有量（辆） | 2 | 2 |
公务接待费 | 1.10 | 0.74 |
国内公务接待批次 | 12 | 9 |
合计 | 4.70 | {total} |
"""


@pytest.mark.parametrize(("total", "found"), [("4.02", []), ("4.20", [("4.20", "4.02")])])
def test_a_total_last_over_dashed_kinds_and_rows_of_counts(
    total: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_LAST.format(total=total), "sum-mismatch") == found


_NUMBERED = """项目 | 预算数 | 决算数 |
合计 | 48.30 | {total} |
1.因公出国（境）费 | 12.00 | 9.64 |
2.公务用车购置及运行维护费 | 26.50 | 24.37 |
其中：（1）公务用车购置费 | ||
（2）公务用车运行维护费 | 26.50 | 24.37 |
3.公务接待费 | 9.80 | 6.05 |
"""


@pytest.mark.parametrize(("total", "found"), [("40.06", []), ("40.60", [("40.60", "40.06")])])
def test_a_blank_row_inside_a_table_does_not_cut_it(
    total: str, found: list[tuple[str, str]]
) -> None:
    # the blank 购置费 row once ended the table: 合计 was summed over the first two kinds
    assert stated_recomputed(_NUMBERED.format(total=total), "sum-mismatch") == found


@pytest.mark.parametrize(("total", "found"), [("40.06", []), ("40.60", [("40.60", "40.06")])])
def test_a_word_table_with_a_blank_row(
    tmp_path: Path, total: str, found: list[tuple[str, str]]
) -> None:
    rows = [
        [cell.strip() for cell in line.strip(" |").split("|")]
        for line in _NUMBERED.format(total=total).strip().splitlines()
    ]
    width = max(len(row) for row in rows)
    path = tmp_path / "三公.docx"
    word_table(path, [row + [""] * (width - len(row)) for row in rows], "“三公”经费支出决算表")
    report = review_file(path)
    assert [(f.stated, f.recomputed) for f in report.findings if f.code == "sum-mismatch"] == found


@pytest.mark.parametrize(
    ("reception", "found"), [("2.28", []), ("2.82", [("9.42万元", "9.96万元")])]
)
def test_a_declared_list_whose_last_kind_follows_a_sentence_without_money(
    reception: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "2023年度本单位“三公”经费支出决算9.42万元，较上年减少1.08万元，下降10.29%。具体是："
        "因公出国（境）费0万元，与上年持平；公务用车购置及运行维护费7.14万元，较上年减少0.76万元，"
        f"下降9.62%。截至2023年12月31日，公务用车保有量2辆。公务接待费{reception}万元，"
        "共接待国内公务接待18批次126人次。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


_SPACED = (
    "项\u3000\u3000目    预 算 数    决 算 数\n"
    "合\u3000\u3000计    4.80    {total}\n"
    "一、因公出国（境）费    0.00    0.00\n"
    "二、公务用车购置及运行维护费    4.00    3.57\n"
    "其中：公务用车购置费    0.00    0.00\n"
    "公务用车运行维护费    4.00    3.57\n"
    "三、公务接待费    0.80    0.42\n"
)


@pytest.mark.parametrize(("total", "found"), [("3.99", []), ("3.90", [("3.90", "3.99")])])
def test_a_table_set_apart_by_wide_gaps_with_labels_spaced_out(
    total: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_SPACED.format(total=total), "sum-mismatch") == found


def test_cells_at_wide_gaps_keep_the_words_inside_them() -> None:
    rows = split_cells(
        ["项\u3000\u3000目    预 算 数    决 算 数", "合计 4.80    3.90", "合计 4.80 3.90"]
    )
    assert rows == [
        ("项目", "预算数", "决算数"),
        ("合计", "4.80", "3.90"),
        ("合计", "4.80", "3.90"),
    ]


_CHANGES = """单位:万元 | ||||
项目 | 2022年预算数 | 2023年预算数 | 2023年预算数增减 | 增减原因 |
合计 | {total} | 2415.44 | 36.67 | |
1、因公出国(境)费用 | 0 | 0 | 0 | 从严从紧控制出国经费。 |
2、公务接待费 | 1114.54 | 989.86 | -124.68 | 减少公务接待。 |
3、公务用车费 | 1264.23 | 1425.58 | 161.35 | |
其中:(1)公务用车运转维护费 | 1007.23 | 898.22 | -109.01 | 取消部分单位公务用车。 |
(2)公务用车购置费 | 257.00 | 527.36 | 270.36 | 新增执法执勤车辆。 |
"""


@pytest.mark.parametrize(
    ("total", "found"), [("2378.77", []), ("2387.77", [("2387.77", "2378.77")])]
)
def test_a_table_of_budgets_with_a_column_of_reasons_and_cars_kept_running(
    tmp_path: Path, total: str, found: list[tuple[str, str]]
) -> None:
    # 运转维护费 is the 运行维护 row; 增减原因 a note column beside the figures
    path = tmp_path / "三公.txt"
    path.write_text(_CHANGES.format(total=total), encoding="utf-8")
    findings = review_file(path).findings
    assert [(f.stated, f.recomputed) for f in findings if f.code == "sum-mismatch"] == found


_BLANK_YEAR = """台创园2017年度部门“三公”经费预算情况表
    单位:元
项目 2016-执行数 2017-预算数
一、支出合计   {total}
1、因公出国(境)费用
2、公务接待费   105000
3、公务用车费   100000
其中:(1)公务用车运行维护费   100000
(2)公务用车购置
二、相关统计数
1.因公出国(境)团组数(个)   0
"""


@pytest.mark.parametrize(("total", "found"), [("205000", []), ("250000", [("250000", "205000")])])
def test_a_numbered_total_over_a_year_column_left_blank(
    tmp_path: Path, total: str, found: list[tuple[str, str]]
) -> None:
    # “一、支出合计” is the 合计; the 2016 column blank in every row, the figures are 2017's
    path = tmp_path / "三公预算.txt"
    path.write_text(_BLANK_YEAR.format(total=total), encoding="utf-8")
    findings = review_file(path).findings
    assert [(f.stated, f.recomputed) for f in findings if f.code == "sum-mismatch"] == found
