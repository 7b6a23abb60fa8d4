"""The opening sentence of a 决算说明 (figures our own): 收入总计 and 支出总计 of one level,
and their change over last year's figure stated in the sentence."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_OPENING = (
    "一、收入支出决算总体情况说明\n2024年度本单位收入总计{income}元，支出总计1,384,620.50元，"
    "与上年1,205,318.20元相比，收、支总计各增加179,302.30元，增长{rate}。\n"
)


@pytest.mark.parametrize(("rate", "found"), [("14.88%", []), ("12.95%", [("12.95%", "14.88%")])])
def test_the_change_of_both_totals_over_last_years_figure(
    rate: str, found: list[tuple[str, str]]
) -> None:
    text = _OPENING.format(income="1,384,620.50", rate=rate)
    assert stated_recomputed(text, "rate-mismatch") == found


def test_the_two_totals_balance_whatever_order_the_unit_and_year_are_named_in() -> None:
    text = _OPENING.format(income="1,205,318.20", rate="14.88%")
    assert stated_recomputed(text, "balance-mismatch") == [("1205318.20", "1384620.50")]
