"""A count before 即 against the items told after it, each with its own figure and apart by
semicolons (a 民生工程 summary's shape; names and figures ours)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "2024年，市残联下达我区残疾人康复民生工程任务共{count}个，即贫困精神残疾人药费补助"
    "860人（省任务数410人）；残疾儿童康复救助65人（其中，康复训练30人、辅助器具5人）{third}。"
)
_THIRD = "；残疾人辅助器具适配120人"


@pytest.mark.parametrize(
    ("count", "third", "found"),
    [
        ("二", "", []),
        ("三", _THIRD, []),
        ("三", "", [("3", "2")]),
        ("2", _THIRD, [("2", "3")]),
    ],
)
def test_the_items_told_after_ji(count: str, third: str, found: list[tuple[str, str]]) -> None:
    text = _TEXT.format(count=count, third=third)
    assert stated_recomputed(text, "list-count-mismatch") == found


def test_items_apart_by_commas_are_not_counted() -> None:
    # a clause may hold two items: only clauses apart by semicolons are counted
    text = _TEXT.format(count="三", third="，残疾人辅助器具适配120人")
    assert stated_recomputed(text, "list-count-mismatch") == []
