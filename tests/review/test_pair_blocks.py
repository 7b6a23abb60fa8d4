"""A project form's 基本概况 block of name–amount pairs over its sources, and its 基本信息
amounts against the 合计 of its 支出明细 (the layouts of provincial 项目支出绩效评价 forms;
names and figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_BLOCK = """一、项目基本概况
计划安排资金 | {planned} | 实际到位资金 | 964.50 | 实际支出 | 871.30 | 结余 | 93.20
其中:中央财政 | 其中:中央财政 | 其中:中央财政 | 其中:中央财政
省财政 | 880 | 省财政 | 880 | 省财政 | {province} | 省财政 | 93.20
市财政 | 44.50 | 市财政 | 44.50 | 市财政 | 44.50 | 市财政
区财政 | 40 | 区财政 | 40 | 区财政 | 40 | 区财政
其它 | 其它 | 其它 | 其它
二、项目支出明细情况
"""


@pytest.mark.parametrize(
    ("planned", "province", "code", "found"),
    [
        ("964.50", "786.80", "sum-mismatch", []),
        ("964.50", "786.80", "remainder-mismatch", []),
        ("946.50", "786.80", "sum-mismatch", [("946.50", "964.50")]),
        ("964.50", "768.80", "remainder-mismatch", [("93.20", "111.20")]),
    ],
)
def test_each_pair_against_its_sources_and_the_remainder_against_what_arrived(
    planned: str, province: str, code: str, found: list[tuple[str, str]]
) -> None:
    text = _BLOCK.format(planned=planned, province=province)
    assert stated_recomputed(text, code) == found


_FORM = """一、项目基本信息
计划安排资金(万元) | 620.00 | 实际到位资金(万元) | 620.00
实际支出(万元) | {spent}
二、项目支出明细情况
支出内容(经济科目) | 计划支出数 | 实际支出数
劳务费 | 320.00 | 301.45
维修费 | 180.00 | 166.20
其他费用 | 120.00 | 104.90
支出合计 | 620.00 | 572.55
"""


@pytest.mark.parametrize(("spent", "found"), [("572.55", []), ("575.25", [("575.25", "572.55")])])
def test_the_amount_spent_against_the_detail_total(
    spent: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_FORM.format(spent=spent), "detail-total-mismatch") == found
