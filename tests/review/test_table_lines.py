"""自评表 rows as a web page's text gives them, one row per line with its cells split at
spaces (figures and names our own): the empty cells of a row leave no trace, so a row is read
from its end when the header's positions do not hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import codes_of
from review_support import findings_of
from review_support import stated_recomputed

from jixiao.review.readers.run_rows import split_run_rows
from jixiao.review.service import review_file

_TABLE = """
项目支出绩效自评表
项目名称 某县山洪沟治理维护经费
年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
年度资金总额: 420 420 420 10 10
其中:本年财政拨款 420 420 420 - -
二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
数量指标 指标1:维护山洪沟条数 6 6 20 20
指标2:清淤河段长度 12 12 10 10
质量指标 指标1:维护工程验收合格 10 10
时效指标 指标1:汛前完成维护 10 10
社会效益指标 指标1:沿岸群众安全度汛 {benefit}
指标1:工程持续发挥作用 10 10
服务对象满意度指标 指标1:沿岸群众满意度 90% 96% 10 10
总分 100 {total}
"""


def test_rows_missing_their_empty_cells_still_make_the_total() -> None:
    text = _TABLE.format(benefit="20 20", total="100")
    assert stated_recomputed(text, "score-total-mismatch") == []


def test_a_total_above_the_rows_read_from_their_ends_is_found() -> None:
    text = _TABLE.format(benefit="20 16", total="100")
    assert stated_recomputed(text, "score-total-mismatch") == [("100", "96")]


#: A spreadsheet flattened with every row's figures before the names (our own figures): the
#: 资金 row “10 96% 9.6”, then 指标值 完成值 分值 得分 per row, the total's 100 and 得分, and
#: only then the names and 总分.
_LABELS_AFTER = (
    "某县项目支出绩效自评表（2023年度） 项目名称 村道养护补助 年初预算数 全年预算数 全年执行数 "
    "分值 执行率 得分 50.00 50.00 48.00 10 96% 9.6 50.00 50.00 48.00 — 上年结转资金 0 0 — "
    "年度指标值 实际完成值 分值 得分 ≥20公里 22公里 20 20 100% 100% 30 30 ≥90% 92% 30 {score} "
    "≥90% 95% 10 10 100 {total} 数量指标 养护里程 质量指标 验收合格率 效益指标 通行条件改善 "
    "满意度指标 群众满意度 总分"
)


def test_a_total_written_before_the_names_is_read_back_from_its_end() -> None:
    right = _LABELS_AFTER.format(score="30", total="99.6")
    assert codes_of(right) == set()  # the 资金 row's second copy is no indicator row either
    wrong = _LABELS_AFTER.format(score="26", total="99.6")
    assert stated_recomputed(wrong, "score-total-mismatch") == [("99.6", "95.6")]


def _cell_per_line(rows: list[list[str]]) -> str:
    """A web table saved as text: each cell on its line and a bar alone after it, each row
    closed by a line of bars (an empty cell is a bar alone)."""
    lines = ["附件1", "2023年度项目支出绩效自评表", "|||||"]
    for row in rows:
        for cell in row:
            lines.extend([cell, "|"] if cell else ["|"])
        lines.append("|||||")
    return "\n".join(lines) + "\n"


def test_a_table_one_cell_to_a_line_is_read_as_rows(tmp_path: Path) -> None:
    rows = [
        ["预算执行情况(万元)", "", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
        ["年度财政资金总额", "48.00", "48.00", "100%", "20"],
        ["年度绩效目标(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)"],
        ["产出指标", "数量指标", "慰问困难群众户数", "≥120户", "126户", "30"],
        ["产出指标", "质量指标", "补助资金足额发放率", "100%", "100%", "30"],
        ["效益指标", "社会效益指标", "困难群众生活保障水平", "提高", "提高", "10"],
        ["满意度指标", "服务对象满意度指标", "受助群众满意度", "≥90%", "96%", "10"],
        ["总分(100分)", "{total}", "自评等级", "优"],
    ]
    rows[2] += ["实际完成值(B)", "得分"]
    path = tmp_path / "表.txt"
    path.write_text(_cell_per_line(rows).replace("{total}", "100"), encoding="utf-8")
    assert [f.code for f in review_file(path).findings if f.code.startswith("score")] == []
    path.write_text(_cell_per_line(rows).replace("{total}", "96"), encoding="utf-8")
    found = [(f.stated, f.recomputed) for f in review_file(path).findings]
    assert ("96", "100") in found


_FUNDS = """
部门整体支出绩效自评表
年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
年度资金总额 | 210.40 | 210.40 | {spent} | 10 | {rate} |
其中:当年财政拨款 | 210.40 | 210.40 | {spent} | — | {rate} | —
"""


def test_a_rate_above_a_hundred_in_a_row_whose_score_was_left_blank() -> None:
    right = _FUNDS.format(spent="214.60", rate="102.00%")
    assert stated_recomputed(right, "table-rate-mismatch") == []
    wrong = _FUNDS.format(spent="214.60", rate="103.00%")
    assert stated_recomputed(wrong, "table-rate-mismatch") == [("103.00%", "102.00%")]
    capped = _FUNDS.format(spent="214.60", rate="100.00%")
    assert stated_recomputed(capped, "table-rate-mismatch") == []


_BLOCKS = """
项目支出绩效自评表
年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
年度资金总额 | 40.00 | 40.00 | 40.00 | 10 | 100% | 10
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分
产出指标(50分) | 数量指标 | 培训人次 | ≥300人次 | 320人次 | {w} | {w}
产出指标(50分) | 质量指标 | 培训合格率 | ≥90% | 95% | 20 | 20
产出指标(50分) | 时效指标 | 按期完成率 | 100% | 100% | 10 | 10
效益指标(30分) | 社会效益指标 | 从业人员技能提升 | 提升 | 提升 | 30 | 30
满意度指标(10分) | 服务对象满意度指标 | 学员满意度 | ≥90% | 96% | 10 | 10
总分 | | | | | 100 | {total}
"""


def test_a_block_whose_rows_hand_out_more_than_its_weight() -> None:
    assert stated_recomputed(_BLOCKS.format(w="20", total="100"), "weight-total-mismatch") == []
    wrong = _BLOCKS.format(w="25", total="105")
    assert ("50分", "55分") in stated_recomputed(wrong, "weight-total-mismatch")


def test_a_rate_over_amounts_whose_initial_budget_was_left_blank() -> None:
    text = _FUNDS.replace("| 210.40 | 210.40 |", "| | 210.40 |", 1).replace(
        "年度资金总额 | |", "年度资金总额 |"
    )
    right = text.format(spent="189.36", rate="90.00%")
    assert stated_recomputed(right, "table-rate-mismatch") == []
    wrong = text.format(spent="189.36", rate="95.00%")
    assert stated_recomputed(wrong, "table-rate-mismatch") == [("95.00%", "90.00%")]


def _one_cell_a_line(output_weight: str) -> str:
    """An indicator block exported one cell to a line, each label's weight on the line after
    it (“产出指标” / “(50)”, “效益指标” / “30分)”), the text cut off in the 效益 block."""
    head = ["一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分"]
    cells = ["部门整体支出绩效自评表", *head, "产出指标", "(50)", "数量", "指标"]
    rows = [
        ("新建绿道长度", "12公里", "12公里", output_weight),
        ("绿道养护面积", "3.6万平方米", "3.6万平方米", "15"),
        ("苗木成活率", "95%", "95%", "15"),
        ("完工及时率", "100%", "100%", "10"),
    ]
    for name, target, actual, weight in rows:
        cells += [name, target, actual, weight, weight]
    cells += [
        "效益指标",
        "30分)",
        "社会效",
        "益指标",
        "市民休闲满意度提升",
        "提升",
        "提升",
        "20",
        "20",
    ]
    return "\n\n".join(cells) + "\n"


def test_a_block_label_broken_over_lines_in_a_table_one_cell_to_a_line() -> None:
    assert stated_recomputed(_one_cell_a_line("10"), "weight-total-mismatch") == []
    found = stated_recomputed(_one_cell_a_line("11"), "weight-total-mismatch")
    assert found == [("50分", "51分")]


def test_a_block_short_of_its_label_when_every_figure_up_to_the_next_label_was_read() -> None:
    found = stated_recomputed(_one_cell_a_line("9"), "weight-total-mismatch")
    assert found == [("50分", "49分")]
    stray = _one_cell_a_line("9").replace("完工及时率", "完工及时率\n\n5")  # a figure no row took
    assert stated_recomputed(stray, "weight-total-mismatch") == []


_CUT_BLOCKS = """
项目支出绩效自评表
一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分
{output}
数量指标 | 改造农村道路 | 30 | 8公里 | 8公里 | 30
质量指标 | 工程验收合格率 | 20 | 100% | 100% | 20
{benefit}
经济效益指标 |
带动沿线农户增收 | 20 | ≥5万元 | 6万元 | 20
社会效益指标 |
受益群众人数 | {people} | 1200人 | 1200人 | 10
满意
"""


@pytest.mark.parametrize(
    ("output", "benefit"),
    [
        ("产 出 指 标 (50分) |", "效 益 指 标 (30分) |"),  # a spaced label on its own line
        ("(50分)", "(30分)"),  # the label's name lost by the export, its weight kept
    ],
)
def test_a_block_cut_before_its_next_label_is_whole_when_its_rows_are_its_own(
    output: str, benefit: str
) -> None:
    # the excerpt stops in the 满意度 block: the 效益 rows are told by their groups
    text = _CUT_BLOCKS.replace("{output}", output).replace("{benefit}", benefit)
    assert stated_recomputed(text.replace("{people}", "10"), "weight-total-mismatch") == []
    found = stated_recomputed(text.replace("{people}", "15"), "weight-total-mismatch")
    assert found == [("30分", "35分")]


_WRAPPED = """某县财政局2023年度项目支出绩效自评报告按照市财政局关于开展
年度绩效自评工作的通知要求我局对财政政务管理项目开展了绩效自
评工作现将有关情况报告如下项目资金主要用于政务服务保障和财政
信息系统运行维护全年资金已按计划拨付使用各项指标基本完成项目
实施过程中严格执行资金管理制度资金使用规范未发现违规违纪问题
项目支出绩效自评表
项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分
  年度资金总额 300 300 240 10 80% 8
一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施
  产出指标 数量指标 培训人次 120人次 120人次 20 20
    质量指标 培训合格率 90% 90% 20 20
    时效指标 完成时限 2023年 2023年 10 {late}
    成本指标 人均成本 0.2万元 0.2万元 10 10
  效益指标 社会效益 服务水平提升 提升 提升 20 20
  满意度 服务对象满意度 学员满意度 90% 95% 10 10
总分 100 {total}
"""


@pytest.mark.parametrize(("late", "found"), [("10", []), ("8", [("98", "96")])])
def test_rows_printed_with_blanks_between_cells_in_a_wrapped_export_stay_rows(
    tmp_path: Path, late: str, found: list[tuple[str, str]]
) -> None:
    # the prose lines are joined back into a paragraph; each table row stands alone
    path = tmp_path / "自评报告.txt"
    path.write_text(_WRAPPED.replace("{late}", late).replace("{total}", "98"), encoding="utf-8")
    totals = [f for f in review_file(path).findings if f.code == "score-total-mismatch"]
    assert [(f.stated, f.recomputed) for f in totals] == found


_REASON_ROWS = """项目支出绩效自评表
项目名称: 某中学学生资助项目 填报人: 某某
资金构成(元) 年初预算数 全年预算数 执行数 分值 执行率(%) 得分
资金总额: 80,000.00 80,000.00 60,000.00 10.00  75 7.5
其中:财政资金: 80,000.00 80,000.00 60,000.00   75
一级指标 二级指标 三级指标 指标性质 年度指标值 度量单位 实际完成值 完成率 分值 得分 未完成原因分析
产出指标 数量指标 资助学生人数 40 30 75.00% 20.00 15 部分学生资助资金由上级直接发放。
产出指标 质量指标 资助对象精准率 100 % 100 100.00% 30.00 30
效益指标 社会效益指标 减轻困难家庭负担 95 % 100 100.00% 30.00 30
满意度指标 服务对象满意度 受助学生满意度 90 % 95 100.00% 10.00 10
合计 100.00 {total}
"""


@pytest.mark.parametrize(("total", "found"), [("92.5", []), ("95.2", [("95.2", "92.5")])])
def test_rows_with_a_reason_after_their_score_count_in_the_total(
    total: str, found: list[tuple[str, str]]
) -> None:
    # the first row's reason keeps it out of the grid; read by another reader, it still
    # counts in the 合计 once every row is there (10 + 20 + 30 + 30 + 10 = 100)
    text = _REASON_ROWS.replace("{total}", total)
    assert stated_recomputed(text, "score-total-mismatch") == found


_LABELLED_FUNDS = """部门整体支出绩效自评表 | |||||||
单位:万元 | |||
一、预算执行情况 |
预算安排情况(调整后) |
资金执行情况 |
预算执行率 | ||||
预算数: |
120 |
执行数: |
104.40 |
{rate} | |||
其中:财政资金 |
120 |
"""


@pytest.mark.parametrize(("rate", "found"), [("87%", []), ("78%", [("78%", "87%")])])
def test_a_funds_block_of_labels_and_values_one_cell_to_a_line(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 104.40 ÷ 120 = 87.00%
    text = _LABELLED_FUNDS.format(rate=rate)
    assert stated_recomputed(text, "table-rate-mismatch") == found


#: A sheet exported with the rate's formula in its header cell and the 得分 header glued
#: after the next row: the total's row runs on into one cell too many (figures our own).
_FORMULA_HEADER = (
    "项目支出绩效自评表 项目名称 普法宣传经费 年初预算数 全年预算数 全年执行数 分值 "
    "执行率(全年 执行数/全年 预算数) 年度资金总额: 480.50万元 480.50万元 {executed}万元 {weight} "
    "{rate} 10 其中:当年财政 拨款 480.50万元 480.50万元 480.50万元 10 100% 10 得分 "
    "上年结转资金 其他资金"
)


def test_a_rate_under_a_header_naming_its_formula_is_recomputed() -> None:
    assert (
        stated_recomputed(
            _FORMULA_HEADER.format(executed="480.50", rate="100%", weight=10), "table-rate-mismatch"
        )
        == []
    )
    wrong = _FORMULA_HEADER.format(executed="462.50", rate="100%", weight=10)
    assert stated_recomputed(wrong, "table-rate-mismatch") == [("100%", "96%")]


def test_the_score_under_a_header_cell_glued_after_the_next_row_is_read() -> None:
    # the 得分 header comes out after the 其中 row: the 10 after the rate is the total's score
    whole = _FORMULA_HEADER.format(executed="480.50", rate="100%", weight=100)
    assert stated_recomputed(whole, "funds-weight-whole") == [("10", "100.00")]


#: A 转移支付 table whose sources name a fund of their own (彩票公益金用于…), in bar rows.
_NAMED_FUND = """
医疗救助补助资金转移支付项目绩效目标自评表 | |||||||
资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||
年度资金总额: | 1820.40万 | 1820.40万 | 100% | ||||
其中:中央财政资金 | 620.40万 | 620.40万 | 100% | ||||
彩票公益金用于医疗救助 | 0 | 0 | 100% | ||||
地方资金 | {local}万 | 1200.00万 | 100% | ||||
其他资金 | |||||||
"""


def test_a_source_named_by_its_fund_is_added_with_the_others() -> None:
    assert stated_recomputed(_NAMED_FUND.format(local="1200.00"), "sum-mismatch") == []
    wrong = _NAMED_FUND.format(local="1020.00")
    assert stated_recomputed(wrong, "sum-mismatch") == [("1820.40", "1640.40")]


_COST_BLOCK = """项目支出绩效自评表
一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分
产出指标 ({output}分) |
数量指标 | 建成灌溉渠道 | 20 | 6公里 | 6公里 | 20
质量指标 | 工程验收合格率 | 10 | 100% | 100% | 10
成本指标 (10分) |
经济成本指标 | 每公里建设成本 | 10 | ≤60万元 | 58万元 | 10
效益指标 (40分) |
社会效益指标 | 受益农户数 | 30 | 800户 | 820户 | 30
可持续影响指标 | 工程设计使用年限 | 10 | ≥15年 | 15年 | 10
满意度指标 (10分) |
服务对象满意度指标 | 受益农户满意度 | {people} | ≥90% | 95% | 10
加分指标 | 获市级表彰 | 3 | 获表彰 | 获市级表彰1次 | 3
"""


@pytest.mark.parametrize(
    ("output", "people", "found"),
    [
        ("30", "10", []),  # 成本指标 is its own block; the 加分 row is beyond the 100
        ("25", "10", [("25分", "30分")]),
        ("30", "15", [("10分", "15分")]),
    ],
)
def test_a_cost_block_of_its_own_and_a_bonus_row_stand_outside_the_others(
    output: str, people: str, found: list[tuple[str, str]]
) -> None:
    text = _COST_BLOCK.replace("{output}", output).replace("{people}", people)
    assert stated_recomputed(text, "weight-total-mismatch") == found


def _basic_data(staff: str, rate: str) -> str:
    cells = ["财政供养人员情况(人)", "编制数", "2024年实际在职人数", "控制率", "38", staff, rate]
    cells += ["经费控制情况(万元)", "2023年决算数", "2024年预算数"]
    return "2024年度部门整体支出绩效自评基础数据表\n\n" + "\n\n".join(cells) + "\n"


@pytest.mark.parametrize(
    ("staff", "rate", "found"),
    [
        ("35", "92.11%", []),
        ("35", "92.71%", [("92.71%", "92.11%")]),
        ("36", "92.11%", [("92.11%", "94.74%")]),
    ],
)
def test_a_rate_after_its_header_cells_one_cell_to_a_line(
    tmp_path: Path, staff: str, rate: str, found: list[tuple[str, str]]
) -> None:
    path = tmp_path / "基础数据表.txt"
    path.write_text(_basic_data(staff, rate), encoding="utf-8")
    result = review_file(path)
    got = [(f.stated, f.recomputed) for f in result.findings if f.code == "rate-mismatch"]
    assert got == found


def test_a_cell_wrapped_over_lines_between_bars_is_one_cell(tmp_path: Path) -> None:
    """A web table one cell per line, each cell closed by a bar line, a long name wrapped
    onto a second line (“改造农村” / “供水站数量”): the row keeps its whole name."""
    cells = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    cells += ["产出指标", "数量指标", "改造农村\n供水站数量", "≥12个", "10个", "20", "20"]
    path = tmp_path / "自评表.txt"
    path.write_text("项目支出绩效自评表\n" + "".join(f"{cell}\n|\n" for cell in cells), "utf-8")
    missed = [f for f in review_file(path).findings if f.code == "score-full-on-missed"]
    assert [f.message.split("”")[0] for f in missed] == ["“改造农村供水站数量"]


def test_a_score_above_its_points_is_still_read_back_from_the_total() -> None:
    # 32 given of 30 on the third row: named over its 分值, and the total no longer adds up
    text = _LABELS_AFTER.format(score="32", total="99.6")
    assert stated_recomputed(text, "table-score-over-weight") == [("32", "30")]
    assert stated_recomputed(text, "score-total-mismatch") == [("99.6", "101.6")]
    # the total written as the scores' sum, above the table's 100 points
    follows = _LABELS_AFTER.format(score="32", total="101.6")
    assert codes_of(follows) == {"table-score-over-weight"}


_ONE_LINE = (
    "项目支出绩效自评表 项目名称 村级运转经费 项目资金(万元) 年初预算数 全年预算数 全年执行数 "
    "分值 执行率 得分 年度资金总额: 120.00 120.00 108.00 10 90.00% 9 "
    "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析 "
    "产出指标({weight}分) 数量指标 补助村数量 =6个 6 10 10 保障干部人数 =30个 30 10 10 "
    "质量指标 补助合规性 合规 达成预期指标 10 10 成本指标 项目总成本 ≤120万元 108 {cost} 10 "
    "效益指标(30分) 社会效益指标 干部工作积极性 提高 达成预期指标 30 30 可持续影响"
)


def test_blocks_of_a_table_written_on_one_line_against_their_rows() -> None:
    assert (
        stated_recomputed(_ONE_LINE.format(weight="40", cost="10"), "weight-total-mismatch") == []
    )
    short = _ONE_LINE.format(weight="45", cost="10")
    assert stated_recomputed(short, "weight-total-mismatch") == [("45分", "40分")]


def test_a_figure_left_between_the_labels_leaves_a_short_block_alone() -> None:
    row = "时效指标 发放及时性 及时 达成预期指标 5 成本指标"  # its 得分 left blank: not read
    text = _ONE_LINE.format(weight="45", cost="10").replace("成本指标", row)
    assert stated_recomputed(text, "weight-total-mismatch") == []


def test_a_label_repeated_on_each_row_of_a_one_line_table_heads_one_block() -> None:
    text = _ONE_LINE.format(weight="40", cost="10")
    for group in ("质量指标", "成本指标"):
        text = text.replace(f" {group} ", f" 产出指标(40分) {group} ")
    assert stated_recomputed(text, "weight-total-mismatch") == []
    short = text.replace("产出指标(40分)", "产出指标(45分)")
    assert stated_recomputed(short, "weight-total-mismatch") == [("45分", "40分")]


def test_a_one_line_label_written_without_its_fen() -> None:
    text = _ONE_LINE.format(weight="45", cost="10").replace("(45分)", "(45)")
    assert stated_recomputed(text, "weight-total-mismatch") == [("45分", "40分")]


def test_a_ceiling_passed_with_full_marks_names_its_share(tmp_path: Path) -> None:
    """A 反向指标 (≤5000元/户) at 5500元/户 with full marks: 10 × 5000 ÷ 5500 = 9.09."""
    cells = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    cells += ["产出指标", "成本指标", "户均补助标准", "≤5000元/户", "5500元/户", "10", "10"]
    path = tmp_path / "自评表.txt"
    path.write_text("项目支出绩效自评表\n" + "".join(f"{cell}\n|\n" for cell in cells), "utf-8")
    missed = [f for f in review_file(path).findings if f.code == "score-full-on-missed"]
    assert [(f.stated, f.recomputed) for f in missed] == [("10", "9.09")]


_RUN_LINE = (  # a PDF export: the whole table, header and rows, on the line of the text
    "单位：万元\n"
    "项目 2024年 占比 2022年 2023年 基本支出 8200.50 82.01% 7100 7650.25 项目支出 1799.00 "
    "17.99% 1300 {project} 合计 9999.50 100% 8400 8900.25 (一)贯彻执行教育方针政策\n"
)


@pytest.mark.parametrize(
    ("project", "found"), [("1250.00", []), ("1205.00", [("8900.25", "8855.25")])]
)
def test_a_table_run_into_one_line_is_read_row_by_row(
    tmp_path: Path, project: str, found: list[tuple[str, str]]
) -> None:
    path = tmp_path / "目标申报表.txt"
    path.write_text(_RUN_LINE.format(project=project), encoding="utf-8")
    findings = review_file(path).findings
    assert [(f.stated, f.recomputed) for f in findings if f.code == "sum-mismatch"] == found
    assert [
        f.code for f in findings if f.severity.value == "error" and f.code != "sum-mismatch"
    ] == []


@pytest.mark.parametrize(
    ("line", "rows"),
    [
        # rows of as many figures each, closed by their total: one to a line
        ("甲 1 2 乙 3 4 合计 4 6 说明", ["甲 1 2", "乙 3 4", "合计 4 6", "说明"]),
        # a total that opens the run closes the table before it and stays on its line
        ("收入 合计 9 9 甲 1 2 乙 3 4 合计 4 6", ["收入 合计 9 9", "甲 1 2", "乙 3 4", "合计 4 6"]),
        # no total row, or rows of different widths: running text, left as it is
        ("甲 1 2 乙 3 4 丙 5 6", ["甲 1 2 乙 3 4 丙 5 6"]),
        ("甲 1 2 乙 3 4 5 合计 4 6", ["甲 1 2 乙 3 4 5 合计 4 6"]),
    ],
)
def test_rows_run_into_one_line_are_split_only_before_their_total(
    line: str, rows: list[str]
) -> None:
    assert split_run_rows([line]) == rows


_TWO_SPLITS = """
部门整体支出绩效自评表
年度部门预算（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 540.5 600.25 590.1 10 98.31% 9.83
其中：财政拨款 510.5 570.25 {appropriated} — —
其他资金 30 30 28.6 — —
其中：基本支出 400.3 420.15 419.8 — —
项目支出 140.2 180.1 {project} — —
"""


@pytest.mark.parametrize(
    ("appropriated", "project", "found"),
    [
        ("561.5", "170.3", []),
        ("561.5", "107.3", [("590.1", "527.1")]),  # the second split, by nature
        ("516.5", "170.3", [("590.1", "545.1")]),  # the first split, by source
    ],
)
def test_a_total_split_by_source_and_again_by_nature(
    appropriated: str, project: str, found: list[tuple[str, str]]
) -> None:
    text = _TWO_SPLITS.format(appropriated=appropriated, project=project)
    assert stated_recomputed(text, "sum-mismatch") == found


_BARRED = """项目支出绩效自评表 |||||||||||
项目资金（元） || 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 备注 |||
| 年度资金总额 | 300,000.00 | 320,000.00 | {spent} | 10.00 | 99.50 | 9.95 ||||
| 其中：当年财政拨款 | 300,000.00 | 300,000.00 | 298,400.00 || 99.47 |||||
| 上年结转资金 || 20,000.00 | 20,000.00 || 100.00 |||||
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 性质 | 指标值 | 单位 | 实际完成值 | 分值 | 得分 | 原因 |
|||||||| 90.00 | 89.00 ||
| 产出指标 | 数量指标 | 举办培训班 | >= | 6 | 期 | 7 | 30.00 | 30.00 ||
|| 质量指标 | 培训合格率 | >= | 95 | % | 96 | 20.00 | 20.00 ||
| 效益指标 | 社会效益 | 培训覆盖率 | >= | 90 | % | 86 | 30.00 | 29.00 | 部分人员未能参训 |
| 满意度指标 | 服务对象满意度 | 参训人员满意度 | >= | 90 | % | 95 | 10.00 | 10.00 ||
总分 |||||||| 100.00 | 98.95 ||
"""


@pytest.mark.parametrize(
    ("spent", "found"), [("318,400.00", []), ("318,800.00", [("318800.00", "318400.00")])]
)
def test_a_barred_table_with_a_blank_cell_and_a_sum_under_its_header(
    spent: str, found: list[tuple[str, str]]
) -> None:
    text = _BARRED.format(spent=spent)
    errors = [f for f in findings_of(text) if f.severity.value == "error"]
    assert [(f.stated, f.recomputed) for f in errors if f.code == "sum-mismatch"] == found
    if not found:  # a right table: no error at all (the 90.00 row is no indicator)
        assert errors == []


_WHOLE_MARKS = """
项目支出绩效自评表
年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
年度资金总额: 250 250 239 10 95.60% {score}
二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
数量指标 指标1:维护道路长度 ≥12公里 12公里 25 25
质量指标 指标1:工程验收合格率 100% 100% 25 25
社会效益指标 指标1:群众出行条件改善 有效改善 有效改善 30 30
服务对象满意度指标 指标1:沿线群众满意度 ≥90% 96% 10 10
总分 100 {total}
"""


@pytest.mark.parametrize(
    ("score", "total", "found"),
    [("9.56", "99.56", []), ("10", "100.00", [("10", "9.56")])],
)
def test_full_marks_written_whole_are_held_to_the_totals_digits(
    score: str, total: str, found: list[tuple[str, str]]
) -> None:
    text = _WHOLE_MARKS.format(score=score, total=total)
    assert stated_recomputed(text, "rate-score-mismatch") == found


def test_weights_short_of_the_total_where_the_scores_make_it() -> None:
    right = _WHOLE_MARKS.format(score="9.56", total="99.56")
    assert stated_recomputed(right, "weight-total-mismatch") == []
    short = right.replace(
        "质量指标 指标1:工程验收合格率 100% 100% 25 25",
        "质量指标 指标1:工程验收合格率 100% 100% 20 20",
    )
    short = short.replace("总分 100 99.56", "总分 100 94.56")
    assert stated_recomputed(short, "weight-total-mismatch") == [("100", "95")]
    # a row left unread would leave the scores short too: then the weights say nothing
    unread = short.replace("总分 100 94.56", "总分 100 99.56")
    assert stated_recomputed(unread, "weight-total-mismatch") == []


_BARRED_SOURCES = """
项目支出绩效自评表
项目名称 | 某县农村公路养护补助 | 主管部门 | 某县交通运输局
项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
 | 年度资金总额 | 640.00 | 640.00 | 598.40 | 10 | 93.50% | 9.35
 | 其中：本年财政拨款 | 640.00 | 640.00 | 598.40 |  | {rate} |
 | 上年结转资金 | 0 | 0 | 0 |  | — |
"""


@pytest.mark.parametrize(("rate", "found"), [("93.50%", []), ("95.30%", [("95.30%", "93.50%")])])
def test_a_source_rows_rate_before_the_blank_cells_its_bars_left_off(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # the row's last bar closes its 执行率: the blank 得分 after it is not written at all
    text = _BARRED_SOURCES.format(rate=rate)
    assert stated_recomputed(text, "table-rate-mismatch") == found


#: A bar table whose 年初预算数 cells were all dropped: the total's and the source's rows
#: both start at the 全年预算数 (figures our own).
_NO_INITIAL = """项目资金 (万元) |
| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
年度资金总额 |
| 56.8 | 55.02 | 10 | 96.87% | 9.69 |
其中:当年财政拨款 |
| 56.8 | {executed} | 10 | 96.87% | 9.69 |
"""


@pytest.mark.parametrize(("executed", "found"), [("55.02", []), ("52.05", [("96.87%", "91.64%")])])
def test_a_source_row_that_lost_its_initial_cell_as_the_total_did(
    executed: str, found: list[tuple[str, str]]
) -> None:
    text = _NO_INITIAL.format(executed=executed)
    assert stated_recomputed(text, "table-rate-mismatch") == found


#: The same form with each row's label inside its bars (figures our own).
_NO_INITIAL_BARRED = """| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 \
| 得分 |
| 年度资金总额 | 50.00 | 48.90 | 10 | 97.80% | 9.78 |
| 其中：当年财政拨款 | 40.00 | {executed} | 10 | 97.75% | 9.78 |
| 其他资金 | 10.00 | 9.80 | 10 | 98.00% | 9.80 |
"""


@pytest.mark.parametrize(("executed", "found"), [("39.10", []), ("36.10", [("97.75%", "90.25%")])])
def test_a_barred_source_row_that_lost_its_initial_cell_is_not_placed_by_the_header(
    executed: str, found: list[tuple[str, str]]
) -> None:
    text = _NO_INITIAL_BARRED.format(executed=executed)
    assert stated_recomputed(text, "table-rate-mismatch") == found


def test_a_source_row_that_kept_its_initial_cell_but_has_no_weight_is_not_shifted() -> None:
    text = (
        "项目资金 (万元) |\n| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        "年度资金总额 |\n| 50.00 | 48.90 | 10 | 97.80% | 9.78 |\n"
        "其中:当年财政拨款 |\n| 50.00 | 50.00 | 48.90 | 97.80% | — |\n"
    )
    assert stated_recomputed(text, "table-rate-mismatch") == []
    # its cells stand under the header's three money columns, the total's under two
    assert stated_recomputed(text, "sum-mismatch") == []
    wrong = text.replace("| 50.00 | 50.00 | 48.90 |", "| 50.00 | 50.00 | 46.90 |")
    assert stated_recomputed(wrong, "sum-mismatch") == [("48.90", "46.90")]


#: A Yunnan sheet exported as bars, each row's label at the end of the row before, the 年初
#: cells dropped from the total's row and its source's alike (figures our own).
_LABELS_AT_ENDS = """2022年度项目支出绩效自评表 | 部门:某县某中学 |
| 项目名称 | 营养改善计划专项资金 | 主管部门 | 某县教育体育局 | 项目资金 (元) |
| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |
| 265418.40 | {executed} | 10 | 100% | 10 | 其中:当年财政 拨款 |
| 265418.40 | 265418.40 | — |
| — | 上年结转 资金 |
"""


@pytest.mark.parametrize(
    ("executed", "found"), [("265418.40", []), ("256418.40", [("256418.40", "265418.40")])]
)
def test_a_source_row_with_its_last_cell_dashed_lost_its_initial_as_its_total_did(
    executed: str, found: list[tuple[str, str]]
) -> None:
    text = _LABELS_AT_ENDS.format(executed=executed)
    assert stated_recomputed(text, "sum-mismatch") == found
