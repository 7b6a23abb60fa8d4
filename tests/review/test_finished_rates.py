"""A 完工率 over the work undertaken, told before the rate that comes first (“实施…公里，开工率
100%，已完工…公里，完工率…”; a 民生工程 report's shape, figures ours)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = "农村公路提质改造工程实施{planned}公里，开工率100%，已完工{done}，完工率{rate}。"


@pytest.mark.parametrize(("rate", "found"), [("60.00%", []), ("66.00%", [("66.00%", "60.00%")])])
def test_a_finished_rate_over_the_work_undertaken(rate: str, found: list[tuple[str, str]]) -> None:
    text = _TEXT.format(planned="180.500", done="108.300公里", rate=rate)
    assert stated_recomputed(text, "rate-mismatch") == found


def test_work_finished_in_another_unit_is_not_over_it() -> None:
    # 12 bridges finished: not a share of the 180.5 km undertaken
    text = _TEXT.format(planned="180.500", done="桥梁12座", rate="66.00%")
    assert stated_recomputed(text, "rate-mismatch") == []


def test_a_start_rate_below_full_is_of_the_plan() -> None:
    # 开工率 90.25%: 180.5 km is what was started (of a 200 km plan), no base of the 完工率
    text = (
        "2024年省下达我市农村公路提质改造任务200公里。\n"
        "截至9月底，全市开工建设农村公路180.5公里，开工率90.25%，已完工108.3公里，完工率54.15%。"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


@pytest.mark.parametrize(("rate", "found"), [("90%", []), ("93%", [("93%", "90.00%")])])
def test_a_completion_rate_of_the_money_received(rate: str, found: list) -> None:
    text = (
        "2022年产业园收到中央财政奖补资金3000万元，已制定资金使用方案，实际完成2700万元，"
        f"完成率达到{rate}。"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(
    "text",
    [
        "项目共收到中央奖补资金3000万元，实际完成投资2850万元，工程形象进度完成率100%。",
        "年度计划完成投资2900万元。全年收到上级资金3000万元，实际完成投资2755万元，完成率95%。",
    ],
)
def test_a_completion_rate_of_works_or_of_a_plan_told_before_is_not_of_the_money(
    text: str,
) -> None:
    assert stated_recomputed(text, "rate-mismatch") == []


@pytest.mark.parametrize(("rate", "found"), [("92.86%", []), ("100%", [("100%", "92.86%")])])
def test_what_was_done_of_the_years_task(rate: str, found: list) -> None:
    text = f"2022年度农村危房改造项目绩效目标14户，实际完成13户，实际完成数占年度目标任务的{rate}。"
    assert stated_recomputed(text, "rate-mismatch") == found


def test_a_use_rate_of_an_items_own_budget_told_paragraphs_before() -> None:
    # 334896 ÷ 400000 = 83.72%: the item's own 40万元, not the 42万元 of both items
    text = (
        "某市2021年非遗保护资金绩效自评报告\n省财政下达我市甲项目保护补助40万元，"
        "下达乙传承人补助2万元。\n二、资金使用情况\n（一）到位情况\n资金按时到位。\n"
        "（二）使用情况\n2021年我市非遗保护资金下达42万元，资金到位率100%，乙传承人补助已"
        "及时划拨，资金使用率100%；甲项目资金使用334896元，资金使用率{rate}。\n"
    )
    assert stated_recomputed(text.format(rate="83.72%"), "rate-mismatch") == []
    # a wrong one is told over the item's own budget too
    assert stated_recomputed(text.format(rate="87.32%"), "rate-mismatch") == [("87.32%", "83.72%")]
