"""Shapes of held-out real documents that drew false alarms (figures and names our own):
a figure that holds for each unit named before it (编制各12人), a net value whose bracket
gives the gross value and what was taken off it, a count whose list opens with a name
written without its own number, gaps to a month's schedule (超月进度, 短收 against the
schedule), a closing total after a larger figure of another kind, and a rate qualified by
the amount after it."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_ARITHMETIC = (
    "sum-mismatch",
    "sum-short",
    "rate-mismatch",
    "difference-mismatch",
    "rounding-truncated",
)

_CORRECT = (
    pytest.param(
        "下设信息中心、培训中心2个公益二类事业单位，编制各15人，现有管理人员7人，专业技术人员5人，工勤技能人员2人。",
        id="each_unit",
    ),
    pytest.param(
        "截至年底，单位资产总额3210.55万元，其中流动资产210.30万元，固定资产净值3000.25万元（固定资产原值3450.80万元，累计折旧450.55万元）。",
        id="net_value",
    ),
    pytest.param(
        "全系统共有预算单位1205个，包括局机关和12个直属单位、20个市局及150个直属单位、1022个县局。",
        id="uncounted_first",
    ),
    pytest.param(
        "一般公共预算收入完成820万元，占年初预算月进度的50%，短月进度700万元，"
        "较上年同月减收1230万元，下降60%。",
        id="schedule_gap_level",
    ),
    pytest.param(
        "截至8月底，财政收入完成36000万元，占年初预算48000万元的75%，超平均进度8.3个百分点，"
        "超收4000万元。",
        id="schedule_gap_difference",
    ),
    pytest.param(
        "决算收入820.40万元，其中财政拨款收入300.20万元，事业收入500.00万元，其他收入5.20万元，"
        "年初项目支出结转和结余15.00万元。",
        id="carried_over_spending",
    ),
    pytest.param(
        "学校核定事业编制210名，设党组织书记1名，校长1名，副校长3名，领导职数共5名。",
        id="larger_figure_before_parts",
    ),
    pytest.param(
        "项目年预算批复金额为600万元，实际执行资金总额650万元，资金执行率为100%，"
        "其中，50万元为社会捐赠资金。",
        id="qualified_rate",
    ),
)


@pytest.mark.parametrize("text", _CORRECT)
def test_a_correct_held_out_shape_gives_no_sum_finding(text: str) -> None:
    for code in _ARITHMETIC:
        assert stated_recomputed(text, code) == [], code


def test_a_net_value_beside_a_total_still_counts_in_it() -> None:
    text = (
        "单位资产总额3210.55万元，其中流动资产201.30万元，"
        "固定资产净值3000.25万元（固定资产原值3450.80万元，累计折旧450.55万元）。"
    )
    assert stated_recomputed(text, "sum-short") == [("3210.55万元", "3201.55万元")]


def test_a_count_whose_every_item_has_its_number_still_falls_short() -> None:
    text = "全系统共有预算单位1205个，包括直属单位12个、市局20个、直属事业单位150个和县局1022个。"
    assert stated_recomputed(text, "sum-short") == [("1205个", "1204个")]


def test_a_gap_to_the_budget_said_as_a_difference() -> None:
    text = (
        "“三公”经费支出3.15万元，年初预算为4.05万元，差值为{gap}万元。其中：因公出国（境）支出0万元，"
        "年初预算为0万元，差值为0万元；公务接待费支出3.15万元，年初预算为4.05万元，差值为0.9万元。"
    )
    assert stated_recomputed(text.format(gap="0.9"), "difference-mismatch") == []
    assert stated_recomputed(text.format(gap="0.09"), "difference-mismatch") == [
        ("0.09万元", "0.90万元")
    ]


def test_two_amounts_joined_by_ji_then_their_sum() -> None:
    text = (
        "该项资金包含省级配套补助资金15360元及州级补助资金25600元，合计共{total}元。\n"
        "（二）项目绩效目标\n"
    )
    assert stated_recomputed(text.format(total="40960"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="49060"), "sum-mismatch") == [
        ("49060元", "40960.00元")
    ]


def test_a_sum_after_clauses_that_lost_a_figure_is_not_taken_as_whole() -> None:
    text = (
        "项目资金用于购买设备：血液净化设备35万元、数字遥测23.5万元除颤监护仪20万元、"
        "输注泵8万元、振动排痰仪4万元，共计90.5万元。\n3.项目资金管理情况分析\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


def test_an_execution_rate_is_not_the_excess_over_the_plan() -> None:
    text = (
        "地方应配套2000.00万元，实际配套到位资金10000.00万元，"
        "超规模配套8000.00万元，执行率为{rate}。"
    )
    assert stated_recomputed(text.format(rate="500.00%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(rate="400.00%"), "rate-mismatch") == [
        ("400.00%", "500.00%")
    ]


def test_a_rate_within_a_hundred_after_more_came_than_the_initial_plan() -> None:
    # the 到位率 is over the adjusted budget, which the sentence does not state
    text = (
        "本单位年初预算资金1,820,400.00元，截至12月31日，实际到位资金{came}元"
        "（其中基本支出1,950,300.00元，项目支出260,000.00元），资金到位率{rate}。"
    )
    assert stated_recomputed(text.format(came="2,210,300.00", rate="100%"), "rate-mismatch") == []
    colon = text.replace("其中基本支出", "其中基本支出:")  # the parts in brackets are no result
    assert stated_recomputed(colon.format(came="2,210,300.00", rate="100%"), "rate-mismatch") == []
    # less came than planned: the rate is over the plan the sentence states
    short = "年初预算资金1,820,400.00元，实际到位资金1,720,400.00元，资金到位率100%。"
    assert stated_recomputed(short, "rate-mismatch") == [("100%", "94.51%")]
    over = "年初预算资金1,820,400.00元，实际到位资金2,210,300.00元，资金到位率100%。"
    assert stated_recomputed(over, "rate-mismatch") == []


@pytest.mark.parametrize(("rate", "found"), [("91.36%", []), ("95%", [("95%", "91.36%")])])
def test_a_spending_rate_beside_what_arrived_above_the_initial_plan(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # what arrived is the base: the 年初 plan's leniency holds only with one result stated
    text = f"年初预算资金320万元，实际到位资金405万元，实际支出370万元，资金执行率{rate}。"
    assert stated_recomputed(text, "rate-mismatch") == found


_COUNTY_REVENUE = (
    "某县2024年财政决算报告\n2024年，全县大口径财政收入累计完成58320万元，占预算86400万元的"
    "67.5%。其中：一般公共预算收入36250万元，完成预算42600万元的85.1%，短收6350万元，同比"
    "下降{rate}，减收3950万元；政府性基金收入2870万元，完成预算20500万元的14.0%，短收17630万元。\n"
)


def test_a_plan_a_rate_is_of_and_the_shortfall_are_no_part_nor_level() -> None:
    # 完成预算42600万元的85.1%: 42600 is the plan the rate is of, not a part of 58320; the
    # fall of 3950 is over 36250 + 3950 (9.83%), not over 短收6350 + 3950
    text = _COUNTY_REVENUE.format(rate="9.8%")
    for code in _ARITHMETIC:
        assert stated_recomputed(text, code) == []
    wrong = _COUNTY_REVENUE.format(rate="8.9%")
    assert stated_recomputed(wrong, "rate-mismatch") == [("8.9%", "9.8%")]


@pytest.mark.parametrize(("rest", "found"), [("四", []), ("三", [("12", "8")])])
def test_units_listed_then_the_rest_told_right_after(
    rest: str, found: list[tuple[str, str]]
) -> None:
    # 8 listed and “另有四个派出法庭” make the 12; with 三 they do not
    text = (
        "某法院2021年部门决算说明\n我院内设职能部门12个，包括综合办公室、政治部、监察室、"
        f"立案庭、刑事审判庭、民事审判庭、行政审判庭、执行局。另有{rest}个派出法庭分别位于"
        "甲镇、乙镇、丙镇、丁镇。\n"
    )
    assert stated_recomputed(text, "list-count-mismatch") == found


@pytest.mark.parametrize(
    ("closing", "found"), [("385120", []), ("385210", [("385210万元", "385120.00万元")])]
)
def test_a_plus_total_built_on_the_part_its_qizhong_names(
    closing: str, found: list[tuple[str, str]]
) -> None:
    # 218640 (地方, the 其中 part) + what is added makes the 收入合计, not 326500 (总收入)
    text = (
        "某区2020年财政决算\n全区一般公共预算总收入326500万元，完成调整后预算的97.1%，其中地方"
        "一般公共预算收入218640万元，完成调整后预算的99.0%；加上级补助收入98430万元，上年结余"
        f"收入31200万元，调入资金36850万元，收入合计{closing}万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found
