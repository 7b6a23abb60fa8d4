"""A 决算 table of coded subjects as a PDF's text gives it (figures our own): each subject
against the subjects one level under it, the 合计 against the 类, and a row's total against
its 基本支出 and 项目支出."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TABLE = """一般公共预算财政拨款支出决算表
单位：万元
科目编码 科目名称 本年支出合计 基本支出 项目支出
201 一般公共服务支出 412.30 318.60 93.70
20103 政府办公厅（室）及相关机构事务 412.30 318.60 93.70
2010301 行政运行 318.60 318.60 0
2010399 其他政府办公厅（室）及相关机构事
务支出 {other} 0 93.70
第 3 页 共 9 页
科目编码 科目名称 本年支出合计 基本支出 项目支出
208 社会保障和就业支出 {social} 66.40 0
20805 行政事业单位养老支出 66.40 66.40 0
2080505 机关事业单位基本养老保险缴费支出 44.10 44.10 0
2080506 机关事业单位职业年金缴费支出 22.30 22.30 0
合计 {total} 385.00 93.70
"""


@pytest.mark.parametrize(
    ("other", "social", "total", "found"),
    [
        ("93.70", "66.40", "478.70", []),
        # the 项 row's digits swapped: its own split and its 款 both miss
        ("39.70", "66.40", "478.70", [("412.30", "358.30"), ("39.70", "93.70")]),
        ("93.70", "66.40", "487.70", [("487.70", "478.70")]),
        ("93.70", "64.60", "478.70", [("64.60", "66.40"), ("478.70", "476.90")]),
    ],
)
def test_subjects_against_their_own_rows(
    other: str, social: str, total: str, found: list[tuple[str, str]]
) -> None:
    text = _TABLE.format(other=other, social=social, total=total)
    assert stated_recomputed(text, "sum-mismatch") == found
