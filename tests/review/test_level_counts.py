"""Indicators counted by level (figures our own): the count said of them is the 三级 count,
or all three levels together; any other is wrong."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = "本项目共编制{total}个绩效目标指标，其中一级指标3个，二级指标7个，三级指标12个。"


@pytest.mark.parametrize(
    ("total", "found"),
    [("12", []), ("22", []), ("14", [("14个", "12个")]), ("21", [("21个", "12个")])],
)
def test_a_count_of_indicators_by_level(total: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_TEXT.format(total=total), "list-count-mismatch") == found
