"""Money paid out above the funds its sentence names (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

HEAD = "某乡2021年度基础设施建设项目绩效自评报告\n"
CODE = "spent-above-budget"


@pytest.mark.parametrize(
    ("paid", "found"), [("106.36", []), ("160.36", [("160.36万元", "107.13万元")])]
)
def test_paid_above_the_funds_of_its_sentence(paid: str, found: list[tuple[str, str]]) -> None:
    text = (
        HEAD + "统筹整合使用财政涉农资金107.13万元，其中项目管理费1.07万元，"
        f"目前项目资金已拨付{paid}万元。\n"
    )
    assert stated_recomputed(text, CODE) == found


def test_a_reason_told_anywhere_silences_it() -> None:
    text = (
        HEAD + "下达财政专项资金179万元，截止年底实际已支付186.98万元。\n"
        "超出部分使用上年结转资金7.98万元支付。\n"
    )
    assert stated_recomputed(text, CODE) == []


def test_paid_against_an_investment_is_no_overspending() -> None:
    # the total investment is not the funds paid from
    text = HEAD + "项目总投资500万元，其中财政资金100万元，已支付200万元。\n"
    assert stated_recomputed(text, CODE) == []


@pytest.mark.parametrize(
    "text",
    [
        # two batches (two levels) make the funds together
        "项目资金分批下达，第一批下达资金40万元，第二批下达资金35万元，截至年底已拨付75万元。",
        "上级下达中央资金60万元、省级配套资金40万元，已全部拨付到位，实际支出100万元。",
        # a standard per household is no fund
        "按照实施方案，每户补助资金1.2万元，全年共补助30户，已拨付资金36万元。",
        # the years of a project, not the year's funds
        "2024年安排项目资金200万元，项目自开工以来累计支出560万元。",
    ],
)
def test_payments_within_what_the_sentence_funds(text: str) -> None:
    assert stated_recomputed(HEAD + text + "\n", CODE) == []


def test_money_carried_over_told_in_another_paragraph_may_make_up_the_payment() -> None:
    text = (
        HEAD + "该项目上年结转资金20万元，已纳入本年度统筹使用。\n"
        "本年度下达资金100万元，截至年底已拨付资金120万元。\n"
    )
    assert stated_recomputed(text, CODE) == []
