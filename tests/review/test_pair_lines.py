"""An allocation table a web page ran into one line of names and amounts, its 合计 first or
last (figures our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import file_stated_recomputed
from review_support import stated_recomputed

_FIRST = (
    "某市市级财政衔接资金分配表 县区名称 资金分配额(万元) 备注 合计 4000 东区 819 西区 100 "
    "南县 1226 北县 600 中县 {mid} 新县 100\n"
)
_LAST = (
    "县区名称 资金分配额(万元) 东区 819 西区 100 南县 1226 北县 600 中县 {mid} 新县 100 合计 4000\n"
)


@pytest.mark.parametrize("text", [_FIRST, _LAST])
@pytest.mark.parametrize(("mid", "found"), [("1155", []), ("1515", [("4000", "4360")])])
def test_names_and_amounts_against_their_total(
    text: str, mid: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(text.format(mid=mid), "sum-mismatch") == found


def test_a_line_with_a_subtotal_among_its_pairs_is_left_alone() -> None:
    # 小计 among the pairs: which rows it holds is not told on one line
    text = "合计 4000 东区 819 西区 100 小计 919 南县 1226 北县 600 中县 1155 新县 100\n"
    assert stated_recomputed(text, "sum-mismatch") == []


@pytest.mark.parametrize(("total", "found"), [("14.5", []), ("41.5", [("41.5", "14.5")])])
def test_places_glued_to_their_amounts_with_no_spaces(total: str, found: list[object]) -> None:
    # a page ran the table together: 3 + 1.5 + 2 + 1 + 2.5 + 1 + 3.5 = 14.5
    text = (
        "附件1 2024年某县动物强制免疫补助资金分配表乡镇补助经费(万元)备注东山镇3西山镇1.5"
        f"南岭乡2北坪乡1中和镇2.5平安乡1城关镇3.5全县合计{total}注:按村数和养殖量安排。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


def _names_over_amounts(total: str) -> str:
    cells = ["中央", "省级", "市级", "县", "合计", "420元", "45元", "25元", "60元", f"{total}元"]
    lines = ["3、补助标准"] + [line for cell in cells for line in (cell, "|")]
    return "\n".join(lines) + "\n4、资金来源及规模\n"


@pytest.mark.parametrize(("total", "found"), [("550", []), ("505", [("505", "550")])])
def test_a_one_row_table_of_names_over_amounts(
    tmp_path: Path, total: str, found: list[object]
) -> None:
    # 420 + 45 + 25 + 60 = 550: the names over their amounts, one cell to a line
    text = _names_over_amounts(total)
    assert file_stated_recomputed(tmp_path / "标准.txt", text, "sum-mismatch") == found
