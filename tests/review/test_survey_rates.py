"""A satisfaction rate against the survey counts its paragraph states before it (figures our
own): the satisfied count over the valid returns; left alone where several kinds of satisfied
answers are counted."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "共发放问卷300份，回收有效问卷288份，回收率96.00%。其中表示满意的270份，满意度为93.75%。",
            [],
        ),
        (
            "共发放问卷300份，回收有效问卷288份，回收率96.00%。其中表示满意的270份，满意度为95.75%。",
            [("95.75%", "93.75%")],
        ),
        ("回收有效问卷150份，满意141份，满意率94%。", []),
        ("回收有效问卷150份，满意141份，满意率96%。", [("96%", "94%")]),
        # which answers the rate counts cannot be told
        ("共回收问卷150份，非常满意的100份，满意的41份，满意度为96%。", []),
        # no count of returns: nothing to divide by
        ("受益群众满意的141人，满意度为96%。", []),
    ],
)
def test_a_satisfaction_rate_against_its_survey_counts(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(
    "text",
    [
        "回收有效问卷200份，其中表示不太满意的8份，满意度为96.00%。",
        "有效问卷200份，其中满意的190份，满意度95.00%，不满意率5.00%。",
        "有效问卷200份，其中满意（含非常满意）的190份，满意度95.00%，非常满意率60.00%。",
        # a second question's rate, its own count in brackets
        "有效问卷200份，其中对培训内容满意的192份，满意度为96.00%；"
        "对培训组织工作的满意度为98.50%（197份表示满意）。",
        "有效问卷200份，其中满意的186份，满意度93.00%；较上年提高3个百分点，上年满意度为90.00%。",
        # the text names the count it divides by
        "发放问卷250份，回收有效问卷240份，其中表示满意的230份，"
        "满意度按满意人数÷发放问卷数计算，为92.00%。",
    ],
)
def test_rates_of_other_answers_years_and_bases_are_left_alone(text: str) -> None:
    assert stated_recomputed(text, "rate-mismatch") == []
