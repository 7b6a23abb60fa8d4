"""A count before 即 (分别为) against the items told after it, each with its own figure and apart by
semicolons (a 民生工程 summary's shape; names and figures ours)."""

from __future__ import annotations

import pytest
from review_support import findings_of
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


@pytest.mark.parametrize(
    "third",
    [
        # two items joined by 、 in one clause
        "、残疾人辅助器具适配120人",
        # a clause that sums the items up
        "；两项任务全年累计服务925人",
    ],
)
def test_clauses_that_are_not_one_item_each(third: str) -> None:
    text = _TEXT.format(count="三", third="").replace(
        "65人（其中，康复训练30人、辅助器具5人）", "65人" + third
    )
    assert stated_recomputed(text, "list-count-mismatch") == []


def test_a_semicolon_inside_nested_brackets_parts_no_item() -> None:
    text = _TEXT.format(count="二", third="").replace(
        "860人（省任务数410人）", "860人（其中城区（含高新区）120人；农村地区740人）"
    )
    assert stated_recomputed(text, "list-count-mismatch") == []


def test_the_count_is_quoted_in_its_own_word() -> None:
    text = _TEXT.format(count="3", third="").replace("共3个", "共3项")
    found = [f for f in findings_of(text) if f.code == "list-count-mismatch"]
    assert "共3项" in found[0].message and "只有2项" in found[0].message


@pytest.mark.parametrize(("count", "found"), [("2", []), ("3", [("3", "2")])])
def test_items_told_with_their_amounts_after_fenbie_wei(
    count: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"2022年区财政共计下达我单位项目资金70万元，涉及{count}个项目，分别为：青年创业扶持经费"
        "45万元；少先队阵地建设经费25万元。"
    )
    assert stated_recomputed(text, "list-count-mismatch") == found
