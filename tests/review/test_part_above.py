"""A single part told with its whole, larger than the whole (figures and names our own)."""

from __future__ import annotations

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
