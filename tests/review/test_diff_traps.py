"""Texts written to tempt this stop's new rules into false alarms (each correct as it
stands: figures and names our own): per-person standards after 主要用于, retired staff beside
a total of those in post, groups that are periods or years, shares of a base the list is not,
a second split by another key, overlaps the text states, uses that include other money, a
base of another scope or period, standards in an outline; and two faults the new rules must
not lose."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_ARITHMETIC = ("sum-mismatch", "share-mismatch", "rate-mismatch", "sum-short")

_CORRECT = (
    pytest.param(
        "2023年安排困难群众临时救助资金95万元，主要用于城乡低保对象每人每月发放补助标准为城市720元、农村530元。",
        id="r01_e",
    ),
    pytest.param(
        "2023年安排城乡居民养老保险补贴资金860万元，主要用于城市居民每人每年补贴30元、农村居民每人每年补贴30元的缴费补贴。",
        id="r01_k",
    ),
    pytest.param(
        "年末在职实有人数60人，其中：在职行政人员45人，在职事业人员15人，离休人员1人，退休人员22人（离退休人员经费由社保统筹发放）。",
        id="r02_b",
    ),
    pytest.param(
        "本部门编制人数36人，实有在职人员34人，其中在职行政人员20人，在职工勤人员14人，离休人员1人，退休人员16人。",
        id="r02_g",
    ),
    pytest.param(
        "2023年全市共签约招商项目30个，签约总额120亿元。第一季度签约项目10个，签约总额35亿元。上半年签约项目20个，签约总额80亿元。",
        id="r05_a",
    ),
    pytest.param(
        "2023年全县谋划储备项目16个，总投资额48.6亿元。2022年储备项目10个，总投资额30.2亿元。2021年储备项目6个，总投资额21.5亿元。",
        id="r05_c",
    ),
    pytest.param(
        "全年一般公共预算支出120000万元，民生支出96000万元，占80%，其中：教育支出30000万元，占一般公共预算支出的25%；社会保障和就业支出20000万元，占一般公共预算支出的16.67%。",
        id="r09_b",
    ),
    pytest.param(
        "全年一般公共预算收入30亿元，其中税收收入21亿元。税收收入中，增值税8.4亿元，占一般公共预算收入的28%，企业所得税4.5亿元，占一般公共预算收入的15%。",
        id="r09_h",
    ),
    pytest.param(
        "全县税收收入21亿元，其中：增值税8.4亿元，占一般公共预算收入的28%；企业所得税4.5亿元，占一般公共预算收入的15%。",
        id="r09_i",
    ),
    pytest.param(
        "2023年项目资金总额500万元，按资金来源分：中央资金300万元，省级资金200万元，按支出用途分：工程建设350万元，设备购置150万元。",
        id="r13_e",
    ),
    pytest.param(
        "截至年底，全县重病、重残儿童460人，其中重病儿童107人，重残儿童368人（其中15人既属重病又属重残）。",
        id="r14_a",
    ),
    pytest.param(
        "全年共救助低保、特困人员1200人，其中低保对象1000人，特困人员300人，同时享受低保和特困供养的100人已剔除重复。",
        id="r14_b",
    ),
    pytest.param(
        "全年资助家庭经济困难学生、残疾学生共计2350人次，其中家庭经济困难学生2100人次，残疾学生320人次（含家庭经济困难的残疾学生70人次）。",
        id="r14_e",
    ),
    pytest.param(
        "本年下达项目资金200万元。用于甲项目120万元，乙项目100万元（含上年结转资金20万元）。",
        id="r18_g",
    ),
    pytest.param(
        "项目总投资300万元，其中申请财政补助资金200万元。用于设备购置180万元，厂房改造120万元。",
        id="r18_j",
    ),
    pytest.param(
        "全区一般公共预算支出50亿元，其中区本级一般公共预算支出30亿元。区本级教育支出6亿元，占一般公共预算支出的20%。",
        id="r19_a",
    ),
    pytest.param(
        "全年一般公共预算支出50亿元。1-6月一般公共预算支出22亿元，教育支出4.4亿元，教育支出占一般公共预算支出的20%。",
        id="r19_g",
    ),
    pytest.param(
        "全年一般公共预算收入30亿元，全年一般公共预算支出50亿元。其中税收收入21亿元，税收收入占一般公共预算收入的70%。",
        id="r19_d",
    ),
    pytest.param(
        "一、收入情况\n（一）一般公共预算拨款收入500万元。\n1.人员经费标准每人每年12万元；\n2.公用经费标准每人每年1.5万元；\n（二）其他收入30万元。",
        id="r20_c",
    ),
    pytest.param(
        "一、项目目标\n年初计划培训新型职业农民1000人次。受疫情影响，经主管部门批准调减为800人次。\n二、完成情况\n全年实际培训新型职业农民820人次，完成率102.5%。",
        id="r06_a",
    ),
    pytest.param(
        "一、绩效目标\n计划全年新增城镇就业岗位500个，其中上半年250个。\n二、执行情况\n上半年新增城镇就业岗位260个，完成率104%。",
        id="r06_b",
    ),
    pytest.param(
        "一、总体目标\n“十四五”期间计划改造农村户厕5000户。\n二、年度完成情况\n2023年改造农村户厕1200户，全面完成年度任务，完成率100%。",
        id="r06_c",
    ),
    pytest.param(
        "一、项目目标\n计划开展送戏下乡演出120场，组织群众文化培训40期。\n二、完成情况\n全年开展送戏下乡演出126场，完成率105%；其中到偏远山区村演出60场，完成率100%。",
        id="r06_d",
    ),
    pytest.param(
        "一、绩效目标\n项目计划完成危房改造300户，其中2023年度任务150户。\n二、完成情况\n2023年度完成危房改造150户，年度任务完成率100%。",
        id="r06_h",
    ),
    pytest.param(
        "一、绩效目标\n计划资助家庭经济困难学生500人。\n二、完成情况\n全年春、秋两季共资助家庭经济困难学生1000人次，完成率100%。",
        id="r06_l",
    ),
    pytest.param(
        "一、绩效目标\n计划组织农民工技能培训3000人次，其中订单式培训1000人次。\n二、完成情况\n全年开展订单式培训1050人次，完成率105%。",
        id="r06_m",
    ),
)


@pytest.mark.parametrize("text", _CORRECT)
def test_a_correct_text_shaped_to_tempt_a_new_rule_gets_no_arithmetic_finding(text: str) -> None:
    found = {code: stated_recomputed(text, code) for code in _ARITHMETIC}
    assert {code: hits for code, hits in found.items() if hits} == {}


def test_a_document_number_before_the_first_part_does_not_end_the_list() -> None:
    text = (
        "本年度收到上级补助资金合计175万元，其中：根据某财农〔2023〕12号文件下达中央资金100万元，"
        "根据某财农〔2023〕36号文件下达省级资金85万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("175万元", "185.00万元")]


def test_uses_listed_after_a_semicolon_are_parts_when_no_split_by_source_came_first() -> None:
    text = (
        "2023年共下达农村综合改革资金300万元，其中：购置设备120万元；用于人员培训60万元；"
        "用于村级公益事业建设{last}万元。"
    )
    assert stated_recomputed(text.format(last="120"), "sum-mismatch") == []
    assert stated_recomputed(text.format(last="130"), "sum-mismatch") == [("300万元", "310.00万元")]


def test_two_splits_by_different_keys_each_make_the_total() -> None:
    text = (
        "2023年项目资金总额500万元，按资金来源分：中央资金300万元，省级资金{own}万元，"
        "按支出用途分：工程建设350万元，设备购置{kit}万元。"
    )
    assert stated_recomputed(text.format(own="200", kit="150"), "sum-mismatch") == []
    assert stated_recomputed(text.format(own="220", kit="150"), "sum-mismatch") == [
        ("500万元", "520.00万元")
    ]
    assert stated_recomputed(text.format(own="200", kit="170"), "sum-mismatch") == [
        ("500万元", "520.00万元")
    ]


def test_a_rate_of_what_is_left_beside_the_spending_is_over_spending_and_left() -> None:
    text = "预算执行数90万元，年末结转结余10万元，结转结余率15%。"
    assert stated_recomputed(text, "rate-mismatch") == [("15%", "10.00%")]


_DASHED = (
    "项目支出绩效自评表\n项目名称 老年人健康体检\n"
    "项目资金   年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
    "  年度资金总额 200 200 190 — {rate} —\n"
    "一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施\n"
    "  产出指标 数量指标 体检人数 5000人 5200人 50 50  \n"
    "  效益指标 社会效益指标 疾病早发现率 提高 提高 40 40  \n"
    "  满意度指标 服务对象满意度 群众满意度 90% 93% 10 10  \n"
    "总分 100 100  \n"
)


def test_a_funds_row_with_dashes_keeps_each_figure_under_its_own_column() -> None:
    assert stated_recomputed(_DASHED.format(rate="95%"), "table-rate-mismatch") == []
    assert stated_recomputed(_DASHED.format(rate="95%"), "weight-total-mismatch") == []
    assert stated_recomputed(_DASHED.format(rate="96%"), "table-rate-mismatch") == [("96%", "95%")]
