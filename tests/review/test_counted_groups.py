"""A total stated with a count, split over the sentences after it by groups that each give
their own count and amount, with no 其中 (figures and names our own): the groups' counts
making the total's count show they split it, and then their amounts must make its amount."""

from __future__ import annotations

from review_support import stated_recomputed

_GROUPS = (
    "全年共受理招商项目52个，完成项目签约{signed}个，其中亿元以上项目30个，签约总额{total}亿元。"
    "正式合同项目31个，其中亿元以上项目20个，签约总额{first}亿元；5亿元以上项目6个。"
    "框架协议项目9个，其中亿元以上项目10个，签约总额48.6亿元。"
)


def test_groups_whose_counts_make_the_total_count_make_its_amount() -> None:
    right = _GROUPS.format(signed="40", total="172.9", first="124.3")
    assert stated_recomputed(right, "sum-mismatch") == []
    wrong = _GROUPS.format(signed="40", total="173.9", first="124.3")
    assert stated_recomputed(wrong, "sum-mismatch") == [("173.9亿元", "172.90亿元")]


def test_groups_whose_counts_do_not_make_the_total_count_are_left_alone() -> None:
    # 31 + 9 = 40, not 41: the groups are not shown to split the total
    text = _GROUPS.format(signed="41", total="173.9", first="124.3")
    assert stated_recomputed(text, "sum-mismatch") == []
