"""An allocation table a web page ran into one line of names and amounts, its 合计 first or
last (figures our own)."""

from __future__ import annotations

import pytest
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
