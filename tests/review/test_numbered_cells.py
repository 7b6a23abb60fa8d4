"""An allocation table saved one cell to a line with no bars, its rows numbered by 序号, with
小计 lines and a 合计 (figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_CELLS = [
    "单位:万元", "序号", "村名", "项目名称", "建设内容", "资金金额",
    "1", "东村", "水果基地", "续建", "20",
    "2", "东村", "蔬菜基地", "续建", "{second}",
    "3", "西村", "蔬菜基地", "新建", "20",
    "小计", "80",
    "4", "南村", "养殖基地", "新建", "40",
    "5", "北村", "葡萄基地", "续建", "10(其中,灾情因素6万元)",
    "小计", "50",
    "6", "小额信贷贴息", "12",
    "合计", "{total}",
]  # fmt: skip


def _text(second: str = "40", total: str = "142") -> str:
    return "\n".join(_CELLS).format(second=second, total=total) + "\n"


def test_a_table_that_adds_up_raises_nothing() -> None:
    assert "sum-mismatch" not in codes_of(_text())


@pytest.mark.parametrize(
    ("second", "total", "found"),
    [("45", "142", [("80", "85")]), ("40", "124", [("124", "142")])],
)
def test_each_subtotal_and_the_total(second: str, total: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_text(second, total), "sum-mismatch") == found
