"""A 部门整体 自评表 with no 执行率 column whose 资金 row writes its own rule (Guizhou's form:
年初预算数(A) | 全年执行数(B) | 分值 | 得分 | 得分计算方法; figures our own): each row's 得分
against 分值 × B ÷ A, capped at the 分值."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

FORM = """
部门整体支出绩效自评表 | |||
单位(盖章):某县某镇人民政府 | 填报日期:2024年2月1日 | ||
{header}
年度资金总额: | 820.00 | {total_spent} | 10 | {total_score} | {rule} | ||
基本支出 | 600.00 | {basic_spent} |
10 | {basic_score} | ||
项目支出 | 220.00 | 230.00 | 10 | 10 | ||
其他 | ||||
"""
HEADER = (
    "部门(单位)总体 资金(万元) | 资金来源 | 年初预算数(A) | 全年执行数(B) | "
    "分值(10分) | 得分 | 得分计算方法 |"
)
RULE = "执行率*该指标分值,最高不得超过分值上限。"


def _form(**cells: str) -> str:
    figures = {
        "total_spent": "760.00",
        "total_score": "9.27",
        "basic_spent": "552.00",
        "basic_score": "9.2",
        "rule": RULE,
        "header": HEADER,
    }
    return FORM.format(**(figures | cells))


@pytest.mark.parametrize(
    ("cells", "found"),
    [
        ({}, []),  # 760 ÷ 820 × 10 = 9.27; 552 ÷ 600 × 10 = 9.2; 项目支出 over budget: 10
        ({"basic_score": "10"}, [("10", "9")]),  # 9.2 to the whole point written
        ({"total_spent": "850.00", "total_score": "9"}, [("9", "10")]),  # overspent: full
        ({"total_score": "9.5"}, [("9.5", "9.3")]),
    ],
)
def test_each_row_scored_by_the_rule_it_writes(
    cells: dict[str, str], found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_form(**cells), "rate-score-mismatch") == found


def test_without_the_rule_written_the_rows_are_left_alone() -> None:
    text = _form(basic_score="10", rule="")
    assert stated_recomputed(text, "rate-score-mismatch") == []


def test_a_total_scored_above_its_weight_is_said_once() -> None:
    found = stated_recomputed(_form(total_score="10.5"), "table-score-over-weight")
    assert found == [("10.5", "10")]
