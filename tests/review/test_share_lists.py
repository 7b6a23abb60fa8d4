"""Shares of a list's parts said by name in the sentence after the list (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "项目资金总额500.00万元，其中：中央资金250.00万元，省级资金150.00万元，市级资金60.00万元，"
    "县级配套资金40.00万元。中央、省、市、县资金分别占50.00%、30.00%、{city}、8.00%。"
)


@pytest.mark.parametrize(("city", "found"), [("12.00%", []), ("21.00%", [("21.00%", "12.00%")])])
def test_shares_named_after_the_list(city: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_TEXT.format(city=city), "share-mismatch") == found


def test_names_not_in_the_parts_order_are_left_alone() -> None:
    text = _TEXT.format(city="12.00%").replace("中央、省、市、县", "县、市、省、中央")
    assert stated_recomputed(text, "share-mismatch") == []


@pytest.mark.parametrize(
    "shares",
    [
        "分别占各自下达预算的98.00%、96.00%、95.00%、90.00%",  # each part's own rate
        "分别占全县同级衔接资金的12.50%、10.00%、8.00%、5.00%",  # shares of another base
    ],
)
def test_shares_of_another_base_are_left_alone(shares: str) -> None:
    text = _TEXT.format(city="12.00%").replace("分别占50.00%、30.00%、12.00%、8.00%", shares)
    assert stated_recomputed(text, "share-mismatch") == []


@pytest.mark.parametrize(("share", "found"), [("82.41%", []), ("84.21%", [("84.21%", "82.41%")])])
def test_a_share_of_the_budget_under_its_old_name(share: str, found: list[tuple[str, str]]) -> None:
    # 公共财政预算 is the name 一般公共预算 had before 2015
    text = (
        "1-6月，全县一般公共预算支出126500万元，完成年初预算的51.20%。"
        f"其中，全县民生支出104250万元，占到公共财政预算支出的{share}。"
    )
    assert stated_recomputed(text, "share-mismatch") == found
