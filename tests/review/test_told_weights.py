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
        (
            "决策指标权重为15%，过程指标权重为25%，产出指标权重为40%，效益指标权重为30%。",
            [("100%", "110%")],
        ),
        ("指标权重设置为：产出指标50%、效益指标30%以及满意度指标10%。", [("100%", "90%")]),
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
        # the rest of the weights, one told before them
        "自评表满分100分，其中预算执行率10分；其余一级指标分值分别为：产出指标50分、效益指标30分、"
        "满意度指标10分。",
        "预算执行率权重为10%。一级指标权重设置为：产出指标50%、效益指标30%、满意度指标10%。",
    ],
)
def test_lists_that_are_no_whole_set_of_weights_are_left_alone(text: str) -> None:
    assert stated_recomputed(f"一、评价方法\n{text}\n", _CODE) == []
