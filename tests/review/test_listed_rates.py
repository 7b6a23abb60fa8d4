"""A 资金到位率 on a numbered line of its own, the budget and the money arrived on the lines
before it under the same heading (figures and names our own)."""

from __future__ import annotations

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
