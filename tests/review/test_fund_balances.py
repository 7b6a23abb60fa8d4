"""A fund's balance of the year against its income and spending stated just before it (the
shape of a city's 决算 report; figures our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

HEAD = "2023年财政决算情况\n（四）社会保险基金预算执行情况\n"
CODE = "remainder-mismatch"
TEXT = (
    "2023年社会保险基金收入31.46亿元，比上年增长6.1%；社会保险基金支出28.72亿元，"
    "比上年增长9.4%。2023年收支结余{left}亿元，历年累计结余40.12亿元。\n"
)


def test_the_balance_of_the_year() -> None:
    assert CODE not in codes_of(HEAD + TEXT.format(left="2.74"))
    assert stated_recomputed(HEAD + TEXT.format(left="2.47"), CODE) == [("2.47亿元", "2.74亿元")]


@pytest.mark.parametrize(
    "text",
    [
        # two incomes: which one the balance is of cannot be told
        "基金收入31.46亿元，其他收入3亿元；基金支出28.72亿元。收支结余2.47亿元。\n",
        # the spending of another fund
        "社会保险基金收入31.46亿元；医疗救助支出28.72亿元。收支结余2.47亿元。\n",
    ],
    ids=["two-incomes", "another-fund"],
)
def test_left_alone(text: str) -> None:
    assert CODE not in codes_of(HEAD + text)
