"""A 自评表 saved from .xls as text, cells apart by spaces, each amount with its 万元 and a
source's name broken by a space (“其中:当年财政 拨款”; figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "附件1 项目支出绩效自评表 ( 2023 年度) 项目名称 普法宣传经费 主管部门 某市司法局 "
    "项目资金(万元) 实施单位 某市司法局 年初预算数 全年预算数 全年执行数 分值 "
    "执行率(全年 执行数/全年 预算数) 年度资金总额: 320.50万元 320.50万元 318.00万元 10 "
    "99.22% 9.92 其中:当年财政 拨款 {initial}万元 320.50万元 318.00万元 10 99.22% 9.92 "
    "得分 上年结转资金 其他资金 预期目标 实际完成情况"
)


@pytest.mark.parametrize(("initial", "found"), [("320.50", []), ("302.50", [("320.50", "302.50")])])
def test_a_source_row_whose_name_a_space_broke(initial: str, found: list[tuple[str, str]]) -> None:
    text = _TEXT.format(initial=initial)
    assert stated_recomputed(text, "sum-mismatch") == found


def test_every_column_that_does_not_add_up_is_named() -> None:
    # the budget and the spending of one source row both differ from the total's
    text = (
        "2023年度转移支付项目绩效自评表\n| 项目资金 | 全年预算数 | 全年执行数 | 执行率 | |\n"
        "| 年度资金总额: | 1800 | 961.35 | 53.41% | |\n"
        "| 其中:中央财政资金 | 1600 | 961.2 | 60.08% | |\n"
    )
    found = stated_recomputed(text, "sum-mismatch")
    assert found == [("1800", "1600"), ("961.35", "961.20")]


@pytest.mark.parametrize(("budget", "found"), [("500.00", []), ("520.00", [("520.00", "500.00")])])
def test_a_carry_over_row_named_without_its_funds(
    budget: str, found: list[tuple[str, str]]
) -> None:
    # “上年结转” (no 资金) is a source row: added up, and never a row scored 56 of 50
    text = (
        "2023年度项目支出绩效自评表\n"
        "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        f"年度资金总额 480.00 {budget} 486.50 10 97.3% 9.73\n"
        "其中:本年财政拨款 430.00 450.00 430.50 - - -\n"
        "上年结转 50.00 50.00 56.00 - 112% -\n其他资金 - - - - - -\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found
    assert stated_recomputed(text, "table-score-over-weight") == []


@pytest.mark.parametrize(("score", "found"), [("17.96", []), ("18.50", [("18.50", "17.95")])])
def test_a_score_that_follows_the_rate_as_written(score: str, found: list[tuple[str, str]]) -> None:
    # 2226.04 ÷ 2480 = 89.76%, written 89.8%; 20 × 89.8% = 17.96 follows the table's own rate
    text = (
        "2023年度项目支出绩效自评表\n"
        "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        f"年度资金总额 2480.00 2480.00 2226.04 20 89.8% {score}\n"
    )
    assert stated_recomputed(text, "rate-score-mismatch") == found
