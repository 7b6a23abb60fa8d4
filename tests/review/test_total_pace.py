"""Revenue and spending news: a total whose own 完成年初预算 rate, pace against the year
(快于序时进度…个百分点) or share of a base it states stands between it and the 其中 of the
next sentence, parts with their own 占任务数 rates, and a use told as a 使用比例 (figures
our own); a closing total two digits off its parts."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "1—4月，全市一般公共预算支出{total}亿元，完成年初预算35.2%，快于序时进度2.1个百分点，"
    "下降3%。其中：市本级支出402.6亿元，增长0.5%；区级支出611.3亿元，下降5.1%。"
)


@pytest.mark.parametrize(
    ("total", "found"), [("1013.9", []), ("1031.9", [("1031.9亿元", "1013.90亿元")])]
)
def test_the_parts_of_a_total_past_its_own_rate_and_pace(
    total: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_TEXT.format(total=total), "sum-short") == found


_DEPARTMENTS = (
    "1—6月，一般公共预算收入累计完成{total}万元，占年初预算数109466万元的56.3%，同比增长10.7%，"
    "增收5939万元。其中税务部门完成28684万元，占任务数的56.4%，同比增长33.2%；财政部门完成"
    "32962万元，占任务数的56.3%，同比下降3.6%。"
)


@pytest.mark.parametrize(
    ("total", "found"), [("61646", []), ("61664", [("61664万元", "61646.00万元")])]
)
def test_a_total_past_its_share_of_a_base_it_states_and_parts_with_their_own_task_rates(
    total: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_DEPARTMENTS.format(total=total), "sum-short") == found


@pytest.mark.parametrize(("rate", "found"), [("70.28", []), ("77.78", [("77.78%", "70.28%")])])
def test_a_use_told_as_a_proportion_of_the_money(rate: str, found: list[tuple[str, str]]) -> None:
    text = f"今年上半年实施农机补贴资金720万元，目前已使用资金506万元，使用比例{rate}%。"
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(("harvest", "found"), [("83", []), ("38", [("820台", "775台")])])
def test_a_count_list_joined_by_commas_after_its_first_items(
    harvest: str, found: list[tuple[str, str]]
) -> None:
    # the 、 run goes on past its comma in items of the same unit; 涉及农户 would end it
    text = (
        "共补贴各类机具820台，其中动力机械709台、种植机械27台，"
        f"收获机械{harvest}台，收获后处理机械1台，涉及农户788户。"
    )
    assert stated_recomputed(text, "sum-mismatch") + stated_recomputed(text, "sum-short") == found


@pytest.mark.parametrize(
    ("total", "found"),
    [("160.899", []), ("106.899", [("106.899万元", "160.899万元")])],
)
def test_a_closing_total_below_a_part_by_two_digits_swapped(
    total: str, found: list[tuple[str, str]]
) -> None:
    text = f"下达中央财政农机补贴资金150万元，上年结余资金10.899万元，共计{total}万元。"
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_count_above_its_total_opens_no_list_of_it() -> None:
    # 329 is the establishment, not a part of the 6 leaders (and 6 is no 329 with digits swapped)
    text = "核定编制329名，设书记1名，校长1名，副职4名，领导职数共6名。"
    assert stated_recomputed(text, "sum-mismatch") == []
