"""Shapes of held-out real documents that drew false alarms (figures and names our own):
a figure that holds for each unit named before it (编制各12人), a net value whose bracket
gives the gross value and what was taken off it, and a count whose list opens with a name
written without its own number."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_ARITHMETIC = ("sum-mismatch", "sum-short")

_CORRECT = (
    pytest.param(
        "下设信息中心、培训中心2个公益二类事业单位，编制各15人，现有管理人员7人，专业技术人员5人，工勤技能人员2人。",
        id="each_unit",
    ),
    pytest.param(
        "截至年底，单位资产总额3210.55万元，其中流动资产210.30万元，固定资产净值3000.25万元（固定资产原值3450.80万元，累计折旧450.55万元）。",
        id="net_value",
    ),
    pytest.param(
        "全系统共有预算单位1205个，包括局机关和12个直属单位、20个市局及150个直属单位、1022个县局。",
        id="uncounted_first",
    ),
)


@pytest.mark.parametrize("text", _CORRECT)
def test_a_correct_held_out_shape_gives_no_sum_finding(text: str) -> None:
    for code in _ARITHMETIC:
        assert stated_recomputed(text, code) == [], code


def test_a_net_value_beside_a_total_still_counts_in_it() -> None:
    text = (
        "单位资产总额3210.55万元，其中流动资产201.30万元，"
        "固定资产净值3000.25万元（固定资产原值3450.80万元，累计折旧450.55万元）。"
    )
    assert stated_recomputed(text, "sum-short") == [("3210.55万元", "3201.55万元")]


def test_a_count_whose_every_item_has_its_number_still_falls_short() -> None:
    text = "全系统共有预算单位1205个，包括直属单位12个、市局20个、直属事业单位150个和县局1022个。"
    assert stated_recomputed(text, "sum-short") == [("1205个", "1204个")]
