"""The 概要 block of a third party's 绩效评价报告, one cell to a line, label then figure
(figures our own): each 抽查占比 is the sampled figure over the whole before it."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_SUMMARY = """项目绩效评价报告
评价分值:91.20分评价等级:优 | ||||||||
各级资金 投入总数 |
{whole} |
抽查资金总数 |
318.40 |
资金抽查占比 |
{share} | |||
项目数量 |
3 |
抽查项目数 |
2 |
项目抽查占比 |
66.67% | |||
发放调查 问卷 |
60 |
有效调查 问卷 |
58 |
满意度 情况 |
91.50% | |||
"""


@pytest.mark.parametrize(
    ("whole", "share", "found"),
    [
        ("318.40", "100%", []),
        ("352.00", "90.45%", []),
        ("352.00", "100%", [("100%", "90.45%")]),
        ("318.40", "90%", [("90%", "100.00%")]),
    ],
)
def test_a_sampled_share_is_the_sampled_figure_over_the_whole(
    whole: str, share: str, found: list[tuple[str, str]]
) -> None:
    text = _SUMMARY.format(whole=whole, share=share)
    assert stated_recomputed(text, "share-mismatch") == found


def test_a_sampling_rate_is_a_share_too() -> None:
    text = "项目数量 |\n8 |\n抽查项目数 |\n6 |\n项目抽查率 |\n{rate} |\n"
    assert stated_recomputed(text.format(rate="75%"), "share-mismatch") == []
    assert stated_recomputed(text.format(rate="100%"), "share-mismatch") == [("100%", "75.00%")]


def test_a_figure_after_labels_with_no_word_in_common_is_no_share() -> None:
    text = "投入总数 |\n200 |\n完成数量 |\n150 |\n资金抽查占比 |\n90% |\n"
    assert stated_recomputed(text, "share-mismatch") == []


@pytest.mark.parametrize(
    "text",
    [
        # of the two together, not of the first
        "项目总投资（万元） |\n250.00 |\n财政资金 |\n200.00 |\n自筹资金 |\n50.00 |\n"
        "自筹资金占比 |\n20.00% |\n",
        # a change, not a share
        "年初预算数 |\n500.00 |\n调整后预算数 |\n480.00 |\n预算调整比例 |\n4.00% |\n",
    ],
)
def test_shares_that_are_no_sample_of_the_figure_before_are_left_alone(text: str) -> None:
    assert stated_recomputed(text, "share-mismatch") == []
