"""A change between two years of a list of years stated just before (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "2022年、2023年和2024年本局支出分别为1,240.00万元、1,302.00万元和1,380.12万元。"
    "2024年较2023年增加{change}万元，增长{rate}；2023年较2022年增加62.00万元，增长5.00%。"
)


@pytest.mark.parametrize(
    ("change", "rate", "found"),
    [
        ("78.12", "6.00%", []),
        ("78.12", "6.60%", [("6.60%", "6.00%")]),
        ("87.12", "6.60%", []),  # not the two levels' difference: the base is unknown
    ],
)
def test_a_change_between_two_listed_years(
    change: str, rate: str, found: list[tuple[str, str]]
) -> None:
    text = _TEXT.format(change=change, rate=rate)
    assert stated_recomputed(text, "rate-mismatch") == found
