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
