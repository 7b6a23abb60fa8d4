"""A rate of fall above 100% (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("“三公”经费支出决算为3.52万元。与上年相比减少9.65万元，下降73.27%。", []),
        (
            "“三公”经费支出决算为3.52万元。与上年相比减少9.65万元，下降274.15%。",
            [("274.15%", None)],
        ),
        ("公务接待费较上年降幅达到132.5%。", [("132.5%", None)]),
        # a rise may pass 100%, and points are no fall of a level
        ("项目支出较上年增长174.2%。", []),
        ("结转结余率较上年下降120个百分点。", []),
    ],
)
def test_a_fall_above_a_hundred_percent(sentence: str, found: list[tuple[str, None]]) -> None:
    assert stated_recomputed("一、决算情况\n" + sentence + "\n", "decline-over-hundred") == found
