"""A spending rate whose plan is the amount the sentence before opens with (the shape of a
province's 救灾资金 self-evaluation; figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

HEAD = "2023年度中央救灾资金绩效自评报告\n二、绩效目标完成情况分析\n"
TEXT = (
    "（一）资金投入情况分析。及时对中央救灾资金5200万元进行了合理分解，已全部分解到位，"
    "其中甲市1800万元、乙市2100万元、丙市1300万元。目前，资金已执行3640万元，预算执行率{r}。\n"
)


def test_the_plan_opens_the_sentence_before() -> None:
    assert "rate-mismatch" not in codes_of(HEAD + TEXT.format(r="70.00%"))
    assert stated_recomputed(HEAD + TEXT.format(r="77.00%"), "rate-mismatch") == [
        ("77.00%", "70.00%")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # two amounts side by side before: which is the plan cannot be told
        "甲市分得3200万元，乙市分得2000万元。目前，资金已执行3640万元，预算执行率77.00%。\n",
        # the sentence before compares: its amount is no plan of this year
        "资金5200万元，较上年增加200万元。目前，资金已执行3640万元，预算执行率77.00%。\n",
        # the rate of one of the 其中 parts: 450 ÷ 500
        "收到救灾资金5200万元，其中本级使用500万元，其余下达各乡镇。本级已支出450万元，"
        "执行率90.00%。\n",
    ],
    ids=["two-amounts", "compared", "of-a-part"],
)
def test_left_alone(text: str) -> None:
    assert "rate-mismatch" not in codes_of(HEAD + text)
