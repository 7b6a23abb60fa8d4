"""Slips planted in the shapes of real reports that the checks first missed (each passage
written for this test, with its own figures): a list closed by 等 naming more units than its
count, a 预算完成率 over an amount with no budget word, a 其中 after a clause on whom the
money went to, and the bracketed breakdowns of parts closed by a total's own."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

HEAD = "2022年度部门整体支出绩效自评报告\n一、基本情况\n"


def test_a_list_closed_by_deng_may_name_fewer_never_more() -> None:
    listed = (
        "本局内设办公室、综合科（挂开发办）、投资科、体制改革科、产业发展科、"
        "价格认定科等{n}个科室。\n"
    )
    text = HEAD + listed
    assert "list-count-mismatch" not in codes_of(text.format(n=6))
    assert "list-count-mismatch" not in codes_of(text.format(n=9))  # 等: names left out
    assert stated_recomputed(text.format(n=5), "list-count-mismatch") == [("5", "6")]


def test_a_budget_completion_rate_over_an_amount_named_by_no_role() -> None:
    text = (
        HEAD
        + "二是小学教育支出，即校舍改造工程合计{plan}万元，"
        + "于本年度支出412.50万元，预算完成率100%。\n"
    )
    assert "rate-mismatch" not in codes_of(text.format(plan="412.50"))
    assert stated_recomputed(text.format(plan="421.50"), "rate-mismatch") == [("100%", "97.86%")]


@pytest.mark.parametrize(
    "total",
    [
        "补助资金总额{t}万元，对辖区受灾农户进行补助，",
        "共下达补助资金{t}万元，对受灾镇进行了补助，",
    ],
    ids=["total", "pooled"],
)
def test_a_clause_on_whom_the_money_went_to_before_the_qizhong(total: str) -> None:
    parts = (
        "其中：甲镇补助资金12万元、乙镇补助资金30万元、丙乡补助资金8万元、丁镇补助资金25万元。\n"
    )
    text = HEAD + total + parts
    assert "sum-mismatch" not in codes_of(text.format(t="75"))
    assert stated_recomputed(text.format(t="57"), "sum-mismatch") == [("57万元", "75.00万元")]


def test_a_purpose_clause_needs_a_total_named_as_one() -> None:
    # “资金57万元” names no whole: the 其中 may split another figure
    text = (
        HEAD
        + "安排资金57万元，对受灾农户进行补助，"
        + "其中：甲镇12万元、乙镇30万元、丙乡8万元、丁镇25万元。\n"
    )
    assert "sum-mismatch" not in codes_of(text)


BATCHES = (
    "该项目分三批实施，一批批复总投资1200.5万元（其中建筑工程1100万元），二批批复总投资"
    "860.2万元（其中建筑工程{second}万元），三批批复总投资300万元（其中建筑工程280.4万元），"
    "合计批复总投资2360.7万元（其中建筑工程2186.15万元）。\n"
)


def test_the_breakdowns_of_parts_add_up_to_the_totals() -> None:
    assert "sum-mismatch" not in codes_of(HEAD + BATCHES.format(second="805.75"))
    wrong = HEAD + BATCHES.format(second="850.75")
    assert stated_recomputed(wrong, "sum-mismatch") == [("2186.15万元", "2231.15万元")]


def test_breakdowns_of_another_name_are_left_alone() -> None:
    text = HEAD + BATCHES.format(second="850.75").replace(
        "（其中建筑工程280.4万元）", "（其中设备购置280.4万元）"
    )
    assert "sum-mismatch" not in codes_of(text)
