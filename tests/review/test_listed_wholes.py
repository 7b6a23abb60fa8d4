"""A 分别 list whose shares of a base stated before add to 100%: its amounts must make the
base (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "2024年全省政府采购规模为2,486.5亿元，较上年增长3.2%。从结构来看，货物、工程、服务政府"
    "采购规模分别为612.4亿元、{works}亿元和669.3亿元，占全省政府采购规模比例为{shares}。\n"
)


@pytest.mark.parametrize(
    ("works", "found"),
    [("1,204.8", []), ("1,240.8", [("2486.5亿元", "2522.50亿元")])],
)
def test_a_list_that_is_all_of_its_base_adds_up_to_it(works: str, found: list[object]) -> None:
    text = _TEXT.format(works=works, shares="24.6%、48.5%和26.9%")
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_list_whose_shares_leave_some_of_the_base_out_is_not_held_to_it() -> None:
    # two kinds of three, 73.1% of the base: the rest is not listed
    text = _TEXT.replace("货物、工程、服务", "货物、工程").replace("和669.3亿元", "")
    text = text.format(works="1,240.8", shares="24.6%和48.5%")
    assert stated_recomputed(text, "sum-mismatch") == []


def test_the_shares_are_held_to_the_base_stated_not_to_the_parts_sum() -> None:
    # the slip is in one amount: only its share is off the stated 2,486.5
    text = _TEXT.format(works="1,240.8", shares="24.6%、48.5%和26.9%")
    found = stated_recomputed(text, "share-mismatch")
    assert [stated for stated, _ in found] == ["48.5%"]


@pytest.mark.parametrize(("total", "found"), [("70", []), ("75", [("75万元", "70.00万元")])])
def test_the_count_of_the_items_between_an_amount_and_its_list(
    total: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"2022年区财政共计下达我单位项目资金{total}万元，涉及2个项目，分别为：青年创业扶持经费"
        "45万元；少先队阵地建设经费25万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found
