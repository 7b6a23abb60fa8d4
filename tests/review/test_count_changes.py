"""A count against last year's with the change between them (a 部门决算说明's staff; figures
ours)."""

from __future__ import annotations

import pytest
from review_support import findings_of
from review_support import stated_recomputed


@pytest.mark.parametrize(
    ("now", "found"), [("63", []), ("64", [("3人", "4人")]), ("58", [("3人", "2人")])]
)
def test_a_counts_change_is_the_gap_of_its_two_counts(
    now: str, found: list[tuple[str, str]]
) -> None:
    text = f"截至2024年12月31日，本单位编制人数70人，年末实有人数{now}人，比2023年末60人增加3人。\n"
    assert stated_recomputed(text, "difference-mismatch") == found


def test_the_count_a_slip_would_make_right_is_named() -> None:
    # 2023年末 retired staff: 126 + 2 = 128, written 182
    text = "2024年末退休人员182人，比2023年末126人增加2人（其中：本年退休3人，死亡1人）。\n"
    (message,) = [f.message for f in findings_of(text) if f.code == "difference-mismatch"]
    assert message.endswith("182人疑为128人之误（相邻两位数字颠倒）。")


def test_with_no_slip_to_name_what_either_count_would_be_is_told() -> None:
    text = "截至2024年12月31日，年末实有人数64人，比2023年末60人增加3人。\n"
    (message,) = [f.message for f in findings_of(text) if f.code == "difference-mismatch"]
    assert message.endswith("若增加3人无误，则60人应为61人，或64人应为63人。")
