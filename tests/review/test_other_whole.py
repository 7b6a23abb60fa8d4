"""A 其中 told right after last year's level, its parts making this year's whole stated
before it in the paragraph (a 部门预算说明's shape; figures ours)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_TEXT = (
    "1.基本支出 1250000.00 元，同比增加50000.00元，增长4.17%。2023 年基本支出预算为 1200000.00 元。"
    "其中：工资福利支出预算 1000000.00 元，占基本支出预算 80.00%，商品和服务支出预算 {goods} 元，"
    "占基本支出预算 16.00%，对个人和家庭补助支出预算 50000.00 元，占基本支出预算 4.00%。"
)


def test_parts_of_this_years_whole_after_last_years_level() -> None:
    codes = codes_of(_TEXT.format(goods="200000.00"))
    assert not codes & {"sum-mismatch", "share-mismatch", "sum-short"}


@pytest.mark.parametrize("goods", ["210000.00"])
def test_parts_that_make_neither_are_still_read(goods: str) -> None:
    # 1000000 + 210000 + 50000 = 1260000: neither this year's nor last year's whole
    found = stated_recomputed(_TEXT.format(goods=goods), "sum-mismatch")
    assert ("1200000.00元", "1260000.00元") in found
