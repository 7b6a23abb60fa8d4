"""A budget told as a running account in one sentence, its end against its start and
changes (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_HEAD = "2023年度农村饮水安全项目绩效自评报告\n一、项目资金情况\n"
_CODE = "difference-mismatch"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("年初预算86万元，年中调减12万元，调整后预算74万元。", []),
        ("年初预算86万元，年中调减12万元，调整后预算64万元。", [("64万元", "74.00万元")]),
        # added and cut in one account: 86 + 20.5 − 6 = 100.5
        ("年初预算86万元，年中追加预算20.5万元，调减6万元，调整后预算100.5万元。", []),
        (
            "年初预算86万元，年中追加预算20.5万元，调减6万元，调整后预算112.5万元。",
            [("112.5万元", "100.50万元")],
        ),
        # the start split by 其中 before the change: 95 − 30 = 65
        (
            "省级补助资金下达我县95万元，其中水厂改造资金80万元，管网维修资金15万元，"
            "调减30万元，全年实际下达56万元。",
            [("56万元", "65.00万元")],
        ),
    ],
)
def test_the_end_of_an_account_is_its_start_and_changes(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_HEAD + text + "\n", _CODE) == found


@pytest.mark.parametrize(
    "text",
    [
        # another amount among the changes: which it belongs to is not told
        "年初预算86万元，年中调减12万元，支出70万元，调整后预算64万元。",
        # a change against last year is no step of the account
        "年初预算86万元，较上年减少12万元，调整后预算64万元。",
    ],
)
def test_accounts_not_plain_are_left_alone(text: str) -> None:
    assert stated_recomputed(_HEAD + text + "\n", _CODE) == []


def test_a_change_may_name_its_source() -> None:
    text = "年初预算合计1650万元，年中调减中央财政资金120万元，调整后预算合计1430万元。\n"
    assert stated_recomputed(_HEAD + text, _CODE) == [("1430万元", "1530.00万元")]


def test_what_was_spent_of_the_budget_is_no_level_of_it() -> None:
    text = "年初预算合计1650万元，年中调减中央财政资金120万元，全年预算执行数合计1430万元。\n"
    assert stated_recomputed(_HEAD + text, _CODE) == []


@pytest.mark.parametrize(
    "text",
    [
        # money told before the start is in the account too
        "上年结转30万元，本年下达150万元，年中追加20万元，调整后预算200万元。",
        "安排基本支出80万元，安排项目支出120万元，追加30万元，调整后预算230万元。",
        # money recovered for misuse is no step of the budget
        "年初预算60万元，收回违规使用资金3万元，调整后预算60万元。",
    ],
)
def test_accounts_whose_start_is_not_the_first_amount_are_left_alone(text: str) -> None:
    assert stated_recomputed(_HEAD + text + "\n", _CODE) == []
