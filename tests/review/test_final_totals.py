"""The identities of a 决算's totals stated in separate items (each passage written for this
test, with its own figures): 收入总计 = 收入合计 + 年初结转和结余 (+ …), 支出总计 = 支出合计 +
年末结转和结余 (+ …)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import findings_of
from review_support import stated_recomputed

HEAD = "某县财政投资评审中心2022年度部门决算情况说明\n二、部门决算情况说明\n"
SANGONG_HEAD = "某局2017年度“三公”经费支出决算情况说明\n"
TOTAL = "1.总体情况。2022年度收入总计612.40万元，支出总计612.40万元。收支较上年减少30.10万元。\n"
INCOME = (
    "2.收入情况。2022年度收入合计480.25万元，较上年减少12.35万元。其中：财政拨款收入476.05万元，"
    "其他收入4.20万元。此外，年初结转和结余{carry}万元。\n"
)
SPENDING = (
    "3.支出情况。2022年度支出合计455.90万元，较上年减少20.00万元。此外，年末结转和结余"
    "156.50万元。\n"
)


def _text(carry: str) -> str:
    return HEAD + TOTAL + INCOME.format(carry=carry) + SPENDING


def test_totals_that_their_items_make() -> None:
    codes = codes_of(_text("132.15"))
    assert not {"sum-mismatch", "sum-short", "sum-rounding-gap"} & set(codes)


def test_items_above_the_total() -> None:
    assert stated_recomputed(_text("142.15"), "sum-mismatch") == [("612.40万元", "622.40万元")]


def test_items_below_the_total_may_leave_one_unnamed() -> None:
    assert stated_recomputed(_text("122.15"), "sum-short") == [("612.40万元", "602.40万元")]


def test_items_a_last_digit_off() -> None:
    assert stated_recomputed(_text("132.14"), "sum-rounding-gap") == [("612.40万元", "612.39万元")]


def test_a_name_stated_with_two_values_is_left_alone() -> None:
    text = _text("142.15") + "2021年度收入合计492.60万元。\n"
    assert "sum-mismatch" in codes_of(text)  # another year's figure is not this year's
    twice = _text("142.15") + "4.其他。收入合计470.25万元。\n"
    assert "sum-mismatch" not in codes_of(twice)


def test_a_change_split_into_its_parts_changes() -> None:
    text = HEAD + (
        "支出较上年增加1580.40万元，主要是基本支出增加210.30万元，项目支出增加1360.10万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("1580.40万元", "1570.40万元")]
    exact = text.replace("1580.40", "1570.40")
    assert not {"sum-mismatch", "sum-rounding-gap"} & set(codes_of(exact))
    some = text.replace("基本支出增加210.30万元，项目支出", "工资增加210.30万元，设备购置")
    assert "sum-mismatch" not in codes_of(some)  # two reasons named, not the whole of 支出


def test_a_base_and_what_is_added_to_it_with_jiashang() -> None:
    text = "某市2022年预算执行情况的报告\n" + (
        "全市一般公共预算支出1,204,310万元（含权责发生制列支120,500万元），完成预算的90.2%，"
        "同比下降3.1%，加上上解上级支出60,210万元、债务还本支出95,400万元，"
        "安排预算稳定调节基金40,080万元，全市一般公共预算总支出1,400,010万元。\n"
    )
    # 1,204,310 + 60,210 + 95,400 + 40,080 = 1,400,000 (the bracketed 含… is inside the base)
    assert stated_recomputed(text, "sum-mismatch") == [("1400010万元", "1400000.00万元")]
    right = text.replace("1,400,010", "1,400,000")
    assert "sum-mismatch" not in codes_of(right)


def test_a_change_over_last_years_figure_written_before_it() -> None:
    text = HEAD + "收入较2021年5210万元减少610万元，同比下降12.9%。\n"
    # 610 ÷ 5210 = 11.71%: 12.9% is neither that nor the change over this year's 4600
    assert stated_recomputed(text, "rate-mismatch") == [("12.9%", "11.7%")]
    assert "rate-mismatch" not in codes_of(text.replace("12.9%", "11.7%"))


def test_a_change_over_last_year_beside_a_budget_and_its_result() -> None:
    text = HEAD + (
        "2023年度年初收支预算为41200.50万元，全年预算为52300.40万元，收支总决算52300.40万元，"
        "较上年度下降了18.20%，主要是基建支出减少。\n"
    )
    # last year's figure is not given: the budget and the result are no base of the fall
    assert "rate-mismatch" not in codes_of(text)
    budget = HEAD + "全年预算为52300.40万元，实际支出48000.00万元，预算执行率为95.20%。\n"
    assert stated_recomputed(budget, "rate-mismatch") == [("95.20%", "91.78%")]


def test_a_change_whose_level_is_in_the_sentence_before() -> None:
    text = HEAD + (
        "1.总体情况。2024年度收入总计1830.40万元，支出总计1830.40万元。收、支与2023年度相比，"
        "增加130.40万元，增长8.2%，主要原因是人员增加。\n"
    )
    # 130.40 ÷ (1830.40 − 130.40) = 7.67%
    assert stated_recomputed(text, "rate-mismatch") == [("8.2%", "7.7%")]
    assert "rate-mismatch" not in codes_of(text.replace("增长8.2%", "增长7.7%"))
    unequal = text.replace("支出总计1830.40万元", "支出总计1790.40万元")
    # which total changed is unclear: 7.9% is right over 1790.40, 8.2% over neither
    assert "rate-mismatch" not in codes_of(unequal.replace("增长8.2%", "增长7.9%"))
    assert stated_recomputed(unequal, "rate-mismatch") == [("8.2%", "7.7%")]


def test_an_increase_in_revenue_written_zengshou() -> None:
    text = HEAD + "税收收入7420万元，比上年增收1120万元，增长19.8%。\n"
    # 1120 ÷ (7420 − 1120) = 17.78%, not 1120 over this year's or over last year's as a gap
    assert stated_recomputed(text, "rate-mismatch") == [("19.8%", "17.8%")]


def test_a_spending_rate_over_an_amount_named_by_no_role() -> None:
    text = "2024年度某县民政局项目支出绩效自评报告\n" + (
        "儿童福利项目资金96万元，截止2024年底支出90万元，资金执行率97.50%。\n"
    )
    # 90 ÷ 96 = 93.75%
    assert stated_recomputed(text, "rate-mismatch") == [("97.50%", "93.75%")]
    assert "rate-mismatch" not in codes_of(text.replace("97.50%", "93.75%"))


def test_shares_after_a_reason_that_closes_the_totals_sentence() -> None:
    text = HEAD + (
        "2.收入情况。2024年度收入合计1520.40万元，与2023年度相比，增加120.40万元，增长8.6%，"
        "主要原因是人员经费增加。其中：财政拨款收入1400.40万元，占93.11%；"
        "事业收入120.00万元，占7.89%。\n"
    )
    # 120.00 ÷ 1520.40 = 7.89%; 1400.40 ÷ 1520.40 = 92.11%, written 93.11%
    assert stated_recomputed(text, "share-mismatch") == [("93.11%", "92.11%")]


def test_a_total_with_its_own_share_before_its_numbered_items() -> None:
    text = "2024年本级体育彩票公益金筹集、使用情况公告\n" + (
        "2024年本级体育彩票公益金总支出240万元。\n"
        "（一）本级体育彩票公益金用于全民健身支出210万元，占总数的87.50%。其中：\n"
        "1.用于建设和维护公共体育场地和设施160万元；\n"
        "2.用于资助或组织开展全民健身活动12万元；\n"
        "3.用于资助群众体育组织和队伍建设40万元。\n"
    )
    # 160 + 12 + 40 = 212, not 210
    assert stated_recomputed(text, "sum-mismatch") == [("210万元", "212.00万元")]


def test_a_subset_share_of_the_base_the_total_named() -> None:
    text = HEAD + (
        "授予中小企业合同金额30万元，占政府采购支出总额的20.00%，其中：授予小微企业合同金额"
        "30万元，占政府采购支出总额的20.00%。\n"
    )
    assert "share-mismatch" not in codes_of(text)


def test_a_qizhong_on_a_line_of_its_own_after_its_total() -> None:
    text = "2024年度彩票公益金使用情况公告\n" + (
        "用于群众体育支出380万元。\n"
        "其中：用于援建公共体育场地和设施190万元，占总数的50.00%；用于资助群众体育组织"
        "和队伍建设57万元，占总数的15.00%；用于开展全民健身活动133万元，占总数的36.00%。\n"
    )
    # 133 ÷ 380 = 35.00%
    assert stated_recomputed(text, "share-mismatch") == [("36.00%", "35.00%")]
    heading = text.replace("用于群众体育支出380万元。\n", "二、用于群众体育支出380万元\n")
    assert "share-mismatch" not in codes_of(heading)  # a heading's figure opens no 其中


def test_a_share_of_the_whole_stated_before_as_zongshu() -> None:
    text = "2024年本级福利彩票公益金筹集、使用情况公告\n" + (
        "2024年本级福利彩票公益金总收入160万元，总支出160万元。\n"
        "（一）用于养老服务支出120万元，占总数的70.00%。\n"
        "（二）用于儿童福利支出40万元，占总数的25.00%。\n"
    )
    # 120 ÷ 160 = 75.00%; 40 ÷ 160 = 25.00%
    assert stated_recomputed(text, "share-mismatch") == [("70.00%", "75.00%")]


def test_a_cumulative_total_past_its_own_rates_with_a_cumulative_part() -> None:
    text = "2024年一季度某新区财政收支情况\n" + (
        "截至3月底，新区一般预算收入累计完成9200万元，完成年初预算的27.38%，同比增长11.90%，"
        "其中：税收收入累计完成8280万元，税收占比91.00%。\n"
    )
    # 8280 ÷ 9200 = 90.00%
    assert stated_recomputed(text, "share-mismatch") == [("91.00%", "90.00%")]


def test_a_spending_progress_over_the_money_it_spends() -> None:
    text = "2024年度某市直达资金管理情况\n" + (
        "截至12月31日，全市中央直达资金规模80.00亿元，支出72.00亿元，支出进度91.0%。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == [("91.0%", "90.00%")]


def test_a_completion_rate_over_a_budget_named_inside_its_phrase() -> None:
    text = "2024年1-4月某县财政预算执行情况\n" + (
        "1-4月，一般公共预算收入累计完成25000万元，完成年初预算数62500万元的41.0%，"
        "比上年减收900万元。\n"
    )
    # 25000 ÷ 62500 = 40.0%
    assert stated_recomputed(text, "rate-mismatch") == [("41.0%", "40.00%")]


def test_a_count_stated_with_its_amount_split_with_the_items() -> None:
    text = "2024年某市政府投资项目计划\n" + (
        "2.续建项目32个，预算支出120000万元，其中：\n"
        "(1)城市建设项目9个，预算支出50000万元；\n"
        "(2)社会事业项目14个，预算支出40000万元；\n"
        "(3)农林水利项目10个，预算支出30000万元。\n"
    )
    # 9 + 14 + 10 = 33 projects, not 32; the amounts add up
    assert stated_recomputed(text, "sum-mismatch") == [("32个", "33个")]


def test_a_total_with_its_bare_growth_before_a_qizhong_sentence() -> None:
    text = "2024年1-4月某市财政收支情况\n" + (
        "1-4月，全市一般公共预算收入620.5亿元，增长1.9%。其中：市本级收入300.2亿元，下降0.7%；"
        "区级收入321.3亿元，增长4.4%。\n"
    )
    # 300.2 + 321.3 = 621.5
    assert stated_recomputed(text, "sum-mismatch") == [("620.5亿元", "621.50亿元")]
    ratio = "2023年某区预算执行情况\n" + (
        "全区收入总量2650亿元。其中，地方收入200亿元，下降3.6%，为预算的104.7%；中央补助1950亿元，"
        "比上年增长8.7%；一般债务收入100亿元，动用预算稳定调节基金等400亿元。\n"
    )
    assert not [f for f in findings_of(ratio) if f.stated == "200亿元"]  # “为预算的” opens no list


def test_parts_announced_by_zhuyao_baohan() -> None:
    text = "2024年度市本级体育彩票公益金使用情况\n" + (
        "2024年度市本级体育彩票公益金实际使用4.20亿元。主要使用方面包含全民健身经费1.00亿元，"
        "青少年体育训练专项经费0.80亿元，体育设施运行经费2.50亿元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("4.20亿元", "4.30亿元")]


def test_shares_of_a_whole_never_stated() -> None:
    text = "2024年度某县福利彩票公益金项目安排情况\n" + (
        "项目安排情况：养老服务项目金额90万元，资金量占比60%；残疾人福利项目金额45万元，"
        "资金量占比30%；儿童福利项目金额15万元，资金量占比20%。\n"
    )
    # disjoint parts: 60% + 30% + 20% = 110%
    assert stated_recomputed(text, "share-total-mismatch") == [("110.00%", "100%")]
    even = text.replace("资金量占比60%", "资金量占比50%")
    # the shares now make 100%: over 90 + 45 + 15 = 150, 90 is 60%, not 50%
    assert ("50%", "60.00%") in stated_recomputed(even, "share-mismatch")


def test_an_amount_followed_by_its_beneficiaries_before_the_qizhong() -> None:
    text = "2024年下半年某市学生资助工作情况\n" + (
        "2024年下半年，全市共支出各类资助补助经费2400.50万元，受益学生近25000人次。其中，"
        "普高免学费及国家助学金等资助经费1300.20万元，受益学生近1.5万人次；营养餐补助经费"
        "1110.30万元，受益学生近1万人次。\n"
    )
    # 1300.20 + 1110.30 = 2410.50
    assert stated_recomputed(text, "sum-mismatch") == [("2400.50万元", "2410.50万元")]


def test_a_share_of_the_whole_on_the_parts_side() -> None:
    text = "2024年本级体育彩票公益金筹集使用情况的公告\n" + (
        "2024年本级体育彩票公益金总收入1200.00万元，2024年体育彩票公益金总支出1250.00万元。\n"
        "（一）本级体育彩票公益金用于群众体育支出1000.00万元，占总数的83.33%。\n"
    )
    # 1000 ÷ 1250 (the 总支出, a spending's whole) = 80.00%
    assert stated_recomputed(text, "share-mismatch") == [("83.33%", "80.00%")]


def test_a_base_named_again_without_its_figure_before_jiashang() -> None:
    text = "2023年某区财政预算执行情况\n" + (
        "全区一般公共预算收入（含辖区内列统收入，下同）40.0亿元，同口径增长11.9%。"
        "全区一般公共预算收入，加上上级转移支付收入32.0亿元、上年结转收入8.0亿元、"
        "调入资金20.0亿元，收入总计101.0亿元。\n"
    )
    # 40.0 + 32.0 + 8.0 + 20.0 = 100.0
    assert stated_recomputed(text, "sum-mismatch") == [("101.0亿元", "100.00亿元")]


def test_a_completion_rate_written_without_de() -> None:
    text = SANGONG_HEAD + "“三公”经费支出预算为12.50万元，支出决算为13.00万元，完成预算108.00%。\n"
    assert stated_recomputed(text, "rate-mismatch") == [("108.00%", "104.00%")]


def test_a_completion_rate_over_a_task_count_inside_its_phrase() -> None:
    text = HEAD + "全年新增就业2400人，完成市目标任务数2000人的126%。\n"
    assert stated_recomputed(text, "rate-mismatch") == [("126%", "120.00%")]


def test_items_cut_off_at_the_end_that_already_name_a_whole() -> None:
    text = HEAD + (
        "（一）基本支出\n2024年度一般公共财政拨款基本支出1080.00万元。其中：\n"
        "人员经费900.00万元，主要包括基本工资、津贴补贴、奖金。\n"
        "公用经费170.00万元，主要包括办公费、印刷费、手续费、水费、电费、邮电费"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("1080.00万元", "1070.00万元")]


def test_an_execution_rate_after_another_rate_takes_the_plan_before_it() -> None:
    text = HEAD + (
        "2023年度项目支出年初预算安排30000.00万元，全年预算数40000.00万元，预算调剂比例33.33%，"
        "决算数38000.00万元，项目预算执行率93.00%。\n"
    )
    # 38000 ÷ 40000 (the plan nearest before the earlier rate) = 95.00%
    assert stated_recomputed(text, "rate-mismatch") == [("93.00%", "95.00%")]


def test_one_item_beside_items_of_none_in_the_total_s_own_sentence() -> None:
    text = (
        "第二部分 部门决算情况说明\n2023年度收入总计8,420.36万元，其中：本年收入合计"
        "{own}万元，使用非财政拨款结余0.00万元，年初结转和结余0.00万元。\n"
    )
    assert stated_recomputed(text.format(own="8,420.36"), "sum-mismatch") == []
    assert stated_recomputed(text.format(own="8,402.36"), "sum-short") == [
        ("8420.36万元", "8402.36万元")
    ]
    assert stated_recomputed(text.format(own="8,440.36"), "sum-mismatch") == [
        ("8420.36万元", "8440.36万元")
    ]


def test_a_total_written_coarser_than_its_part_is_exact_for_the_part_s_share() -> None:
    # 4.6 beside 4.33 is 4.60: 4.33 ÷ 4.60 = 94.13%, and no rounding of 4.6 reaches 94.31%
    text = (
        "某局2023年度部门决算说明\n“三公”经费支出决算中，因公出国（境）费支出决算0万元，占0%；"
        "公务接待费支出决算0.27万元，占5.87%；公务用车购置及运行维护费支出决算4.33万元，"
        "占{share}。“三公”经费支出决算合计4.6万元。\n"
    )
    assert stated_recomputed(text.format(share="94.13%"), "share-mismatch") == []
    assert stated_recomputed(text.format(share="94.31%"), "share-mismatch") == [
        ("94.31%", "94.13%")
    ]


@pytest.mark.parametrize(
    ("rate", "found"),
    [("9.5", []), ("15", [("15%", "10%")])],  # 461.37 ÷ (4374.62 + 461.37) = 9.54%
)
def test_a_change_of_both_over_totals_that_differ_is_wrong_only_over_either(
    rate: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "1.总体情况。2024年度收入总计4374.62万元，支出总计4376.42万元。"
        f"收、支与2023年度相比，减少461.37万元，下降{rate}%，主要原因是项目完工。"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(("rate", "found"), [("16.8", []), ("21", [("21%", "17%")])])
def test_a_bare_comparison_after_a_qizhong_sentence_is_over_the_total_it_split(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 412 ÷ (2046 + 412) = 16.76%, the parts (off by 90) naming no level of their own
    text = (
        "2024年,市本級一般公共預(yù)算支出安排的 “三公”經(jīng)費預(yù)算為2046萬元。"
        "其中,因公出國(境)費40萬元,"
        "公務(wù)接待費356萬元,公務(wù)用車購置及運行費1560萬元。"
        f"同口徑比2023年減少412萬元,下降{rate}%。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(("public", "found"), [("84412.50", []), ("84421.50", ["926398.42元"])])
def test_item_lines_with_their_uses_broken_over_lines_of_a_pdf(
    public: str, found: list[str]
) -> None:
    text = (
        "六、一般公共预算基本支出情况说明\n"
        "2024 年一般公共预算基本支出 926389.42 元,其中:\n"
        "人员经费 841976.92 元,占基本支出预算 90.89%。主要包括:\n"
        "基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险费、\n"
        "住房公积金、退休费。\n"
        f"公用经费 {public} 元,占基本支出预算 9.11%。主要包括:\n"
        "办公费、水费、电费、邮电费、差旅费、\n"
        "工会经费。\n"
    )
    # 841976.92 + 84412.50 = 926389.42
    assert [r for _, r in stated_recomputed(text, "sum-mismatch")] == found


@pytest.mark.parametrize(("rate", "found"), [("12.6", []), ("21.6", [("21.6%", "12.6%")])])
def test_a_change_after_an_amount_and_what_it_was_used_for(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 52.30 ÷ (362.45 + 52.30) = 12.61%
    text = (
        "1.社会保障和就业支出362.45万元:主要用于本单位在社会保障与就业方面的支出。"
        f"较2023年度决算数减少52.30万元,下降{rate}%,主要原因是人员减少。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


def test_a_comparison_after_a_qizhong_sentence_that_names_no_change_is_no_change() -> None:
    text = (
        "2024年部门支出3328万元。其中，基本支出1328万元，项目支出2000万元。"
        "比上年，项目支出2000万元，增长10%。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


@pytest.mark.parametrize(("carried", "found"), [("166.31", []), ("161.31", ["6310.69万元"])])
def test_one_figure_for_both_totals_and_a_bracketed_aside_in_a_name(
    carried: str, found: list[str]
) -> None:
    text = (
        "2024年度收、支总计均为6315.69万元。\n"
        "1.收入情况。2024年度收入合计6149.38万元。此外,使用非财政拨款结余(含专用结余)0.00万元,"
        f"年初结转和结余{carried}万元。\n"
        "2.支出情况。2024年度支出合计6315.69万元。\n"
    )
    assert [r for _, r in stated_recomputed(text, "sum-short")] == found
