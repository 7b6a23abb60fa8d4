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
