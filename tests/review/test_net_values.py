"""Assets told at their net value with their original value and depreciation (figures our
own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_HEAD = "2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "年末资产总额812.40万元，其中固定资产净值530.15万元（固定资产原值902.60万元，累计折旧372.45万元）。",
            [],
        ),
        (
            "年末资产总额812.40万元，其中固定资产净值530.15万元（固定资产原值902.60万元，累计折旧327.45万元）。",
            [("530.15万元", "575.15万元")],
        ),
        (
            "年末固定资产原值902.60万元，累计折旧372.45万元，净值503.15万元。",
            [("503.15万元", "530.15万元")],
        ),
        # two kinds of assets side by side: which pairs with which is not told
        (
            "固定资产原值902.60万元、净值530.15万元，无形资产原值40万元、累计摊销12万元、净值28万元。",
            [],
        ),
    ],
)
def test_a_net_value_is_the_original_value_less_depreciation(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_HEAD + text + "\n", "sum-mismatch") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one year's depreciation, an impairment, a part's net value: not the relation
        ("原值500万元，本年计提折旧40万元，净值360万元。", []),
        ("固定资产原值1000万元，累计折旧200万元，减值准备50万元，净值750万元。", []),
        ("固定资产原值1035.60万元，累计折旧412.30万元，其中专用设备1台，账面净值45.20万元。", []),
        (
            "固定资产账面净额640.15万元（原值902.60万元，累计折旧272.45万元）。",
            [("640.15万元", "630.15万元")],
        ),
    ],
)
def test_only_the_accumulated_depreciation_of_the_same_assets_is_taken(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_HEAD + text + "\n", "sum-mismatch") == found
