"""A 其中 list whose parts each state their level and change on the year, under a total with
its own change (a 部门预算说明's shape; figures ours)."""

from __future__ import annotations

import pytest
from review_support import findings_of

_TEXT = (
    "（二）按支出结构分类。\n"
    "1. 基本支出预算1850420.00元，占一般公共预算支出的88.12%，同比减少{total}元，下降2.10%。\n"
    "其中：\n"
    "工资福利支出预算1502300.00元，占基本支出预算81.19%，同比增加21400.00元，增长1.45%。\n"
    "商品和服务支出预算318120.00元，占基本支出预算17.19%，同比减少{goods}元，下降14.21%。\n"
    "对个人和家庭补助支出预算{family}元，占基本支出预算1.62%，同比减少4000.00元，下降11.70%。\n"
    "2. 项目支出249500.00元，同比增加12000.00元。\n"
)


def _said(total: str, goods: str = "52700.00", family: str = "30000.00") -> list[tuple[str, str]]:
    text = _TEXT.format(total=total, goods=goods, family=family)
    return [
        (f.stated or "", f.recomputed or "") for f in findings_of(text) if "同比增减" in f.message
    ]


@pytest.mark.parametrize(
    ("total", "goods", "found"),
    [
        ("35300.00", "52700.00", []),  # 21400 − 52700 − 4000 = −35300
        ("53300.00", "52700.00", [("53300.00元", "减少35300.00元")]),
        ("35300.00", "57200.00", [("35300.00元", "减少39800.00元")]),
    ],
)
def test_the_parts_changes_against_the_totals(
    total: str, goods: str, found: list[tuple[str, str]]
) -> None:
    assert _said(total, goods) == found


def test_parts_that_are_not_the_whole_of_the_total_are_not_held_to_its_change() -> None:
    # 1502300 + 318120 + 25000 is not 1850420: some part is left out, nothing can be said
    assert _said("53300.00", family="25000.00") == []


def test_the_one_change_a_slip_would_make_right_is_named() -> None:
    text = _TEXT.format(total="35300.00", goods="57200.00", family="30000.00")
    (message,) = [f.message for f in findings_of(text) if "同比增减" in f.message]
    assert message.endswith("57200.00元疑为52700.00元之误（相邻两位数字颠倒）。")
