"""What is left at the year's end against what there was, came in and went out (each passage
written for this test, with its own figures)."""

from __future__ import annotations

from review_support import codes_of
from review_support import findings_of
from review_support import stated_recomputed

HEAD = "2023年度某区彩票公益金使用情况公告\n"


def test_a_surplus_from_the_carry_over_income_and_spending() -> None:
    text = (
        HEAD
        + "2023年本级公益金总收入300.00万元，上年结转150.00万元，"
        + "总支出420.00万元，结余35.00万元。\n"
    )
    # 150 + 300 − 420 = 30
    assert stated_recomputed(text, "sum-mismatch") == [("35.00万元", "30.00万元")]
    assert "sum-mismatch" not in codes_of(text.replace("结余35.00", "结余30.00"))


def test_a_surplus_with_no_opening_needs_shouzhi_xiangdi() -> None:
    text = (
        HEAD
        + "2023年社会保险基金预算收入60.00亿元，社会保险基金预算支出52.00亿元。"
        + "收支相抵，本年收支结余8.50亿元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("8.50亿元", "8.00亿元")]
    loose = HEAD + "2023年总收入60.00万元，总支出52.00万元，结余8.50万元。\n"
    assert "sum-mismatch" not in codes_of(loose)  # the 结余 may hold last year's


def test_a_debt_balance_rolled_forward() -> None:
    text = HEAD + (
        "2021年转贷政府债券40000万元，年初政府债务余额140000万元，归还政府债务本金10000万元，"
        "年末政府债务余额175000万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("175000万元", "170000.00万元")]


def test_a_roll_names_the_figures_a_swap_of_two_digits_would_mend() -> None:
    text = HEAD + (
        "2021年转贷政府债券36254万元，年初政府债务余额{opening}万元，归还政府债务本金9472万元，"
        "年末政府债务余额155649万元。\n"
    )
    assert "sum-mismatch" not in codes_of(text.format(opening="128867"))
    # 128687 + 36254 − 9472 = 155469, 180 short: the opening or the closing swapped two digits
    (finding,) = [f for f in findings_of(text.format(opening="128687")) if f.code == "sum-mismatch"]
    assert finding.message.endswith(
        "期初数128687万元疑为128867万元之误，或期末数155649万元疑为155469万元之误"
        "（相邻两位数字颠倒）。"
    )
    # a gap no slip explains names none
    (finding,) = [f for f in findings_of(text.format(opening="128000")) if f.code == "sum-mismatch"]
    assert finding.message.endswith("请核实。")


def test_other_moves_leave_the_roll_alone() -> None:
    text = HEAD + (
        "2023年本级公益金总收入300.00万元，上年结转150.00万元，总支出420.00万元，"
        "财政收回统筹5.00万元，结余35.00万元。\n"
    )
    assert "sum-mismatch" not in codes_of(text)


def test_shouzhi_xiangdi_after_the_totals_in_the_paragraphs_before() -> None:
    text = "某市2023年预算执行情况的报告\n" + (
        "全市政府性基金收入900,000万元，加上上级补助收入100,000万元，全市政府性基金总收入"
        "1,000,000万元。\n"
        "全市政府性基金支出850,000万元，加上调出资金50,000万元，全市政府性基金总支出"
        "900,000万元。\n"
        "收支相抵后，政府性基金结余110,000万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("110000万元", "100000.00万元")]


def test_a_carry_to_next_year_from_the_totals() -> None:
    text = "2023年某区预算执行情况\n" + (
        "全区收入总量3000亿元。其中，地方收入300亿元。支出总量2500亿元。其中，一般公共预算支出"
        "2100亿元。收支相抵，结转下年510亿元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("510亿元", "500.00亿元")]


def test_an_opening_and_a_closing_both_named_jiezhuan_jieyu() -> None:
    text = HEAD + (
        "2020年本单位总收入为1500.00万元，年度总支出为1450.00万元；年初结转结余300.00万元，"
        "年末结转结余340.00万元。\n"
    )
    # 300 + 1500 − 1450 = 350
    assert stated_recomputed(text, "sum-mismatch") == [("340.00万元", "350.00万元")]


_CLOSED = (
    "收支平衡情况：2023年，全县一般公共预算收入8,552万元、上级补助收入300,259万元、上年结转收入"
    "2,889万元，调入资金1,176万元，收入总计312,876万元。全县一般公共预算支出302,509万元、上解支出"
    "4,345万元，调出资金1,809万元，支出总计308,663万元。收支相抵年终结余{left}万元，全部为结转下年"
    "使用的资金。"
)


def test_moves_inside_the_two_totals_leave_the_roll_to_them() -> None:
    # 调入 is part of the 收入总计 and 调出 of the 支出总计: the balance is of the totals alone
    assert stated_recomputed(_CLOSED.format(left="4,213"), "sum-mismatch") == []
    wrong = stated_recomputed(_CLOSED.format(left="4,231"), "sum-mismatch")
    assert wrong == [("4231万元", "4213.00万元")]
