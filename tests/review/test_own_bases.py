"""Shares and rates each over a base of its own that a reading over one base would take for a
slip (figures our own): shares of two years' budgets under one name, and rates listed with
分别 one for each amount."""

from __future__ import annotations

from review_support import codes_of
from review_support import stated_recomputed

_YEARS = (
    "从财政拨款预算的使用情况看，培训支出2022年为18,240.50万元，2023年下降到12,600.00万元，"
    "占拨款预算{first}%，比上年减少5,640.50万元。到今年再次减少到9,800.00万元，占拨款预算"
    "{second}%，比2023年减少2,800.00万元。\n"
)


def test_shares_of_two_years_budgets_are_not_held_to_one_base() -> None:
    # 12,600 ÷ 60,000 = 21.00% (2023's budget), 9,800 ÷ 62,000 = 15.81% (this year's)
    text = _YEARS.format(first="21.00", second="15.81")
    assert "share-mismatch" not in codes_of(text)


def test_shares_of_one_years_base_still_disagree() -> None:
    text = (
        "2023年培训支出12,600.00万元，占拨款预算21.00%；差旅支出9,800.00万元，占拨款预算15.81%。\n"
    )
    assert stated_recomputed(text, "share-mismatch") == [("15.81%", "16.33%")]


_LISTED = (
    "2023年省级水利投资1,240.0亿元，要求地方配套投资860.0亿元。已下达到项目单位省级投资计划"
    "1,228.0亿元、地方配套投资计划{local}亿元，投资计划下达率分别为{first}%和{second}%。\n"
)


def test_rates_listed_with_fenbie_are_each_over_their_own_base() -> None:
    # 1,228.0 ÷ 1,240.0 = 99.03%, 815.0 ÷ 860.0 = 94.77%: neither is 815.0 ÷ 1,228.0
    text = _LISTED.format(local="815.0", first="99.0", second="94.8")
    assert "rate-mismatch" not in codes_of(text)


def test_a_share_of_last_years_period_is_not_held_to_this_years_base() -> None:
    text = (
        "今年1-10月，全县一般公共预算支出42.50亿元，去年同期为40.00亿元。\n"
        "今年教育支出8.50亿元，占一般公共预算支出20.00%；去年同期教育支出7.60亿元，占一般公共"
        "预算支出19.00%。\n"
    )
    assert "share-mismatch" not in codes_of(text)
    slip = text.replace("20.00%", "21.00%")
    assert stated_recomputed(slip, "share-mismatch") == [("21.00%", "20.00%")]


def test_shares_of_one_name_over_bases_of_several_scopes_are_left_alone() -> None:
    # 机关本级 (base 1,200.00) and 全系统 (base 16,000.00): 3,200.00 is above the first's base
    text = (
        "（一）机关本级。人员经费900.00万元，占财政拨款预算75.00%；公用经费180.00万元，占财政"
        "拨款预算15.00%。\n（二）全系统。公共卫生服务支出3,200.00万元，占财政拨款预算20.00%；"
        "药物制度补助支出960.00万元，占财政拨款预算6.00%。\n"
    )
    assert "share-mismatch" not in codes_of(text)


def test_a_split_whose_parts_make_an_amount_told_earlier_is_of_that_amount() -> None:
    # a rate stands just before 其中; the parts add up to the first amount (our figures:
    # 4,210 + 1,530 = 5,740), which the share of 非税 is over: 1,530 ÷ 5,740 = 26.66%
    text = (
        "全年一般公共预算收入5,740万元，完成调整预算的101.2%，剔除留抵退税因素后同口径收入"
        "6,390万元，同口径增长6.8%，其中：税收收入4,210万元，非税收入1,530万元，"
        "非税占比{share}%。\n"
    )
    assert stated_recomputed(text.format(share="26.7"), "share-mismatch") == []
    assert stated_recomputed(text.format(share="23.9"), "share-mismatch") == [("23.9%", "26.66%")]
