"""A rate whose budget was stated under an earlier heading (figures and names our own): the
headings between do not count against the reach, and an amount stated between the budget and
the rate that gives the rate is its base instead; a rate opening its sentence is over the
amounts closing the sentence before; a rate of what is left (结转结余率) is over the budget,
a 支付率 beside what is unpaid over both."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import stated_recomputed

from jixiao.review.service import review_file

_REPORT = """
某县2023年度农村公路养护补助资金绩效自评报告
一、绩效目标分解下达情况
（一）资金安排情况。2023年全县农村公路养护补助资金预算数18240万元，其中：中央补助资金6120万元，省级补助资金5080万元，县级资金7040万元。
（二）绩效目标下达情况。县交通运输局结合养护计划制定绩效目标。
二、绩效情况分析
（一）资金投入情况。2023年养护资金执行总量17856万元，预算执行率为{rate}。
"""


def test_a_rate_over_a_budget_stated_under_the_heading_before() -> None:
    assert stated_recomputed(_REPORT.format(rate="97.89%"), "rate-mismatch") == []
    wrong = _REPORT.format(rate="94.89%")
    assert stated_recomputed(wrong, "rate-mismatch") == [("94.89%", "97.89%")]


@pytest.mark.parametrize(("rate", "found"), [("98%", []), ("99%", [("99%", "97.89%")])])
def test_a_use_rate_in_whole_percents_over_the_budget_before(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 17856 ÷ 18240 = 97.89%: 98% is it rounded, 99% is a point off however near
    text = _REPORT.format(rate="97.89%").replace("预算执行率为97.89%", f"资金使用率{rate}")
    assert stated_recomputed(text, "rate-mismatch") == found


def test_a_rate_over_the_money_that_arrived_in_between_is_not_over_the_plan() -> None:
    text = """
某区高标准农田建设项目绩效评价报告
（一）预算批复情况
项目总投资800万元，其中：中央、省级资金600万元，区级资金200万元。
（二）资金下达及使用情况
截至年底，项目实际收到资金600万元。项目共支付552.6万元，到位资金支付率为92.10%。
"""
    assert stated_recomputed(text, "rate-mismatch") == []


def test_a_rate_opening_its_sentence_is_over_the_amounts_closing_the_one_before() -> None:
    text = (
        "（二）资金安排情况。结转项目资金合计412.50万元，全年预算执行数合计371.25万元。"
        "预算执行率{rate}。项目共建成育秧中心12个。"
    )
    assert stated_recomputed(text.format(rate="90%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(rate="96%"), "rate-mismatch") == [("96%", "90.00%")]


def test_a_budget_stated_with_wei_two_paragraphs_before_its_rate() -> None:
    text = (
        "某站大气监测专项经费预算数为20万元。分别为运行维护经费12万元和电费网络费8万元。\n"
        "主要用于监测站日常运行。\n"
        "2023年度大气监测专项经费实际执行数为15.00万元，预算执行率为{rate}。"
    )
    assert stated_recomputed(text.format(rate="75%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(rate="70%"), "rate-mismatch") == [("70%", "75.00%")]


def test_a_share_of_the_budget_with_the_final_account_above_it_by_a_stated_gap() -> None:
    text = (
        "2023年度，本单位一般公共预算财政拨款支出总计860.00万元，与上年相比减少40.00万元，"
        "下降4.44%；完成年初预算{p}，决算数大于预算数60.00万元，主要原因是人员增加。"
    )
    assert stated_recomputed(text.format(p="107.5%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(p="100%"), "rate-mismatch") == [("100%", "107.50%")]


def test_a_rate_of_what_is_left_is_recomputed_over_the_budget() -> None:
    # 结转结余率 = 结转结余 ÷ 预算 (the budget stated), or ÷ (支出 + 结余) when the spending is
    text = "2023年部门预算支出总额500万元，年末结转结余资金20万元，结转结余率为{rate}。"
    assert stated_recomputed(text.format(rate="4%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(rate="5%"), "rate-mismatch") == [("5%", "4.00%")]
    spent = "2023年支出480万元，年末结余资金20万元，结余率为5%。"
    assert stated_recomputed(spent, "rate-mismatch") == [("5%", "4.00%")]


def test_a_paid_rate_beside_what_is_unpaid_is_paid_over_both() -> None:
    text = "资金支付18501.096万元,未支703万元,支付率95%。"
    assert stated_recomputed(text, "rate-mismatch") == [("95%", "96.34%")]


def test_a_rate_over_what_the_higher_level_handed_down_the_sentence_before() -> None:
    text = "2023年，上级拨付我局就业补助资金2.4000万元。使用{used}万元，预算执行率为90.00%。"
    assert stated_recomputed(text.format(used="2.1600"), "rate-mismatch") == []
    assert stated_recomputed(text.format(used="2.0160"), "rate-mismatch") == [("90.00%", "84.00%")]


def test_a_payment_rate_over_the_project_funds_stated_in_the_paragraph_before() -> None:
    text = (
        "项目资金共计640.5万元，全部为省级财政资金。\n"
        "截至2023年12月31日，项目资金支付{paid}万元，支付率96%。"
    )
    assert stated_recomputed(text.format(paid="614.9"), "rate-mismatch") == []
    assert stated_recomputed(text.format(paid="604.9"), "rate-mismatch") == [("96%", "94.44%")]


def test_a_rate_after_a_budget_and_its_adjustment_is_over_the_adjusted_budget() -> None:
    text = (
        "本项目年初预算安排资金80万元，全年调整后预算为100万元。\n"
        "截至年底，实际支出资金{spent}万元，预算执行率为95%。"
    )
    assert stated_recomputed(text.format(spent="95"), "rate-mismatch") == []
    assert stated_recomputed(text.format(spent="76"), "rate-mismatch") == []  # over the 80
    assert stated_recomputed(text.format(spent="90"), "rate-mismatch") == [("95%", "90.00%")]


def test_a_rate_in_a_run_of_fields_is_over_the_fields_before_it() -> None:
    text = "全年预算数：150万元；全年执行数：{done}万元；预算执行率：95%。"
    assert stated_recomputed(text.format(done="142.5"), "rate-mismatch") == []
    assert stated_recomputed(text.format(done="135.6"), "rate-mismatch") == [("95%", "90.40%")]
    # a ；-part of several figures is no field: its figures stay its own
    other = "完成改造7座，目标7座；全年预算数：150万元；优良路率：86.3%。"
    assert stated_recomputed(other, "rate-mismatch") == []


def test_a_rate_said_as_what_the_budget_it_names_came_to() -> None:
    text = "其中：公车购置支出235万元，比上年减支40万元，降低14.55%，为年初预算数238万元的{rate}。"
    assert stated_recomputed(text.format(rate="98.74%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(rate="97.84%"), "rate-mismatch") == [("97.84%", "98.74%")]


def test_an_amount_written_without_its_unit_is_read_in_its_neighbours_unit() -> None:
    # an export dropped the 万元 of the 执行数: its parts and its rate still speak of it
    text = (
        "2023年，全市困难群众救助补助资金全年预算数52640.80万元，全市执行数{done}"
        "（含中央资金30120.50万元，地方资金{local}万元），预算执行率{rate}。"
    )
    right = {"done": "50012.30", "local": "19891.80", "rate": "95.01%"}
    for code in ("rate-mismatch", "sum-mismatch"):
        assert stated_recomputed(text.format(**right), code) == []
    wrong_rate = text.format(**{**right, "rate": "95.10%"})
    assert stated_recomputed(wrong_rate, "rate-mismatch") == [("95.10%", "95.01%")]
    wrong_part = text.format(**{**right, "local": "18891.80"})
    found = stated_recomputed(wrong_part, "sum-mismatch")
    assert [stated for stated, _ in found] == ["50012.30"]
    # written to the yuan, the figure may be a count: the rate that needs it is left alone
    bare = text.format(**{**right, "done": "50012", "rate": "97.50%"})
    assert stated_recomputed(bare, "rate-mismatch") == []


def test_a_rate_of_the_budget_spent_over_the_budget_split_into_its_sources_before() -> None:
    # 配套 money after the plan's 其中 is its own parts, not money beside it
    text = (
        "2023年残疾儿童康复项目全年预算资金8.40万元，其中：中央配套5.20万元，省级配套"
        "2.90万元，市级配套0.30万元。执行预算资金{spent}万元，执行率{rate}。"
    )
    assert stated_recomputed(text.format(spent="8.40", rate="100%"), "rate-mismatch") == []
    found = stated_recomputed(text.format(spent="8.40", rate="96%"), "rate-mismatch")
    assert found == [("96%", "100.00%")]
    # carried-over money 另有 after the list stands beside the plan: 8.40 alone is no base
    carried = text.replace("0.30万元。", "0.30万元，另有上年结转资金1.20万元。")
    assert stated_recomputed(carried.format(spent="9.00", rate="93.75%"), "rate-mismatch") == []


def test_a_rate_over_an_amount_named_by_the_verb_after_it_paragraphs_before() -> None:
    text = (
        "（1）项目资金投入情况。省财政厅印发通知，将1600万元中央转移支付资金全部下达至有关"
        "州（市）。\n（2）项目资金执行情况。实际执行{done}万元，项目执行率为{rate}。"
    )
    assert stated_recomputed(text.format(done="1428.8", rate="89.3%"), "rate-mismatch") == []
    found = stated_recomputed(text.format(done="1428.8", rate="93.8%"), "rate-mismatch")
    assert found == [("93.8%", "89.30%")]


@pytest.mark.parametrize(("rate", "found"), [("90.00%", []), ("99.00%", [("99.00%", "90.00%")])])
def test_a_rate_over_an_amount_allocated_in_full_paragraphs_before(
    rate: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "（1）项目资金投入情况。500万元资金全部拨付到位，资金到位率100%。\n"
        f"（2）项目资金执行情况。实际执行450万元，项目执行率{rate}。"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(
    ("before", "unit_after"),
    [
        ("预算数7.60亿元", "（万元，含"),  # the bracket names the unit; the 亿元 before does not
        ("预算数76000.00万元，按每人每年3000元标准发放", "（含"),  # parts after, not a 元 standard
    ],
)
def test_an_amount_without_its_unit_takes_its_brackets_unit_or_its_parts(
    before: str, unit_after: str
) -> None:
    text = (
        f"2023年，该项资金{before}，全县执行数{{done}}{unit_after}中央资金50000.00万元、"
        "地方资金{local}万元），执行率{rate}。"
    )
    right = {"done": "72400.50", "local": "22400.50", "rate": "95.26%"}
    for code in ("rate-mismatch", "sum-mismatch", "unit-slip"):
        assert stated_recomputed(text.format(**right), code) == []
    wrong_part = text.format(**{**right, "local": "21400.50"})
    assert [s for s, _ in stated_recomputed(wrong_part, "sum-mismatch")] == ["72400.50"]


@pytest.mark.parametrize(("rate", "found"), [("90%", []), ("100%", [("100%", "90.00%")])])
def test_one_plan_stated_twice_gives_no_ratio_of_its_own(
    rate: str, found: list[tuple[str, str]]
) -> None:
    text = f"年初预算300万元，实际预算300万元，全年执行270万元，执行率{rate}，自评分18分。"
    assert stated_recomputed(text, "rate-mismatch") == found


_SANGONG = (
    "2023年，“三公”经费预算为86.40万元，其中：因公出国（境）费12万元、公务用车运行维护费"
    "60.4万元、公务接待费14万元。“三公”经费支出为80.87万元，完成预算的93.60%，其中："
    "因公出国（境）费支出10.20万元，完成预算的85%；公务用车运行维护费支出58.37万元，"
    "完成预算的{car}；公务接待费支出12.30万元，完成预算的87.86%。"
)


@pytest.mark.parametrize(("car", "found"), [("96.64%", []), ("96.46%", [("96.46%", "96.64%")])])
def test_an_items_share_of_its_budget_stated_sentences_before(
    car: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_SANGONG.format(car=car), "rate-mismatch") == found


_FISCAL = (
    "经县人民代表大会批准，2023年度预算为：一般公共预算收入52,000万元，支出318,400万元；"
    "政府性基金预算收入41,300万元，支出22,600万元。具体执行情况如下：\n"
    "（一）收入预算执行情况\n"
    "地方一般公共预算收入56,160万元，完成年初预算的108%，同比增长6.5%。其中：税收收入"
    "35,200万元，非税收入20,960万元。地方政府性基金预算收入19,824万元，完成年初预算的48%。\n"
    "（二）支出预算执行情况\n"
    "地方一般公共预算支出296,112万元，完成年初预算的93%。民生支出占一般公共预算支出的84%。"
    "地方政府性基金预算支出24,634万元，完成年初预算的{fund}。"
)


@pytest.mark.parametrize(("fund", "found"), [("109%", []), ("119%", [("119%", "109%")])])
def test_income_and_spending_against_a_budget_listed_as_income_then_spending(
    fund: str, found: list[tuple[str, str]]
) -> None:
    # the budget's 支出 takes the name of the income before it (政府性基金预算)
    assert stated_recomputed(_FISCAL.format(fund=fund), "rate-mismatch") == found


@pytest.mark.parametrize(("income", "found"), [("48%", []), ("84%", [("84%", "48%")])])
def test_an_income_against_its_budget_named_without_the_level(
    income: str, found: list[tuple[str, str]]
) -> None:
    text = _FISCAL.format(fund="109%").replace("的48%", f"的{income}")
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(
    "text",
    [
        # the result restated in an earlier list, the plan in the sentence before the rate
        "全县一般公共预算总收入310500万元，其中：地方一般公共预算收入70240万元，上级补助收入"
        "240260万元。地方一般公共预算收入年初预算为68000万元。地方一般公共预算收入70240万元，"
        "完成年初预算的103.29%。",
        # the results listed income then spending, the plan after the rate in its own sentence
        "2023年，全县一般公共预算收入81260万元，支出270400万元；政府性基金预算收入30150万元，"
        "支出41020万元。一般公共预算支出完成270400万元，完成年初预算的104.00%，"
        "年初预算为260000万元。",
    ],
)
def test_a_result_restated_is_no_plan_and_a_plan_in_the_rates_sentence_is_its_base(
    text: str,
) -> None:
    assert stated_recomputed(text, "rate-mismatch") == []


@pytest.mark.parametrize(
    ("rate", "found"), [("103.29%", []), ("102.39%", [("102.39%", "103.29%")])]
)
def test_an_income_against_its_plan_named_with_the_plan_word(
    rate: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "地方一般公共预算收入年初预算为68000万元，执行中未作调整。全年地方一般公共预算收入"
        f"70240万元，同比增长4.1%。地方一般公共预算收入70240万元，完成年初预算的{rate}。"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


_ARRIVED = """二、项目资金情况
项目计划总投资600.00万元，其中中央财政资金360.00万元，省级财政资金150.00万元，县级配套资金90.00万元。截至2024年12月31日，实际到位资金{arrived}万元，其中中央360.00万元、省级150.00万元、县级72.00万元，资金到位率{rate}。
"""


@pytest.mark.parametrize(
    ("arrived", "rate", "found"),
    [("582.00", "97.00%", []), ("582.00", "79.00%", [("79.00%", "97.00%")])],
)
def test_an_arrival_split_by_source_over_the_plan_stated_before(
    arrived: str, rate: str, found: list[tuple[str, str]]
) -> None:
    text = _ARRIVED.format(arrived=arrived, rate=rate)
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(("rate", "found"), [("94.50%", []), ("95.40%", [("95.40%", "94.50%")])])
def test_a_years_project_money_named_with_its_year(rate: str, found: list[tuple[str, str]]) -> None:
    text = (
        "（二）项目资金情况\n2024年项目资金共计420.00万元。其中，中央资金240.00万元，省级资金100.00万元，"
        "县级资金80.00万元。\n（三）资金执行情况\n"
        f"截至2024年12月31日，项目实际支出396.90万元，预算执行率{rate}。"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


_DEPARTMENT = (
    "（一）收入情况。2024年本部门全年预算收入6400.00万元，其中：年初结转结余200.00万元，"
    "本年财政拨款收入6200.00万元。\n"
    "（二）支出情况。全年实际支出6208.00万元，预算执行率{done}。\n"
    "（三）结转结余情况。年末结转结余192.00万元，结转结余率{left}，主要是项目尚未完成结算。"
)


@pytest.mark.parametrize(
    ("done", "left", "found"),
    [
        ("97.00%", "3.00%", []),
        ("97.50%", "3.00%", [("97.50%", "97.00%")]),
        ("97.00%", "3.30%", [("3.30%", "3.00%")]),
    ],
)
def test_rates_of_a_department_over_its_budget_stated_a_paragraph_before(
    done: str, left: str, found: list[tuple[str, str]]
) -> None:
    text = _DEPARTMENT.format(done=done, left=left)
    assert stated_recomputed(text, "rate-mismatch") == found


def test_a_figure_a_pdf_broke_after_a_numbered_lead_is_put_back(tmp_path: Path) -> None:
    lines = [  # the first line opens with （一） but breaks off inside the amount
        "二、部门收支及预算执行情况",
        "(一)收入情况。2024年本部门全年预算收入640",
        "0.00万元,其中:年初结转结余200.00万元,本年",
        "财政拨款收入6200.00万元。",
        "(二)支出情况。全年实际支出6208.00万元,预",
        "算执行率97.50%。其中:基本支出4208.00万元,项",
        "目支出2000.00万元,主要用于业务工作开展。",
        "(三)结转结余情况。年末结转结余192.00万元,",
        "结转结余率3.00%,主要是项目尚未完成结算。",
    ]
    path = tmp_path / "自评报告.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    found = [
        (f.stated, f.recomputed) for f in review_file(path).findings if f.code == "rate-mismatch"
    ]
    assert found == [("97.50%", "97.00%")]


@pytest.mark.parametrize(("rate", "found"), [("96.45%", []), ("96.54%", [("96.54%", "96.45%")])])
def test_a_rate_over_the_years_plan_after_its_adjustments_and_parts(
    rate: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "（三）部门预算及执行情况。2023年度年初预算1568.40万元，年中追加236.25万元、调减48.65万元，"
        "全年预算1756.00万元。其中：基本支出预算1012.36万元，项目支出预算743.64万元。"
        f"全年实际支出1693.59万元，预算执行率{rate}。"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


def test_a_streams_budget_is_no_base_of_the_total_after_other_streams() -> None:
    # the 合计's 到位率 is over the 共计 (318.40 ÷ 330.00), not over the 省级 stream's budget
    text = (
        "（一）资金来源。项目预算资金共计330.00万元，其中：\n"
        "中央资金200.00万元，实际到位200.00万元，到位率100%；\n"
        "省级资金预算80.00万元，到位资金76.00万元，资金到位率95.00%；\n"
        "县级资金50.00万元，实际到位42.40万元，到位率84.80%；\n"
        "合计到位318.40万元，总体到位率96.48%。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


@pytest.mark.parametrize(("rate", "found"), [("96.12%", []), ("98.12%", [("98.12%", "96.12%")])])
def test_a_plan_in_the_part_of_the_sentence_before_the_semicolon(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 1,538,420.60 ÷ 1,600,500.00 = 96.12%
    text = (
        "（一）预算执行情况\n2024年度年初预算1,500,000.00元，年中追加100,500.00元，"
        f"全年预算数1,600,500.00元；全年执行数1,538,420.60元，预算执行率为{rate}。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


_INVESTMENT = (
    "县级16项，概算投资108.72亿元，当年计划投资21.6亿元。"
    "1-12月份完成投资22.93亿元，投资完成率{rate}。\n"
)


@pytest.mark.parametrize(
    ("rate", "found"), [("106.16%", []), ("103.66%", [("103.66%", "106.16%")])]
)
def test_an_investment_rate_over_the_plan_of_the_sentence_before(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 22.93 ÷ 21.6 = 106.16%; the 概算投资 of the projects is no year's plan
    assert stated_recomputed(_INVESTMENT.format(rate=rate), "rate-mismatch") == found


@pytest.mark.parametrize(("rate", "found"), [("15.14", []), ("16.53", [("16.53%", "15.14%")])])
def test_a_growth_after_its_net_increase_is_over_the_level_it_came_from(
    rate: str, found: list[object]
) -> None:
    # 24.5 ÷ (186.3 − 24.5) = 15.14%: not a rate of the project's total 226.8 or its 40.5
    text = (
        f"今年申报项目18个，项目总投资226.8万元，其中：村自筹资金40.5万元，申请财政奖补资金"
        f"186.3万元，比上年财政奖补资金净增24.5万元，增长{rate}%。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


_STREAMS = """项目支出绩效自评报告
（一）年初目标。年初下达补助资金合计1240.50万元。其中，中央资金820.40万元，省级资金420.10万元。
（二）实际完成情况。中央资金完成{central}万元，预算执行率{rate}，省级资金完成415.90万元，预算执行率99.00%。
"""


@pytest.mark.parametrize(
    ("central", "rate", "found"),
    [
        ("756.20", "92.17%", []),
        ("756.20", "92.71%", [("92.71%", "92.17%")]),  # 756.20 ÷ 820.40 = 92.17%
        ("756.20", "100%", [("100%", "92.17%")]),
    ],
)
def test_a_streams_rate_over_its_own_budget_told_paragraphs_before(
    central: str, rate: str, found: list[tuple[str, str]]
) -> None:
    text = _STREAMS.format(central=central, rate=rate)
    assert stated_recomputed(text, "rate-mismatch") == found
