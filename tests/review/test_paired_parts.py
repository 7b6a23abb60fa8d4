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


_ITEMS = """2024年度一般公共预算财政拨款支出决算数为{total}万元，完成年初预算的102.78%。其中：
1.行政运行（项）。年初预算为210.00万元，支出决算为204.35万元，完成年初预算的97.31%。
2.一般行政管理事务（项）。年初预算为36.00万元，支出决算为49.80万元，完成年初预算的138.33%。
3.住房公积金（项）。年初预算为18.50万元，支出决算为17.71万元，完成年初预算的95.73%。
"""


@pytest.mark.parametrize(
    ("total", "found"), [("271.86", []), ("272.86", [("272.86万元", "271.86万元")])]
)
def test_numbered_items_give_the_amount_of_the_totals_kind(
    total: str, found: list[tuple[str, str]]
) -> None:
    # each item states its budget first: the total is a result, so are its parts
    text = _ITEMS.format(total=total)
    findings = stated_recomputed(text, "sum-short") + stated_recomputed(text, "sum-mismatch")
    assert findings == found


def test_a_list_opening_the_next_paragraph_past_a_reason_sentence() -> None:
    text = (
        "2024年度“三公”经费财政拨款支出预算数24.00万元，决算数21.36万元，完成预算的89.00%。"
        "决算数小于预算数的主要原因是压减公务接待。\n"
        "其中：因公出国（境）费预算数6.00万元、决算数5.12万元；公务用车购置及运行费预算数"
        "14.00万元、决算数13.08万元；公务接待费预算数4.00万元、决算数{reception}万元。"
    )
    assert stated_recomputed(text.format(reception="3.16"), "sum-mismatch") == []
    assert stated_recomputed(text.format(reception="3.61"), "sum-mismatch") == [
        ("21.36万元", "21.81万元")
    ]


@pytest.mark.parametrize(
    ("service", "found"), [("866.01", []), ("860.61", [("4363.06万元", "4357.66万元")])]
)
def test_parts_told_alike_go_on_past_the_sentence_of_the_qizhong(
    service: str, found: list[object]
) -> None:
    # the 服务类 part opens a sentence of its own, told as 货物类 and 工程类 were
    text = (
        "2024年全县采购计划金额共计4696.01万元，实际采购金额共计4363.06万元，共节约资金"
        "332.95万元，其中货物类采购计划金额2310.45万元，实际采购金额2105.30万元，节约资金"
        "205.15万元；工程类采购计划金额1480.20万元，实际采购金额1391.75万元，节约资金88.45万元。"
        f"服务类采购计划金额905.36万元，实际采购金额{service}万元，节约资金39.35万元。\n"
    )
    found_now = stated_recomputed(text, "sum-mismatch")
    assert all(f in found_now for f in found) and bool(found_now) == bool(found)


@pytest.mark.parametrize(
    ("tax", "rise", "found"),
    [
        ("3820.45", "912.37", []),
        ("3802.45", "912.37", [("5036.75万元", "5018.75万元")]),  # the levels
        ("3820.45", "921.37", [("1100.42万元", "1109.42万元")]),  # the changes
    ],
)
def test_parts_told_with_their_change_over_last_year(
    tax: str, rise: str, found: list[object]
) -> None:
    # one column adding up shows the parts are the whole: the other must add up too
    text = (
        "2024年全区财政总收入累计完成5036.75万元，比上年同期增收1100.42万元，增长27.9%。"
        f"其中，税收收入{tax}万元，比上年增收{rise}万元，同比增长31.4%；非税收入1216.30万元，"
        "比上年同期增收188.05万元，增长18.3%。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(("goods", "found"), [("52", []), ("25", [("120个", "93个")])])
def test_parts_shown_whole_by_their_money_make_the_count_too(
    goods: str, found: list[object]
) -> None:
    # 2310.45 + 1480.20 + 905.36 and 2105.30 + 1391.75 + 866.01 add up: 52 + 31 + 37 = 120
    text = (
        "2024年全县共采购项目120个，采购计划金额共计4696.01万元，实际采购金额共计4363.06万元，"
        f"其中货物类采购项目{goods}个，采购计划金额2310.45万元，实际采购金额2105.30万元；工程类"
        "采购项目31个，采购计划金额1480.20万元，实际采购金额1391.75万元；服务类采购项目37个，"
        "采购计划金额905.36万元，实际采购金额866.01万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found
