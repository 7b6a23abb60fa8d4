"""An indicator row's 分值 against the points its own numbered 评分标准 shares out (the shape of
a county's 部门整体支出绩效评价自评表; figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

CODE = "criteria-points-mismatch"
HEAD = (
    "2023年度部门整体支出绩效评价自评表\n"
    "序号 | 一级指标 | 二级指标 | 三级指标 | 指标分值 | 指标解释 | 评分标准 | 自评得分 |\n"
)


def _row(criteria: str, weight: str = "4") -> str:
    return HEAD + (
        f"1 | 规划 (10分) | 基础信息 (4分) | 基础信息完整性 | {weight} | 信息资料是否真实、完整。"
        f" | {criteria} | {weight} |\n"
    )


def test_criteria_that_make_the_weight() -> None:
    assert CODE not in codes_of(
        _row("1、信息是否真实(1分); 2、信息是否完整(2分); 3、是否准确(1分)。")
    )


def test_criteria_that_pass_the_weight() -> None:
    text = _row("1、信息是否真实(2分); 2、信息是否完整(2分); 3、是否准确(1分)。")
    assert stated_recomputed(text, CODE) == [("4", "5")]


def test_a_criterion_that_only_says_when_nothing_is_given() -> None:
    text = _row(
        "1、设置目标(2分，其中整体目标1分); 2、依据充分(1分) 3、未设置目标，该栏不得分", "4"
    )
    assert stated_recomputed(text, CODE) == [("4", "3")]


@pytest.mark.parametrize(
    "criteria",
    [
        "1、信息是否真实(2分); 2、每缺一项扣(1分); 3、是否准确(1分)。",  # a deduction
        "信息是否真实、完整、准确(3分)",  # not numbered
        # grades of one measure, only one of which applies
        "1、支付率达到100%(4分); 2、支付率达到90%以上(2分); 3、支付率低于90%(0分)。",
    ],
    ids=["deduction", "one-criterion", "grades"],
)
def test_left_alone(criteria: str) -> None:
    assert CODE not in codes_of(_row(criteria))
