"""Changes over last year and the level they are said of (figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed


def test_a_sentence_about_each_township_is_not_a_pair_of_subjects() -> None:
    text = "2023年，各乡（镇）安排的“三公”经费决算支出数为520.00万元，同比减少80.00万元，下降{p}。"
    assert stated_recomputed(text.format(p="13.33%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(p="15.38%"), "rate-mismatch") == [("15.38%", "13.33%")]


def test_last_years_figure_named_after_the_comparison() -> None:
    text = "2023年“三公”经费支出188万元，比上年累计支出200万元减少12万元，下降{p}。"
    assert stated_recomputed(text.format(p="6%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(p="6.5%"), "rate-mismatch") == [("6.5%", "6.0%")]


def test_last_years_level_stated_beside_this_years() -> None:
    text = "2023年机关运行经费支出合计96.40万元，2022年为80.00万元，较2022年增加{d}万元。"
    assert stated_recomputed(text.format(d="16.40"), "difference-mismatch") == []
    wrong = stated_recomputed(text.format(d="18.40"), "difference-mismatch")
    assert wrong == [("18.40万元", "增加16.40万元")]


def test_totals_with_a_bracketed_aside_carry_their_level_to_the_change() -> None:
    text = (
        "本部门2023年度收支总计（含结转和结余）1250.00万元。与2022年度决算相比，"
        "收支各增加250.00万元，增长{p}。"
    )
    assert stated_recomputed(text.format(p="25%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(p="20%"), "rate-mismatch") == [("20%", "25%")]


def test_a_change_after_the_parts_may_be_said_of_their_total() -> None:
    text = (
        "事业运行经费总预算安排1200.00万元，其中：基本支出预算200.00万元，项目支出预算"
        "1000.00万元，同比增加{d}万元，增长50%，主要原因为业务增加。"
    )
    assert stated_recomputed(text.format(d="400.00"), "rate-mismatch") == []  # 400 ÷ 800
    assert stated_recomputed(text.format(d="300.00"), "rate-mismatch") != []


def test_a_change_over_last_year_named_qunian() -> None:
    text = "“三公”经费支出决算总额为6.40万元，比预算增加0万元，比去年增加1.60万元，增长{p}。"
    assert stated_recomputed(text.format(p="33.3%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(p="25.0%"), "rate-mismatch") == [("25.0%", "33.3%")]


def test_an_excess_over_the_plan_is_no_level() -> None:
    text = (
        "政府性基金收入30000万元，完成预算20000万元的150%，超收10000万元，"
        "同比减收10000万元，下降{p}。"
    )
    assert stated_recomputed(text.format(p="25%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(p="20%"), "rate-mismatch") == [("20%", "25%")]


def test_a_change_within_what_whole_inputs_allow_is_no_error() -> None:
    text = "全县教育经费总投入为73728万元，比上年的81381万元增长-9.41%。"
    assert stated_recomputed(text, "rate-mismatch") == []


def test_a_rate_after_zeng_or_zengjia_is_the_change_over_last_year() -> None:
    text = "2021年教育经费为64469万元，与上年的73991万元同口径相比增{p}。"
    assert stated_recomputed(text.format(p="-12.87%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(p="12.05%"), "rate-mismatch") == [("12.05%", "-12.87%")]
    per_pupil = "普通初中上年14383.56元，本年11662.98元，同口径增加{p}。"
    assert stated_recomputed(per_pupil.format(p="3.72%"), "rate-mismatch") == [("3.72%", "-18.91%")]


def test_parts_each_within_their_total_but_far_above_it_together_are_nested() -> None:
    text = (
        "全县教育经费总投入为73728万元。其中：国家财政性教育经费64507万元，"
        "一般公共预算教育经费64469万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


def test_members_of_a_known_whole_far_above_it_are_a_slip_not_a_nesting() -> None:
    # 人员经费 and 公用经费 never hold each other: 180.78 written 810.78 is a slip
    text = "基本支出1112.02万元，其中：人员经费931.24万元，主要包括基本工资等；公用经费{p}万元。"
    assert stated_recomputed(text.format(p="180.78"), "sum-mismatch") == []
    found = stated_recomputed(text.format(p="810.78"), "sum-mismatch")
    assert found == [("1112.02万元", "1742.02万元")]


def test_a_rate_right_once_a_slipped_unit_is_read_as_meant() -> None:
    text = "国家财政性教育经费为89410万元，比上年的131870.68元减少32.20%。"
    assert stated_recomputed(text, "rate-mismatch") == []
    assert stated_recomputed(text, "rate-rounding-gap") == []


def test_a_name_and_its_amount_alone_then_a_change_with_no_subject() -> None:
    text = "1、收入：{level}万元。同比上年度增加150.00万元，增加25.00%。其中：财政拨款收入…"
    assert stated_recomputed(text.format(level="750.00"), "rate-mismatch") == []
    assert stated_recomputed(text.format(level="800.00"), "rate-mismatch") == [("25.00%", "23.08%")]


def test_a_change_whose_subject_names_the_figure_of_the_sentence_before() -> None:
    text = (
        "3.公务接待费支出6.00万元，完成预算100%。公务接待费支出决算比2022年减少1.50万元，下降{p}。"
    )
    assert stated_recomputed(text.format(p="20.00%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(p="25.00%"), "rate-mismatch") == [("25.00%", "20.00%")]


def test_last_years_figure_inside_the_comparison_gives_the_difference() -> None:
    text = "2024年初中生均公用经费为1,530.40元，比上年的1,402.15元增加{d}元，增长9.15%。"
    assert stated_recomputed(text.format(d="128.25"), "difference-mismatch") == []
    wrong = stated_recomputed(text.format(d="182.25"), "difference-mismatch")
    assert wrong == [("182.25元", "增加128.25元")]


def test_a_fall_named_xiajiang_is_a_difference_too() -> None:
    text = "2023年公务用车运行维护费支出86万元，比上年累计支出104万元下降{d}万元。"
    assert stated_recomputed(text.format(d="18"), "difference-mismatch") == []
    assert stated_recomputed(text.format(d="16"), "difference-mismatch") == [
        ("16万元", "减少18.00万元")
    ]


def test_last_year_dated_by_its_year_beside_this_years_figure() -> None:
    text = "本县2023年预算安排衔接资金3200万元，2022年本级安排专项资金2950万元，比去年增加{d}万元。"
    assert stated_recomputed(text.format(d="250"), "difference-mismatch") == []
    assert stated_recomputed(text.format(d="350"), "difference-mismatch") == [
        ("350万元", "增加250.00万元")
    ]


def test_a_change_whose_subject_leaves_out_the_flow_its_level_names() -> None:
    text = (
        "2023年政府性基金预算财政拨款支出842.50万元，占本年支出合计的20.15%。与2022年相比，"
        "政府性基金预算财政拨款增加42.50万元，增长{p}。"
    )
    assert stated_recomputed(text.format(p="5.31%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(p="5.13%"), "rate-mismatch") == [("5.13%", "5.31%")]


def test_a_name_its_amount_and_what_it_is_then_a_change_over_a_dated_final_account() -> None:
    text = (
        "3.事业收入45.00万元，为单位开展专业业务活动取得的收入。较2022年度决算数减少"
        "15.00万元，下降{p}，主要原因是服务量减少。"
    )
    assert stated_recomputed(text.format(p="25%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(p="33.3%"), "rate-mismatch") == [("33.3%", "25.0%")]


def test_a_change_whose_subject_repeats_the_levels_name_in_order() -> None:
    text = (
        "2022年度全县“三公”经费总支出为640.00万元。与上年相比，2022年度的“三公”经费支出"
        "减少了160.00万元，下降了{p}。"
    )
    assert stated_recomputed(text.format(p="20%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(p="25%"), "rate-mismatch") == [("25%", "20%")]


_TWO_BASES = (
    "公务接待费决算为56.40万元，较年初预算数60.00万元减少3.60万元，完成预算数的94.00%，"
    "较上年的{prior}万元减少{fall}万元，下降4.75%。"
)


def test_each_comparison_against_the_base_it_states() -> None:
    right = _TWO_BASES.format(prior="59.21", fall="2.81")
    assert stated_recomputed(right, "difference-mismatch") == []
    wrong = _TWO_BASES.format(prior="59.21", fall="2.18")
    assert stated_recomputed(wrong, "difference-mismatch") == [("2.18万元", "减少2.81万元")]


def test_a_sub_item_in_brackets_against_its_own_budget() -> None:
    text = (
        "公务用车购置及运行维护费为318万元，较预算数300万元增加18万元（其中：公务用车购置费"
        "45万元，较上年52万元减少7万元，较预算数40万元增加{more}万元）。"
    )
    assert stated_recomputed(text.format(more="5"), "difference-mismatch") == []
    assert stated_recomputed(text.format(more="9"), "difference-mismatch") == [
        ("9万元", "增加5.00万元")
    ]


def test_a_change_after_a_semicolon_with_no_subject_of_its_own() -> None:
    text = (
        "2024年“三公”经费财政拨款支出决算为48.60万元，完成全年预算60.00万元的81.0%，比上年"
        "决算数增加6.60万元，增长15.7%；比2019年决算数减少11.40万元，降低{rate}%。"
    )
    assert stated_recomputed(text.format(rate="19.0"), "rate-mismatch") == []
    assert stated_recomputed(text.format(rate="16.0"), "rate-mismatch") == [("16.0%", "19.0%")]


def test_a_figure_left_out_in_brackets_is_no_input_of_the_change() -> None:
    text = "市本级一般公共预算收入58.4亿元（不含高新区12.6亿元），下降3.2%。"
    assert stated_recomputed(text, "rate-mismatch") == []


def test_a_change_after_its_rate_past_a_share_of_the_plan() -> None:
    text = (
        "全县一般公共预算收入完成36,480万元（自然口径），占调整预算103.20%，"
        "同比增长{rate}%，增收2,880万元。"
    )
    assert stated_recomputed(text.format(rate="8.57"), "rate-mismatch") == []
    assert stated_recomputed(text.format(rate="7.57"), "rate-mismatch") == [("7.57%", "8.57%")]


def test_the_plan_a_share_is_of_is_no_level() -> None:
    text = (
        "全区一般公共预算收入累计完成52480万元，占年初预算数96200万元的54.6%，"
        "同比增长{rate}%，增收4480万元。"
    )
    assert stated_recomputed(text.format(rate="9.3"), "rate-mismatch") == []
    assert stated_recomputed(text.format(rate="8.3"), "rate-mismatch") == [("8.3%", "9.3%")]


def test_a_change_in_another_clause_after_the_rate_is_not_its_amount() -> None:
    text = (
        "全市一般公共预算收入完成64.20亿元，为调整预算的100.80%，比上年增长4.1%，其中税收"
        "收入占比七成以上；剔除留抵退税因素后，比上年同口径增加4.60亿元，同口径增长7.7%。"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


def test_a_change_over_last_years_budget_stated_with_it() -> None:
    text = "2022年基本支出预算180.60万元，比2021年预算150.50万元增加30.10万元，增长{rate}。"
    assert stated_recomputed(text.format(rate="20.00%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(rate="23.00%"), "rate-mismatch") == [("23.00%", "20.00%")]


def test_last_years_level_named_shang_nian_alone_is_the_base() -> None:
    # “本年X，上年Y，减少D，减少p%”: no 比 and no 为, last year's level right after this year's
    text = "本年公用经费支出450.60万元，上年500.80万元，减少{d}万元，减少{p}。"
    assert stated_recomputed(text.format(d="50.20", p="10.02%"), "difference-mismatch") == []
    assert stated_recomputed(text.format(d="50.20", p="10.02%"), "rate-mismatch") == []
    wrong = text.format(d="52.00", p="10.02%")
    assert stated_recomputed(wrong, "difference-mismatch") == [("52.00万元", "减少50.20万元")]
    wrong = text.format(d="50.20", p="11.02%")
    assert stated_recomputed(wrong, "rate-mismatch") == [("11.02%", "10.02%")]


def test_money_carried_over_from_last_year_is_no_base() -> None:
    text = "本年收入合计450.60万元，上年结转500.80万元，减少52.00万元。"
    assert stated_recomputed(text, "difference-mismatch") == []


def test_a_rate_said_with_zengjia_after_its_change_is_checked() -> None:
    text = "本年收入合计600.00万元，上年为500.00万元，比上年增加100.00万元，增加{p}。"
    assert stated_recomputed(text.format(p="20%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(p="16.67%"), "rate-mismatch") == [("16.67%", "20.00%")]


@pytest.mark.parametrize("compared", ["与上年相比，减少", "同比，减少", "比上年减少"])
def test_a_parts_change_after_a_comparison_a_clause_before_is_no_part(compared: str) -> None:
    text = (
        "公务用车购置及运行维护费支出{total}万元。其中公务用车购置费0万元；公务用车运行维护费"
        "2.77万元，主要用于车辆燃料、维修等，{compared}0.19万元，下降6.42%。"
    )
    assert stated_recomputed(text.format(total="2.77", compared=compared), "sum-mismatch") == []
    found = stated_recomputed(text.format(total="4.27", compared=compared), "sum-mismatch")
    assert found == [("4.27万元", "2.77万元")]


def test_both_totals_in_paragraphs_of_their_own_carry_their_level() -> None:
    text = (
        "2023年度收入总计2,400.00万元，其中：本年收入合计2,400.00万元，"
        "使用非财政拨款结余0.00万元，年初结转和结余0.00万元。\n"
        "2023年度支出总计{spent}万元，其中：本年支出合计{spent}万元，"
        "结余分配0.00万元，年末结转和结余0.00万元。\n"
        "收入支出总体与上年相比，增加400.00万元，增长{p}，主要原因是：项目支出增加。\n"
    )
    assert stated_recomputed(text.format(spent="2,400.00", p="20.00%"), "rate-mismatch") == []
    wrong = text.format(spent="2,400.00", p="16.67%")
    assert stated_recomputed(wrong, "rate-mismatch") == [("16.67%", "20.00%")]
    # totals that differ name no one level: the change is left alone
    assert stated_recomputed(text.format(spent="2,300.00", p="16.67%"), "rate-mismatch") == []


@pytest.mark.parametrize(
    ("change", "found"), [("9.46", []), ("9.64", [("9.64万元", "增加9.46万元")])]
)
def test_a_sentence_opening_with_its_comparison_is_of_the_amount_before(
    change: str, found: list[object]
) -> None:
    # 27.18 − 17.72 = 9.46: the change of “较…17.72万元增加…” is of the first amount before it
    text = (
        "2023年部门决算公开“三公”经费合计27.18万元，其中：公务接待费2.36万元，公务用车运行"
        f"维护费24.82万元。较2022年度部门决算公开“三公”经费合计17.72万元增加{change}万元。\n"
    )
    assert stated_recomputed(text, "difference-mismatch") == found


def test_a_comparison_stated_with_its_long_name_in_one_sentence() -> None:
    text = (
        "2023年部门决算公开“三公”经费合计27.18万元，较2022年度部门决算公开“三公”经费合计"
        "17.72万元增加9.64万元。\n"
    )
    assert stated_recomputed(text, "difference-mismatch") == [("9.64万元", "增加9.46万元")]


def test_a_comparison_after_a_sentence_of_parts_is_not_of_the_first_part() -> None:
    # 12.40 − 11.72 = 0.68 over last year; the sentence before lists the parts' changes
    text = (
        "2024年度“三公”经费决算数12.40万元，其中：公务接待费1.90万元，公务用车运行维护费"
        "10.50万元。较年初预算数14.00万元减少1.60万元。其中：公务接待费减少0.50万元，"
        "公务用车运行维护费减少1.10万元。较2023年度决算数11.72万元增加0.68万元。\n"
    )
    assert stated_recomputed(text, "difference-mismatch") == []


_TWO_YEARS = (
    "2024年度“三公”经费预算总计23.6万元，其中：因公出国（境）经费0万元，公务接待13.6万元，"
    "公务用车运行费用10万元。\n"
    "2023年度“三公”经费合计支出22.18万元，其中：因公出国（境）经费0万元，公务接待{older}万元，"
    "公务用车运行费用7.73万元。\n"
    "公务接待较上年同期减少0.85万元，减少5.88%。"
)


def test_a_named_change_against_its_levels_told_in_two_years() -> None:
    assert stated_recomputed(_TWO_YEARS.format(older="14.45"), "difference-mismatch") == []
    # 13.6 − 14.46: a fall of 0.86 (13.6 written for 13.60, beside figures to the cent)
    wrong = stated_recomputed(_TWO_YEARS.format(older="14.46"), "difference-mismatch")
    assert wrong == [("0.85万元", "减少0.86万元")]
    # over last year's budget: the 2023 level told is what was spent, no budget
    budget = _TWO_YEARS.format(older="14.46").replace("较上年同期减少", "较上年预算减少")
    assert stated_recomputed(budget, "difference-mismatch") == []


def test_levels_named_with_what_they_are_must_say_the_same() -> None:
    text = (
        "某局2023年度部门决算说明\n2023年度公务接待费支出决算12万元，主要用于接待检查指导。\n"
        "2022年度公务接待费{kind}11.46万元。\n公务接待费较上年增加0.56万元，增长4.71%。"
    )
    found = stated_recomputed(text.format(kind="支出决算"), "difference-mismatch")
    assert found == [("0.56万元", "增加0.54万元")]
    # last year's budget beside this year's spending: no pair of levels
    assert stated_recomputed(text.format(kind="预算"), "difference-mismatch") == []
