"""Parts stating their budget and their result side by side (figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "2024年度全县“三公”经费预算数为{plan}万元，决算支出数为{done}万元，完成年初预算数的93.09%。"
    "其中：因公出国（境）费预算数为12.00万元，决算支出数为8.40万元；公务接待费预算数为96.50万元，"
    "决算支出数为90.12万元；公务用车购置及运行维护费预算数为240.30万元，决算支出数为226.39万元，"
    "其中：公务用车运行维护费预算数为180.30万元，决算支出数为171.59万元；公务用车购置费预算数为"
    "60.00万元，决算支出数为54.80万元。"
)


@pytest.mark.parametrize(
    ("plan", "done", "found"),
    [
        ("348.80", "324.91", []),
        ("349.80", "324.91", [("349.80万元", "348.80万元")]),
        ("348.80", "325.91", [("325.91万元", "324.91万元")]),
        ("349.80", "325.91", []),  # neither column adds up: parts may be left out
    ],
)
def test_one_column_adding_up_makes_the_parts_whole_for_the_other(
    plan: str, done: str, found: list[tuple[str, str]]
) -> None:
    text = _TEXT.format(plan=plan, done=done)
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_part_split_the_same_way_is_checked_against_its_own_pair() -> None:
    text = _TEXT.format(plan="348.80", done="324.91").replace("171.59万元", "172.59万元")
    assert stated_recomputed(text, "sum-mismatch") == [("226.39万元", "227.39万元")]
