"""Slips planted in the shapes of real reports that the checks first missed (each passage
written for this test, with its own figures): a list closed by 等 naming more units than its
count, a 预算完成率 over an amount with no budget word, a 其中 after a clause on whom the
money went to, and the bracketed breakdowns of parts closed by a total's own."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import findings_of
from review_support import stated_recomputed

HEAD = "2022年度部门整体支出绩效自评报告\n一、基本情况\n"


def test_a_list_closed_by_deng_may_name_fewer_never_more() -> None:
    listed = (
        "本局内设办公室、综合科（挂开发办）、投资科、体制改革科、产业发展科、"
        "价格认定科等{n}个科室。\n"
    )
    text = HEAD + listed
    assert "list-count-mismatch" not in codes_of(text.format(n=6))
    assert "list-count-mismatch" not in codes_of(text.format(n=9))  # 等: names left out
    assert stated_recomputed(text.format(n=5), "list-count-mismatch") == [("5", "6")]


def test_a_budget_completion_rate_over_an_amount_named_by_no_role() -> None:
    text = (
        HEAD
        + "二是小学教育支出，即校舍改造工程合计{plan}万元，"
        + "于本年度支出412.50万元，预算完成率100%。\n"
    )
    assert "rate-mismatch" not in codes_of(text.format(plan="412.50"))
    assert stated_recomputed(text.format(plan="421.50"), "rate-mismatch") == [("100%", "97.86%")]


@pytest.mark.parametrize(
    "total",
    [
        "补助资金总额{t}万元，对辖区受灾农户进行补助，",
        "共下达补助资金{t}万元，对受灾镇进行了补助，",
    ],
    ids=["total", "pooled"],
)
def test_a_clause_on_whom_the_money_went_to_before_the_qizhong(total: str) -> None:
    parts = (
        "其中：甲镇补助资金12万元、乙镇补助资金30万元、丙乡补助资金8万元、丁镇补助资金25万元。\n"
    )
    text = HEAD + total + parts
    assert "sum-mismatch" not in codes_of(text.format(t="75"))
    assert stated_recomputed(text.format(t="57"), "sum-mismatch") == [("57万元", "75.00万元")]


def test_a_purpose_clause_needs_a_total_named_as_one() -> None:
    # “资金57万元” names no whole: the 其中 may split another figure
    text = (
        HEAD
        + "安排资金57万元，对受灾农户进行补助，"
        + "其中：甲镇12万元、乙镇30万元、丙乡8万元、丁镇25万元。\n"
    )
    assert "sum-mismatch" not in codes_of(text)


BATCHES = (
    "该项目分三批实施，一批批复总投资1200.5万元（其中建筑工程1100万元），二批批复总投资"
    "860.2万元（其中建筑工程{second}万元），三批批复总投资300万元（其中建筑工程280.4万元），"
    "合计批复总投资2360.7万元（其中建筑工程2186.15万元）。\n"
)


def test_the_breakdowns_of_parts_add_up_to_the_totals() -> None:
    assert "sum-mismatch" not in codes_of(HEAD + BATCHES.format(second="805.75"))
    wrong = HEAD + BATCHES.format(second="850.75")
    assert stated_recomputed(wrong, "sum-mismatch") == [("2186.15万元", "2231.15万元")]


def test_breakdowns_of_another_name_are_left_alone() -> None:
    text = HEAD + BATCHES.format(second="850.75").replace(
        "（其中建筑工程280.4万元）", "（其中设备购置280.4万元）"
    )
    assert "sum-mismatch" not in codes_of(text)


ASPECTS = (
    "（一）资金投入情况\n"
    "2023年全市共投入福彩公益金{total}万元，用于社会福利事业发展。主要用于以下三个方面：\n"
    "1.养老服务类资金412.6万元，资金使用210.3万元，未使用完的原因为部分项目尚在建设。\n"
    "2.残疾人服务类资金58万元，资金使用12.4万元，未使用完的原因为项目尚在实施。\n"
    "3.儿童关爱类资金96万元，资金使用40.15万元，未使用原因为按实际人数动态发放。\n"
)


def test_numbered_paragraphs_under_the_aspects_a_total_is_used_for() -> None:
    assert "sum-short" not in codes_of(HEAD + ASPECTS.format(total="566.6"))
    # each item's first amount may be only some of its money: a list short of its total
    # is a warning, never an error
    wrong = HEAD + ASPECTS.format(total="586.6")
    assert stated_recomputed(wrong, "sum-short") == [("586.6万元", "566.60万元")]
    assert "sum-mismatch" not in codes_of(wrong)


def test_aspects_after_a_sentence_of_two_amounts_split_neither() -> None:
    # 实际使用262.85万元 is no total of the aspects' money
    text = HEAD + ASPECTS.format(total="566.6").replace(
        "用于社会福利事业发展。", "实际使用262.85万元。"
    )
    assert not {"sum-mismatch", "sum-short"} & codes_of(text)


HOMES = (
    "2023年对三所敬老院进行改造提升，其中甲敬老院改造项目支出21.4526万元、乙敬老院改造项目"
    "支出15.3318万元、丙敬老院改造提升支出18.2047万元，包括餐厅吊顶，院内道路硬化，更换浴室"
    "设施，总计支出{total}万元；救助站消防改造项目8.66万元。\n"
)


def test_a_closing_total_past_what_the_last_part_went_to() -> None:
    assert "sum-mismatch" not in codes_of(HEAD + HOMES.format(total="54.9891"))
    wrong = HEAD + HOMES.format(total="54.9981")
    assert stated_recomputed(wrong, "sum-mismatch") == [("54.9981万元", "54.9891万元")]


def test_money_left_over_and_put_to_a_use_is_no_remainder() -> None:
    # “教育结余用于项目建设经费”: a budget line, not what was left unspent
    text = HEAD + (
        "四是高中教育支出，即公用经费、教育结余用于项目建设经费{plan}万元，"
        "于本年度支出3186.40万元，预算完成率100%。\n"
    )
    assert "rate-mismatch" not in codes_of(text.format(plan="3186.40"))
    assert stated_recomputed(text.format(plan="3204.40"), "rate-mismatch") == [("100%", "99.44%")]


SANGONG = (
    "2023年市本级“三公”经费预算总额为{total}万元，较2022年的2560万元减少45万元，下降1.76%。"
    "其中：因公出国（境）经费60万元，与上年持平；公务接待费735万元，减少25万元，下降3.29%；"
    "公务用车购置及运行维护费1720万元，减少20万元，下降1.15%。\n"
)


def test_parts_each_with_its_change_under_a_total_compared_with_last_year_s_level() -> None:
    assert "sum-mismatch" not in codes_of(HEAD + SANGONG.format(total="2515"))
    wrong = HEAD + SANGONG.format(total="2525")
    assert stated_recomputed(wrong, "sum-mismatch") == [("2525万元", "2515.00万元")]


def test_commas_a_mirror_site_doubled_before_other_marks() -> None:
    text = HEAD + (
        "2022年度政府采购支出总额3600.50万元,其中:货物支出1200.25万元,、工程支出2000.15万元,、"
        "服务支出400.10万元,。授予中小企业合同金额2400.00万元,,占政府采购支出总额的{share}%,。\n"
    )
    assert "share-mismatch" not in codes_of(text.format(share="66.66"))
    found = stated_recomputed(text.format(share="69.66"), "share-mismatch")
    assert [recomputed for _, recomputed in found] == ["66.66%"]


@pytest.mark.parametrize(
    "sentence",
    [
        "县区直达资金合计24.60亿元，已分配24.52亿元，分配率{rate}%。",
        "县区直达资金合计24.60亿元，已分配24.52亿元，未分配0.08亿元，分配率{rate}%。",
    ],
    ids=["done", "done-and-not"],
)
def test_a_share_out_rate_over_a_whole_and_what_was_done(sentence: str) -> None:
    assert "rate-mismatch" not in codes_of(HEAD + sentence.format(rate="99.7") + "\n")
    wrong = HEAD + sentence.format(rate="97.7") + "\n"
    assert stated_recomputed(wrong, "rate-mismatch") == [("97.7%", "99.67%")]


FUNDS = """项目支出绩效自评表
项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
年度资金总额 | 150 | 150 | 125.25 | 10 | 83.5% | 8.35
其中:当年财政拨款 | 150 | 150 | {spent} | — | | —
上年结转资金 | 0 | 0 | 0 | — | | —
其他资金 | 0 | 0 | 0 | — | | —
"""


def test_a_source_row_s_zeros_are_as_exact_as_the_column_s_decimals() -> None:
    assert "sum-mismatch" not in codes_of(FUNDS.format(spent="125.25"))
    assert stated_recomputed(FUNDS.format(spent="125.52"), "sum-mismatch") == [("125.25", "125.52")]


CHONGQING = """2024年度部门整体绩效自评表 | |||
项目名称: | 某县科学技术协会整体监控 | 自评总分: | 99.68 | |||
资金情况 | |||
年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率 | 执行率权重 | 执行率得分 | |||
年度总金额 | 3,724,055.00? | 4,764,453.11? | 4,614,453.11? | |||
其中:财政拨款 | 3,724,055.00? | 4,764,453.11? | 4,614,453.11? | 96.85 | 10.00 | 9.68? | |||
一般公共预算 | 3,724,055.00? | 4,764,453.11? | 4,614,453.11? | 96.85 | |||
"""


def test_a_rate_and_its_weight_are_no_indicator_s_weight_and_score() -> None:
    # 96.85 is the 执行率, 10.00 its 权重: no row lost 86.85 points
    assert "score-total-mismatch" not in codes_of(CHONGQING)


def test_a_character_lost_after_a_figure_is_dropped() -> None:
    text = (
        "项目支出绩效自评表\n"
        "项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
        "年度资金总额 | 100.00? | 100.00? | 95.00? | 10 | {rate} | 9.5\n"
    )
    assert "table-rate-mismatch" not in codes_of(text.format(rate="95%"))
    assert stated_recomputed(text.format(rate="90%"), "table-rate-mismatch") == [("90%", "95%")]


def test_a_body_of_a_level_is_no_fund_of_another_level() -> None:
    # 县级融媒体中心 is a body the 中央 money went to, not 县级 money beside it
    text = HEAD + (
        "2019年中央补助地方公共文化服务体系建设专项资金共计{total}万元，其中：节目无线覆盖"
        "运行维护52.8万元；县级融媒体中心建设38万元；应急广播系统建设1200万元。\n"
    )
    assert "sum-mismatch" not in codes_of(text.format(total="1290.8"))
    assert stated_recomputed(text.format(total="1290"), "sum-mismatch") == [
        ("1290万元", "1290.80万元")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a share of a base it names itself, a payment's terms, a rounded third
        "项目总投资1000万元，中央补助50%为500万元，其余由地方配套。"
        "中央补助资金的10%即50万元用于项目前期工作。",
        "项目预算200万元，按照合同约定预付30%即60万元，经审计结算下浮5%即190万元。",
        "项目总投资3000万元，中央资金承担50%为1500万元，省级资金承担33.3%为1000万元，"
        "县级资金承担16.7%为500万元。",
        # a 拨付率 is of what was 拨付, not of what was spent
        "项目资金合计200万元，已全部拨付到位，实际支出150万元，资金拨付率100%，支出率75%。",
        "县区直达资金合计24.60亿元，已支出20.00亿元，分配率100%。",
        # a clause naming more costs with no figure is no description of the last part
        "2023年实施道路硬化工程，其中甲村道路硬化支出30万元、乙村道路硬化支出20万元，"
        "加上勘察设计、监理、审计等支出，总计支出55万元。",
        # 按支出性质划分 splits 本年支出, not the 总计 before it
        "2023年度支出总计1150万元，其中本年支出1100万元，年末结转和结余50万元。"
        "按支出性质划分，基本支出800万元，项目支出300万元。",
        # a count in the first part's name declares no list whole
        "2023年共安排就业补助资金100万元，其中：3类人员职业培训补贴40万元，"
        "社会保险补贴30万元，公益性岗位补贴20万元。",
    ],
    ids=[
        "own-base",
        "payment-terms",
        "rounded-third",
        "disbursed",
        "shared-out",
        "unnamed-costs",
        "year-spending",
        "count-in-part",
    ],
)
def test_correct_passages_raise_no_error(text: str) -> None:
    errors = [f.code for f in findings_of(HEAD + text + "\n") if f.severity.value == "error"]
    assert errors == []


def test_a_list_ended_by_a_clause_of_no_money_before_the_excerpt_s_cut() -> None:
    text = HEAD + (
        "2024年度安排财政衔接资金{total}万元，其中中央资金1260万元、省级资金540万元、县级资金"
        "85万元，建设11个项目，每个项目资金严格按照实施细则要求，合理\n"
    )
    assert "sum-mismatch" not in codes_of(text.format(total="1885"))
    assert stated_recomputed(text.format(total="1895"), "sum-mismatch") == [
        ("1895万元", "1885.00万元")
    ]


def test_a_list_running_into_the_cut_may_go_on() -> None:
    # the clause after the last part holds money: more parts may follow past the cut
    text = HEAD + (
        "2024年度安排财政衔接资金1895万元，其中中央资金1260万元、省级资金540万元，"
        "县级资金85万元，市级资金\n"
    )
    assert "sum-mismatch" not in codes_of(text)


def test_a_small_last_part_after_a_semicolon_is_still_a_part() -> None:
    text = HEAD + (
        "2021年地方财政总收入完成{total}亿元，增长8.1%，其中：一般公共预算收入218.42亿元，"
        "增长6.6%；政府性基金预算收入196.37亿元，增长10.3%；国有资本经营预算收入0.48亿元，"
        "增长31.9%。\n"
    )
    assert "sum-mismatch" not in codes_of(text.format(total="415.27"))
    assert stated_recomputed(text.format(total="415.1"), "sum-mismatch") == [
        ("415.1亿元", "415.27亿元")
    ]


@pytest.mark.parametrize(
    "stop", ["。", ";", "；"], ids=["full-stop", "semicolon", "wide-semicolon"]
)
def test_jiashang_after_a_stop_adds_to_the_base_before_it(stop: str) -> None:
    text = HEAD + (
        f"全区一般公共预算收入48.26亿元，比上年增长10.0%，完成调整预算的107.3%{stop}"
        "加上转移性收入61.35亿元，收入合计{total}亿元。\n"
    )
    assert "sum-mismatch" not in codes_of(text.format(total="109.61"))
    assert stated_recomputed(text.format(total="109.16"), "sum-mismatch") == [
        ("109.16亿元", "109.61亿元")
    ]


def test_a_bracketed_breakdown_closed_before_an_excerpt_s_cut() -> None:
    text = HEAD + (
        "年底全市政府性债务余额215.38亿元，其中政府负有偿还责任的债务{total}亿元（一般债务余额"
        "90.59亿元、专项债务余额120.01亿元）、政府负有救\n"
    )
    assert "sum-mismatch" not in codes_of(text.format(total="210.60"))
    assert stated_recomputed(text.format(total="210.96"), "sum-mismatch") == [
        ("210.96亿元", "210.60亿元")
    ]


def test_money_raised_within_the_province_and_the_centre_s_make_the_whole() -> None:
    text = HEAD + (
        "2024年农机购置补贴项目预算资金合计{total}万元。其中省内安排农机购置与应用补贴资金"
        "215万元，中央安排农机购置补贴资金1466万元。\n"
    )
    assert "sum-mismatch" not in codes_of(text.format(total="1681"))
    assert stated_recomputed(text.format(total="1861"), "sum-mismatch") == [
        ("1861万元", "1681.00万元")
    ]


def test_the_four_sangong_kinds_with_the_car_split_in_two_make_the_whole() -> None:
    text = HEAD + (
        "2023年我镇“三公”经费预算为{total}万元，其中：因公出国（境）费0万元，公务接待费5万元，"
        "公务用车运行维护费12万元，公务用车购置0万元。\n"
    )
    assert "sum-mismatch" not in codes_of(text.format(total="17"))
    assert stated_recomputed(text.format(total="21"), "sum-mismatch") == [("21万元", "17.00万元")]


def test_a_flat_comparison_between_a_total_and_its_qizhong() -> None:
    text = HEAD + (
        "2021年区本级“三公”经费支出预算为{total}万元，与2020年预算基本持平，其中：因公出国（境）"
        "费用25万元，公务接待费214万元，公务用车购置及运行维护费2960万元。\n"
    )
    assert "sum-mismatch" not in codes_of(text.format(total="3199"))
    assert stated_recomputed(text.format(total="319"), "sum-mismatch") == [
        ("319万元", "3199.00万元")
    ]


def test_a_part_in_yuan_beside_wan_yuan_that_still_misses_its_total() -> None:
    text = HEAD + (
        "自治区投入资金{total}万元（农村部分计划生育家庭奖励扶助资金15万元，计划生育家庭特别"
        "扶助34元），盟、旗两级投入资金40万元。\n"
    )
    assert stated_recomputed(text.format(total="49"), "unit-slip") == [("49万元", "49.00万元")]
    assert stated_recomputed(text.format(total="94"), "sum-mismatch") == [("94万元", "49.00万元")]


def test_shares_of_the_sangong_kinds_however_far_from_a_hundred() -> None:
    text = HEAD + (
        "2023年度“三公”经费财政拨款支出决算中，因公出国（境）费10.00万元，占20.0%；"
        "公务用车购置及运行维护费支出25.00万元，占{car}；公务接待费支出15.00万元，占30.0%。\n"
    )
    assert "share-mismatch" not in codes_of(text.format(car="50.0%"))
    assert stated_recomputed(text.format(car="5.0%"), "share-mismatch") == [("5.0%", "50.00%")]
