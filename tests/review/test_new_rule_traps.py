"""Ordinary, correct sentences that the widened checks of the held-out rounds T and U must
leave alone (figures and names our own); each names the rule it once tripped."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import codes_of
from review_support import findings_of
from review_support import stated_recomputed

from jixiao.review.service import review_file

_ALARMS = {
    "sum-mismatch",
    "sum-short",
    "remainder-mismatch",
    "rate-mismatch",
    "difference-mismatch",
    "weight-total-mismatch",
    "score-mismatch",
    "heading-empty",
}

CASES = [
    # a bracket that gives uses, examples, the money's state or signed changes
    "安排项目资金500万元（主要用于设备购置200万元、人员培训100万元）。",
    "共下达补助资金860万元（如道路硬化450万元、桥梁维修220万元等）。",
    "项目预算资金100万元（已支付85万元，待支付质保金5万元），剩余资金已按规定收回。",
    "公用经费支出较上年减少50万元（办公费减少60万元、维修费增加10万元）。",
    "本单位在编人员13人（男8人、女5人中有1人为借调人员）。",
    # a list that says it is not the whole, or names of another whole
    "项目总投资500万元，其中争取上级资金200万元、本级财政配套150万元，其余由社会资本投入。",
    "支出总计1000万元，其中本级支出900万元、上缴上级支出50万元，对附属单位补助支出见附表。",
    "本项目设置三级指标15个，其中数量指标6个、质量指标3个、社会效益指标2个、满意度指标1个，"
    "另设时效指标和成本指标各1个、生态效益指标1个。",
    "全年建成5个村级服务站，其中3个标准化服务站、4个示范服务站。",
    "完成植树造林1200亩，其中人工造林500亩、封山育林400亩、退化林修复200亩，其余为零星植树。",
    "2023年项目支出1200万元。含设备购置500万元、工程建设400万元、人员培训200万元，其余为管理费用。",
    # remainders of a part, or with money added
    "应拨付项目资金1800万元，已拨付1300万元，其中拨付甲乡镇500万元，尚有500万元暂未拨付。",
    "项目预算安排100万元，追加预算20万元，实际支出110万元，结转资金10万元。",
    # a part's own uses with their amounts, opened by 主要用于 and closed by its semicolon
    "部门支出预算5000.0万元，其中：教育300.0万元，主要用于所属学校基本支出；卫生4600.0万元，主要用于"
    "贷款贴息200万元、人才培养经费100万元等项目支出，以及本部门基本支出；环境保护100.0万元，主要用于"
    "污染治理补助。",
    # rates over another base, or with no last year's figure
    "项目全年预算数120万元，实际支出114万元。资金到位率100%，资金已全部到位。",
    "2023年度收入合计1300万元，其中上年结转200万元，本年收入1100万元，比上年增加10%。",
    "2022年该项支出100万元，2023年为120万元，较上年增加20万元，增长20%。",
    # a heading whose bracket gives a grading rule
    "三、绩效评价指标分析（90分以上为优）\n（一）决策（20分）\n正文。\n（二）过程（20分）\n正文。\n"
    "（三）产出（40分）\n正文。\n（四）效益（20分）\n正文。",
]


@pytest.mark.parametrize("text", CASES)
def test_a_correct_sentence_gets_no_arithmetic_alarm(text: str) -> None:
    found = codes_of("某县2023年度项目支出绩效自评报告\n" + text) & _ALARMS
    assert found == set()


def test_income_and_spending_totals_with_different_changes_are_two_figures() -> None:
    # 收入总计 used for this year's income: each total has its own change over last year
    text = (
        "2023年财政拨款收入总计1200.00万元，与2022年相比增加200.00万元，增长20%；财政拨款"
        "支出总计1350.00万元，与2022年相比增加250.00万元，增长22.73%。"
    )
    assert stated_recomputed(text, "balance-mismatch") == []
    same = text.replace("1350.00", "1250.00").replace(
        "250.00万元，增长22.73%", "200.00万元，增长19.05%"
    )
    assert stated_recomputed(same, "balance-mismatch") == [("1200.00", "1250.00")]


@pytest.mark.parametrize(
    "text",
    [
        "本年支出338.60万元，比上年的320.00万元增加18.60万元，比年初预算的350.00万元减少11.40万元。",
        "2023年预算安排800万元，实际支出760万元，2022年支出700万元，比去年增加60万元。",
        "本单位“三公”经费支出决算为12.60万元。与上年相比，本单位支出减少了50.00万元，下降了4.0%。",
        "项目预算100万元，实际支出98万元，资金到位率100%，预算执行率98%。",
        "（二）资金使用情况 110.00万元\n1、已支付 110.00万元\n2、结余 10.00万元",
        # a share that names a base of its own among shares of the sentence before's total
        "全年一般公共预算支出安排5000.00亿元。其中，本级支出1200.00亿元，占总支出的24%；对下级"
        "转移支付3500.00亿元，占总支出的70%（包括一般性转移支付2800.00亿元，占转移支付比重达80%；"
        "专项转移支付700.00亿元）；预备费300.00亿元，占总支出的6%。",
        "三、综合评价结论（满分100分，自评90分及以上为优）\n（一）决策（分值20分），自评18分。\n"
        "（二）过程（分值20分），自评19分。\n（三）产出（分值40分），自评36分。\n"
        "（四）效益（分值20分），自评15分。",
    ],
)
def test_correct_shapes_near_this_stops_rules_get_no_error(text: str) -> None:
    errors = {f.code for f in findings_of(text) if f.severity == "error"}
    assert errors == set()


_INDICATOR_ROWS = """某单位2021年度项目支出绩效自评表
一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施
指标值 完成值
  产出指标 数量指标 培训人数 200人次 200人次 20 20
    质量指标 培训合格率 90% 90% 20 20
    时效指标 完成时限 2021年 {done} 10 6
    成本指标 计划完成率 95% 70% 20 12
    成本指标 人均培训成本 0.3万元 0.3万元 10 8
"""


@pytest.mark.parametrize(("done", "withheld"), [("2022年", ["8"]), ("2021年", ["6", "8"])])
def test_a_later_year_and_a_rate_below_its_target_are_missed_targets(
    done: str, withheld: list[str]
) -> None:
    # 2022年 against a 2021年 deadline, and 70% against 95% under 成本指标, are missed; the
    # cost of 0.3万元 is met and scored 8 of 10 with no reason
    text = _INDICATOR_ROWS.format(done=done)
    assert [s for s, _ in stated_recomputed(text, "score-withheld")] == withheld


def test_a_target_and_its_result_side_by_side_are_no_rate_of_the_row_before() -> None:
    # a row run into the one before it: 80% 80% are 服务达标率's cells, not 100 ÷ 100
    text = (
        "某单位项目支出绩效自评表。产出指标数量指标服务人数100人次100人次15 15"
        "质量指标服务达标率80% 80% 20 20"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


def test_parts_after_the_remainder_that_make_the_whole_before_it() -> None:
    # the 其中 splits the 820 received, not the 45 carried forward
    text = (
        "二、安排使用情况\n2023年市级彩票公益金收入820万元，安排支出775万元，结转下年使用45万元。"
        "其中：\n1.福利彩票公益金360万元，安排用于社会福利事业320万元，结余40万元。\n"
        "2.体育彩票公益金460万元，安排用于全民健身455万元，结余5万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


_REVIEWED_TRAPS = {
    # the year of the level is the one the change is said of, not the year compared with
    "rate-mismatch": [
        "一、“三公”经费情况\n2021年度“三公”经费支出合计40.14万元。\n2020年度“三公”经费支出合计"
        "43.11万元。\n经比较，2021年度“三公”经费较2020年度减少2.97万元，下降6.89%。",
        # a result and its parts before a change rate and a plan: which is the result?
        "全年一般公共预算收入540万元，其中税收收入300万元、非税收入240万元，同比增长4.8%，"
        "完成年度收入计划535万元的100.9%。",
    ],
    "table-rate-mismatch": ["项目支出绩效自评表\n预算数:\n95\n执行数:\n82.6\n87%\n"],
    "sum-mismatch": [
        # a block's last cell left blank before the next heading's number
        "财政支出项目绩效评价报告\n计划安排资金(万元) | 299.4 | 实际到位资金(万元) | 299.4\n"
        "其中:中央财政 | | 其中:中央财政 |\n省财政 | | 省财政 |\n"
        "市县财政 | 299.4 | 市县财政 | 299.4\n其它 | | 其它 |\n1.项目基本情况\n",
        # counts by grade worded the other way round, or with no count of projects before them
        "共对48个项目开展绩效自评，其中评价等级为“优”的项目37个，评价等级为“良”的项目6个，另有5个"
        "项目评价等级为“中”。",
        "2023年度全县共开展项目绩效自评。其中评价等级为“优”的有37个项目，评价等级为“良”的有6个项目。",
    ],
    "difference-mismatch": [
        "2023年部门预算由100万元调整为120万元，比上年增加30万元。",
        "全年一般公共预算收入540万元，其中税收收入300万元、非税收入240万元，完成年度收入计划535万元"
        "的100.9%，超收5万元。",
    ],
    # a change and its rate said the other way round (增加 … 下降): no rate to recompute
    "rate-mismatch ": ["2023年支出合计739.41万元，较上年决算数增加175.9万元，下降19.22%。"],
    # round figures: a round part left out, no slip of a digit
    "sum-short": ["本项目安排资金1000万元，其中：设备购置600万元，人员培训390万元。"],
    # a control rate under 成本指标 is a ceiling: 96% meets 100%
    "score-full-on-missed": [
        "某单位2021年度项目支出绩效自评表\n一级指标 二级指标 三级指标 年度 实际 分值 得分\n"
        "  产出指标 数量指标 培训人数 200人次 200人次 20 20\n"
        "    成本指标 成本控制率 100% 96% 10 10\n"
    ],
}


@pytest.mark.parametrize(
    ("code", "text"), [(code, text) for code, texts in _REVIEWED_TRAPS.items() for text in texts]
)
def test_correct_texts_a_review_of_this_stops_rules_wrote(code: str, text: str) -> None:
    assert stated_recomputed(text, code.strip()) == []


_BALANCE_TABLE = (
    "2021年全县政府性基金预算收支平衡表\n"
    "单位:万元\n"
    "收入 |\n"
    "执行数 |\n"
    "支出 |\n"
    "执行数 |\n"
    "总计 |\n"
    "250000 |\n"
    "总计 |\n"
    "250000 |\n"
    "一、本级收入 |\n"
    "80000 |\n"
    "一、本级支出 |\n"
    "150000 |\n"
    "二、转移性收入 |\n"
    "170000 |\n"
    "二、转移性支出 |\n"
    "100000 |\n"
    "上级补助收入 |\n"
    "13000 |\n"
    "上解支出 |\n"
    "2500 |\n"
    "地方政府债务收入 |\n"
    "157000 |\n"
    "调出资金 |\n"
    "70000 |\n"
)


def test_a_balance_tables_numbered_rows_one_cell_to_a_line_are_no_headings(
    tmp_path: Path,
) -> None:
    path = tmp_path / "收支平衡表.txt"
    path.write_text(_BALANCE_TABLE, encoding="utf-8")
    assert [f for f in review_file(path).findings if f.code == "heading-empty"] == []


_NIL_ROWS = (
    "财政拨款收支总表\n"
    "收入 | 支出 | ||\n"
    "一、本年收入 | 78.50 | 一、本年支出 | 78.50\n"
    "二、上年结转 | 二、结转下年 | ||\n"
    "(一)一般公共预算拨款 | |||||\n"
    "(二)政府性基金预算拨款 | |||||\n"
    "(三)国有资本经营预算拨款 | |||||\n"
    "收入总计 | 78.50 | 支出总计 | 78.50\n"
)


def test_a_tables_numbered_rows_with_blank_cells_are_nil_rows_not_headings(
    tmp_path: Path,
) -> None:
    path = tmp_path / "收支总表.txt"
    path.write_text(_NIL_ROWS, encoding="utf-8")
    assert [f for f in review_file(path).findings if f.code == "heading-empty"] == []
    heading = _NIL_ROWS.replace(" | |||||", "")  # the same lines as bare headings
    path.write_text(heading, encoding="utf-8")
    assert [f for f in review_file(path).findings if f.code == "heading-empty"] != []


_SUMMARY_OUTLINE = (
    "某区2023年度农村饮水安全维修养护资金绩效评价报告\n"
    "报告摘要\n"
    "一、项目基本情况\n(一)项目立项背景及实施目的\n(二)项目预算安排和支出情况\n"
    "二、项目绩效目标\n(一)总体绩效目标\n三、评价基本情况\n"
    "(一)绩效评价原则、评价指标体系(简要说明)、评价方法、评价标准与评价工作组织实施等\n"
    "(二)绩效评价工作过程\n四、评价结论和绩效分析\n(一)综合评价结论\n(二)绩效分析\n"
    "五、存在问题及原因分析\n六、有关建议\n"
    "报告正文\n一、项目基本情况\n(一)项目立项背景及实施目的\n"
    "为保障农村群众饮水安全，区水务局对全区42处集中供水工程开展维修养护。\n"
)


def test_an_outline_listed_before_the_report_runs_on_past_a_long_entry(
    tmp_path: Path,
) -> None:
    # the excerpt stops in the report's first section: the listed outline is no empty section
    path = tmp_path / "评价报告.txt"
    path.write_text(_SUMMARY_OUTLINE, encoding="utf-8")
    assert [f for f in review_file(path).findings if f.code == "heading-empty"] == []


_COUNTS_UNDER_HEADING = (
    "一、“三公”经费预算财政拨款情况\n"
    "2021年“三公”经费预算数为4.9万元，其中公务接待费4.9万元。\n"
    "二、相关统计数\n"
    "1.因公出国(境)团组数(个)   0\n"
    "2.因公出国(境)人数(人)   0\n"
    "3.公务用车保有量(辆)   1\n"
    "4.公务接待批次(批)   10\n"
    "5.公务接待人数(人)   500\n"
    "三、“三公”经费增减变化原因等说明\n"
    "2021年“三公”经费预算与上年持平。\n"
)


def test_numbered_rows_of_counts_under_a_heading_are_its_content(tmp_path: Path) -> None:
    path = tmp_path / "三公经费.txt"
    path.write_text(_COUNTS_UNDER_HEADING, encoding="utf-8")
    assert [f for f in review_file(path).findings if f.code == "heading-empty"] == []
