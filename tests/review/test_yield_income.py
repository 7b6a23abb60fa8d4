"""A planting project's 收益测算 worked out from its area: yield × price × area against the
gross, a cost per 亩 × area against the cost's sum (the shape of a village's 衔接资金
self-evaluation; figures our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

HEAD = "2022年度衔接资金项目绩效自评报告\n三、绩效目标\n"
CODE = "product-mismatch"
PLAN = (
    "村集体投资种植优质桃树40亩，2021年投产，预计每年每亩产桃{crop}公斤，每公斤售价3元，"
    "可实现总收入{gross}万元，扣除土地租金、生产、劳务等费用成本每亩{per}元，计{cost}万元，"
    "可实现集体统一经营净收入1.2万元。\n"
)


def test_a_plan_that_holds() -> None:
    text = HEAD + PLAN.format(crop="1200", gross="14.4", per="3300", cost="13.2")
    assert CODE not in codes_of(text)


def test_a_gross_the_area_yield_and_price_do_not_give() -> None:
    text = HEAD + PLAN.format(crop="1020", gross="14.4", per="3300", cost="13.2")
    assert stated_recomputed(text, CODE) == [("14.4万元", "12.24万元")]


def test_a_cost_sum_the_area_and_cost_per_mu_do_not_give() -> None:
    text = HEAD + PLAN.format(crop="1200", gross="14.4", per="3800", cost="13.2")
    assert stated_recomputed(text, CODE) == [("13.2万元", "15.20万元")]


@pytest.mark.parametrize(
    "text",
    [
        # the price is per 斤, the yield in 公斤: not one weight
        "种植桃树40亩，每亩产桃1200公斤，每斤售价3元，可实现总收入14.4万元。",
        # two areas: which one the yield is of cannot be told
        "种植桃树40亩、梨树20亩，每亩产果1200公斤，每公斤售价3元，可实现总收入20万元。",
    ],
    ids=["other-weight", "two-areas"],
)
def test_left_alone(text: str) -> None:
    assert CODE not in codes_of(HEAD + text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        # a share of the yield sold: 40 × 1200 × 80% × 3 = 11.52万元
        "种植桃树40亩，每亩产桃1200公斤，商品果率按80%计，每公斤售价3元，可实现销售收入11.52万元。",
        # the gross of three years
        "种植桃树40亩，每年每亩产桃1200公斤，每公斤售价3元，三年累计可实现总收入43.2万元。",
    ],
    ids=["share-sold", "three-years"],
)
def test_a_gross_scaled_or_summed_over_years(text: str) -> None:
    assert CODE not in codes_of(HEAD + text + "\n")
