"""Each item's change after a total's change, its level told in the paragraph before (the
shape of a “三公”经费 决算说明; figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = """一、一般公共预算财政拨款“三公”经费支出决算总体情况
某街道2024年度“三公”经费支出预算为36.5万元，支出决算为18.42万元，完成预算的50.47%。其中：公务用车购置及运行费支出决算为6.30万元；公务接待费支出决算为12.12万元。
2024年度“三公”经费支出决算数比2023年减少1.08万元，下降5.54%。其中：公务用车购置及运行费支出决算增加0.42万元，增长7.14%；公务接待费支出决算减少1.50万元，下降{rate}%。
"""


@pytest.mark.parametrize(("rate", "found"), [("11.01", []), ("11.10", [("11.10%", "11.01%")])])
def test_an_item_s_change_is_over_its_level_told_before(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 1.50 ÷ (12.12 + 1.50) = 11.01%; 0.42 ÷ (6.30 − 0.42) = 7.14%
    assert stated_recomputed(_TEXT.format(rate=rate), "rate-mismatch") == found


@pytest.mark.parametrize(
    ("total", "found"), [("1.08", []), ("1.18", [("减少1.18万元", "减少1.08万元")])]
)
def test_the_items_changes_make_their_total_s(total: str, found: list[tuple[str, str]]) -> None:
    text = (
        _TEXT.format(rate="11.01")
        .replace("减少1.08万元", f"减少{total}万元")
        # the three “三公” kinds: every member named, so their changes make the total's
        .replace(
            "其中：公务用车购置及运行费支出决算增加",
            "其中：因公出国（境）费支出决算增加0万元，增长0%；公务用车购置及运行费支出决算增加",
        )
    )
    assert stated_recomputed(text, "sum-mismatch") == found
