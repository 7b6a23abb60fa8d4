"""How far a share of the year's budget runs ahead of or behind the year's pace (revenue news
of a county and a city; figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("上半年，全县财政收入完成52273万元，占年预算的52.3%，超序时进度2.3个百分点。", []),
        (
            "上半年，全县财政收入完成52273万元，占年预算的52.3%，超序时进度3.2个百分点。",
            [("3.2个百分点", "2.3")],
        ),
        ("1—4月，全市支出1025.5亿元，完成年初预算36.7%，快于序时进度3.4个百分点。", []),
        ("1—2月，全县收入17056万元，完成预算的15.18%，较均衡进度慢1.49%。", []),
        (
            "1—2月，全县收入17056万元，完成预算的15.18%，较均衡进度慢2.49%。",
            [("2.49%", "1.49")],
        ),
        # a single month: its share may be of the month or of the year so far
        ("2月份，全县收入5682万元，完成预算的5.39%，较均衡进度慢9.94%。", []),
    ],
)
def test_the_gap_is_the_share_against_the_months_gone(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(text, "pace-gap-mismatch") == found
