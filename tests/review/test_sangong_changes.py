"""The change of the “三公” 经费 against the changes of its kinds told after it (figures and
names our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_TEXT = (
    "经比较，2021年度全镇“三公”经费较上年减少{total}万元，下降6.89%，较年初预算数减少0.36万元。"
    "主要是严格落实过紧日子要求，压减“三公”经费。其中：无因公出国（境）费；公务用车购置及运行"
    "维护费较上年减少1.33万元，下降4.12%，较年初预算数减少0.07万元；公务接待费较上年减少"
    "1.64万元，较年初预算数减少0.29万元。\n"
)


@pytest.mark.parametrize(
    ("total", "found"), [("2.97", []), ("2.79", [("2.79万元", "减少2.97万元")])]
)
def test_the_total_change_against_its_kinds_changes(
    total: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_TEXT.format(total=total), "sum-mismatch") == found


def test_kinds_left_untold_leave_the_change_alone() -> None:
    # 因公出国 not told at all: its change may make the difference
    text = _TEXT.format(total="3.97").replace("无因公出国（境）费；", "")
    assert "sum-mismatch" not in codes_of(text)


@pytest.mark.parametrize(
    ("reception", "found"),
    [
        ("6.10", []),  # 2.40 + 6.10 = 8.50 ≤ 9.20: 因公出国 may have gone down by 0.70
        ("7.10", [("9.20万元", "减少9.50万元")]),  # more than the whole went down
    ],
)
def test_kinds_told_without_an_idle_abroad_cannot_go_down_more_than_the_whole(
    reception: str, found: list[object]
) -> None:
    # 因公出国 spent nothing this year: its change over last year is a fall or none
    text = (
        "2023年度“三公”经费21.60万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费"
        "17.30万元，公务接待费4.30万元。\n"
        "经比较，2023年度“三公”经费较上年减少9.20万元。主要是严控一般性支出。其中：公务用车"
        f"购置及运行维护费较上年减少2.40万元；公务接待费较上年减少{reception}万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found
