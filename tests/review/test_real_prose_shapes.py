"""Faults real reviewers found in prose that the sums and rates checks could not reach
(each passage written for this test, with its own figures): scores carried by numbered
headings, a remainder against what was available and spent, “全部拨付” against a rate
below 100%, a part whose unit slipped, a total announced a sentence before its 其中, and a
figure given to “each” of several names."""

from __future__ import annotations

import pytest
from review_support import doc_of
from review_support import findings_of
from review_support import stated_recomputed

from jixiao.review.model import ordered_findings

PROJECT = "2023年度某县道路养护项目支出绩效自评报告\n"


_found = stated_recomputed


# --- scores in numbered headings --------------------------------------------------------


def test_a_heading_whose_score_is_not_the_sum_of_its_childrens() -> None:
    text = (
        PROJECT
        + "一、项目决策（分值22分，自评得21分）\n"
        + "（一）项目立项（分值12分，自评得12分）\n立项依据充分，程序规范。\n"
        + "（二）绩效目标（分值8分，自评得7分）\n目标明确，个别指标未细化。\n"
        + "二、项目过程（分值20分，自评得20分）\n资金管理规范。\n"
    )
    found = [f for f in findings_of(text) if f.code == "score-mismatch"]
    assert len(found) == 1
    assert found[0].paragraph == 2
    assert "分值22分" in found[0].message and "12＋8＝20分" in found[0].message
    assert "得分21分" in found[0].message and "12＋7＝19分" in found[0].message


def test_items_written_in_the_heading_s_own_paragraph_are_its_children() -> None:
    text = (
        PROJECT + "一、产出指标完成情况：分值40分，自评得分40分。\n"
        "二、满意度指标完成情况：分值10分，自评得分10分。群众满意度：分值6分，经抽样调查，"
        "满意度为96%，自评得分6分；部门满意度：分值6分，经测评，满意度为97%，自评得分6分。\n"
    )
    found = [f for f in findings_of(text) if f.code == "score-mismatch"]
    assert len(found) == 1 and "6＋6＝12分" in found[0].message
    right = text.replace("分值6分，经测评", "分值4分，经测评").replace(
        "自评得分6分。", "自评得分4分。"
    )
    assert not [f for f in findings_of(right) if f.code == "score-mismatch"]


def test_heading_scores_that_add_up_and_bare_weights() -> None:
    text = (
        PROJECT
        + "一、项目决策（20分）\n（一）项目立项（8分）\n正文。\n（二）绩效目标（7分）\n正文。\n"
        + "（三）资金投入（5分）\n正文。\n二、项目产出（40分）\n正文。\n"
    )
    assert not _found(text, "score-mismatch")


def test_a_child_without_a_score_or_a_bonus_child_leaves_the_parent_unchecked() -> None:
    missing = (
        PROJECT + "一、项目决策（20分）\n（一）项目立项（8分）\n正文。\n（二）绩效目标\n正文。\n"
    )
    bonus = (
        PROJECT
        + "一、项目效益（30分）\n（一）社会效益（20分）\n正文。\n（二）可持续影响（10分）\n"
        + "（三）加分项（3分）\n正文。\n"
    )
    assert not _found(missing, "score-mismatch")
    assert not _found(bonus, "score-mismatch")


def test_the_wrong_heading_score_is_caught_deeper_in_the_outline() -> None:
    text = (
        PROJECT
        + "（二）项目产出（分值40分）\n1.产出数量（分值15分）\n正文。\n1.1养护里程（分值9分）\n"
        + "2.产出质量（分值15分）\n正文。\n3.产出时效（分值5分）\n正文。\n"
        + "（三）项目效益（分值30分）\n正文。\n"
    )
    assert _found(text, "score-mismatch") == [("40分", "35分")]


def test_children_that_may_be_cut_off_prove_only_a_sum_above_the_parent() -> None:
    head = PROJECT + "（一）项目管理（15分）\n1.资金管理（3分）\n正文。\n2.组织实施（3分）\n"
    assert not _found(head + "项目实施过程中，使相关问题有", "score-mismatch")
    over = PROJECT + "（一）项目管理（5分）\n1.资金管理（3分）\n正文。\n2.组织实施（3分）\n正文"
    assert _found(over, "score-mismatch") == [("5分", "6分")]


# --- figures written twice by an export -------------------------------------------------


def test_a_document_that_writes_every_figure_twice_is_read_once() -> None:
    doubled = (
        PROJECT
        + "本项目预算批复8080万元，当年实际到位96.496.4万元，支出41.2841.28万元。"
        + "设置绩效目标数1212个、完成数9 9个，绩效目标完成率75.00%75.00%。"
    )
    assert not _found(doubled, "rate-mismatch")
    wrong = doubled.replace("75.00%75.00%", "78.00%78.00%")
    assert _found(wrong, "rate-mismatch") == [("78.00%", "75.00%")]


# --- a remainder ----------------------------------------------------------------------


def test_a_remainder_that_is_not_available_less_spent() -> None:
    text = PROJECT + "该项目计划安排资金86万元，实际到位资金86万元，实际支出91.4万元，结余0万元。"
    assert _found(text, "remainder-mismatch") == [("0万元", "-5.40万元")]


def test_a_right_remainder_and_balances_carried_from_other_years() -> None:
    right = PROJECT + "项目预算120万元，实际支出96.35万元，结余23.65万元。"
    carried = PROJECT + "年初结转结余12万元，本年收入到位130万元，本年支出125万元，年末结余17万元。"
    assert not _found(right, "remainder-mismatch")
    assert not _found(carried, "remainder-mismatch")


# --- “全部拨付” against a rate ----------------------------------------------------------


def test_all_paid_against_a_payment_rate_below_full() -> None:
    text = (
        PROJECT
        + "1.项目资金执行情况\n该项目预算600万元，按施工进度已拨付资金510万元，执行率为85%。\n"
        + "2.项目资金执行情况分析 资金已全部拨付。\n"
    )
    assert _found(text, "claim-contradicts-rate") == [("全部拨付", "85%")]


def test_arrival_and_a_rate_of_another_act_are_no_contradiction() -> None:
    arrival = (
        PROJECT
        + "1.资金到位情况：省级资金300万元已全部拨付。\n"
        + "2.资金执行情况：截至年底已拨付施工单位255万元，执行率85%。\n"
    )
    other_act = PROJECT + "资金已全部拨付至乡镇。\n截至年底实际支出255万元，支出进度85%。\n"
    assert not _found(arrival, "claim-contradicts-rate")
    assert not _found(other_act, "claim-contradicts-rate")


@pytest.mark.parametrize(
    ("claim", "rate", "said"),
    [
        # how the work is done, not that it is done
        (
            "各地加快工程进度，及时足额拨付资金。",
            "全年已拨付资金510万元，资金拨付率85%。",
            "足额拨付",
        ),
        # a rate of part of the year
        ("资金已全部拨付。", "1至6月份累计拨付资金510万元，资金拨付率达85%。", "全部拨付"),
    ],
)
def test_a_practice_and_a_rate_of_part_of_the_year_are_no_contradiction(
    claim: str, rate: str, said: str
) -> None:
    text = PROJECT + "1.项目资金执行情况\n" + claim + "\n2.资金拨付情况\n" + rate + "\n"
    assert not _found(text, "claim-contradicts-rate")
    whole = text.replace("及时足额", "已足额").replace("1至6月份", "全年")
    assert _found(whole, "claim-contradicts-rate") == [(said, "85%")]


def test_the_carry_over_spent_in_full_is_no_contradiction() -> None:
    rate = "1.预算执行情况\n全年预算2456.80万元，支出2398.10万元，预算执行率97.61%。\n"
    carried = PROJECT + rate + "2.资金管理\n上年结转132.40万元已于6月底前全部支出。\n"
    assert not _found(carried, "claim-contradicts-rate")
    whole = PROJECT + rate + "2.资金管理\n项目资金已全部支出。\n"
    found = [f for f in findings_of(whole) if f.code == "claim-contradicts-rate"]
    assert [f.message.split("，")[1] for f in found] == ["但报告所列预算执行率97.61%未达100%"]


# --- a part whose unit slipped --------------------------------------------------------


def test_a_part_in_yuan_among_parts_in_wan_yuan() -> None:
    parts = "其中设备购置1210万元、系统建设904.2万元、运维服务725.2元。"
    wrong = PROJECT + "实际支出共计2836.4万元，" + parts
    right = PROJECT + "实际支出共计2839.4万元，" + parts
    both_meant = PROJECT + "项目总投资26.3418万元，其中财政资金26万元，自筹资金3418元。"
    assert _found(wrong, "sum-mismatch") == [("2836.4万元", "2839.40万元")]
    assert _found(right, "unit-slip") == [("2839.4万元", "2839.40万元")]
    assert not _found(right, "sum-mismatch")
    assert not _found(both_meant, "sum-mismatch") and not _found(both_meant, "unit-slip")


# --- a total a sentence before its 其中 -------------------------------------------------


def test_a_sentence_announcing_the_parts_between_a_total_and_its_qizhong() -> None:
    text = (
        PROJECT
        + "全年实际支出共计618.5万元。资金主要用于三个方面：一是道路修补，二是标线施划。"
        + "其中道路修补资金402万元、标线施划资金133.5万元、桥涵维护资金86万元。"
    )
    assert _found(text, "sum-mismatch") == [("618.5万元", "621.50万元")]


def test_a_sentence_with_its_own_figures_does_not_bridge() -> None:
    text = (
        PROJECT
        + "全年收入合计700万元。支出情况包括基本支出和项目支出，支出合计650万元。"
        + "其中基本支出402万元、项目支出248万元。"
    )
    assert not _found(text, "sum-mismatch")


# --- a name said twice is no boilerplate -------------------------------------------------


def test_an_activity_named_in_two_sections_is_not_boilerplate_but_a_copied_claim_is() -> None:
    named = (
        PROJECT
        + "一、项目基本情况\n（一）预算安排\n本项目用于城区污水管网日常巡查与清淤疏通养护作业。\n"
        + "二、绩效指标完成情况\n（一）产出指标\n全年开展城区污水管网日常巡查与清淤疏通养护作业，"
        + "巡查里程达标。\n"
    )
    claim = "项目严格按照资金管理办法执行，确保资金使用规范有效。\n"
    copied = (
        PROJECT
        + "一、项目基本情况\n（一）预算安排\n"
        + claim
        + "二、绩效指标完成情况\n（一）产出指标\n"
        + claim
    )
    assert not _found(named, "boilerplate-reuse")
    assert len(_found(copied, "boilerplate-reuse")) == 1


# --- precision and punctuation ----------------------------------------------------------


def test_whole_parts_beside_a_decimal_one_are_exact_at_its_precision() -> None:
    over = (
        PROJECT
        + "专项资金共计2318万元，其中：设备运行维护62.7万元；平台建设55万元；系统建设2201万元。"
    )
    rounded = over.replace("55万元", "54.6万元")  # 2318.3: the total is its sum rounded
    assert _found(over, "sum-mismatch") == [("2318万元", "2318.70万元")]
    assert not {f.code for f in findings_of(rounded)} & {"sum-mismatch", "sum-short"}


def test_a_distribution_ends_at_an_ascii_comma() -> None:
    text = (
        PROJECT
        + "机关设6个内设机构,分别为办公室、财务科、规划科、建设科、监督科、审批科,"
        + "办公室下设3个组和1个中心,分别为综合组、文秘组、后勤组和信息中心。"
    )
    assert not _found(text, "distribution-mismatch")


# --- a table whose money cells repeat the unit -------------------------------------------

TABLE_HEAD = (
    "项目支出绩效自评表 |\n项目资金 (万元) |\n|\n年初预算数 |\n全年预算数 |\n全年执行数 |\n"
)


def test_money_cells_written_with_wan_are_read_and_a_whole_table_weight_is_not_rescored() -> None:
    rows = (
        "分值 |\n执行率 |\n得分 |\n||||\n年度资金总额 |\n{a} |\n{a} |\n{b} |\n{w} |\n{r} |\n{s} |\n"
    )
    rows += "||||\n其中:当年财政拨款 |\n{a} |\n{a} |\n{c} |\n— |\n|\n— |\n||||\n"
    total = TABLE_HEAD + rows.format(a="80万", b="66.8万", c="66.4万", w="100", r="83.5%", s="96")
    findings = {f.code: (f.stated, f.recomputed) for f in findings_of(total)}
    assert findings.get("sum-mismatch") == ("66.8", "66.4")  # the source row, read in 万
    assert "rate-score-mismatch" not in findings  # 分值 100, 得分 96: the table's total
    # … or the 执行率's own points: the row says neither, which a reviewer sends back
    assert findings.get("funds-weight-whole") == ("96", "83.50")
    own = TABLE_HEAD + rows.format(a="80万", b="66.8万", c="66.8万", w="100", r="83.5%", s="83.5")
    assert "funds-weight-whole" not in {f.code for f in findings_of(own)}
    scored = TABLE_HEAD + rows.format(a="80万", b="66.8万", c="66.8万", w="10", r="83.5%", s="10")
    assert {f.code for f in findings_of(scored)} == {"rate-score-mismatch"}


def test_hidden_figures_are_told_from_runs_of_x_that_hide_nothing() -> None:
    from jixiao.review.text.sentences import MASKED  # noqa: PLC0415

    hidden = ["资金XX万元", "资金 点击查看>> 万元", "（略）万元", "**万元", "□□人", "xxx个"]
    shown = ["axb万元", "正常120万元", "x" * 20_000 + "。"]  # a long run without a unit
    assert all(MASKED.search(text) for text in hidden)
    assert not any(MASKED.search(text) for text in shown)


# --- a figure given for each of several names -------------------------------------------


def test_a_figure_given_to_each_of_several_names_counts_once_per_name() -> None:
    text = (
        PROJECT + "全年宣传合作经费共计86.5万元。主要包括：与市广播台合作，经费26.5万元；"
        "与省日报、市晚报合作，经费各20万元；与两家网站合作，经费各8万元。\n"
    )
    assert _found(text, "sum-short") == [("86.5万元", "82.50万元")]
    assert "20万元×2" in findings_of(text)[0].message


def test_each_over_three_listed_names_or_a_stated_count_adds_up() -> None:
    text = PROJECT + "下达奖补资金共计70万元，其中：甲镇、乙镇、丙镇各10万元，其余4个村各10万元。\n"
    assert not _found(text, "sum-short") and not _found(text, "sum-mismatch")


def test_each_without_countable_names_leaves_the_list_unchecked() -> None:
    text = PROJECT + "项目资金共计60万元，其中：各乡镇各5万元，县直单位10万元，培训5万元。\n"
    assert not _found(text, "sum-short") and not _found(text, "sum-mismatch")


def test_each_as_all_of_a_kind_is_not_a_multiplier() -> None:
    text = PROJECT + "资金共计500万元，其中省级安排100万元，各州市安排400万元。\n"
    assert not _found(text, "sum-short") and not _found(text, "sum-mismatch")


# --- a share that names its own part ----------------------------------------------------


def test_a_share_naming_an_earlier_part_is_checked_against_that_part() -> None:
    right = PROJECT + "全县客运车辆共120辆，其中电动车120辆，燃油车0辆，电动车占比100%。\n"
    wrong = PROJECT + "全县客运车辆共120辆，其中电动车90辆，燃油车30辆，电动车占比70%。\n"
    assert not _found(right, "share-mismatch")
    assert _found(wrong, "share-mismatch") == [("70%", "75.00%")]


def test_a_share_naming_no_listed_part_is_left_alone() -> None:
    text = PROJECT + "全县客运车辆共120辆，其中电动车90辆，燃油车30辆，新车占比40%。\n"
    assert not _found(text, "share-mismatch")


# --- thousands set apart by a space; scopes; numbered sentences ------------------------


def test_thousands_set_apart_by_a_space_are_one_figure() -> None:
    text = (
        PROJECT + "三年预算总资金12 450万元，其中，中央资金1 500万元、省级资金1 500万元、"
        "学校自筹9 450万元。\n"
    )
    assert not _found(text, "sum-mismatch")
    wrong = text.replace("9 450万元", "9 540万元")
    assert _found(wrong, "sum-mismatch") == [("12450万元", "12540.00万元")]


def test_thousands_set_apart_by_a_space_in_traditional_characters() -> None:
    # 萬元 is the unit after the grouped figure until the text is turned to 简体
    text = (
        "青島市職業技能提升項目績效評價報告\n評價期間內預算下撥金額共計54 440.73萬元"
        "(其中:實際執行金額46 766.90萬元),專賬資金結余金額7 673.83萬元。\n"
    )
    assert not [f for f in findings_of(text) if f.severity == "error"]
    wrong = text.replace("7 673.83萬元", "7 763.83萬元")
    assert _found(wrong, "remainder-mismatch") == [("7763.83万元", "7673.83万元")]


def test_two_cells_of_a_flattened_row_stay_two_figures() -> None:
    text = PROJECT + "年度资金总额 10 100 90 90% 9\n"
    assert not [f for f in findings_of(text) if f.code in ("sum-mismatch", "rate-mismatch")]


def test_a_rate_is_not_taken_over_the_plan_of_another_scope() -> None:
    text = (
        PROJECT + "学校层面：预算资金600万元，到位640万元。\n"
        "专业群层面：预算资金300万元，到位300万元。\n"
        "学校层面：资金支出620万元，资金执行率为96.88%。\n"
    )
    assert not _found(text, "rate-mismatch")
    same = text.replace("专业群层面：", "学校层面：", 1)
    assert _found(same, "rate-mismatch") == [("96.88%", "206.67%")]


def test_numbered_items_written_as_sentences_are_content() -> None:
    text = (
        PROJECT + "一、项目概况\n项目资金50万元。\n二、下一步改进措施\n"
        "1、进一步简化补助申报流程，减少群众跑腿。\n2、严格落实培训政策，不断完善规范。\n"
        "三、其他需要说明的问题\n本年度无其他需要说明的问题。\n"
    )
    assert not _found(text, "heading-empty")
    bare = text.replace("进一步简化补助申报流程，减少群众跑腿。", "简化申报流程")
    assert _found(bare.replace("严格落实培训政策，不断完善规范。", "落实培训政策"), "heading-empty")


# --- shares whose base was stated a sentence before ------------------------------------


def test_shares_against_the_base_stated_the_sentence_before() -> None:
    text = (
        PROJECT + "2023年支出合计1250.00万元，其中基本支出800.00万元，项目支出450.00万元。"
        "按经济分类，工资福利支出600.00万元，占本年支出的48.00%；商品和服务支出400.00万元，"
        "占32.00%；对个人和家庭的补助250.00万元，占22.00%。\n"
    )
    assert _found(text, "share-mismatch") == [("22.00%", "20.00%")]
    assert not _found(text.replace("22.00%", "20.00%"), "share-mismatch")


def test_shares_that_agree_only_through_zero_parts_prove_nothing() -> None:
    text = (
        PROJECT + "全年安排培训经费35.00万元。按来源分，财政拨款收入720.00万元，占100.00%；"
        "事业收入0.00万元，占0.00%；经营收入0.00万元，占0.00%。\n"
    )
    assert not _found(text, "share-mismatch")


# --- held-out round 20: what is no part, no claim, no empty heading ---------------------


def test_money_already_paid_out_is_no_part_of_its_total() -> None:
    text = PROJECT + "项目资金共计86.40万元，其中项目管理费0.86万元，目前已拨付85.90万元。\n"
    assert not _found(text, "sum-mismatch")


def test_central_and_local_parts_with_their_own_rates_make_the_whole() -> None:
    text = (
        PROJECT + "全县直达资金总额12.60亿元，分配率99.2%。其中：中央安排直达资金9.80亿元，"
        "分配率99.1%；地方安排直达资金2.40亿元，分配率99.6%。\n"
    )
    assert _found(text, "sum-mismatch") == [("12.60亿元", "12.20亿元")]
    assert not _found(text.replace("2.40亿元", "2.80亿元"), "sum-mismatch")


def test_a_remainder_with_the_rate_is_no_total_of_the_next_list() -> None:
    text = (
        PROJECT + "本级直达资金5.40亿元，未分配0.12亿元，分配率97.8%。其中：中央安排资金4.10亿元，"
        "分配率97.6%；地方安排资金1.30亿元，分配率98.5%。\n"
    )
    assert not _found(text, "sum-mismatch")


def test_satisfaction_targets_and_grading_scales_are_no_claims() -> None:
    for line in (
        "服务对象满意度指标：受益群众满意度≥90%。",
        "满意度指标 群众满意度 较好 较好 好 一般 差",
    ):
        assert not _found(PROJECT + "三、绩效目标\n" + line + "\n", "satisfaction-unsupported")
    claim = PROJECT + "三、绩效目标完成情况\n学校满意度大于年度指标值≥95%。\n"
    assert _found(claim, "satisfaction-unsupported")


def test_headings_that_may_stay_empty_or_carry_their_amount() -> None:
    text = (
        PROJECT + "一、项目概况\n项目资金50万元。\n"
        "（五）其他需要说明的情况（如无特别说明的情况则无需阐述）\n"
        "二、资金来源\n（一）财政拨款小计 6.30\n1、一般公共预算 6.30\n2、政府性基金 0.00\n"
        "三、其他\n本年度无其他需要说明的问题。\n"
    )
    assert not _found(text, "heading-empty")


def test_a_target_declaration_form_is_no_self_evaluation() -> None:
    text = "项目支出绩效目标申报表\n（2021年度）\n项目名称 某项目\n满意度指标 受益群众满意度 100%\n"
    assert doc_of(text).identity.kind.name == "OTHER"


def test_a_last_item_joining_two_names_may_make_the_count() -> None:
    text = PROJECT + "本局下辖三个事业单位，即县公路养护站、县运输管理站和县港航管理所。\n"
    assert not _found(text, "list-count-mismatch")
    four = text.replace("三个事业单位", "四个事业单位")
    assert _found(four, "list-count-mismatch") == [
        ("4", "3")
    ]  # three units named, the last two joined by 和


# --- a 其中 closing its paragraph, the parts in numbered paragraphs ----------------------


NUMBERED = (
    PROJECT + "2022年年初专项经费指标总额为60万元，其中：\n"
    "1、设备维护专项经费指标为25万元，用于现有设备的维修保养；\n"
    "2、系统运维专项指标为20万元，用于业务系统的升级维护；\n"
    "3、库房租赁专项指标为15万元，用于租赁临时库房。\n"
    "公用经费指标总额为88.5万元，用于保证单位正常运转。\n"
)


def test_parts_in_the_numbered_paragraphs_after_a_closing_qizhong() -> None:
    assert not _found(NUMBERED, "sum-mismatch") and not _found(NUMBERED, "unit-slip")
    wrong = NUMBERED.replace("为20万元", "为22万元")
    assert _found(wrong, "sum-mismatch") == [("60万元", "62.00万元")]
    slipped = NUMBERED.replace("为15万元", "为15元")
    assert _found(slipped, "unit-slip") == [("60万元", "60.00万元")]


def test_a_numbered_item_without_an_amount_leaves_the_list_unchecked() -> None:
    text = NUMBERED.replace("2、系统运维专项指标为20万元，", "2、系统运维专项，")
    assert not _found(text.replace("为25万元", "为29万元"), "sum-mismatch")


# --- held-out round 22: the next outer item, nested thresholds --------------------------


def test_the_next_item_of_an_outer_enumeration_ends_a_qizhong_list() -> None:
    text = (
        PROJECT + "1、群众体育活动120.50万元，其中补助乡镇20万元；2、青少年体育赛事80.30万元；"
        "3、体育设施维护40.20万元。\n"
    )
    assert not _found(text, "sum-mismatch")
    numbered = PROJECT + "资金共计60万元，其中：1、设备购置20万元；2、人员培训30万元。\n"
    assert _found(numbered, "sum-short") == [] and _found(numbered, "sum-mismatch") == []
    wrong = numbered.replace("30万元", "50万元")
    assert _found(wrong, "sum-mismatch") == [("60万元", "70.00万元")]


def test_nested_thresholds_are_no_parts() -> None:
    text = PROJECT + "共储备项目38个，其中5000万以上项目4个、亿元以上项目29个、"
    text += "10亿元以上项目9个。\n"
    assert not _found(text, "sum-mismatch")


# --- counts and budgets split by when in the year ----------------------------------------


def test_projects_set_at_the_start_and_added_during_the_year_make_the_total() -> None:
    one = PROJECT + "一、项目基本情况\n本年度共实施项目12个，其中年初安排7个，年中增加6个。\n"
    assert _found(one, "sum-mismatch") == [("12个", "13个")]
    two = PROJECT + "一、项目基本情况\n本年度共实施项目12个。年初安排项目7个，年中增加项目6个。\n"
    assert _found(two, "sum-mismatch") == [("12个", "13个")]
    money = PROJECT + "一、项目基本情况\n全年预算135万元，其中年初预算110万元，年中追加15万元。\n"
    assert _found(money, "sum-mismatch") == [("135万元", "125.00万元")]
    for right in (one.replace("12个", "13个"), two.replace("12个", "13个")):
        assert not _found(right, "sum-mismatch")


def test_a_comparison_with_last_year_is_no_in_year_part() -> None:
    text = (
        PROJECT + "一、项目基本情况\n本年度共实施项目12个，较上年增加3个。"
        "年初安排项目7个，比上年增加2个。\n全年共培训1200人次，其中春季500人次，秋季600人次。\n"
    )
    assert not _found(text, "sum-mismatch")


def test_a_short_list_whose_twin_of_the_same_categories_adds_up_is_complete() -> None:
    text = (
        PROJECT + "一、项目基本情况\n本项目共申请预算资金1850000元，其中道路保洁500000元，"
        "绿化管护320000元，设施维修90000元，垃圾清运700000元。\n"
        "本项目共完成预算资金1610200元，其中道路保洁500000元，绿化管护300200元，"
        "设施维修90000元，垃圾清运720000元。\n"
    )
    assert _found(text, "sum-mismatch") == [("1850000元", "1610000.00元")]
    # without the twin the list may leave parts out: no error
    alone = text.split("本项目共完成")[0]
    assert not _found(alone, "sum-mismatch") and not _found(alone, "sum-short")
    # a twin that does not add up proves nothing
    broken = text.replace("垃圾清运720000元", "垃圾清运700000元")
    assert ("1850000元", "1610000.00元") not in _found(broken, "sum-mismatch")
    # a twin whose parts pass its total leaves no category out: both lists are whole
    over = text.replace("垃圾清运720000元", "垃圾清运750000元")
    assert ("1850000元", "1610000.00元") in _found(over, "sum-mismatch")


def test_what_was_undertaken_is_the_plan_of_a_completion_rate() -> None:
    text = (
        PROJECT + "二、绩效目标完成情况\n全年实施乡村道路硬化工程126公里，完成投资3120万元，"
        "截至年底完成98.4公里，完工率为100%。\n"
    )
    assert _found(text, "rate-mismatch") == [("100%", "78.10%")]
    assert not _found(text.replace("完工率为100%", "完工率为78.1%"), "rate-mismatch")
    # without the words of an undertaking the first figure is no plan
    other = text.replace("全年实施乡村道路硬化工程126公里", "辖区乡村道路共126公里")
    assert not _found(other, "rate-mismatch")


# --- a project report states its project's figures twice ---------------------------------


def test_a_project_figure_stated_twice_with_two_values() -> None:
    text = (
        PROJECT
        + "一、项目基本情况\n本项目全年预算数86.50万元，全年执行数80.10万元，预算执行率92.60%。\n"
        "二、绩效目标完成情况\n项目全年预算数85.60万元，资金已全部拨付到位。\n"
    )
    assert _found(text, "figure-inconsistent") == [("85.60万元", "86.50万元")]
    assert not _found(text.replace("85.60万元", "86.50万元"), "figure-inconsistent")


def test_each_sub_project_s_figures_are_no_restatement() -> None:
    text = (
        PROJECT + "一、项目基本情况\n（一）村道硬化。全年预算数50万元，全年执行数48万元。\n"
        "（二）桥梁维修。全年预算数30万元，全年执行数30万元。\n"
        "（三）安保设施。全年预算数20万元，全年执行数19万元。\n"
    )
    assert not _found(text, "figure-inconsistent")


def test_an_adjustment_rate_takes_its_adjustment_as_input() -> None:
    text = (
        PROJECT
        + "一、项目资金情况\n年初预算480.00万元，调整后预算531.20万元，较年初调增了61.20万元，"
        + "预算调整率为12.75%。\n"
    )
    # 调增 51.20 (10.67%): neither the 61.20 written nor the rate follows from the budgets
    assert _found(text, "rate-mismatch") == [("12.75%", "10.67%")]
    right = text.replace("61.20万元", "51.20万元").replace("12.75%", "10.67%")
    assert not _found(right, "rate-mismatch")


# --- lists declared whole, and shares within what rounding allows ------------------------


def test_a_list_whose_number_of_parts_is_declared_is_whole() -> None:
    text = (
        PROJECT + "一、项目基本情况\n本局主要有日常运转项目、专项业务项目两类支出，项目资金总预算为"
        "1288.4万元，其中日常运转项目支出64.4万元，专项业务项目支出1200万元。\n"
    )
    assert _found(text, "sum-mismatch") == [("1288.4万元", "1264.40万元")]
    assert not _found(text.replace("两类支出", "等支出"), "sum-mismatch")
    listed = (
        PROJECT + "一、项目基本情况\n项目资金总预算为90万元，分别为设备购置50万元，运行维护30万元。"
    )
    assert _found(listed, "sum-mismatch") == [("90万元", "80.00万元")]
    # a list an excerpt cut off may go on
    assert not _found(listed.replace("30万元。", "30万元，人员培"), "sum-mismatch")


def test_the_list_s_own_subtotal_is_no_part() -> None:
    text = (
        PROJECT + "一、项目基本情况\n项目资金总预算90万元，其中设备购置60万元，运行维护20万元，"
        "两项合计80万元。\n"
    )
    # “两项合计80万元”: the two parts' own sum, so they are not all of the 90 (nor a third part)
    assert not _found(text, "sum-mismatch")
    assert not _found(text.replace("90万元", "80万元"), "sum-mismatch")


def test_a_whole_number_share_off_by_more_than_rounding() -> None:
    text = (
        PROJECT + "一、资金使用情况\n全年共使用资金565万元，其中养老类425万元，占75%；"
        "社区公益类126万元，占23%；其他类14万元，占2%。\n"
    )
    assert _found(text, "share-mismatch") == [("23%", "22.30%")]
    assert not _found(text.replace("占23%", "占22%"), "share-mismatch")


# --- subsets after 其中, items' own totals, lists opened by 如下 ---------------------------


def test_a_subset_described_after_its_total_is_not_its_parts() -> None:
    text = (
        PROJECT + "一、总体进展情况\n全县重点项目36个，总投资96.4亿元，年度投资计划12.50亿元，"
        "1-6月完成投资4.00亿元，完成率32.00%。其中省、市重点项目9个，年度投资计划5.00亿元，"
        "1-6月完成投资2.20亿元，完成率44%。\n"
    )
    assert not _found(text, "sum-mismatch")
    # the rate is over the year's plan nearest the result, not the project's whole investment
    wrong = text.replace("完成率32.00%", "完成率33.00%")
    assert _found(wrong, "rate-mismatch") == [("33.00%", "32.00%")]
    assert not _found(text, "rate-mismatch")


def test_an_item_s_own_total_and_a_composition_listed_below() -> None:
    text = (
        PROJECT + "一、资金情况\n本年度彩票公益金共计80.00万元，其组成情况如下：一是本级分成"
        "24.00万元，二是省级转移支付52.00万元，三是中央补助地方体育事业经费共计6.00万元。\n"
    )
    assert _found(text, "sum-mismatch") == [("80.00万元", "82.00万元")]
    assert not _found(text.replace("80.00万元", "82.00万元"), "sum-mismatch")


def test_a_share_that_names_its_base_and_a_completion_of_the_budget() -> None:
    text = (
        PROJECT + "一、收入情况\n全年一般公共预算收入完成46380万元，占年计划42000万元的112.5%，"
        "同比增长6.2%。\n本年年初预算900.00万元，本年收入630.00万元，完成年初预算的75%。\n"
    )
    assert _found(text, "share-mismatch") == [("112.5%", "110.43%")]
    assert _found(text, "rate-mismatch") == [("75%", "70.00%")]
    right = text.replace("112.5%", "110.4%").replace("的75%", "的70%")
    assert not _found(right, "share-mismatch") and not _found(right, "rate-mismatch")


def test_a_full_money_rate_asks_for_amounts_not_counts() -> None:
    text = PROJECT + "一、绩效目标完成情况\n（一）预算执行情况\n预算执行率100%，设施免费开放。\n"
    found = [f for f in findings_of(text) if f.code == "rate-without-counts"]
    assert len(found) == 1 and "金额" in found[0].message and "项目个数" not in found[0].message


# --- held-out round 28 ------------------------------------------------------------------


def test_a_list_opened_by_juti_shi_after_its_total() -> None:
    text = (
        PROJECT + "一、项目资金情况\n某馆下达预算资金4200万元。具体是：修缮项目1800万元；"
        "检测项目900万元；数字化项目600万元；消防项目1200万元。\n"
    )
    assert _found(text, "sum-mismatch") == [("4200万元", "4500.00万元")]
    assert not _found(text.replace("4200万元", "4500万元"), "sum-mismatch")


def test_a_deviation_restated_with_its_amount_is_no_boilerplate() -> None:
    fact = (
        "一家企业补助资金6万元未到位，主要原因为该企业开户行系统升级，未能及时入账。"
        "目前此笔资金已退回县财政支付系统，待系统恢复后第一时间支付到位。"
    )
    text = (
        PROJECT
        + "一、绩效目标完成情况分析\n全县18家企业锅炉补助资金已支付到位97万元，"
        + fact
        + "\n二、偏离绩效目标的原因和下一步改进措施\n"
        + fact
        + "\n"
    )
    assert "boilerplate-reuse" not in {f.code for f in findings_of(text)}


def test_a_short_answer_under_a_numbered_heading_is_its_text() -> None:
    text = (
        PROJECT + "一、绩效目标完成情况\n资金已全部拨付。\n二、绩效自评结果拟应用和公开情况\n"
        "按规定申请公开\n三、其他需要说明的问题\n无。\n"
    )
    assert "heading-empty" not in {f.code for f in findings_of(text)}


def test_changes_of_the_parts_add_up_to_the_change_of_their_total() -> None:
    text = (
        "某单位2023年度决算情况说明\n四、财政拨款收入支出决算总体情况说明\n"
        "本部门2023年度财政拨款本年收入860.00万元，比2022年度增加120.00万元，增长16.22%。"
        "具体情况如下：\n一般公共预算财政拨款本年收入700.00万元，比上年增加40.00万元。\n"
        "政府性基金预算财政拨款本年收入160.00万元，比上年增加60.00万元，增长60%。\n"
    )
    assert _found(text, "sum-mismatch") == [("120.00万元", "增加100.00万元")]
    right = text.replace("增加120.00万元，增长16.22%", "增加100.00万元，增长13.16%")
    assert not _found(right, "sum-mismatch")
    # parts whose levels do not make the total say nothing of its change
    other = text.replace("本年收入700.00万元", "本年收入600.00万元")
    assert not _found(other, "sum-mismatch")


def test_a_part_written_coarser_must_still_round_to_what_the_total_leaves() -> None:
    # 860.00 − 160.00 = 700.00 may be written 700.0; 700.07 (written 700.0) leaves 0.07 over
    text = (
        "某单位2023年度决算情况说明\n四、财政拨款收入支出决算总体情况说明\n"
        "本部门2023年度财政拨款本年收入860.07万元，比2022年度增加100.00万元，增长13.16%。"
        "具体情况如下：\n一般公共预算财政拨款本年收入700.0万元，比上年增加40.00万元。\n"
        "政府性基金预算财政拨款本年收入160.00万元，比上年增加60.00万元，增长60%。\n"
    )
    assert _found(text, "sum-mismatch") == [("860.07万元", "860.00万元")]
    right = text.replace("860.07万元", "860.04万元")  # 700.04 written 700.0
    assert not _found(right, "sum-mismatch")


def test_parts_announced_and_enumerated_in_the_sentence_after_the_total() -> None:
    text = (
        PROJECT + "一、项目资金情况\n区直单位9600.00万元。区直单位项目有：一是某馆管理处，"
        "下达预算资金6400万元；二是某博物馆，下达预算资金3500万元。\n"
    )
    assert _found(text, "sum-mismatch") == [("9600.00万元", "9900.00万元")]
    assert not _found(text.replace("9600.00万元", "9900.00万元"), "sum-mismatch")


def test_enumerated_parts_running_over_several_sentences() -> None:
    text = (
        PROJECT + "一、项目资金情况\n区直单位9600.00万元。区直单位项目有：一是某馆管理处，"
        "下达预算资金6400万元。具体是：修缮项目4000万元；检测项目2400万元。"
        "二是某博物馆，下达预算资金3500万元，用于展陈保护。\n"
    )
    assert _found(text, "sum-mismatch") == [("9600.00万元", "9900.00万元")]
    assert not _found(text.replace("9600.00万元", "9900.00万元"), "sum-mismatch")


def test_a_total_built_from_its_parts_by_you_jia_gou_cheng() -> None:
    text = (
        "某镇2023年决算报告\n一、一般公共预算财力及平衡情况\n全镇一般公共预算财力1,864.20万元。"
        "由一般公共预算收入318.40万元，加上级补助收入、上年结余等1,545.80万元构成。"
        "支出总计,864.20万元,由一般公共预算支出1,864.20万元,加上解支出、结转下年等0万元等构成。\n"
    )
    assert _found(text, "sum-mismatch") == [("864.20万元", "1864.20万元")]
    assert not _found(text.replace("支出总计,864.20万元", "支出总计1,864.20万元"), "sum-mismatch")


def test_opinions_listed_as_numbered_sentences_are_the_content() -> None:
    # a summary's 评估意见: each （一）… line is a whole opinion; 主要成效 titles are not
    opinions = (
        PROJECT + "一、评估概况\n本次评估对项目立项必要性进行了分析。\n二、评估意见\n"
        "（一）部门单位对预算绩效管理认识不充分。\n（二）主管部门监管工作有待进一步规范。\n"
        "三、其他说明\n详见正文。\n"
    )
    assert not _found(opinions, "heading-empty")
    titles = opinions.replace("二、评估意见", "二、主要成效")
    assert _found(titles, "heading-empty")


def test_the_last_duty_of_a_list_ending_in_a_full_stop_is_no_heading() -> None:
    duties = (
        PROJECT + "一、部门职能职责\n（一）负责收藏本市的文物、标本；\n"
        "（二）利用馆藏文物举办陈列、展览；\n（三）承办上级交办的其他事项。\n二、机构设置\n"
        "本单位内设三个科室。\n"
    )
    assert not _found(duties, "heading-empty")


def test_a_share_of_a_base_stated_sentences_before_under_its_scope() -> None:
    # the base is stated as 全县一般公共预算支出, the share names 一般公共预算支出, and the
    # part may be named again before 占
    text = (
        PROJECT + "二、支出情况\n全县一般公共预算支出412,560万元，比上年增加21,300万元，增长5.4%。"
        "全县民生支出336,890万元，民生支出占一般公共预算支出的{share}。\n"
    )
    assert not _found(text.format(share="81.66%"), "share-mismatch")
    assert _found(text.format(share="86.16%"), "share-mismatch") == [("86.16%", "81.66%")]


def test_a_total_opening_and_closing_its_parts_is_one_fault() -> None:
    # “共计100万元，资金来源为：…，合计100万元”: one total, one finding
    text = (
        "某镇2023年度美丽乡村建设项目绩效自评报告\n项目年度预算资金共计100万元，资金来源为："
        "中央资金55万元、省级资金35万元、县级资金18万元，合计100万元。\n"
    )
    found = [f for f in ordered_findings(findings_of(text)) if f.code == "sum-mismatch"]
    assert [(f.stated, f.recomputed) for f in found] == [("100万元", "108.00万元")]


@pytest.mark.parametrize(("rate", "found"), [("102.5%", []), ("98.5%", [("98.5%", "102.50%")])])
def test_a_part_in_brackets_is_no_base_of_the_rate(rate: str, found: list[tuple[str, str]]) -> None:
    # “支出841.01万元（含上年结转20.51万元）”: 20.51 is inside 841.01; the base is the budget
    text = (
        "某县2023年度校舍改善项目绩效自评报告\n项目全年预算资金820.5万元，其中中央资金500万元、"
        "省级资金200.3万元、县级资金120.2万元。全年实际支出841.01万元（含上年结转20.51万元），"
        f"预算执行率{rate}。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


def test_running_totals_and_their_shares_are_no_parts() -> None:
    # “累计支出分别为…，分别占…”: each quarter's total holds the one before
    text = (
        "某局2023年度部门整体支出绩效自评报告\n全年预算680万元，一至四季度累计支出分别为142.80万元、"
        "326.40万元、498.20万元、672.52万元，分别占全年预算的21.00%、48.00%、73.26%、98.90%。\n"
    )
    assert stated_recomputed(text, "share-total-mismatch") == []
    apart = text.replace("累计支出分别为", "支出分别为")
    assert stated_recomputed(apart, "share-total-mismatch") == [("241.16%", "100%")]


@pytest.mark.parametrize("tail", ["两项合计占项目支出的39.25%", "两项合计730.00万元"])
def test_two_parts_named_with_their_own_share_are_not_all(tail: str) -> None:
    text = (
        "某局2023年度部门整体支出绩效自评报告\n项目支出1860.00万元，其中森林防火420.00万元、"
        f"林业有害生物防治310.00万元，{tail}。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == []
    counted = text.replace(tail, "两项支出")
    assert stated_recomputed(counted.replace("1860.00万元", "740.00万元"), "sum-mismatch") == [
        ("740.00万元", "730.00万元")
    ]


def test_a_rate_s_own_bracket_is_not_the_next_rate_s() -> None:
    text = (
        "某局2023年度部门整体支出绩效自评报告\n部门预算执行率97.79%（全年预算2030.00万元，"
        "支出1985.20万元），其中项目支出执行率97.19%（预算1340.00万元，支出1302.40万元）。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


def test_the_base_of_a_part_s_share_is_no_part() -> None:
    # “占支出总计6,000.00万元的35.00%”: the share's base, named with its figure
    text = (
        "某局2024年度部门决算情况说明\n本年支出合计5,600.00万元，其中：项目支出2,100.00万元，"
        "占本年支出合计的37.50%，占支出总计6,000.00万元的35.00%；基本支出{basic}万元，"
        "占本年支出合计的62.50%。\n"
    )
    assert stated_recomputed(text.format(basic="3,500.00"), "sum-mismatch") == []
    assert stated_recomputed(text.format(basic="3,400.00"), "sum-mismatch") == [
        ("5600.00万元", "5500.00万元")
    ]


def test_a_list_s_last_part_before_a_new_qizhong_sentence() -> None:
    # the last part stays in its list; the next sentence's 其中 does not split it
    text = (
        "某局2024年度部门决算情况说明\n2024年度政府采购支出总额620.00万元，其中：政府采购货物支出"
        "250.40万元、政府采购工程支出{works}万元、政府采购服务支出120.60万元、其他采购支出19.00万元。\n"
        "其中，授予中小企业合同金额480.00万元，占政府采购支出总额的77.42%。\n"
    )
    assert stated_recomputed(text.format(works="230.00"), "sum-mismatch") == []
    assert stated_recomputed(text.format(works="220.00"), "sum-mismatch") == [
        ("620.00万元", "610.00万元")
    ]


def test_a_leftover_rate_over_the_money_carried_in_too() -> None:
    # 年初结转结余 120 + 预算 2,000 − 执行 1,900 = 220 left; 220 ÷ 2,120 = 10.38%
    text = (
        "某局2024年度部门整体支出绩效自评报告\n本局年初结转结余120.00万元，全年预算数2,000.00万元，"
        "全年执行数1,900.00万元，预算执行率95.00%。年末结转结余220.00万元，结转结余率10.38%"
        "（年末结转结余÷（年初结转结余＋全年预算数））。\n"
    )
    codes = {f.code for f in findings_of(text)}
    assert codes.isdisjoint({"complement-mismatch", "remainder-mismatch"})
    plain = "某局2024年度部门整体支出绩效自评报告\n全年预算数2,000.00万元，全年执行数1,900.00万元，"
    plain += "预算执行率95.00%，结转结余率6.00%。\n"
    assert stated_recomputed(plain, "complement-mismatch") == [("6.00%", "5.00%")]


def test_a_fund_that_makes_up_the_gap_is_no_stated_gap() -> None:
    # “用事业基金弥补收支差额50.00万元” names a source of income, not 收入总计 less 本年收入
    text = (
        "某中心2024年度部门决算情况说明\n收入总计6,000.00万元，其中：本年收入5,400.00万元，"
        "用事业基金弥补收支差额{fund}万元，年初结转和结余{carried}万元。\n"
    )
    assert (
        stated_recomputed(text.format(fund="60.00", carried="540.00"), "difference-mismatch") == []
    )
    assert stated_recomputed(text.format(fund="60.00", carried="550.00"), "sum-mismatch") == [
        ("6000.00万元", "6010.00万元")
    ]


def test_a_qizhong_inside_a_part_ends_at_the_outer_list_s_semicolon() -> None:
    # 财政拨款收入 holds 一般公共预算财政拨款收入; 事业收入 is the outer list's next part, and the
    # inner part's 80.00% is of the outer total (4,000 ÷ 5,000)
    text = (
        "某局2024年度部门决算情况说明\n本年收入合计5,000.00万元，其中：财政拨款收入4,300.00万元，"
        "占86.00%，其中一般公共预算财政拨款收入4,000.00万元，占80.00%；事业收入{other}万元，"
        "占14.00%。\n"
    )
    right = findings_of(text.format(other="700.00"))
    assert {f.code for f in right}.isdisjoint({"sum-mismatch", "share-mismatch"})


def test_a_list_opened_by_its_uses_keeps_its_last_part() -> None:
    # “主要用于以下方面：…；住房保障支出（类）X。其中，…”: X is the list's last part
    text = (
        "某局2024年度部门决算情况说明\n2024年度一般公共预算财政拨款支出2,000.00万元，主要用于以下方面："
        "一般公共服务支出（类）300.00万元，占15.00%；社会保障和就业支出（类）1,400.00万元，"
        "占70.00%；卫生健康支出（类）100.00万元，占5.00%；住房保障支出（类）200.00万元，占10.00%。"
        "\n其中，社会保障和就业支出（类）中用于优抚对象补助的980.00万元，占该类支出的70.00%。\n"
    )
    codes = {f.code for f in findings_of(text)}
    assert codes.isdisjoint({"sum-short", "sum-mismatch"})


@pytest.mark.parametrize(
    ("tax", "found"), [("39029", []), ("38029", [("88435元", "87435.00万元")])]
)
def test_units_mixed_and_the_sum_wrong_in_the_larger_unit_too(
    tax: str, found: list[tuple[str, str]]
) -> None:
    # 88435元 and 39029元 among 万元: meant in 万元, where 39029 + 49406 = 88435
    text = (
        PROJECT + f"一般公共预算收入88435元，完成调整预算的99.2%，其中：税收收入{tax}元，"
        "下降12%；非税收入49406万元，增长67.1%。"
    )
    assert _found(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("claim", "rate"),
    [
        ("资金已及时足额拨付。", "全年已拨付资金510万元，资金拨付率85%。"),  # said as done
        ("资金已全部拨付。", "1至12月份累计拨付资金510万元，资金拨付率85%。"),  # the whole year
    ],
)
def test_a_claim_of_the_done_and_a_rate_of_the_whole_year_contradict(claim: str, rate: str) -> None:
    text = PROJECT + "1.项目资金执行情况\n" + claim + "\n2.资金拨付情况\n" + rate + "\n"
    assert [r for _, r in _found(text, "claim-contradicts-rate")] == ["85%"]


def test_a_balance_that_holds_interest_counts_it_in() -> None:
    # 540.00 − 460.00 + 12.50 = 92.50: the interest the balance holds came in besides the grant
    text = (
        PROJECT + "评价期间内预算下拨金额共计540.00万元(其中:实际执行金额460.00万元),"
        "专账资金结余金额92.50万元(其中:包含专账资金产生的利息收益12.50万元)。\n"
    )
    assert not _found(text, "remainder-mismatch")
    wrong = text.replace("92.50万元", "95.20万元")
    assert _found(wrong, "remainder-mismatch") == [("95.20万元", "92.50万元")]


@pytest.mark.parametrize(
    "bracket",
    ["(不含银行存款利息收入0.35万元)", "(其中:包含已计入下拨金额的专账利息收益0.35万元)"],
)
def test_interest_the_balance_does_not_hold_on_top_is_not_added(bracket: str) -> None:
    # 200.00 − 185.00 = 15.00: the interest is left out, or counted in the grant already
    text = PROJECT + f"上级下达资金200.00万元，实际支出185.00万元，结余15.00万元{bracket}。\n"
    assert not _found(text, "remainder-mismatch")
