"""A percentage's change against the earlier percentage stated beside it (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed


@pytest.mark.parametrize(
    ("change", "found"),
    [
        # 53.1 − 31.6 = 21.5 points, told with % as texts often do
        ("增加21.5%", []),
        ("增加21.5个百分点", []),
        # a share of the earlier figure: 21.5 ÷ 31.6 = 68.0%
        ("增长68.0%", []),
        ("增加22.5%", [("22.5", "21.5")]),
        # the wrong way: the share rose
        ("下降21.5个百分点", [("21.5", "21.5")]),
    ],
)
def test_a_change_of_a_percentage(change: str, found: list[tuple[str, str]]) -> None:
    text = (
        "2021年中央财政衔接资金共计到位2602.92万元，其中安排用于产业发展1383.09万元，"
        f"占资金的53.1%，比2020年31.6%{change}。\n"
    )
    assert stated_recomputed(text, "difference-mismatch") == found
