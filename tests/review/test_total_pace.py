"""A total whose own 完成年初预算 rate and pace against the year (快于序时进度…个百分点) stand
between it and the 其中 of the next sentence (the shape of a city's monthly revenue and
spending news; figures our own)."""

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
