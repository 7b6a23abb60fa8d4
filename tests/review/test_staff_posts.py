"""A unit's posts (编制) split by kind, in the shapes real reports write them (figures our
own): a nil kind told in a 其中 list, a bracket a PDF export spaced from its figure, and the
机关后勤编 that stands for the 工勤 posts."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_HEAD = "2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("本单位编制为23人，其中：行政编制0人，事业编制23人。", []),
        # a kind told though it is nil: the list names every kind
        ("本单位编制为23人，其中：行政编制0人，事业编制21人。", [("23人", "21人")]),
        ("核定编制97人 （行政编8人、机关后勤编3人、全额事业编86人），年末实有95人。", []),
        (
            "核定编制97人 （行政编8人、机关后勤编3人、全额事业编84人），年末实有95人。",
            [("97人", "95人")],
        ),
        ("核定编制97人，其中行政编8人、机关后勤编3人、全额事业编84人。", [("97人", "95人")]),
    ],
)
def test_posts_by_kind_make_the_posts(text: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_HEAD + text + "\n", "sum-mismatch") == found


def test_a_list_with_no_nil_kind_may_name_some_kinds_only() -> None:
    text = "本单位编制为23人，其中：行政编制5人，事业编制16人。\n"
    assert stated_recomputed(_HEAD + text, "sum-mismatch") == []


def test_a_nil_part_closing_the_list_may_leave_parts_out() -> None:
    # the units' own projects are not listed; the nil one closes the list
    text = (
        "我部门及所属单位年度项目15个，项目支出总额420.50万元。其中，本级项目6个，本级项目支出"
        "233.10万元；对下转移支付项目0个，对下转移支付0万元。\n"
    )
    assert stated_recomputed(_HEAD + text, "sum-mismatch") == []


def test_a_nil_first_part_of_other_counts_may_leave_parts_out() -> None:
    text = "全年开展培训30期，其中：省外培训0期，市级培训6期。\n"
    assert stated_recomputed(_HEAD + text, "sum-mismatch") == []
