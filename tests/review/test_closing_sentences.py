"""A total closing, in a sentence of its own, the ；-list of the sentence before it (figures
our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "2024年度，上级下达转移支付慈善救助项目30万元；城乡低保项目12.5万元；福利院运行经费"
    "项目45.3万元；养老服务补助项目80万元。共计下达转移支付资金{total}万元。"
)


@pytest.mark.parametrize(
    ("total", "found"), [("167.8", []), ("176.8", [("176.8万元", "167.80万元")])]
)
def test_a_total_closing_the_list_before_it(total: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_TEXT.format(total=total), "sum-mismatch") == found


def test_a_list_whose_items_hold_two_amounts_is_left_alone() -> None:
    # an item with a plan and a result: which figure the total adds cannot be told
    text = _TEXT.format(total="200").replace(
        "养老服务补助项目80万元", "养老服务补助项目80万元、已拨付32.2万元"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


_COUNTED = (
    "2023年体育彩票公益金用于以下项目：安良村篮球场4万元、耐禾村篮球场4万元、"
    "中兴村篮球场4万元、全民活动中心门球场维修费4.76万元。{count}个项目共计{total}万元。"
)


@pytest.mark.parametrize(
    ("count", "total", "found"),
    [
        ("4", "16.76", []),
        ("4", "16.97", [("16.97万元", "16.76万元")]),
        ("四", "16.97", [("16.97万元", "16.76万元")]),
        ("5", "16.97", []),  # five counted, four listed: one is left unsaid
    ],
    ids=["adds-up", "off", "chinese-count", "count-not-items"],
)
def test_a_counted_total_closing_a_list_split_by_enumeration_commas(
    count: str, total: str, found: list[tuple[str, str]]
) -> None:
    text = _COUNTED.format(count=count, total=total)
    assert stated_recomputed(text, "sum-mismatch") == found


_LINES = """
3.资金分配及使用明细
（1）奖励扶助8452人，补助标准960元/人·年，补助资金8113920元。
（2）伤残家庭特别扶助318人，补助标准4560元/人·年，补助资金1450080元。
（3）死亡家庭特别扶助426人，补助标准5880元/人·年，补助资金2504880元。
以上合计{total}元。
"""


@pytest.mark.parametrize(
    ("total", "found"),
    [("12068880", []), ("11103370", [("11103370元", "12068880.00元")])],
)
def test_a_total_closing_the_numbered_lines_above(total: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_LINES.format(total=total), "sum-mismatch") == found


def test_numbered_lines_with_two_amounts_each_are_left_alone() -> None:
    text = _LINES.format(total="11103370").replace(
        "补助资金1450080元", "下达1450080元，已拨付1450080元"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


@pytest.mark.parametrize(
    "lines",
    [
        # the numbered lines are the items of a group line above them
        "1.城乡低保资金100万元。\n（1）城市低保40万元。\n（2）农村低保60万元。\n以上合计100万元。",
        # the 以上合计 adds two groups, each with its own numbered items
        "1.城乡低保资金\n（1）城市低保40万元。\n（2）农村低保60万元。\n"
        "2.特困供养资金\n（1）集中供养30万元。\n（2）分散供养20万元。\n以上合计150万元。",
    ],
    ids=["group-line-above", "two-groups"],
)
def test_numbered_items_of_groups_are_no_list_of_the_total(lines: str) -> None:
    assert stated_recomputed("一、资金使用情况\n" + lines + "\n", "sum-mismatch") == []
