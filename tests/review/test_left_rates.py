"""A 结转结余率 stated with the money left before it (figures our own): the 执行率's
complement only when the paragraph shows that money as the budget less what was spent."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_BUDGET = "2024年本部门年初预算3,200.00万元，年中追加预算180.00万元，全年预算数为3,380.00万元。\n"
_RATES = "全年实际支出3,211.00万元，预算执行率95.00%；年末结转结余{left}万元，结转结余率{rate}。"


@pytest.mark.parametrize(
    ("rate", "found"),
    [
        # 287.30 (the year's 169.00 left and 118.30 carried in) ÷ 3,380.00 = 8.50%
        ("8.50%", []),
        ("9.50%", [("9.50%", "8.50%")]),
    ],
)
def test_money_left_that_holds_the_year_befores_is_over_the_budget(
    rate: str, found: list[tuple[str, str]]
) -> None:
    text = _BUDGET + _RATES.format(left="287.30", rate=rate)
    assert stated_recomputed(text, "complement-mismatch") == []
    assert stated_recomputed(text, "rate-mismatch") == found


def test_money_left_shown_as_budget_less_spending_is_the_complement() -> None:
    text = (
        "全年预算3,380.00万元，全年实际支出3,211.00万元，预算执行率95.00%；"
        "年末结转结余169.00万元，结转结余率6.00%。"
    )
    assert stated_recomputed(text, "complement-mismatch") == [("6.00%", "5.00%")]


@pytest.mark.parametrize(("rate", "found"), [("96.25%", []), ("92.65%", [("92.65%", "96.25%")])])
def test_an_execution_rate_after_the_money_left_is_over_budget_and_spending(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 7.70 ÷ 8.00: the 结余 between them and the rate is no input of the 执行率
    text = (
        "项目补助资金8.00万元，截至12月31日，资金已使用7.70万元，结余0.30万元，"
        f"资金执行率{rate}。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == found
