"""A net income worked out in a project's 收益测算 against its gross income less the costs
taken off it (the shape of a township's 衔接资金 self-evaluation; figures our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

HEAD = "2022年度衔接资金项目绩效自评报告\n三、绩效目标\n"
CODE = "net-income-mismatch"
PLAN = (
    "村集体投资种植优质柑橘40亩，预计每年每亩产果1200公斤，每公斤售价4元，可实现总收入"
    "19.2万元，扣除土地租金、生产、劳务等费用成本每亩2500元，计10万元，可实现集体统一经营"
    "净收入{net}万元；其余用于管护。\n"
)


def test_a_net_income_that_is_not_the_gross_less_the_costs() -> None:
    assert CODE not in codes_of(HEAD + PLAN.format(net="9.2"))
    assert stated_recomputed(HEAD + PLAN.format(net="8.2"), CODE) == [("8.2万元", "9.20万元")]


@pytest.mark.parametrize(
    "text",
    [
        # no cost taken off between the gross and the net: another reckoning
        "预计总收入19.2万元，带动农户增收，净收入8.2万元。",
        # two costs' sums taken off: which is the whole cost cannot be told
        "预计总收入19.2万元，扣除租金2万元、人工3万元，净收入8.2万元。",
    ],
    ids=["no-cost", "two-costs"],
)
def test_left_alone(text: str) -> None:
    assert CODE not in codes_of(HEAD + text + "\n")
