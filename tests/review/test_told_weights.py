"""The weights of the framework's levels told in one sentence (figures our own): they share
out the whole, 100% or 100分; a list left open with 等, or mixing % and 分, is not held to it."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_CODE = "weight-total-mismatch"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "指标权重统一设置为：产出指标50%、效益指标30%、服务对象满意度指标10%。",
            [("100%", "90%")],
        ),
        (
            "指标权重统一设置为：预算执行率10%、产出指标50%、效益指标30%、服务对象满意度指标10%。",
            [],
        ),
        (
            "各指标权重：产出指标权重为50%，效益指标权重为30%，满意度指标权重为10%。",
            [("100%", "90%")],
        ),
        ("一级指标分值分别为：决策20分、过程20分、产出40分、效益25分。", [("100分", "105分")]),
        ("一级指标分值分别为：决策20分、过程20分、产出40分、效益20分。", []),
    ],
)
def test_weights_told_in_a_sentence_make_the_whole(text: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(f"一、评价方法\n{text}\n", _CODE) == found


@pytest.mark.parametrize(
    "text",
    [
        "指标权重设置为：产出指标50%、效益指标30%、满意度指标10%等。",  # left open
        "指标权重设置为：产出指标50%、效益指标30分、满意度指标10%。",  # mixed units
        "指标权重设置为：产出指标50%、效益指标30%。",  # two levels only
        "产出指标完成率50%、效益指标完成率30%、满意度指标完成率10%。",  # no weights named
    ],
)
def test_lists_that_are_no_whole_set_of_weights_are_left_alone(text: str) -> None:
    assert stated_recomputed(f"一、评价方法\n{text}\n", _CODE) == []
