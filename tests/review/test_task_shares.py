"""Counts done told as shares of the year's task planned before them (a 住建 progress
report's shape; names and figures ours)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "2024年全市计划改造老旧小区{plan}，截至6月底，已完成前期准备工作的小区320，占改造任务数的"
    "100%；已开工的小区{started}，占任务数的{share}，其中已完工的小区48，占任务数的15.00%。"
)


@pytest.mark.parametrize(
    ("started", "share", "found"),
    [
        ("96", "30.00%", []),
        ("96", "30.31%", [("30.31%", "30.00%")]),
        ("97", "30.00%", [("30.00%", "30.31%")]),
    ],
)
def test_shares_of_the_planned_count(
    started: str, share: str, found: list[tuple[str, str]]
) -> None:
    text = _TEXT.format(plan="320", started=started, share=share)
    assert stated_recomputed(text, "rate-mismatch") == found


def test_a_share_over_the_count_prepared_not_the_plan() -> None:
    # 326 prepared: 100% is of nothing planned (326 ÷ 320 = 101.88%), and 96 ÷ 326 = 29.45%
    text = _TEXT.format(plan="320", started="96", share="30.00%").replace(
        "小区320，占", "小区326，占"
    )
    assert stated_recomputed(text, "rate-mismatch") == [("100%", "102%")]


_TWO_PLANS = (
    "2023年，我市保障性安居工程计划开工改造棚户区1400套，发放租赁补贴{aid}户。截至9月底，开工建设"
    "棚户区1120套，占目标任务的80.00%，发放租赁补贴1530户，占目标任务的{rate}。"
)


@pytest.mark.parametrize(
    ("aid", "rate", "found"),
    [("1200", "127.50%", []), ("1200", "127.05%", [("127.05%", "127.50%")])],
)
def test_each_share_over_the_plan_of_its_unit(
    aid: str, rate: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_TWO_PLANS.format(aid=aid, rate=rate), "rate-mismatch") == found


def test_two_plans_of_the_same_things_leave_the_base_unknown() -> None:
    text = _TWO_PLANS.format(aid="1200", rate="127.05%").replace(
        "发放租赁补贴1200户", "续建棚户区1200套"
    )
    assert stated_recomputed(text.replace("80.00%", "85.00%"), "rate-mismatch") == []


@pytest.mark.parametrize(
    "change",
    [
        # a count of what the 96 hold, 97 households
        ("已开工的小区97，占任务数", "已开工的小区96，涉及居民97户，占任务数"),
        ("计划改造老旧小区320", "计划新建停车场320"),  # a plan of other things
        ("2024年全市计划改造老旧小区320", "2023年全市计划改造老旧小区320，2024年再改造"),
    ],
)
def test_no_plan_of_the_same_things_this_year(change: tuple[str, str]) -> None:
    text = _TEXT.format(plan="320", started="97", share="30.00%").replace(*change)
    assert ("30.00%", "30.31%") not in stated_recomputed(text, "rate-mismatch")


def test_a_task_stated_after_the_share_is_not_its_base() -> None:
    text = "截至6月底，已开工的小区96个，占任务数的31.00%。2024年全市计划改造老旧小区320个。"
    assert stated_recomputed(text, "rate-mismatch") == []
