"""A 开工率 over the earlier count of the same things in its paragraph (a progress report's
shape; names and figures ours)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "2024年全县实施{total}个农村公路建设项目，共计210公里，总投资1.2亿元。截至8月底，已完成投资"
    "5600万元；其中{started}个农村公路建设项目已经进场施工，开工率是{rate}，另有12个项目已完工。"
)


@pytest.mark.parametrize(
    ("total", "started", "rate", "found"),
    [
        ("80", "64", "80.0%", []),
        ("80", "64", "78.0%", [("78.0%", "80.0%")]),
        ("80", "66", "80.0%", [("80.0%", "82.5%")]),
    ],
)
def test_a_rate_over_the_count_of_the_same_things(
    total: str, started: str, rate: str, found: list[tuple[str, str]]
) -> None:
    text = _TEXT.format(total=total, started=started, rate=rate)
    assert stated_recomputed(text, "rate-mismatch") == found


def test_counts_of_other_things_are_no_base() -> None:
    # 80 bridges, 64 road projects: not the same things
    text = _TEXT.format(total="80", started="64", rate="78.0%").replace(
        "80个农村公路建设项目", "80座桥梁"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


def test_two_counts_of_the_same_things_leave_the_base_unknown() -> None:
    text = _TEXT.format(total="80", started="64", rate="78.0%").replace(
        "共计210公里", "另有储备100个农村公路建设项目"
    )
    assert stated_recomputed(text, "rate-mismatch") == []
