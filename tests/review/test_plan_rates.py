"""Rates of one spending figure over the two budgets its sentence states, each rate naming
its budget (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "2024年度一般公共预算财政拨款支出年初预算3,150.00万元，年中经批准调整后的全年预算为"
    "3,420.80万元，支出决算为3,366.54万元，完成年初预算的{opening}，完成调整预算的{adjusted}。"
)


@pytest.mark.parametrize(
    ("opening", "adjusted", "found"),
    [
        ("106.87%", "98.41%", []),
        ("106.9%", "98.4%", []),
        ("106.87%", "98.14%", [("98.14%", "98.41%")]),
        ("106.78%", "98.41%", [("106.78%", "106.87%")]),
    ],
)
def test_each_rate_is_over_the_budget_it_names(
    opening: str, adjusted: str, found: list[tuple[str, str]]
) -> None:
    text = _TEXT.format(opening=opening, adjusted=adjusted)
    assert stated_recomputed(text, "rate-mismatch") == found


def test_a_sentence_with_one_budget_is_left_to_the_nearest_reading() -> None:
    text = "年初预算为612.30万元，支出决算为598.74万元，完成年初预算的97.97%。"
    assert stated_recomputed(text, "rate-mismatch") == [("97.97%", "97.79%")]


def test_two_spending_figures_give_no_numerator() -> None:
    text = _TEXT.format(opening="106.78%", adjusted="98.41%").replace(
        "完成年初", "上年支出决算为3,001.00万元，完成年初"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


@pytest.mark.parametrize(
    ("rate", "found"),
    [
        ("93.56%", []),
        # the budget over the result, 1,272,038.37 ÷ 1,190,160.57: the ratio turned over
        ("106.88%", [("106.88%", "93.56%")]),
    ],
)
def test_a_rate_of_its_budget_is_the_result_over_the_plan(
    rate: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "一般公共预算财政拨款支出年初预算为1272038.37元，支出决算为1190160.57元，"
        f"完成年初预算的{rate}。决算数小于年初预算数的主要原因是压减一般性支出。"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(("rate", "found"), [("83.5%", []), ("83.56%", [("83.56%", "83.50%")])])
def test_a_grant_and_its_spending_completing_the_budget(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # “完成预算的”: the grant is the budget the spending completes (125.25 ÷ 150 = 83.50%)
    text = f"本年度财政拨款为150万元：执行数为125.25万元，完成预算的{rate}。\n"
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(("done", "found"), [("774", []), ("747", [("120%", "115.81%")])])
def test_a_count_over_the_task_a_level_set_said_after_it(
    done: str, found: list[tuple[str, str]]
) -> None:
    # 774 ÷ 645 = 120%: the plan, said last, names the level that set it (市级)
    text = f"已获得创业培训合格证书学员有{done}人（共24期），完成市级下达任务人数645人的120%。\n"
    assert stated_recomputed(text, "rate-mismatch") == found


_PROCUREMENT = (
    "市本级政府采购预算执行2434.80万元，实际采购金额2170.10万元，节约资金{saved}万元，"
    "节约率为{rate}。\n"
)


@pytest.mark.parametrize(
    ("saved", "rate", "code", "found"),
    [
        ("264.70", "10.87%", "rate-mismatch", []),
        ("264.70", "10.78%", "rate-mismatch", [("10.78%", "10.87%")]),
        ("254.70", "10.87%", "difference-mismatch", [("254.70万元", "减少264.70万元")]),
    ],
)
def test_a_procurement_saving_and_its_rate_over_the_budget_executed(
    saved: str, rate: str, code: str, found: list[tuple[str, str]]
) -> None:
    # 预算执行 names the procurement budget: the saving is its gap to what was bought
    assert stated_recomputed(_PROCUREMENT.format(saved=saved, rate=rate), code) == found
