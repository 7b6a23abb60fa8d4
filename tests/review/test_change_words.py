"""Words real 决算 and audit texts tell a change, a reduction or a remainder in (figures our
own): 减收/增收 after the rate, 核减率 of an audit (核减 over 送审), 年初预算 as the money
available and 发放 as money spent; a change split after its rate and a full stop; an income
total whose 其中 runs on to the spending."""

from __future__ import annotations

import pytest
from review_support import findings_of
from review_support import stated_recomputed

CASES = [
    # (text, code, the fault as (stated, recomputed), or None when the text is right)
    (  # a change over the budget the congress passed: its rate is over that budget
        "2023年一般公共预算支出决算数为1260.50万元，比人代会预算数增加210.50万元，增长{x}%。",
        "rate-mismatch",
        "20.05",
        ("25.05%", "20.05%"),
    ),
    (
        "全县财政收入完成88000万元，占预算80000万元的110.0%，较上年同期96000万元下降8.3%，减收{x}万元。",
        "difference-mismatch",
        "8000",
        ("8800万元", "减收8000.00万元"),
    ),
    (
        "全年审定200宗，送审金额20.00亿元，审定金额18.50亿元，核减1.50亿元，核减率{x}%。",
        "rate-mismatch",
        "7.50",
        ("7.60%", "7.50%"),
    ),
    (
        "2023年年初预算县级资金1500.00万元，随月发放1380.50万元，结余{x}万元。",
        "remainder-mismatch",
        "119.50",
        ("118.50万元", "119.50万元"),
    ),
    (  # a plan after the year's change rate of the result
        "本级一般公共预算收入48260万元，可比增长3.5%，完成年度收入计划46000万元的{x}%。",
        "rate-mismatch",
        "104.9",
        ("109.4%", "104.91%"),
    ),
    (  # income and spending totals of one level, each changed by the same amount
        "2023年度收入总计2,542.27万元，支出总计2,542.27万元，与2022年度相比，各增加188.92万元，"
        "增长{x}%。",
        "rate-mismatch",
        "8.03",
        ("8.30%", "8.03%"),
    ),
    (  # a budget adjusted from one amount to another
        "全年政府性基金预算由51.90亿元调整为111.65亿元，调增{x}亿元。",
        "difference-mismatch",
        "59.75",
        ("59.57亿元", "调增59.75亿元"),
    ),
    (  # what came in above the plan
        "本级一般公共预算收入48260万元，完成年度收入计划46000万元的104.9%，超收{x}万元。",
        "difference-mismatch",
        "2260",
        ("2620万元", "超收2260.00万元"),
    ),
    (  # 增 alone after the base it compares with
        "2023年部门预算安排412000元，比上年预算增62000元，同比增长{x}%。",
        "rate-mismatch",
        "17.71",
        ("17.17%", "17.71%"),
    ),
    (  # 节省 against the budget
        "本年度预算为1826.4万元，全年实际开支1790.15万元，比当年预算节省了{x}万元。",
        "difference-mismatch",
        "36.25",
        ("36.52万元", "减少36.25万元"),
    ),
    (  # a whole amount beside figures written to the fen is exact
        "上年实际支出312.45万元，本年因公出国（境）费预算298万元，比上年实际支出减少{x}万元。",
        "difference-mismatch",
        "14.45",
        ("14.54万元", "减少14.45万元"),
    ),
    (  # a level, its change and the change's rate side by side, no 比上年 needed
        "上划中央收入完成15260万元，减少340万元，下降{x}%；",
        "rate-mismatch",
        "2.18",
        ("2.81%", "2.18%"),
    ),
    (  # a plan named after the body that passed it, 调整 in its name
        "区级一般公共预算收入完成42.6亿元，完成区人大常委会第十二次会议批准的收入调整预算"
        "40.2亿元的{x}%。",
        "rate-mismatch",
        "106.0",
        ("106.6%", "105.97%"),
    ),
    (  # 了 after the change's words
        "年末结转和结余146.20万元，较上年决算数减少58.30万元，减少了{x}%。",
        "rate-mismatch",
        "28.51",
        ("25.81%", "28.51%"),
    ),
]


@pytest.mark.parametrize(("text", "code", "right", "fault"), CASES)
def test_the_right_figure_passes_and_a_wrong_one_is_found(
    text: str, code: str, right: str, fault: tuple[str, str]
) -> None:
    assert stated_recomputed(text.format(x=right), code) == []
    wrong = fault[0].removesuffix("万元").removesuffix("%")
    assert stated_recomputed(text.format(x=wrong), code) == [fault]


def test_a_rate_the_rounding_of_whole_tenths_allows_passes() -> None:
    # 1.4 over 26.5 + 1.4 is 5.02%, but 1.45 over 26.45 + 1.45 is 5.20%: 5.1% may be meant
    text = "其中市本级完成26.5亿元，为年度预算的71%，同比下降5.1%，减收1.4亿元。"
    assert stated_recomputed(text, "rate-mismatch") == []
    assert stated_recomputed(text, "rounding-truncated") == []


def test_a_change_is_said_of_the_fund_before_it_not_a_plan() -> None:
    # 一般预算收入 names a fund: 1513 is over 19401, not over the figure of the clause before
    text = (
        "财政完成3051万元，较上年同期增收2252万元，同比增长281.9%；实现地方一般预算收入19401万元，"
        "占年初预算的28.9%，较上年同期增收1513万元，同比增长{rate}%。"
    )
    assert stated_recomputed(text.format(rate="8.5"), "rate-mismatch") == []
    assert stated_recomputed(text.format(rate="9.5"), "rate-mismatch") == [("9.5%", "8.5%")]


_SANGONG_CHANGE = (
    "2023年度“三公”经费财政拨款支出决算比上年减少{total}元，下降41.20%。其中：因公出国（境）费"
    "支出0.00元；公务用车购置费支出决算减少180000.00元，下降100.00%；公务用车运行维护费支出"
    "决算减少{cars}元，下降12.50%；公务接待费支出决算减少1250.00元，下降3.10%。"
)


def test_a_change_split_into_the_sangong_kinds_after_its_rate_and_a_full_stop() -> None:
    right = _SANGONG_CHANGE.format(total="206250.00", cars="25000.00")
    assert stated_recomputed(right, "sum-mismatch") == []
    wrong = _SANGONG_CHANGE.format(total="206250.00", cars="25900.00")
    assert stated_recomputed(wrong, "sum-mismatch") == [("206250.00元", "207150.00元")]


_INCOME_THEN_SPENDING = (
    "2023年学校共收到财政资金{total}元。其中，收到2022年底结转的自有资金32500.40元，2023年当期"
    "取得收入1268400.00元，2023年当期发生支出1250000.00元。"
)


def test_an_income_total_whose_parts_run_on_to_the_spending() -> None:
    # 32500.40 + 1268400.00 = 1300900.40; the 支出 after them is no part of what came in
    right = _INCOME_THEN_SPENDING.format(total="1300900.40")
    assert stated_recomputed(right, "sum-mismatch") == []
    wrong = _INCOME_THEN_SPENDING.format(total="1300090.40")
    assert stated_recomputed(wrong, "sum-mismatch") == [("1300090.40元", "1300900.40元")]


_LEVEL_BEFORE = (
    "经汇总，2023年度全镇“三公”经费支出合计25.60万元。其中，公务接待费6.40万元。\n"
    "2023年度全镇公务接待1200人次。\n"
    "经比较，2023年度全镇“三公”经费较上年减少3.20万元，下降{x}%。"
)


@pytest.mark.parametrize(("rate", "found"), [("11.11", []), ("12.50", [("12.50%", "11.11%")])])
def test_a_change_rate_over_the_level_stated_paragraphs_before(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 3.20 ÷ (25.60 + 3.20) = 11.11%; 12.50% is 3.20 ÷ 25.60, over this year's level
    assert stated_recomputed(_LEVEL_BEFORE.format(x=rate), "rate-mismatch") == found


def test_a_change_whose_sentence_says_no_year_is_not_held_to_a_dated_level() -> None:
    # the level may be last year's: 2.40 ÷ 9.60 = 25% is over it
    text = (
        "2022年度“三公”经费合计支出20.00万元，其中公务用车运行费用9.60万元。\n"
        "公务用车运行费用较上年同期增加2.40万元，增长25.00%。"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


def test_a_base_stated_in_the_comparison_is_no_level_of_its_change() -> None:
    text = "主要用于在职教师住房公积金，较2022年决算5.16万元，增加了0.62万元，增加了12.02%。"
    assert stated_recomputed(text, "rate-mismatch") == []


def test_a_sangong_change_split_after_main_reasons_names_its_whole_before_the_change() -> None:
    text = (
        "2023年“三公”经费支出31.80万元，较上年减少6.30万元，降低16.54%，主要是因公出国（境）费"
        "减少1.50万元，公务用车购置及运行维护费减少{car}万元，公务接待费减少1.60万元。"
    )
    assert stated_recomputed(text.format(car="3.20"), "sum-mismatch") == []
    found = stated_recomputed(text.format(car="3.60"), "sum-mismatch")
    assert [stated for stated, _ in found] == ["6.30万元"]


def test_a_change_after_a_total_and_its_bracketed_parts_is_said_of_the_total() -> None:
    # 4000 over the 人代会 budget (52000 − 4000): neither the last part nor the total's rate
    text = (
        "全县一般公共预算收入安排52000万元（其中：县本级46800万元，开发区5200万元），"
        "比人代会预算数增加4000万元（其中：县本级3600万元，开发区400万元），增长8.33%。"
        "政府性基金收入预算安排18000万元（其中：县本级14200万元，下降6%；开发区3800万元，"
        "下降2.1%），比人代会预算安排数减少5000万元，下降21.7%。"
    )
    for code in ("rate-mismatch", "difference-mismatch"):
        assert stated_recomputed(text, code) == []


@pytest.mark.parametrize(
    ("said", "found"), [("3300", []), ("3400", [("3400万元", "增加3300.00万元")])]
)
def test_a_change_after_a_list_of_parts_may_be_said_of_their_whole(
    said: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "转移性收入185600万元，其中：一般性转移支付收入166200万元，"
        f"专项转移支付收入19400万元，比报告数182300万元增加{said}万元。"
    )
    assert stated_recomputed(text, "difference-mismatch") == found


@pytest.mark.parametrize(
    ("saved", "found"), [("46.30", []), ("46.03", [("46.03万元", "减少46.30万元")])]
)
def test_a_saving_against_the_years_budget_is_over_the_adjusted_one(
    saved: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "年初预算2100万元，调整后预算2046.5万元，全年实际开支2000.20万元，"
        f"比当年预算节省了{saved}万元。"
    )
    assert stated_recomputed(text, "difference-mismatch") == found


def test_a_saving_of_a_part_named_after_qizhong_without_its_figures() -> None:
    text = "本年度预算512万元，实际支出498.6万元，其中会议费比预算节省了3.25万元。"
    assert stated_recomputed(text, "difference-mismatch") == []


@pytest.mark.parametrize(
    ("rates", "found"),
    [("下降56.3%和30.6%", []), ("下降133.1%和30.6%", [("133.1%", "56.3%")])],
)
def test_two_changes_told_together_each_over_its_own_figure(
    rates: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "公务用车购置及运行费1.41亿元，包括公务用车购置费0.14亿元和公务用车运行费1.27亿元，"
        f"与2015年相比，分别减少0.18亿元和0.56亿元，{rates}。"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


def test_a_change_with_its_noun_and_a_rate_told_as_its_fall() -> None:
    text = "2016年省级三公经费支出2.29亿元，比上年减少支出0.88亿元，降幅达到{rate}。"
    assert stated_recomputed(text.format(rate="27.8%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(rate="38.7%"), "rate-mismatch") == [("38.7%", "27.8%")]
    cut = "2018年三公经费支出2.64万元，比2017年减少0.06万元，减幅{rate}。"
    assert stated_recomputed(cut.format(rate="2.22%"), "rate-mismatch") == []
    assert stated_recomputed(cut.format(rate="0.02%"), "rate-mismatch") == [("0.02%", "2.22%")]


_CLASS_LINES = (
    "（一）基本支出预算增减情况\n2024年基本支出预算较上年增{whole}万元，增幅12.5%。主要变动原因如下：\n"
    "1.工资福利支出较上年增62.40万元，增18%。主要原因是：新增人员。\n"
    "2.商品和服务支出较上年增3.25万元，增4.1%。主要原因是：业务量增加。\n"
    "3.对个人和家庭补助支出较上年（减少）8.75万元，减幅35%。主要原因是：退休人员减少。\n"
    "（二）项目支出预算增减情况\n2024年项目支出预算较上年减6万元。"
)


@pytest.mark.parametrize(
    ("whole", "found"), [("56.90", []), ("65.90", [("65.90万元", "增加56.90万元")])]
)
def test_a_change_of_basic_spending_explained_line_by_line_by_its_classes(
    whole: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_CLASS_LINES.format(whole=whole), "sum-mismatch") == found


@pytest.mark.parametrize(
    ("whole", "found"), [("47.30", []), ("74.30", [("74.30万元", "增加47.30万元")])]
)
def test_a_class_that_did_not_change_counts_as_none_in_the_lines(
    whole: str, found: list[tuple[str, str]]
) -> None:
    """“2.商品和服务支出较上年无增减” keeps the list going and adds nothing to it."""
    text = (
        f"（一）基本支出预算增减情况\n2025年基本支出预算较上年增{whole}万元。主要变动原因如下：\n"
        "1.工资福利支出较上年增36.10万元，增15.2%。\n"
        "2.商品和服务支出较上年无增减。\n"
        "3.对个人和家庭补助支出较上年增加11.20万元，增幅9.8%。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_rate_after_a_semicolon_is_not_the_rate_of_the_change_before_it() -> None:
    """增加C over the budget, then ；a year-on-year 增长p%: p is over last year's level."""
    text = (
        "2024年一般公共预算支出决算数为980.40万元，比年初预算数增加80.40万元；"
        "与上年决算数相比增长6.52%。"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


@pytest.mark.parametrize(("rate", "found"), [("16.9%", []), ("16.8%", [("16.8%", "16.9%")])])
def test_a_year_compared_with_its_with_left_out(rate: str, found: list[tuple[str, str]]) -> None:
    # “2023年度相比”, the 与 dropped: still a fall over last year's 4697.76 + 956.31
    text = (
        "2.收入情况。2024年度收入合计4697.76万元,2023年度相比,减少956.31万元,"
        f"下降{rate},主要原因是上级投入减少。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


def test_a_wrong_change_also_says_the_level_it_would_give() -> None:
    # 397,959 + 12,000 = 409,959: either the level or the change is the slip
    text = (
        "某县2024年预算调整方案\n本级一般公共预算总收入由397959万元调整为409559万元，"
        "调增12000万元。\n"
    )
    found = [f for f in findings_of(text) if f.code == "difference-mismatch"]
    assert [(f.stated, f.recomputed) for f in found] == [("12000万元", "调增11600.00万元")]
    assert "409959" in found[0].message


@pytest.mark.parametrize(
    ("tax", "found"), [("85000", []), ("58000", [("134000万元", "107000.00万元")])]
)
def test_a_part_adjusted_to_a_level_then_by_how_much_is_one_part(
    tax: str, found: list[tuple[str, str]]
) -> None:
    # 调减16000万元 after 税收收入拟调整为…: the part's own adjustment, not a part taken off
    text = (
        "某县2021年预算调整方案\n本级财政收入拟调整为134000万元，下降5.3%。其中：税收收入拟调整为"
        f"{tax}万元，调减16000万元，下降9.7%；非税收入49000万元，保持不变，增长3.6%。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("way", "either"),
    [
        ("增加", ("279万元应为252.00万元", "203万元应为230.00万元")),
        ("减少", ("279万元应为154.00万元", "203万元应为328.00万元")),
    ],
)
def test_a_wrong_change_names_what_either_level_would_be(way: str, either: tuple) -> None:
    # The earlier level may be the slip (230 told elsewhere, 279 − 49 = 230): both are said.
    text = f"2017年度基本支出279万元，2016年度基本支出203万元，2017年比上年基本支出{way}49万元。"
    [finding] = [f for f in findings_of(text) if f.code == "difference-mismatch"]
    assert all(level in finding.message for level in either)


def test_last_years_amount_named_at_length_after_its_year() -> None:
    # the comparison's own amount sits far after 与 (a long name with quotes): 621 − 458 = 163
    text = (
        "2023年度农村公路养护项目绩效自评报告\n一、资金情况\n"
        "本县获得2023年省级普通省道及农村公路“以奖代补”专项补助资金621万元，与2022年获得"
        "省级普通省道及农村公路“以奖代补”专项补助资金458万元相比增加136万元。\n"
    )
    assert stated_recomputed(text, "difference-mismatch") == [("136万元", "增加163.00万元")]


@pytest.mark.parametrize(
    "said",
    [
        "比2020年的{prior}万元净增加19万元",
        "与2020年本级预算安排扶贫资金{prior}万元相比，净增加19万元",
    ],
)
def test_a_net_increase_against_last_years_figure(said: str) -> None:
    text = "2021年安排本级预算衔接资金1016万元，" + said + "。"
    assert stated_recomputed(text.format(prior="997"), "difference-mismatch") == []
    wrong = stated_recomputed(text.format(prior="1006"), "difference-mismatch")
    assert wrong == [("19万元", "增加10.00万元")]
    # the level above this year's: a fall, also given as the increase the text would sign
    fell = stated_recomputed(text.format(prior="1060"), "difference-mismatch")
    assert fell == [("19万元", "减少44.00万元（即增加-44.00万元）")]


def test_a_change_said_without_its_way_against_last_year() -> None:
    # “本年A，上年B，同比增减额C”: C = A − B; a fall may be written without its sign
    text = (
        "某中心2023年度部门决算说明\n单位收入本年2852.28万元，上年2463.58万元，"
        "同比增减额{c}万元。\n"
    )
    assert stated_recomputed(text.format(c="388.70"), "difference-mismatch") == []
    fall = text.replace("2852.28", "2074.88")
    assert stated_recomputed(fall.format(c="388.70"), "difference-mismatch") == []
    found = stated_recomputed(text.format(c="386.70"), "difference-mismatch")
    assert found == [("386.70万元", "增加388.70万元")]


def test_last_years_money_carried_over_is_no_last_years_figure() -> None:
    # 使用上年结转结余 is this year's money; last year's income is told after the change
    text = (
        "某局2023年度部门决算说明\n本年收入合计2852.28万元，使用上年结转结余50.00万元，"
        "同比增减额388.70万元（上年收入合计2463.58万元）。\n"
    )
    assert stated_recomputed(text, "difference-mismatch") == []
