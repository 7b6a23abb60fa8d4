"""Totals that real reports close or open in ways the sum checks once passed over (each
passage written for this test, with its own figures): block scores closed by a 总分, the
三公 经费 with its three named parts, a total whose year-on-year change stands between it
and its 其中, a staff list that a semicolon ends, and a 支付率 over the money that arrived."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

UNIT = "2023年度某县林业局部门整体支出绩效自评报告\n"
PROJECT = "2023年度某县乡村道路硬化项目支出绩效自评报告\n"


# --- block scores closed by a 总分 -------------------------------------------------------


def test_block_scores_closed_by_a_total_that_is_not_their_sum() -> None:
    text = UNIT + (
        "经自评，预算执行率得分8.6分，产出指标得分47分，效益指标得分27分，"
        "满意度指标得分9分，自评总分93分。\n"
    )
    assert stated_recomputed(text, "score-mismatch") == [("93分", "91.6分")]


def test_block_scores_that_add_up_to_their_total() -> None:
    text = UNIT + (
        "经自评，预算执行率得分8.6分，产出指标得分47分，效益指标得分27分，"
        "满意度指标得分9分，综合得分91.6分。\n"
    )
    assert "score-mismatch" not in codes_of(text)


def test_weights_beside_the_scores_are_not_added() -> None:
    text = UNIT + (
        "项目决策（15分）得15分，项目过程（25分）得23分，项目产出（35分）得33分，"
        "项目效益（25分）得22分，总得分94分。\n"
    )
    assert stated_recomputed(text, "score-mismatch") == [("94分", "93分")]


def test_three_block_scores_may_leave_the_execution_block_out() -> None:
    text = UNIT + "产出指标得分46分，效益指标得分28分，满意度指标得分9分，自评得分92分。\n"
    assert "score-mismatch" not in codes_of(text)


# --- the 三公 经费 -------------------------------------------------------------------------


def test_sangong_parts_with_the_bracketed_name_make_the_whole() -> None:
    text = UNIT + (
        "“三公”经费支出9.8万元，其中公务接待费1.6万元，公务用车运行维护费6.1万元，"
        "因公出国（境）费0万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("9.8万元", "7.70万元")]


def test_sangong_with_two_parts_named_may_leave_the_third_out() -> None:
    text = UNIT + "“三公”经费支出9.8万元，其中公务接待费1.6万元，公务用车运行维护费6.1万元。\n"
    assert not {"sum-mismatch", "sum-short"} & codes_of(text)


def test_vehicle_costs_split_into_purchase_and_running() -> None:
    text = UNIT + (
        "公务用车购置及运行维护费12.40万元，其中公务用车购置费8.00万元，"
        "公务用车运行维护费3.40万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("12.40万元", "11.40万元")]


# --- a year-on-year change between a total and its 其中 ----------------------------------


def test_a_change_clause_between_the_total_and_its_parts() -> None:
    text = UNIT + (
        "2023年“三公”经费支出21.30万元，比上年减少2.70万元，下降11.3%。其中：因公出国（境）"
        "费0万元；公务用车购置及运行维护费14.10万元；公务接待费5.20万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("21.30万元", "19.30万元")]


def test_a_change_clause_whose_total_adds_up() -> None:
    text = UNIT + (
        "本年支出合计860.50万元，较上年增加40.50万元，增长4.9%。其中：基本支出610.20万元，"
        "项目支出250.30万元。\n"
    )
    assert not {"sum-mismatch", "sum-short"} & codes_of(text)


def test_a_sentence_ending_with_a_change_is_no_total() -> None:
    text = UNIT + "收入较上年减少36.00万元。其中：财政拨款收入12.00万元，其他收入4.00万元。\n"
    assert not {"sum-mismatch", "sum-short"} & codes_of(text)


# --- a semicolon that ends a staff list --------------------------------------------------


def test_a_semicolon_before_another_head_count_ends_the_list() -> None:
    text = UNIT + "核定编制31人，其中行政编制18人，事业编制13人；实有人员29人。\n"
    assert not {"sum-mismatch", "sum-short"} & codes_of(text)


def test_parts_named_alike_after_a_semicolon_stay_in_the_list() -> None:
    text = UNIT + ("核定编制31人，其中行政编制18人，事业编制9人；工勤编制3人。\n")
    assert stated_recomputed(text, "sum-mismatch") == [("31人", "30人")]


# --- a 支付率 over the money that arrived ----------------------------------------------


def test_a_payment_rate_over_the_money_that_arrived_is_not_taken_over_the_plan() -> None:
    text = PROJECT + (
        "项目计划投资600万元。\n截至年底，到位资金540万元，资金到位率90%，"
        "已支付513万元，支付率95%。\n"
    )
    assert "rate-mismatch" not in codes_of(text)


def test_a_payment_rate_that_no_amount_gives_is_still_found() -> None:
    text = PROJECT + "项目计划投资600万元。\n截至年底，已支付513万元，支付率95%。\n"
    assert stated_recomputed(text, "rate-mismatch") == [("95%", "85.50%")]


# --- a change after the 其中 that names its total ----------------------------------------

SETTLEMENT = "2023年度某县文化馆单位决算情况说明\n"


def test_a_change_naming_its_total_after_the_parts_is_read_against_the_total() -> None:
    text = SETTLEMENT + (
        "2023年财政拨款收入总计540.20万元，其中：2023年收入合计480.10万元，年初结转和结余"
        "60.10万元，与2022年相比收入总计减少120.30万元，下降18.21%。\n"
    )
    codes = codes_of(text)
    assert not {"rate-mismatch", "difference-mismatch", "rounding-truncated"} & codes


def test_a_wrong_change_rate_naming_its_total_is_found() -> None:
    text = SETTLEMENT + (
        "2023年财政拨款收入总计540.20万元，其中：2023年收入合计480.10万元，年初结转和结余"
        "60.10万元，与2022年相比收入总计减少120.30万元，下降20.15%。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == [("20.15%", "18.21%")]


def test_two_chained_comparisons_each_keep_their_own_base() -> None:
    text = SETTLEMENT + (
        "2023年“三公”经费支出共计6.40万元，较年初预算数减少3.60万元，下降36.00%，"
        "较上年支出数减少1.20万元，下降15.79%。\n"
    )
    codes = codes_of(text)
    assert not {"rate-mismatch", "difference-mismatch"} & codes
    wrong = text.replace("下降15.79%", "下降18.75%")
    assert stated_recomputed(wrong, "rate-mismatch") == [("18.75%", "15.79%")]


# --- shares evened out to make 100% --------------------------------------------------------


def test_two_shares_evened_out_to_make_a_hundred_are_not_a_fault() -> None:
    text = SETTLEMENT + (
        "本年支出合计1000.00万元，其中：基本支出843.76万元，占84.37%；项目支出156.24万元，"
        "占15.63%。\n"
    )
    assert "share-mismatch" not in codes_of(text)
    off = text.replace("占15.63%", "占15.73%").replace("占84.37%", "占84.27%")
    assert stated_recomputed(off, "share-mismatch") == [
        ("84.27%", "84.38%"),
        ("15.73%", "15.62%"),
    ]


# --- lists whose whole is known ------------------------------------------------------------


def test_procurement_by_goods_works_and_services_is_a_whole() -> None:
    text = SETTLEMENT + (
        "2023年度政府采购支出总额86.50万元，其中：政府采购货物支出12.00万元、政府采购工程支出"
        "0万元、政府采购服务支出64.50万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("86.50万元", "76.50万元")]


def test_a_count_of_none_with_a_part_above_none() -> None:
    text = (
        SETTLEMENT
        + "截至2023年12月底，单位共有公务用车0辆，其中：轿车0辆、越野车0辆、载客汽车2辆。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("0辆", "2辆")]


def test_totals_that_do_not_balance_with_the_word_total_cut_short() -> None:
    text = SETTLEMENT + "本单位2023年度收入总计512.4万元，支出总530.66万元。\n"
    assert stated_recomputed(text, "balance-mismatch") == [("512.40", "530.66")]


# --- parts in the paragraphs after a 其中 that closes its own ------------------------------


def test_unnumbered_item_lines_after_a_closing_qizhong_are_its_parts() -> None:
    text = SETTLEMENT + (
        "2023年一般公共预算财政拨款基本支出733.6万元，其中：\n"
        "人员经费651.40万元，主要包括：基本工资、津贴补贴、奖金、绩效工资、其他工资福利支出\n"
        "公用经费72.20万元，主要包括：办公费、印刷费、水费、电费、差旅费、会议费、培训费\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("733.6万元", "723.60万元")]
    right = text.replace("733.6万元", "723.6万元")
    assert not {"sum-mismatch", "sum-short"} & codes_of(right)


def test_zero_parts_on_their_own_lines_against_their_total() -> None:
    text = SETTLEMENT + (
        "2.公务用车购置及运行维护费支出2.80万元。其中：\n"
        "公务用车购置支出0万元，购置车辆0辆。本单位2023年度无此项支出。\n"
        "公务用车运行维护支出0万元，公务用车保有量为4辆，主要用于下乡检查所需燃料费。\n"
        "3.公务接待费支出0.90万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("2.80万元", "0.00万元")]


def test_lines_that_do_not_open_with_an_amount_are_no_parts() -> None:
    text = SETTLEMENT + (
        "2023年一般公共预算财政拨款基本支出733.6万元，其中：\n"
        "按经济分类，人员经费支出651.40万元，主要包括基本工资等。\n"
        "公用经费72.20万元，主要包括办公费等。\n"
    )
    assert not {"sum-mismatch", "sum-short"} & codes_of(text)


# --- parts under the name of a total stated paragraphs before -------------------------------

SANGONG = SETTLEMENT + (
    "（一）“三公”经费财政拨款支出决算总体情况说明\n"
    "2023年“三公”经费财政拨款支出决算为6.50万元，完成预算92.86%。\n"
    "（二）“三公”经费财政拨款支出决算具体情况说明\n"
)


def test_parts_under_the_name_of_an_earlier_total_are_added_and_shared() -> None:
    text = SANGONG + (
        "2023年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车"
        "购置及运行维护费支出决算3.9万元，占60.00%；公务接待费支出决算1.3万元，占92.86%。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("6.50万元", "5.20万元")]
    assert stated_recomputed(text, "share-mismatch") == [("92.86%", "20.00%")]


def test_parts_under_the_name_of_an_earlier_total_that_add_up() -> None:
    text = SANGONG + (
        "2023年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车"
        "购置及运行维护费支出决算5.2万元，占80.00%；公务接待费支出决算1.3万元，占20.00%。\n"
    )
    assert not {"sum-mismatch", "share-mismatch"} & codes_of(text)


def test_every_wrong_share_of_a_list_is_told() -> None:
    text = SANGONG + (
        "2023年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车"
        "购置及运行维护费支出决算5.2万元，占0.08%；公务接待费支出决算1.3万元，占0.02%。\n"
    )
    assert stated_recomputed(text, "share-mismatch") == [("0.08%", "80.00%"), ("0.02%", "20.00%")]


# --- a share whose base is named in words --------------------------------------------------


def test_a_share_of_a_base_named_in_words_and_stated_before() -> None:
    text = SETTLEMENT + (
        "2023年财政拨款支出总计420.50万元，其中：2023年支出合计418.20万元，年末结转和结余2.30万元。\n"
        "2023年一般公共预算财政拨款支出409.60万元，占本年支出合计的99.45%。\n"
    )
    assert stated_recomputed(text, "share-mismatch") == [("99.45%", "97.94%")]
    right = text.replace("99.45%", "97.94%")
    assert "share-mismatch" not in codes_of(right)


def test_a_base_named_in_words_with_two_amounts_is_not_guessed() -> None:
    text = SETTLEMENT + (
        "2022年支出合计380.00万元。2023年支出合计418.20万元。\n"
        "2023年一般公共预算财政拨款支出409.60万元，占本年支出合计的99.45%。\n"
    )
    assert "share-mismatch" not in codes_of(text)


def test_a_share_of_a_base_named_without_de_and_a_numbered_base() -> None:
    text = SETTLEMENT + (
        "1.基本支出预算 652300.00 元，占一般公共预算支出的 88.00%。其中：\n"
        "工资福利支出预算 540120.50 元，占基本支出预算 84.80%。\n"
    )
    assert stated_recomputed(text, "share-mismatch") == [("84.80%", "82.80%")]


# --- a rate of completion against the budget -----------------------------------------------


def test_completion_of_the_budget_is_a_share_never_a_change() -> None:
    text = SETTLEMENT + (
        "2023年度“三公”经费支出预算为4万元，支出决算为2.28万元，完成预算的43%，"
        "较上年减少0.72万元，下降24%。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == [("43%", "57.00%")]
    assert "rate-mismatch" not in codes_of(text.replace("完成预算的43%", "完成预算的57%"))


# --- changes against a budget, and rates cut off --------------------------------------------


def test_a_budget_compared_with_last_year_s_budget() -> None:
    text = (
        SETTLEMENT
        + "2023年度“三公”经费支出预算为126.00万元，比2022年预算增加16.00万元，增加16%。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == [("16%", "15%")]
    cut = text.replace("增加16%", "增加14%")  # 16.00 ÷ 110.00 = 14.55%
    assert stated_recomputed(cut, "rounding-truncated") == [("14%", "15%")]
    # 1.6 over 12.6 − 1.6 may be anything from 13.96% to 15.14%: 14% is no truncation there
    rough = (
        SETTLEMENT + "2023年度“三公”经费支出预算为12.6万元，比2022年预算增加1.6万元，增加14%。\n"
    )
    assert stated_recomputed(rough, "rounding-truncated") == []


def test_spending_compared_with_a_year_s_budget_is_read() -> None:
    text = SETTLEMENT + "公务接待费支出2.36万元，与2022年度预算相比，减少0.44万元，下降15%。\n"
    assert stated_recomputed(text, "rounding-truncated") == [("15%", "16%")]
    assert not codes_of(text.replace("下降15%", "下降16%")) & {
        "rounding-truncated",
        "rate-mismatch",
    }


def test_a_share_cut_off_rather_than_rounded_is_a_warning() -> None:
    text = SETTLEMENT + (
        "2023年基本支出1000.00万元，其中：人员经费935.44万元，占93.54%；公用经费64.56万元，"
        "占6.45%。\n"
    )
    assert stated_recomputed(text, "rounding-truncated") == [("6.45%", "6.46%")]
    evened = text.replace("占93.54%", "占93.55%")  # evened out to make 100.00%
    assert "rounding-truncated" not in codes_of(evened)


# --- the changes of a total and of its parts ------------------------------------------------


def test_the_parts_changes_against_the_total_s_change() -> None:
    text = SETTLEMENT + (
        "2023年度“三公”经费支出33万元，较上年减少12万元，较年初预算数减少5万元。主要是压减一般性"
        "支出。其中：公务用车运行维护费18万元，较上年减少9万元，较年初预算数减少3万元；"
        "公务接待费15万元，较上年减少3.5万元，较年初预算数减少2万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("12万元", "减少12.50万元")]
    right = text.replace("减少3.5万元", "减少3万元")
    assert "sum-mismatch" not in codes_of(right)


def test_parts_that_do_not_make_the_total_leave_their_changes_alone() -> None:
    text = SETTLEMENT + (
        "2023年度“三公”经费支出40万元，较上年减少12万元。其中：公务用车运行维护费18万元，"
        "较上年减少9万元；公务接待费15万元，较上年减少2万元。\n"
    )
    assert "sum-mismatch" not in codes_of(text)


# --- a change over last year against the two years stated apart ------------------------------


def test_a_change_against_the_two_years_figures_stated_before() -> None:
    text = SETTLEMENT + (
        "某区2023年的“三公”经费决算数合计为96.40万元，其中：公务接待费30.10万元。"
        "2022年的三公经费决算数合计为80.15万元，其中：公务接待费25.00万元。\n"
        "2023年“三公”经费决算数相较于上年增加20.36万元，主要原因是接待任务增加。\n"
    )
    assert stated_recomputed(text, "difference-mismatch") == [("20.36万元", "增加16.25万元")]
    right = text.replace("增加20.36万元", "增加16.25万元")
    assert "difference-mismatch" not in codes_of(right)


def test_a_change_whose_years_are_not_both_stated_is_left_alone() -> None:
    text = SETTLEMENT + (
        "某区2023年的“三公”经费决算数合计为96.40万元。\n"
        "2023年“三公”经费决算数相较于上年增加20.36万元。\n"
    )
    assert "difference-mismatch" not in codes_of(text)


# --- rates at the precision their inputs are written to --------------------------------------


def test_a_whole_number_rate_one_point_off_precise_inputs_is_wrong() -> None:
    text = UNIT + "全年预算数260.00万元，全年执行数247.00万元，预算执行率96%。\n"
    assert stated_recomputed(text, "rate-mismatch") == [("96%", "95.00%")]
    assert "rate-mismatch" not in codes_of(text.replace("96%", "95%"))


def test_a_rate_over_coarse_inputs_keeps_their_rounding() -> None:
    # 24.5–25.5 over 25.5–26.5: anything from 92.5% to 100%
    text = UNIT + "全年预算数26万元，全年执行数25万元，预算执行率96.5%。\n"
    assert "rate-mismatch" not in codes_of(text)


def test_a_completion_rate_over_a_budget_given_by_its_gap() -> None:
    text = SETTLEMENT + (
        "财政拨款本年收入860.40万元，完成年初预算的80%，比年初预算减少239.60万元。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == [("80%", "78.22%")]
    assert "rate-mismatch" not in codes_of(text.replace("预算的80%", "预算的78%"))


# --- a 其中 inside brackets, a list after a colon ----------------------------------------------


def test_parts_inside_the_bracket_a_qizhong_opens() -> None:
    text = UNIT + "核定编制20名（其中行政编制12名、事业编制6名、工勤编制1名），实有在职人员19名。\n"
    assert stated_recomputed(text, "sum-mismatch") == [("20名", "19名")]
    assert "sum-mismatch" not in codes_of(text.replace("工勤编制1名", "工勤编制2名"))


def test_a_count_whose_names_follow_a_colon() -> None:
    text = UNIT + "本局内设股室6个：办公室、财务股、人事股、审批股、法规股。\n"
    assert stated_recomputed(text, "list-count-mismatch") == [("6", "5")]
    assert "list-count-mismatch" not in codes_of(text.replace("股室6个", "股室5个"))


def test_shares_swapped_under_a_whole_named_with_the_unit_and_year() -> None:
    text = SETTLEMENT + (
        "（一）总体情况\n某县文化馆2023年度一般公共预算财政拨款“三公”经费支出预算为4万元，"
        "支出决算为2.40万元，完成预算的60%。\n（二）具体情况\n"
        "某县文化馆2023年度一般公共预算财政拨款“三公”经费支出决算中，公务接待费支出决算0.72万元，"
        "占70%；公务用车购置及运行维护费支出决算1.68万元，占30%。\n"
    )
    assert stated_recomputed(text, "share-mismatch") == [("70%", "30.00%"), ("30%", "70.00%")]


def test_two_shares_of_one_unstated_base_that_no_base_gives() -> None:
    text = SETTLEMENT + (
        "（二）按支出结构分类\n1.基本支出预算1860000.00元，占一般公共预算支出的80.00%。其中：\n"
        "工资福利支出预算1500000.00元，占基本支出预算80.65%。\n"
        "2.项目支出465000.00元，占一般公共预算支出的25.00%。\n"
    )
    assert stated_recomputed(text, "share-mismatch") == [("25.00%", "20.00%")]
    right = text.replace("的25.00%", "的20.00%")
    assert "share-mismatch" not in codes_of(right)


def test_a_share_of_an_unstated_base_only_cut_off_is_a_warning() -> None:
    text = SETTLEMENT + (  # the base 906000 ÷ 80% = 1132500 is not stated
        "工资福利支出预算906000.00元，占基本支出预算的80.00%。\n"
        "对个人和家庭补助支出预算73200.00元，占基本支出预算的6.46%。\n"  # 6.4636%
    )
    assert not codes_of(text) & {"share-mismatch", "rounding-truncated"}
    cut = text.replace("73200.00元", "73270.00元")  # 6.4698%: 6.47, cut to 6.46
    assert stated_recomputed(cut, "rounding-truncated") == [("6.46%", "6.47%")]


def test_items_above_the_total_they_are_named_under_are_another_scope() -> None:
    text = SETTLEMENT + (
        "2024年，税收收入9141.66亿元，下降4.6%。\n"
        "税收收入中，国内增值税3322.33亿元，为预算的92.1%；国内消费税1653.15亿元，"
        "为预算的95.9%；企业所得税2643.60亿元，为预算的96.3%；个人所得税2871.31亿元，"
        "为预算的92.5%。\n"
    )
    assert "sum-mismatch" not in codes_of(text)


def test_the_base_most_shares_give_judges_the_one_that_differs() -> None:
    text = SETTLEMENT + (
        "（一）按功能分类\n（1）教育支出类科目600000.00元，占支出总预算的60.00%。\n"
        "（2）卫生健康支出类科目250000.00元，占支出总预算的25.00%。\n"
        "（3）住房保障支出类科目150000.00元，占支出总预算的15.10%。\n"
    )
    assert stated_recomputed(text, "share-mismatch") == [("15.10%", "15.00%")]


# --- parts with a count each, a rate of spending over the plan before it --------------------


def test_parts_that_each_give_a_count_and_an_amount() -> None:
    text = PROJECT + (
        "本年共实施项目40个，财政资金860.00万元。其中自评“优”的项目30个财政资金700.00万元；"
        "自评“良”的项目8个财政资金120.00万元，自评“中”的项目2个财政资金60.00万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("860.00万元", "880.00万元")]
    subset = PROJECT + (
        "完成投资4.28亿元。其中省、市重点项目11个，年度投资计划5.71亿元，完成投资2.13亿元。\n"
    )
    assert "sum-mismatch" not in codes_of(subset)


def test_a_spending_rate_over_the_plan_stated_before_it() -> None:
    text = PROJECT + (
        "2024年下达专项资金共计1200.00万元。\n目前已拨付财政补助资金500.10万元，实际支出率40.00%。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == [("40.00%", "41.68%")]
    cut = text.replace("500.10万元", "500.39万元").replace("40.00%", "41.69%")  # 41.6992%
    assert stated_recomputed(cut, "rounding-truncated") == [("41.69%", "41.70%")]


def test_two_shares_of_one_unstated_base_a_last_digit_apart_are_not_told_as_wrong() -> None:
    text = SETTLEMENT + (  # 90.865% written 90.86% beside 9.135% written 9.14%: evened out
        "人员经费1030180.29元，占基本支出预算的90.86%。\n"
        "公用经费103573.04元，占基本支出预算的9.14%。\n"
    )
    assert "share-mismatch" not in codes_of(text)
    coarse = SETTLEMENT + (  # one decimal each: 68.64% and 31.36%, one base gives both
        "税收收入213251万元，占一般公共预算收入的68.6%。\n"
        "非税收入97431万元，占一般公共预算收入的31.4%。\n"
    )
    assert "share-mismatch" not in codes_of(coarse)


def test_a_list_opened_by_juti_shi_names_every_part() -> None:
    text = PROJECT + (
        "一是甲管理处，下达预算资金4620万元。具体是：甲修缮展示工程项目1500万元；"
        "甲结构检测工程项目620万元；甲消防提升工程项目1800万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("4620万元", "3920.00万元")]
    assert "sum-mismatch" not in codes_of(text.replace("4620万元", "3920万元"))


def test_an_execution_rate_over_the_money_put_in_before_it() -> None:
    text = PROJECT + (
        "一、项目基本情况\n本项目共投入资金2400.00万元。其中中央资金1000.00万元。\n"
        "二、资金使用情况\n全年执行资金2231.90万元，执行率92.9%。\n"  # 92.996%: 93.0%
    )
    assert stated_recomputed(text, "rounding-truncated") == [("92.9%", "93.0%")]
    spent = text.replace("本项目共投入资金", "本项目实际投入资金")  # spending, not the plan
    assert "rounding-truncated" not in codes_of(spent)


def test_a_count_split_by_when_in_the_year_within_its_own_sentence() -> None:
    text = UNIT + (
        "2024年实施项目共12个（含转列项目3个），年初批复预算7个项目640万元（含1个结转项目40万元），"
        "调整预算后项目预算602.5万元，年中增加6个项目（含转列项目3个）。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("12个", "13个")]
    assert "sum-mismatch" not in codes_of(text.replace("年中增加6个", "年中增加5个"))


_EARNED = (
    "经评价，项目立项6分，绩效目标5分，资金投入4分，资金管理9分，组织实施{x}分，"
    "产出目标30分，效益目标30分，总得分90分。"
)


def test_scores_written_without_de_before_an_earned_total() -> None:
    # 6 + 5 + 4 + 9 + 6 + 30 + 30 = 90: scores, so a slip among them is a fault
    assert stated_recomputed(_EARNED.format(x="6"), "score-mismatch") == []
    assert stated_recomputed(_EARNED.format(x="8"), "score-mismatch") == [("90分", "92分")]


def test_weights_that_make_a_tables_100_before_an_earned_total_are_no_parts_of_it() -> None:
    text = "经评价，项目立项10分，绩效目标10分，资金投入10分，资金管理10分，组织实施10分，"
    text += "产出目标25分，效益目标25分，总得分90分。"
    assert stated_recomputed(text, "score-mismatch") == []


def test_a_deduction_before_an_earned_total_is_no_part_of_it() -> None:
    text = "经评价，项目决策18分，项目过程19分，项目产出38分，项目效益18分，"
    text += "因资金使用存在问题扣减2分，总得分91分。"
    assert stated_recomputed(text, "score-mismatch") == []


def test_an_earned_total_written_without_its_fen() -> None:
    text = _EARNED.format(x="8").replace("总得分90分。", "总得分90，（二）项目绩效目标完成情况")
    assert stated_recomputed(text, "score-mismatch") == [("90", "92分")]
    assert stated_recomputed(text.replace("实施8分", "实施6分"), "score-mismatch") == []


def test_a_rate_per_unit_before_the_parts_is_no_part() -> None:
    # 每村每年补助 is what each village gets a year, not one of the counties' amounts
    text = (
        "某市2023年度农村文化活动资金绩效自评报告\n开展送戏进村活动，每村每年补助 4400 元，"
        "分配至甲县93万元，乙县52万元，丙区25万元，丁区23万元，共计193万元。"
    )
    assert codes_of(text) & {"sum-mismatch", "sum-short"} == set()
    slipped = text.replace("丁区23万元", "丁区32万元")
    assert stated_recomputed(slipped, "sum-mismatch") == [("193万元", "202.00万元")]
    # an amount paid each month, in the list's own unit, is one of its parts
    monthly = (
        "某县2023年度困难群众救助项目绩效自评报告\n全年发放每月定额生活补助14.4万元，"
        "临时救助金6.6万元，医疗救助金10万元，共计30万元。"
    )
    assert stated_recomputed(monthly, "sum-mismatch") == [("30万元", "31.00万元")]


@pytest.mark.parametrize(
    ("total", "found"), [("2050", []), ("1780", [("1780万元", "2050.00万元")])]
)
def test_a_part_named_by_several_names_before_a_closing_total(
    total: str, found: list[tuple[str, str]]
) -> None:
    # “A、B、C等补助850万元”: the names joined by 、 are one part's, not clauses of their own
    text = (
        "2016年度专项资金绩效自评报告\n自评范围包括：基层科普行动计划1200万元，科普活动、"
        f"学会能力提升计划、流动科技馆等补助850万元，共计{total}万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("wages", "found"), [("12.56", []), ("12.65", [("51.77万元", "51.86万元")])]
)
def test_uses_of_all_the_money_then_what_was_spent(
    wages: str, found: list[tuple[str, str]]
) -> None:
    # “…经费，全部用于A、B（如…、…）、C和D，实际支出X”: the uses make what was spent
    text = (
        "某处2016年度项目支出绩效自评报告\n执法工作经费，全部用于人员工资福利支出"
        f"{wages}万元、商品和服务支出（如设备购置、宣传费用及差旅费、车辆维修等业务开支）11.91万元、"
        "对个人和家庭补助支出6.02万元、其他资本性支出1.28万元和其他支出20万元，实际支出51.77万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found
