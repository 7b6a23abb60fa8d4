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
