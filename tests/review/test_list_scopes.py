"""Where a list, a base or a remainder stops: shapes of real 决算说明 and 自评 texts that an
older check read too widely (figures and names our own), each with the faulty twin the
check must still find."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_ALARMS = {
    "sum-mismatch",
    "sum-short",
    "share-mismatch",
    "rate-mismatch",
    "difference-mismatch",
    "remainder-mismatch",
}

CORRECT = [
    # a 合计 over the items after the last ；, the item before it apart
    "本年度因公出国（境）费3.20万元；公务用车购置费18.00万元，公务用车运行维护费9.45万元，"
    "合计27.45万元；公务接待费2.10万元。",
    # a total's change with one part nil this year: its last year's figure said apart
    "2023年“三公”经费支出22.50万元，比上年减少6.30万元。其中：公务用车运行维护费16.00万元，"
    "比上年减少1.20万元；公务接待费6.50万元，比上年减少0.90万元。本年度未发生因公出国（境）费，"
    "上年为4.20万元。",
    # “完成预算A的P%，较上年B增加C”: C is over B, A is the share's base
    "2023年度本部门支出合计3200.00万元，完成年初预算3500.00万元的91.43%，较上年2950.00万元"
    "增加250.00万元，增长8.47%。",
    # shares of each year's own total, the second total stated anew
    "（一）2023年预算执行情况\n全县一般公共预算支出完成25.00亿元。其中，教育支出5.00亿元，"
    "占一般公共预算支出的20.00%；农林水支出3.00亿元，占一般公共预算支出的12.00%。\n"
    "（二）2024年预算安排\n2024年全县一般公共预算支出安排20.00亿元。其中，教育支出安排"
    "4.60亿元，占一般公共预算支出的23.00%；农林水支出安排2.80亿元，占一般公共预算支出的14.00%。",
    # a saving rate over the budgets of both purchases
    "全年实施政府采购项目2个，甲项目采购预算150.00万元，中标金额141.00万元，乙项目采购预算"
    "50.00万元，中标金额47.00万元，合计节约资金12.00万元，资金节约率6.00%。",
    # a list that runs into the end of an excerpt
    "2023年度本年支出合计3000.00万元，其中：基本支出1800.00万元，项目支出1000.00万元，"
    "主要用于办公用房维修等，上缴上级支出",
    # what a fund took in and paid out after its balance: no parts of the balance
    "本年收支结余320亿元，年末滚存结余2100亿元。其中，养老保险费收入1500亿元，增长8%；支出1180亿元，"
    "增长11%。",
    # a milestone passed (突破), not the total; another level's fund and a conclusion (所以)
    "全省政府采购完成310.40亿元，首次突破300亿元。其中，货物类采购60.10亿元、工程类采购150.20亿元、"
    "服务类采购100.10亿元。",
    "上级下达中央财政补贴资金90万元，其中40.5万元用于兑付上年超录资金，下达省级财政补贴资金12万元，"
    "所以本年可用补贴资金为61.5万元。",
    # one listed item's 结转, not the whole's remainder
    "2023年度部门全年预算数900.00万元，执行数850.00万元，执行率94.44%，主要存在以下问题："
    "一、部分项目前期准备不足，道路维修项目结转30.00万元；二、个别指标难以量化。",
]


@pytest.mark.parametrize("text", CORRECT)
def test_a_correct_list_gets_no_alarm(text: str) -> None:
    assert codes_of("某县2023年度部门决算说明\n" + text) & _ALARMS == set()


def test_a_wrong_closing_total_over_all_items_is_still_found() -> None:
    text = (
        "因公出国费3.20万元；公务用车购置费18.00万元，公务用车运行维护费9.45万元，合计31.65万元。"
    )
    # a bare 合计 after the first figures of its sentence says they add up: an error
    assert ("31.65万元", "30.65万元") in stated_recomputed(text, "sum-mismatch")


def test_a_wrong_total_change_with_no_part_said_apart_is_still_found() -> None:
    text = (
        "2023年“三公”经费支出22.50万元，比上年减少1.50万元。其中：公务用车运行维护费16.00万元，"
        "比上年减少1.20万元；公务接待费6.50万元，比上年减少0.90万元。"
    )
    # the total fell by less than its parts: no part left out of the list can explain that
    assert ("1.50万元", "减少2.10万元") in stated_recomputed(text, "sum-mismatch")
    # fallen by more: 因公出国（境）费, nil this year and so not listed, may have had 4.20
    fell_more = text.replace("减少1.50万元", "减少6.30万元")
    assert stated_recomputed(fell_more, "sum-mismatch") == []
    # unless every kind is listed: 1 + 2 + 3 + 1 = 7, not 9
    every = (
        "2023年“三公”经费支出41.00万元，比上年减少9.00万元。其中：因公出国（境）费3.00万元，"
        "比上年减少1.00万元；公务用车购置费10.00万元，比上年减少2.00万元；公务用车运行维护费"
        "18.00万元，比上年减少3.00万元；公务接待费10.00万元，比上年减少1.00万元。"
    )
    assert ("9.00万元", "减少7.00万元") in stated_recomputed(every, "sum-mismatch")
    # or a nil part is listed, and so none is left out
    listed = fell_more.replace("其中：", "其中：因公出国（境）费0万元，比上年减少0万元；")
    assert ("6.30万元", "减少2.10万元") in stated_recomputed(listed, "sum-mismatch")


def test_a_wrong_change_after_a_share_of_the_budget_is_read_against_last_year() -> None:
    text = (
        "本部门支出合计3200.00万元，完成年初预算3500.00万元的91.43%，较上年2950.00万元"
        "增加260.00万元。"
    )
    assert ("260.00万元", "增加250.00万元") in stated_recomputed(text, "difference-mismatch")


def test_a_wrong_saving_rate_is_recomputed_over_both_budgets() -> None:
    text = (
        "甲项目采购预算150.00万元，中标金额141.00万元，乙项目采购预算50.00万元，中标金额"
        "47.00万元，合计节约资金12.00万元，资金节约率6.50%。"
    )
    assert ("6.50%", "6.00%") in stated_recomputed(text, "rate-mismatch")


def test_a_projects_own_wrong_remainder_is_still_found() -> None:
    text = "道路维修项目预算100.00万元，支出80.00万元，道路维修项目结转25.00万元。"
    assert ("25.00万元", "20.00万元") in stated_recomputed(text, "remainder-mismatch")


_FUND = "{title}\n年度预算资金总额: {total}\n其中:中央补助 {a}\n省级资金 {b}\n本级资金 {c}\n其中:"


def _funds(*blocks: tuple[str, str, str, str, str]) -> str:
    return "\n".join(
        _FUND.format(title=t, total=total, a=a, b=b, c=c) for t, total, a, b, c in blocks
    )


def test_a_total_line_over_its_lines_adds_up() -> None:
    text = _funds(("某转移支付资金合计(万元)", "500.50", "300.00", "150.00", "50.50"))
    assert codes_of(text) & _ALARMS == set()


def test_a_total_line_short_of_its_lines_is_found() -> None:
    text = _funds(("某转移支付资金合计(万元)", "499.50", "300.00", "150.00", "50.50"))
    assert ("499.50", "500.50") in stated_recomputed(text, "sum-mismatch")


def test_a_part_line_against_the_blocks_that_split_it() -> None:
    text = _funds(
        ("某转移支付资金合计(万元)", "800.00", "500.00", "201.00", "99.00"),
        ("甲类补助资金(万元)", "500.00", "300.00", "140.00", "60.00"),
        ("乙类补助资金(万元)", "300.00", "200.00", "60.00", "40.00"),
    )
    # 201 + 99 = 300 keeps the first block whole; its 省级 201 is not 140 + 60
    assert stated_recomputed(text, "sum-mismatch") == [("201.00", "200.00"), ("99.00", "100.00")]


def test_a_saving_rate_cut_off_is_told_over_the_plan() -> None:
    # 节约 ÷ 计划 = 1875 ÷ 10000 = 18.75%: written 18%, cut off, not the 81.25% spent
    text = (
        "采购计划金额共计10000.00万元，实际采购金额共计8125.00万元，共节约资金1875.00万元，"
        "节约率为18%。"
    )
    assert stated_recomputed(text, "rate-mismatch") == []
    assert stated_recomputed(text, "rounding-truncated") == [("18%", "19%")]


def test_an_item_named_otherwise_after_a_semicolon_that_makes_the_total_is_a_part() -> None:
    text = (
        "全年共实施项目26个，其中：种植类项目14个，安排资金820.00万元；道路类项目9个，安排资金"
        "610.00万元；培训类项目2个，安排资金45.00万元；项目管理费{last}个，安排资金30.00万元。"
    )
    assert codes_of(text.format(last="1")) & {"sum-short", "sum-mismatch"} == set()
    assert stated_recomputed(text.format(last="2"), "sum-short") == [("26个", "25个")]


def test_a_list_ending_on_its_rest_at_the_cut_is_whole() -> None:
    # the excerpt stops right after 其他: no part can follow the rest, so the sum is checked
    text = (
        "某县2023年度部门决算说明\n2023年度，农村公路养护资金共计投入61.50亿元，其中中央资金"
        "30.20亿元，地方投入26.80亿元，其他投入4.50亿元"
    )
    assert codes_of(text) & _ALARMS == set()
    slipped = text.replace("61.50亿元", "65.50亿元")
    assert stated_recomputed(slipped, "sum-mismatch") == [("65.50亿元", "61.50亿元")]
    # without the rest, more may follow past the cut: the shortfall is no fault
    short = slipped.replace("，其他投入4.50亿元", "")
    assert codes_of(short) & _ALARMS == set()
    # 其他收入 after kinds of income is the rest of the year's income only: 上年结转 may follow
    income = (
        "某局2023年度部门决算说明\n2023年度收入总计1,570.00万元，其中：财政拨款收入1,406.40万元，"
        "事业收入35.60万元，其他收入8.00万元"
    )
    assert codes_of(income) & _ALARMS == set()


def test_a_list_opened_by_namely_names_every_part() -> None:
    # “预算资金为A，即：B、C、D”: the items make A, and A is one part of the whole before it
    text = (
        "某局2024年度项目支出绩效自评报告\n项目支出预算资金为545.50万元，其中：1.本年财政拨款"
        "安排项目3个，预算资金为537.30万元，即：储备费用补助82.80万元、粮库改造尾款30.50万元、"
        "风险基金424.00万元。2.上年结转项目1个，预算资金为8.20万元。"
    )
    assert codes_of(text) & _ALARMS == set()
    slipped = text.replace("537.30万元", "573.30万元")
    assert stated_recomputed(slipped, "sum-mismatch") == [("573.30万元", "537.30万元")]
    # with 等 after the last item the list may leave some out: a warning at most
    loose = slipped.replace("424.00万元。", "424.00万元等。")
    assert stated_recomputed(loose, "sum-mismatch") == []


@pytest.mark.parametrize(
    "text",
    [
        # 即 explains the clause before it (two batches), not the amount before that
        "项目资金200万元，已下达两批，即：第一批80万元、第二批70万元。",
        # 即：主要用于 names the main uses only
        "全年支出合计500万元，其中：基本支出300万元，项目支出200万元，即：主要用于设备购置80万元、"
        "人员培训50万元。",
    ],
)
def test_a_namely_that_does_not_follow_the_amount_names_no_whole(text: str) -> None:
    assert codes_of("某县2023年度项目支出绩效自评报告\n" + text) & _ALARMS == set()


@pytest.mark.parametrize(("total", "found"), [("75", []), ("78", [("78万元", "75.00万元")])])
def test_a_list_closed_after_what_its_last_amount_went_to_is_whole_at_a_cut(
    total: str, found: list[tuple[str, str]]
) -> None:
    # each amount before the words it went to, the sentence closed, the excerpt cut later on
    text = (
        f"实际完成情况 本项目共申请预算资金{total}万元。其中:25万元用于村道维修;20万元用于"
        "排水沟清淤;30万元用于路灯更换、线路改造。本项目共完成预算资金74.8万元,其中:25万元"
        "用于村道维修;20万元用于排水沟清淤;29.8万元用于路灯更换、线路"
    )
    assert stated_recomputed(text, "sum-short") == found


@pytest.mark.parametrize(
    ("city", "found"), [("41260", []), ("41620", [("153380万元", "153740.00万元")])]
)
def test_a_list_ends_where_a_new_statement_opens_after_its_semicolon(
    city: str, found: list[tuple[str, str]]
) -> None:
    # 本次纳入评价范围的资金 is another figure, not a third part of the 下达 total
    text = (
        f"2022年，市财政局共下达水利发展资金153380万元，其中：中央财政资金112120万元，市级财政"
        f"资金{city}万元；本次纳入绩效评价范围的资金98400万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found
