"""A 资金投入 table whose header letters its columns and writes each rate's formula over them
(a Sichuan 转移支付 绩效评价表 exported to a web page; figures our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import doc_of
from review_support import stated_recomputed

from jixiao.review.checks.layout_notes import layout_note

TABLE = """某县2024年度农田建设补助资金绩效评价表
资金投入情况
(万元)
行次 全年预算数
(A)
统筹整合资金数
(B)
扣除统筹整合资金后预算金额
(C)
全年到位资金
(D)
预算到位
(D/C×100%)
全年执行资金
(E)
预算执行
(E/C×100%)
佐证材料
列次 0 1 2 3 4 5 6 7
年度资金总额(万元): 1 80.000000
80.000000 {arrived} {arrival} 72.500000 {execution}
其中:中央财政资金(万元) 2 80.000000
80.000000 {arrived} {arrival} 72.500000 {execution} 预算下达文件
地方财政资金(万元) 3
资金管理情况
"""


@pytest.mark.parametrize(
    ("arrived", "arrival", "execution", "found"),
    [
        ("80.000000", "100.00%", "90.63%", []),
        ("80.000000", "100.00%", "95.63%", [("95.63%", "90.63%")] * 2),
        ("76.000000", "100.00%", "90.63%", [("100.00%", "95.00%")] * 2),
    ],
)
def test_each_rate_against_the_columns_its_formula_names(
    arrived: str, arrival: str, execution: str, found: list[tuple[str, str]]
) -> None:
    text = TABLE.format(arrived=arrived, arrival=arrival, execution=execution)
    assert stated_recomputed(text, "table-rate-mismatch") == found


def test_a_placement_the_rate_agrees_with_leaves_the_row_alone() -> None:
    # the 全年到位资金 left blank: 72.5 may be D (rate D/C) or E; either way 90.63% holds
    text = TABLE.format(arrived="", arrival="", execution="90.63%").replace("  ", " ")
    assert "table-rate-mismatch" not in codes_of(text)


def test_the_national_row_is_left_to_the_funds_reader() -> None:
    text = (
        "项目支出绩效自评表\n预算数(A) 执行数(B) 执行率(B/A)\n"
        "年度财政资金总额 100.00 90.00 95.00%\n"
    )
    assert stated_recomputed(text, "table-rate-mismatch") == [("95.00%", "90.00%")]  # once


def test_the_rows_of_another_table_below_are_not_read_on_the_letters() -> None:
    below = (
        "项目支出绩效自评表\n项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "年度资金总额: 120.00 120.00 108.00 10 90.00% 9\n"
    )
    text = TABLE.format(arrived="80.000000", arrival="100.00%", execution="90.63%") + below
    assert stated_recomputed(text, "table-rate-mismatch") == []


def test_the_note_says_what_was_checked() -> None:
    text = TABLE.format(arrived="80.000000", arrival="100.00%", execution="90.63%")
    note = layout_note(doc_of(text))
    assert note is not None and "仅按表头所列公式核对了资金投入各行的比率" in note
