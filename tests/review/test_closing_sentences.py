"""A total closing, in a sentence of its own, the ；-list of the sentence before it (figures
our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "2024年度，上级下达转移支付慈善救助项目30万元；城乡低保项目12.5万元；福利院运行经费"
    "项目45.3万元；养老服务补助项目80万元。共计下达转移支付资金{total}万元。"
)


@pytest.mark.parametrize(
    ("total", "found"), [("167.8", []), ("176.8", [("176.8万元", "167.80万元")])]
)
def test_a_total_closing_the_list_before_it(total: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_TEXT.format(total=total), "sum-mismatch") == found


def test_a_list_whose_items_hold_two_amounts_is_left_alone() -> None:
    # an item with a plan and a result: which figure the total adds cannot be told
    text = _TEXT.format(total="200").replace(
        "养老服务补助项目80万元", "养老服务补助项目80万元、已拨付32.2万元"
    )
    assert stated_recomputed(text, "sum-mismatch") == []
