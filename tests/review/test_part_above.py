"""A single part told with its whole, larger than the whole (figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

REPORT = "2023年度某局部门整体支出绩效自评报告\n一、基本情况\n"


def test_a_part_in_brackets_above_its_whole() -> None:
    text = REPORT + "年初批复项目6个，预算640万元（含上年结转项目1个710万元），年中未追加。\n"
    assert stated_recomputed(text, "sum-mismatch") == [("640万元", "710万元")]
    right = text.replace("710万元", "170万元")
    assert stated_recomputed(right, "sum-mismatch") == []


def test_a_part_after_qizhong_above_its_whole() -> None:
    text = REPORT + "全年支出1250.6万元，其中项目支出1520.6万元，主要用于农田水利建设。\n"
    assert stated_recomputed(text, "sum-mismatch") == [("1250.6万元", "1520.6万元")]


def test_a_change_s_part_and_a_list_of_parts_are_left_to_other_checks() -> None:
    change = REPORT + "支出较上年减少85万元，其中基本支出减少120万元，项目支出增加35万元。\n"
    assert stated_recomputed(change, "sum-mismatch") == []
    listed = REPORT + "全年支出300万元，其中基本支出320万元、项目支出80万元。\n"
    assert ("300万元", "320万元") not in stated_recomputed(listed, "sum-mismatch")
    # an amount after the bracket closes is no second part
    closed = REPORT + "预算640万元（含结转项目710万元），调整后预算598万元。\n"
    assert stated_recomputed(closed, "sum-mismatch") == [("640万元", "710万元")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("我县从奖励资金8,640万元中分配5,212.50万元用于支持农村危房改造。", []),
        (
            "我县从奖励资金8,640万元中分配9,212.50万元用于支持农村危房改造。",
            [("8640万元", "9212.50万元")],
        ),
        # a level and then its change, 由A调整为B, is no part of A
        ("项目预算由年初的8,640万元调整为9,212.50万元。", []),
    ],
)
def test_an_amount_taken_out_of_a_pool_cannot_pass_it(
    text: str, found: list[tuple[str, str]]
) -> None:
    head = "2023年度住房保障项目绩效自评报告\n一、资金情况\n"
    assert stated_recomputed(head + text + "\n", "sum-mismatch") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("从上级补助100万元中安排并整合涉农资金共180万元。", []),
        ("我县在奖励资金8,640万元中分配9,212.50万元。", [("8640万元", "9212.50万元")]),
        ("我县从奖励资金8,640万元中，分配给各乡镇9,212.50万元。", [("8640万元", "9212.50万元")]),
    ],
)
def test_money_pooled_with_the_pool_is_no_part_of_it(
    text: str, found: list[tuple[str, str]]
) -> None:
    head = "2023年度住房保障项目绩效自评报告\n一、资金情况\n"
    assert stated_recomputed(head + text + "\n", "sum-mismatch") == found
