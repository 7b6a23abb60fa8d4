"""A whole told with its government and self-raised money after it, no 其中 (figures our
own): the two cannot pass the whole; less may leave a third source unsaid."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "2022年结题项目实际利用资金共计{whole}万元，超出计划安排资金6%，占全部结题项目的18%，"
    "政府拨款支出1,250.4万元，专项资金节约12%，自筹资金支出{raised}万元，超出计划3.1%。\n"
)


@pytest.mark.parametrize(
    ("whole", "raised", "found"),
    [
        ("15,310.0", "14,059.6", []),
        ("16,000.0", "14,059.6", []),  # less: a third source may be unsaid
        ("15,310.0", "14,509.6", [("15310.0万元", "15760.00万元")]),
    ],
)
def test_government_and_self_raised_money_cannot_pass_their_whole(
    whole: str, raised: str, found: list[tuple[str, str]]
) -> None:
    text = _TEXT.format(whole=whole, raised=raised)
    assert stated_recomputed(text, "sum-mismatch") == found


def test_parts_after_a_qizhong_are_left_to_the_sum_checks() -> None:
    text = "项目总投资共计500万元，其中财政资金300万元，自筹资金200万元。\n"
    assert stated_recomputed(text, "sum-mismatch") == []
