"""A 资金到位率 on a numbered line of its own, the budget and the money arrived on the lines
before it under the same heading (figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = """某县2023年度供水管网改造项目绩效自评报告
（二）项目资金投入使用情况
（1）资金到位情况
1、项目预算安排情况。供水管网改造工程项目预算安排总额{budget}万元。
2、财政拨款总额128.400000万元。
3、资金到位率100%
（2）资金使用情况
1、项目实际支出总额128.400000万元。
"""


def test_an_arrival_rate_over_the_lines_before_it() -> None:
    assert stated_recomputed(_TEXT.format(budget="128.400000"), "rate-mismatch") == []
    found = stated_recomputed(_TEXT.format(budget="131.400000"), "rate-mismatch")
    assert found == [("100%", "98%")]


def test_an_arrival_rate_with_a_third_amount_before_it_is_left_alone() -> None:
    # which two amounts the rate is of cannot be told
    text = _TEXT.format(budget="131.400000").replace(
        "2、财政拨款总额", "2、其中上年结转10.000000万元，财政拨款总额"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


def test_a_colon_after_the_rate_is_read() -> None:
    text = _TEXT.format(budget="131.400000").replace("3、资金到位率100%", "3、资金到位率：100%")
    assert stated_recomputed(text, "rate-mismatch") == [("100%", "98%")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # what was spent of the budget, not the budget
        ("1、全年预算执行数180.00万元。", "2、财政拨款到位200.00万元。"),
        # what was paid on to the contractor, not what arrived
        ("1、项目预算安排200.00万元，财政资金已全额到账。", "2、已拨付施工单位工程款150.00万元。"),
        # a total over three years, not the year's budget
        ("1、项目总投资预算1000.00万元，分三个年度实施。", "2、2023年度下达并到位资金300.00万元。"),
    ],
)
def test_an_arrival_rate_over_other_amounts_is_left_alone(first: str, second: str) -> None:
    text = "\n".join(
        [
            "某县2023年度项目支出绩效自评报告",
            "（一）资金到位情况",
            first,
            second,
            "3、资金到位率100%",
        ]
    )
    assert stated_recomputed(text, "rate-mismatch") == []
