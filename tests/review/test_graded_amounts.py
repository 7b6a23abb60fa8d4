"""Projects counted and summed by grade under a count and a sum of all of them (a 财政重点绩效
评价情况报告's shape; figures ours)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "本次重点绩效评价针对2022年以来实施的政策和项目，共计{all}个，涉及资金{sum}万元。评价结果"
    "显示，绩效评价结果为“优”的项目有2项，涉及金额为1250.5万元；绩效评价结果为“良”的项目有5"
    "项，涉及金额为8630.25万元；绩效评价结果为“中”的项目有3项，涉及金额为2104万元。\n"
)


@pytest.mark.parametrize(
    ("total", "found"),
    [("11984.75", []), ("11948.75", [("11948.75万元", "11984.75万元")])],
)
def test_amounts_by_grade_make_the_sum_when_the_counts_make_the_count(
    total: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_TEXT.format(all="10", sum=total), "sum-mismatch") == found


def test_grades_that_do_not_count_every_project_hold_their_amounts_within_the_sum() -> None:
    # 2 + 5 + 3 is not 12: some projects may have no grade here, their money may be the gap
    text = _TEXT.format(all="12", sum="12984.75")
    assert stated_recomputed(text, "sum-mismatch") == []
    assert stated_recomputed(text, "sum-short") == [("12个", "10个")]
    # but the amounts of the grades told may not be more than the sum of all
    over = _TEXT.format(all="12", sum="11894.75")
    assert stated_recomputed(over, "sum-mismatch") == [("11894.75万元", "11984.75万元")]


def test_more_graded_than_were_evaluated_is_a_fault() -> None:
    text = _TEXT.format(all="9", sum="11984.75")
    assert stated_recomputed(text, "sum-mismatch") == [("9个", "10个")]
    assert stated_recomputed(text, "sum-short") == []


def test_last_years_grades_and_projects_left_ungraded_are_not_counted() -> None:
    text = _TEXT.format(all="10", sum="11984.75").rstrip("\n") + (
        "上年评价结果为“优”的项目有2项，涉及金额为800万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == []
    ungraded = _TEXT.format(all="11", sum="12984.75").rstrip("\n") + "另有1个项目暂不评定等次。\n"
    assert stated_recomputed(ungraded, "sum-short") == []
