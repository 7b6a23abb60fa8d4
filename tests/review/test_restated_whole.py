"""A 其中 list whose first part already makes the total, the other sources of money listed on
top of it (the shape of a 兵团 农机购置补贴 self-evaluation; figures our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

HEAD = "2021年度农机购置补贴项目绩效自评报告\n一、项目资金情况\n"
CODE = "sum-part-whole"


def test_a_first_part_that_makes_the_total_with_more_money_after_it() -> None:
    text = "本年度补贴资金预算数80万元，其中包括上级补贴资金80万元，上年度结余资金6.25万元。\n"
    assert stated_recomputed(HEAD + text, CODE) == [("80万元", "86.25万元")]
    assert "sum-mismatch" not in codes_of(HEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        # the parts make the total: no fault
        "本年度补贴资金预算数80万元，其中上级补贴资金73.75万元，上年度结余资金6.25万元。\n",
        # what follows is spending, not a source of the money
        "本年度补贴资金预算数80万元，其中上级补贴资金80万元，实际支出76.5万元。\n",
        # no mark says the parts are held in the total
        "本年度补贴资金预算数80万元，上级补贴资金80万元，上年度结余资金6.25万元。\n",
        # the rest said to be held in the first part
        "本年度补贴资金预算数80万元，其中上级补贴资金80万元，含上年度结余资金6.25万元。\n",
    ],
    ids=["adds-up", "spending-after", "no-mark", "held-in-first"],
)
def test_left_alone(text: str) -> None:
    assert CODE not in codes_of(HEAD + text)


def test_a_level_of_government_named_by_its_finance_alone_is_money_too() -> None:
    # “本级财政” with no 资金 after it, in the brackets of a glued 资金总额及构成 cell
    text = "财政拨款:412.5万元(其中:上级财政资金:412.5万元;本级财政:8万元)二、自有资金:0万元\n"
    assert stated_recomputed(HEAD + text, CODE) == [("412.5万元", "420.50万元")]
