"""A 自评表's 预算调整率 and 结转结余率 against its 资金总额 row (figures our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from review_support import stated_recomputed

from jixiao.review.service import review_file

# (2,412.60 − 2,250.00) ÷ 2,250.00 = 7.2267% → 7.23%; (2,412.60 − 2,331.90) ÷ 2,412.60 = 3.34%
_TABLE = """部门整体支出绩效自评表（2024年度）
部门（单位）名称 | 某县市场监督管理局
年度预算执行情况（10分） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分
年度资金总额 | 2,250.00 | 2,412.60 | 2,331.90 | 96.66% | 10 | 9.67
其中：基本支出 | 1,410.00 | 1,455.30 | 1,436.20 | 98.69% | / | /
项目支出 | 840.00 | 957.30 | 895.70 | 93.57% | / | /
预算调整率 | {adjusted} | 结转结余率 | {left}
年度绩效指标完成情况（90分） | 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分
"""


@pytest.mark.parametrize(
    ("adjusted", "left", "found"),
    [
        ("7.23%", "3.34%", []),
        ("7.2%", "3.3%", []),
        ("-7.23%", "3.34%", []),  # a sign is no error of the figure
        ("0.0723", "0.0334", []),  # fractions, the % format lost
        ("3.34%", "3.34%", [("3.34%", "7.23%")]),
        ("7.23%", "3.43%", [("3.43%", "3.34%")]),
    ],
)
def test_the_rates_beside_the_money_block(
    adjusted: str, left: str, found: list[tuple[str, str]]
) -> None:
    text = _TABLE.format(adjusted=adjusted, left=left)
    assert stated_recomputed(text, "derived-rate-mismatch") == found


@pytest.mark.parametrize(("left", "found"), [("3.30%", []), ("3.20%", [("3.20%", "3.34%")])])
def test_the_complement_of_the_rate_as_the_table_rounds_it(
    left: str, found: list[tuple[str, str]]
) -> None:
    # the 执行率 written 96.7%: 100% − 96.7% = 3.30%, though the amounts give 3.34%
    text = _TABLE.format(adjusted="7.23%", left=left).replace("96.66%", "96.7%")
    assert stated_recomputed(text, "derived-rate-mismatch") == found


def test_a_rate_in_an_indicator_row_of_a_workbook(tmp_path: Path) -> None:
    sheet = Workbook()
    for line in _TABLE.format(adjusted="7.23%", left="3.34%").splitlines()[:-2]:
        sheet.active.append([c.strip() for c in line.split("|")])
    head = ["年度绩效指标完成情况（90分）", "一级指标", "二级指标", "三级指标", "指标值", "完成值"]
    sheet.active.append(head)
    sheet.active.append(["过程指标", "预算管理", "结转结余率", "≤5.00%", "4.34%", 5, 5])
    path = tmp_path / "部门整体自评表.xlsx"
    sheet.save(path)
    found = [(f.stated, f.recomputed) for f in review_file(path).findings]
    assert ("4.34%", "3.34%") in found
