"""A 项目支出明细 a PDF export ran into one line (the shape of a 河北 项目支出绩效评价报告 form;
figures and names our own): each column's 支出合计 against its rows."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_LINE = (
    "遵化市预算支出项目绩效评价报告 项目名称 乡村文化站运行补助 二、项目支出明细情况 支出内容 "
    "(经济科目) 计划支出数 实际支出数 30299 文化站运行补助 {plan} 16.4 30201 办公费 2.5 2.5 "
    "支出合计 {total} {done} 三、项目考评情况 (一)项目基本情况\n"
)


@pytest.mark.parametrize(
    ("plan", "total", "done", "found"),
    [
        ("18.0", "20.5", "18.9", []),
        ("18.0", "20.5", "19.8", [("19.8", "18.9")]),
        ("18.0", "25.0", "18.9", [("25.0", "20.5")]),
    ],
)
def test_each_columns_total_against_the_rows_of_the_line(
    plan: str, total: str, done: str, found: list[tuple[str, str]]
) -> None:
    text = _LINE.format(plan=plan, total=total, done=done)
    assert stated_recomputed(text, "sum-mismatch") == found


def test_one_row_alone_is_its_own_total() -> None:
    text = (
        "二、项目支出明细情况 支出内容 (经济科目) 计划支出数 实际支出数 30399 村专职委员工作补贴 "
        "18.6 18.6 支出合计 18.6 16.8 三、项目考评情况\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("16.8", "18.6")]


def test_a_stretch_with_something_else_in_it_is_not_read() -> None:
    # a figure left over (a row of three amounts): which column is which cannot be told
    text = _LINE.format(plan="18.0", total="25.0", done="18.9").replace("2.5 2.5", "2.5 2.5 2.5")
    assert stated_recomputed(text, "sum-mismatch") == []


@pytest.mark.parametrize(
    "rows",
    [
        "302 商品和服务支出 6.7 6.3 30201 办公费 3.2 3.0 30205 水费 1.1 1.1 30211 差旅费 2.4 2.2",
        "30201 办公费 3.2 3.0 30205 水费 1.1 1.1 小计 4.3 4.1 30211 差旅费 2.4 2.2",
    ],
    ids=["class-over-its-items", "subtotal-row"],
)
def test_a_line_that_counts_rows_twice_is_not_read(rows: str) -> None:
    text = (
        f"二、项目支出明细情况 支出内容 (经济科目) 计划支出数 实际支出数 {rows} "
        "支出合计 6.7 6.3 三、项目考评情况\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == []
