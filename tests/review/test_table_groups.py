"""Rows of a 自评表 read against each other (figures and names our own): a cost is met at or
below a bare target, and a cost above what the table spent is named; a 预算执行率 row says
what the 资金 row says; a source row repeating the total's money scores the same; cells
written one to a line and closed by a bar are cells; a project's form under a 决算 title
is a table."""

from __future__ import annotations

from review_support import doc_of
from review_support import findings_of
from review_support import stated_recomputed


def _table(cost_target: str, cost_actual: str, spent: str = "58.20") -> str:
    """A table as a government site exports it: one cell per line, each closed by a bar,
    a line of bars after each row, and the blank rows of the form kept."""
    rows = [
        ["项目支出绩效自评表"],
        ["项目名称", "某镇污水处理站运行经费"],
        ["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "60.00", "60.00", spent, "10", "97%", "9.7"],
        ["一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分值", "得分"],
        ["产出指标", "数量指标", "日处理污水量", "≥800吨", "850吨", "40", "40", ""],
        ["", "", "", "", "", ""],  # a blank row the form left
        ["成本指标", "站点运行成本", cost_target, cost_actual, "20", "20", ""],
        ["效益指标", "经济效益", "指标", "出水达标率", "100%", "100%", "30", "30", ""],
    ]
    lines: list[str] = []
    for row in rows:
        lines.extend(f"{cell} |" if cell else "|" for cell in row)
        lines.append("||||||")
    return "\n".join(lines) + "\n"


def _codes(text: str) -> list[str]:
    return [f.code for f in findings_of(text)]


def test_a_cost_below_its_bare_target_is_met() -> None:
    assert _codes(_table("60万元", "58.2万元")) == []


def test_a_quantity_below_its_bare_target_is_missed() -> None:
    text = _table("60万元", "58.2万元").replace("≥800吨", "900吨")
    assert _codes(text) == ["score-full-on-missed"]


def test_a_cost_above_what_the_table_spent_is_named() -> None:
    found = [f for f in findings_of(_table("60万元", "60万元")) if f.code == "cost-above-spending"]
    assert [(f.stated, f.recomputed) for f in found] == [("60万元", "58.20万元")]
    assert "站点运行成本" in found[0].message


def test_the_project_s_whole_cost_off_its_spending_either_way() -> None:
    whole = _table("≤60万元", "52.8").replace("站点运行成本", "项目总成本")
    found = stated_recomputed(whole, "cost-off-spending")
    assert found == [("52.8万元", "58.20万元")]
    assert stated_recomputed(whole.replace("\n52.8 |", "\n58.2 |"), "cost-off-spending") == []
    # a part of the cost may be less than what was spent
    assert stated_recomputed(_table("≤55万元", "52.8万元"), "cost-off-spending") == []
    # a target that is the whole year's budget makes the row the whole cost
    found = stated_recomputed(_table("≤60万元", "52.8万元"), "cost-off-spending")
    assert found == [("52.8万元", "58.20万元")]
    assert stated_recomputed(_table("≤60万元", "60万元"), "cost-off-spending") == []
    # a cost per unit named 项目成本 is no whole cost
    per_ton = _table("≤0.8元/吨", "0.72元/吨").replace("站点运行成本", "吨水处理项目成本")
    assert stated_recomputed(per_ton, "cost-off-spending") == []


def test_a_cost_counting_more_than_the_year_s_budget_may_pass_its_spending() -> None:
    # a multi-year 项目总投资 beside one year's money, by its name or a target well above
    text = _table("≤260万元", "248.6万元").replace("站点运行成本", "项目总投资")
    assert "cost-above-spending" not in _codes(text)
    assert "cost-above-spending" not in _codes(_table("≤260万元", "248.6万元"))
    assert "cost-above-spending" in _codes(_table("≤60万元", "248.6万元"))
    # a loose cap a little above the budget still holds the cost to what was spent
    assert "cost-above-spending" in _codes(_table("≤80万元", "65万元"))


def test_cost_rows_each_capped_at_the_budget_are_parts_of_the_cost() -> None:
    text = _table("≤60万元", "35万元").replace(
        "||||||\n效益指标",
        "||||||\n| 材料费 |\n≤60万元 |\n23.2万元 |\n10 |\n10 |\n|\n||||||\n效益指标",
    )
    assert "cost-off-spending" not in _codes(text)


def test_the_block_s_own_unit_is_that_of_its_amounts() -> None:
    # the same table in 亿元: a cost of 0.582亿元 is what it spent, 0.600亿元 more
    def in_yi(actual: str) -> str:
        text = _table("0.6亿元", actual, spent="0.582").replace("项目资金(万元)", "项目资金(亿元)")
        return text.replace("60.00", "0.600")

    assert _codes(in_yi("0.582亿元")) == []
    found = [f for f in findings_of(in_yi("0.600亿元")) if f.code == "cost-above-spending"]
    assert [(f.stated, f.recomputed) for f in found] == [("0.600亿元", "0.582亿元")]


def test_a_benefit_group_word_split_from_its_label_still_ends_the_cost_group() -> None:
    text = _table("60万元", "58.2万元").replace("100% |\n100% |", "100% |\n95% |")
    assert "score-full-on-missed" in _codes(text)  # 出水达标率 is 经济效益, not 成本


def test_one_cell_per_line_closed_by_a_bar_is_read_as_cells() -> None:
    text = _table("60万元", "58.2万元").replace("9.7 |", "9.9 |")  # 10 × 97% = 9.7
    assert _codes(text) == ["rate-score-mismatch"]


def _with_rate_row(actual: str) -> str:
    row = ["时效指标", "预算执行率", "100%", actual, "10", "10", ""]
    cells = "".join(f"{cell} |\n" if cell else "|\n" for cell in row) + "||||||\n"
    return _table("60万元", "58.2万元").replace("成本指标 |", cells + "成本指标 |")


def test_a_rate_row_must_say_what_the_funds_row_says() -> None:
    found = [f for f in findings_of(_with_rate_row("100%")) if f.code == "rate-row-mismatch"]
    assert [(f.stated, f.recomputed) for f in found] == [("100%", "97.00%")]
    assert "58.20÷60.00" in found[0].message
    assert "rate-row-mismatch" not in _codes(_with_rate_row("97%"))


FUNDS = (
    "{title}\n项目支出绩效自评表\n项目名称 | 某区图书馆免费开放经费 |\n"
    "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
    "年度资金总额 | 120 | 120 | 108 | 10 | 90% | 9 |\n"
    "其中:当年财政拨款 | 120 | 120 | 108 | 10 | 90% | {score} |\n"
    "上年结转资金 | 0 | 0 | 0 | | | |\n"
)


def test_a_source_row_repeating_the_total_s_money_must_score_the_same() -> None:
    text = FUNDS.format(title="某区文化馆2023年图书馆专项资金决算情况", score="8")
    found = [f for f in findings_of(text) if f.code == "source-score-mismatch"]
    assert [(f.stated, f.recomputed) for f in found] == [("8", "9")]
    assert "按分值10分×执行率90.00%应得9.00分" in found[0].message  # what both should be
    same = FUNDS.format(title="某区文化馆2023年图书馆专项资金决算情况", score="9")
    assert "source-score-mismatch" not in _codes(same)


def test_a_project_s_self_evaluation_form_under_a_juesuan_title_is_a_table() -> None:
    text = FUNDS.format(title="某区文化馆2023年图书馆专项资金决算情况", score="9")
    assert doc_of(text).identity.kind.name == "PROJECT_TABLE"
    unit = "某区文化馆2023年度部门决算\n一、部门基本情况\n本部门共有在职人员12人。\n"
    assert doc_of(unit).identity.kind.name == "FINAL_ACCOUNTS"


def test_words_for_target_and_result_make_a_row_in_a_weight_first_layout() -> None:
    cells = [
        "部门整体支出绩效自评表",
        "一级指标",
        "二级指标",
        "三级指标",
        "分值",
        "年度指标值",
        "实际完成值",
        "得分",
        "预算管理(15分)",
        "资金使用合规性",
        "10",
        "合规",
        "合规",
        "10",
        "资产管理规范性",
        "5",
        "规范",
        "规范",
        "6",
        "满意度(10分)",
        "服务对象满意度",
        "10",
        "≥90%",
        "93.8%",
        "10",
    ]
    found = [f for f in findings_of("\n".join(cells) + "\n") if f.code == "table-score-over-weight"]
    assert [(f.stated, f.paragraph) for f in found] == [("6", 19)]


# --- a missed target scored below full, its 偏差原因 cell left empty --------------------

REASONED = (
    "项目支出绩效自评表\n"
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |"
    " 偏差原因分析及改进措施 |\n"
    "产出指标 | 数量指标 | 新增停车泊位 | ≥300个 | 276个 | 20 | 18.4 | {reason} |\n"
    "产出指标 | 质量指标 | 验收合格率 | 100% | 100% | 20 | 20 | |\n"
    "总分 | 40 | 38.4 |\n"
)


def _unexplained(text: str) -> list[tuple[str | None, str | None]]:
    return stated_recomputed(text, "deviation-unexplained")


def test_a_missed_target_scored_below_full_needs_its_reason() -> None:
    assert _unexplained(REASONED.format(reason="")) == [("18.4", "应填写偏差原因")]
    assert _unexplained(REASONED.format(reason="征地延后，已调整至次年一季度")) == []
    met = REASONED.format(reason="").replace("276个", "312个")
    assert "deviation-unexplained" not in {f.code for f in findings_of(met)}


def test_a_reason_given_in_a_note_below_the_table_is_a_reason() -> None:
    empty = REASONED.format(reason="")
    noted = empty + "说明：新增停车泊位未达目标，主要是1处地块征地延后，按完成比例计分。\n"
    assert _unexplained(noted) == []
    # a note on another indicator explains nothing about this one
    other = empty + "说明：验收合格率达到目标，主要是施工监理到位。\n"
    assert _unexplained(other) == [("18.4", "应填写偏差原因")]


def test_a_reason_column_unseen_or_a_row_read_cell_by_cell_is_left_alone() -> None:
    no_column = REASONED.format(reason="").replace(" 偏差原因分析及改进措施 |", "")
    assert _unexplained(no_column) == []
    # one cell per line: whether the next line is the row's reason cannot be told
    cells = REASONED.format(reason="").replace(" | ", "\n").replace(" |", "")
    assert _unexplained(cells) == []
    # the whole table on one line: the next row's cells follow the 得分, not an empty reason
    line = REASONED.format(reason="").replace(" |\n", " ").replace(" | ", " ").replace("| ", "")
    assert len(line.splitlines()) <= 3
    assert _unexplained(line.replace("总分", "\n总分")) == []


def test_rows_a_merged_cell_export_shifted_off_the_header_read_by_their_shape() -> None:
    # the Sichuan layout: 指标性质 | 指标值 | 度量单位 in cells of their own, the header row
    # run together with the form's other cells, the group cells dropped from later rows
    text = (
        "项目支出绩效自评表\n"
        "| 年度 总体 目标 | 预期目标 | 实际完成情况 | 绩效指标 | 年度指标值 | 实际完成值 |"
        " 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 |"
        " 指标值 | 度量单位 |\n"
        "| 质量指标 | 供餐覆盖率 | ≧ | 100 | % | 100% | 10 | 10 |\n"
        "| 时效指标 | 资金拨付及时率 | ≧ | 100 | % | 100% | 10 | 8 |\n"
        "| 成本指标 | 生均补助标准 | ═ | 5 | 元/天 | 4 | 10 | 10 |\n"
    )
    found = {(f.code, f.stated) for f in findings_of(text)}
    assert ("score-withheld", "8") in found
    assert ("score-full-on-missed", "10") in found  # 4元/天 against = 5元/天
    right = text.replace("| 8 |", "| 10 |").replace("| 4 | 10 | 10 |", "| 5 | 10 | 10 |")
    assert not {f.code for f in findings_of(right)} & {"score-withheld", "score-full-on-missed"}


def test_a_budget_rate_row_short_of_its_target_needs_its_reason_too() -> None:
    def rate_row(reason: str) -> str:
        return REASONED.format(reason=reason).replace(
            "| 新增停车泊位 | ≥300个 | 276个 |", "| 预算执行率 | 100% | 92% |"
        )

    assert _unexplained(rate_row("")) == [("18.4", "应填写偏差原因")]
    assert _unexplained(rate_row("年底资金未拨付")) == []


def test_a_scoring_sheet_s_arrival_rate_row_against_the_money_in_its_head() -> None:
    def sheet(arrived: str, score: str) -> str:
        cells = [
            "某项目绩效自评表",
            "一、项目基本情况",
            "计划投资额",
            "(万元)",
            "800",
            "实际到位资金",
            "(万元)",
            arrived,
            "二、绩效评价指标评分",
            "一级指标",
            "分值",
            "二级指标",
            "分值",
            "三级指标",
            "分值",
            "得分",
            "项目管理",
            "25",
            "资金到位",
            "5",
            "到位率",
            "3",
            score,
            "到位时效",
            "2",
            "2",
        ]
        return "\n".join(cells) + "\n"

    code = "arrival-score-mismatch"
    assert stated_recomputed(sheet("600.00", "3"), code) == [("3", "2.25")]
    assert stated_recomputed(sheet("800.00", "3"), code) == []
    assert stated_recomputed(sheet("600.00", "2.25"), code) == []


def test_a_missed_count_scored_above_its_share_of_the_points() -> None:
    # 日处理污水量 ≥800吨, 600吨 done: 600 ÷ 800 × 40 = 30 points at most
    text = _table("60万元", "58.2万元").replace("850吨 |\n40 |\n40 |", "600吨 |\n40 |\n36 |")
    found = [f for f in findings_of(text) if f.code == "score-above-proportion"]
    assert [(f.stated, f.recomputed) for f in found] == [("36", "30.00")]
    deducted = text.replace("40 |\n36 |", "40 |\n30 |")
    assert "score-above-proportion" not in _codes(deducted)
    cost = _table("50万元", "58.2万元")  # a cost above its ceiling is not scored this way
    assert "score-above-proportion" not in _codes(cost)


def test_a_one_line_table_whose_funds_label_stands_well_before_its_header() -> None:
    """A .doc table flattened into one line (a municipal layout): the 资金总额 label, then the
    project's other form fields, then the header whose 得分 carries its 分值 (20分*执行率)."""
    text = (
        "2021年市级农产品质量检测经费项目自评表 单位名称:区农业农村局 项目名称 2021 年市级"
        "农产品质量检测经费 主管部门 区农业农村局 项目类别 1、部门预算项目 2、区直专项 项目属性 "
        "1、持续性项目 □ 预算执行 情况(万元) (20 分) 一级指标 年度财政 资金总额 项目实施单位 "
        "区检测站 □ 3、一次性项目 □ 预算数 (A) 执行数(B) 执行率(B/A) 得分 (20 分*执行率) "
        "120.00 105.00 87.50% 20 三级指标 年初目标值 (A) 实际完成值 (B) 得分\n"
    )
    # 20 × 87.50% = 17.5: the table writes full marks
    found = [f for f in findings_of(text) if f.code == "rate-score-mismatch"]
    assert [f.stated for f in found] == ["20"]
    right = text.replace("87.50% 20 三级", "87.50% 17.5 三级")
    assert not [f for f in findings_of(right) if f.code == "rate-score-mismatch"]


def test_a_funds_row_of_two_amounts_glued_together() -> None:
    """A .docx whose cells run together: 全年预算数, 全年执行数, 分值, 执行率, 得分."""
    head = (
        "项目支出绩效自评表 项目资金(万元) 年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)"
        "得分 年度资金总额:"
    )
    # 200.4 and 100.22 give 50.01%: the split that gives the stated rate is the one meant
    assert not [f for f in findings_of(head + "200.4100.221050%5\n") if "rate" in f.code]
    # 200.41 and 90.22, or 200.4 and 190.22: neither gives 50%
    found = [f.code for f in findings_of(head + "200.4190.221050%5\n")]
    assert "table-rate-mismatch" in found
    # 420.3 and 186.52 give 44.38%, near the 43% written; 420.31 and 86.52 give 20.58%
    near = [
        f for f in findings_of(head + "420.3186.521043%4\n") if f.code.endswith("rate-mismatch")
    ]
    assert [(f.stated, f.recomputed) for f in near] == [("43%", "44%")]
    # no split gives 60%: 310.2 and 154.74 (49.88%) are nearer it than 310.21 and 54.74
    wrong = [
        f for f in findings_of(head + "310.2154.741060%6\n") if f.code == "table-rate-mismatch"
    ]
    assert ["154.74÷全年预算数310.2＝49.88%" in f.message for f in wrong] == [True]
    # nothing spent: 分值 10, 执行率 0%, 得分 0 — not a rate of 100%
    assert not [f for f in findings_of(head + "12.50.00100%0\n") if "rate" in f.code]
    # a reason glued after the 得分 with a figure of its own: “5” then “2个活动…”
    reason = head + "310.2154.741050%52个活动因场地改造推迟\n"
    assert [f.code for f in findings_of(reason) if f.severity == "error"] == []
    one_place = head.replace("分值(10分)", "") + "194.9184.9100%\n"
    assert [f.recomputed for f in findings_of(one_place) if f.code == "table-rate-mismatch"] == [
        "95%"
    ]


def test_a_table_with_no_weight_column_totals_its_rows_scores() -> None:
    """A Hubei layout: the 资金 row's 得分 (20分*执行率), each indicator row's 得分 alone."""
    rows = [
        "2023年度某市城市更新规划编制经费项目自评表",
        "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |",
        "年度财政资金总额 | 100 | 90 | 90.00% | 18 |",
        "年度绩效目标 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B)"
        " | 得分 |",
        "产出指标 | 数量指标 | 完成规划文本 | 1套 | 1套 | 20 |",
        "质量指标 | 通过专家评审 | 通过 | 通过 | 20 |",
        "效益指标 | 社会效益指标 | 指导城市更新 | 指导城市更新 | 完成 | 30 |",
        "满意度指标 | 满意度指标 | 群众满意度 | 满意 | 满意 | 10 |",
        "总分 | 96分 |",
    ]
    text = "\n".join(rows) + "\n"
    # 18 + 20 + 20 + 30 + 10 = 98
    assert stated_recomputed(text, "score-total-mismatch") == [("96", "98")]
    assert not stated_recomputed(text.replace("总分 | 96分", "总分 | 98分"), "score-total-mismatch")
    # a web export wraps a row's figures onto the line under its names: still 98
    wrapped = text.replace("完成规划文本 | 1套 | 1套 | 20 |", "完成规划文本 |\n1套 | 1套 | 20 |")
    assert stated_recomputed(wrapped, "score-total-mismatch") == [("96", "98")]
    # a reason written after a row's 得分 (with or without its own header cell)
    reason = text.replace("| 1套 | 1套 | 20 |", "| 1套 | 1套 | 20 | 专家意见已吸收 |")
    assert stated_recomputed(reason, "score-total-mismatch") == [("96", "98")]
    headed = reason.replace("实际完成值(B) | 得分 |", "实际完成值(B) | 得分 | 偏差原因 |")
    assert stated_recomputed(headed, "score-total-mismatch") == [("96", "98")]
    wrapped_reason = wrapped.replace("1套 | 1套 | 20 |", "1套 | 1套 | 20 | 专家意见已吸收 |")
    assert stated_recomputed(wrapped_reason, "score-total-mismatch") == [("96", "98")]
    # names with no figures under them: not this layout
    unread = text.replace("完成规划文本 | 1套 | 1套 | 20 |", "完成规划文本 |\n另见附表 |")
    assert not stated_recomputed(unread, "score-total-mismatch")


def test_a_cost_row_of_a_table_with_no_weight_column_against_its_spending() -> None:
    head = (
        "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |\n"
        "年度财政资金总额 | 100 | 90 | 90.00% | 18 |\n"
        "年度绩效目标 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B)"
        " | 得分 |\n"
        "产出指标 | 数量指标 | 完成规划文本 | 1套 | 1套 | 40 |\n"
        "成本指标\n"
    )
    for row, found in [
        ("| 规划编制费 | 100万 | 80万元 | 20 |\n", [("80万元", "90.00万元")]),
        ("| 规划编制费 | 100万 | 90万元 | 20 |\n", []),
        ("成本指标 | 规划编制费 |\n100万 | 80万元 | 20 |\n", [("80万元", "90.00万元")]),
        ("| 专家评审费 | 10万 | 8万元 | 20 |\n", []),  # a part of the cost
    ]:
        assert stated_recomputed(head + row + "总分 | 78分 |\n", "cost-off-spending") == found


_FORM = (
    "项目支出绩效自评表\n项目名称 {name}\n"
    "项目资金   年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
    "  年度资金总额 200 200 180 10 90% 9\n"
    "一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施\n"
    "  产出指标 数量指标 培训人数 100人次 100人次 30 30  \n"
    "    质量指标 培训合格率 95% 95% 20 20  \n"
    "    时效指标 完成率 90% 60% 20 10 部分课程延至下年\n"
    "  效益指标 社会效益指标 技能提升 明显 明显 10 10  \n"
    "  满意度指标 学员满意度 90% 92% 10 10  \n"
    "总分 100 {total}  \n"
)


def test_a_form_printed_twice_totals_each_copy_with_its_own_reasoned_rows() -> None:
    # the rows with a reason after their score are read apart from the grid's rows
    text = _FORM.format(name="职业技能培训", total="{total}")
    text += _FORM.format(name="创业培训", total="89")
    assert stated_recomputed(text.format(total="89"), "score-total-mismatch") == []
    wrong = text.format(total="89").replace(
        "培训合格率 95% 95% 20 20", "培训合格率 95% 95% 20 18", 1
    )
    assert stated_recomputed(wrong, "score-total-mismatch") == [("89", "87")]


def test_a_wrong_rate_cell_is_reported_once_when_the_score_follows_the_amounts() -> None:
    """60.00 budgeted, 58.20 spent: 97.00%. A rate cell written 90% with the score 9.7 the
    amounts give is the rate's fault alone; a score that follows neither is still wrong."""
    wrong_rate = _table("60万元", "58.2万元").replace("97% |", "90% |")
    assert _codes(wrong_rate) == ["table-rate-mismatch"]
    neither = wrong_rate.replace("9.7 |", "8 |")
    found = [f for f in findings_of(neither) if f.code == "rate-score-mismatch"]
    assert [(f.stated, f.recomputed) for f in found] == [("8", "10")]  # 9.70 at the places written
    follows_rate = wrong_rate.replace("9.7 |", "9 |")  # 10 × 90%: the rate's message says so
    assert _codes(follows_rate) == ["table-rate-mismatch"]


def test_a_rate_below_100_on_an_overspent_row_is_checked() -> None:
    # 61.80 of 60.00 is 103%: a rate written 100% is the cap, one written 97% is wrong
    over = _table("60万元", "58.2万元", spent="61.80")
    found = [f for f in findings_of(over) if f.code == "table-rate-mismatch"]
    assert [(f.stated, f.recomputed) for f in found] == [("97%", "103%")]
    capped = over.replace("97% |", "100% |").replace("9.7 |", "10 |")
    assert "table-rate-mismatch" not in _codes(capped)


def _framework(middle_weight: str, stray: str = "") -> str:
    """A 部门整体 scoring table one cell per line, a bar after each: two second-level labels
    whose rows (分值, 自评得分) follow long rule cells."""
    cells = [
        "一级指标",
        "二级指标",
        "三级指标",
        "评分标准",
        "分值",
        "自评得分",
        "扣分原因",
        "过程(30分)",
        f"资金管理({middle_weight}分)",
        "调整幅度",
        "调整幅度为零计4分;每增加一个百分点扣0.5分。",
        "4",
        "4",
        "",
        "拨付进度",
        "按季度拨付到位计4分,每延迟一季扣1分。",
        "4",
        "3",
        "延迟一季",
        "结余控制",
        "无结余计6分;有结余酌情扣分。",
        "6",
        "6",
        "",
        *([stray] if stray else []),
        "业务管理(16分)",
        "制度执行",
        "制度健全且执行到位计8分。",
        "8",
        "8",
        "",
        "档案管理",
        "档案完整计8分,缺一项扣1分。",
        "8",
        "7",
        "缺两项",
    ]
    return "部门整体支出绩效评分表\n" + "".join(f"{c} |\n" if c else "|\n" for c in cells)


def test_a_group_proven_whole_that_falls_short_of_its_label_is_named() -> None:
    assert stated_recomputed(_framework("14"), "weight-total-mismatch") == []
    assert stated_recomputed(_framework("15"), "weight-total-mismatch") == [("15分", "14分")]


def test_a_figure_no_row_took_leaves_the_group_in_doubt() -> None:
    assert stated_recomputed(_framework("15", stray="1"), "weight-total-mismatch") == []


def test_the_last_group_is_closed_by_the_table_s_total() -> None:
    text = _framework("14").replace("档案完整计8分,缺一项扣1分。 |\n8 |", "档案完整计7分。 |\n7 |")
    total = "合计 |\n30 |\n28 |\n"
    assert stated_recomputed(text + total, "weight-total-mismatch") == [("16分", "15分")]
    assert stated_recomputed(text, "weight-total-mismatch") == []  # no total: may go on


def _numbered(
    weight: str, ordinals: tuple[str, ...] = ("1", "2", "3", "4"), closing: int = 2
) -> str:
    """A 评分表 with a 序号 column, its groups labelled “决策(N)”, one cell per line; the
    criteria of one row open with a source's name (县级财政…)."""
    rows = [
        [ordinals[0], f"决策({weight})", "项目立项", "民主议事", "记录完整的,得3分", "3", "3"],
        [ordinals[1], "申报审批", "申报、审核、审批文件齐全的,得3分", "3", "3"],
        [ordinals[2], "资金投入", "预算安排", "县级财政按人均不低于8元安排的,得4分", "4", "4"],
        [ordinals[3], "过程(20)", "资金管理", "管理制度", "制度健全规范的,得20分", "20", "18"],
    ]
    cells = [cell for row in rows for cell in (*row, *[""] * closing)]
    head = "序号 |\n一级指标 |\n二级指标 |\n三级指标 |\n指标说明 |\n分值 |\n评分 |\n"
    return "项目绩效评价自评表\n" + head + "".join(f"{c} |\n" if c else "|\n" for c in cells)


def test_a_group_over_rows_counted_by_their_serial_numbers_is_proven_whole() -> None:
    assert stated_recomputed(_numbered("10"), "weight-total-mismatch") == []
    assert stated_recomputed(_numbered("12"), "weight-total-mismatch") == [("12分", "10分")]


def test_serial_numbers_that_do_not_count_up_leave_the_group_in_doubt() -> None:
    text = _numbered("12", ("1", "2", "5", "4"))
    assert stated_recomputed(text, "weight-total-mismatch") == []


def test_serial_numbers_right_after_the_scores_start_the_next_row() -> None:
    # no blank cell closes a row: “3 | 3 | 2 | 申报审批”, the 2 is the next row's 序号
    text = _numbered("12", closing=0)
    assert stated_recomputed(text, "table-score-over-weight") == []
    assert stated_recomputed(text, "weight-total-mismatch") == [("12分", "10分")]


def test_serial_numbers_starting_again_in_each_group() -> None:
    text = _numbered("12", ("1", "2", "3", "1"), closing=0)
    assert stated_recomputed(text, "weight-total-mismatch") == [("12分", "10分")]


def _nested(outer: str) -> str:
    """A 部门整体 评价表 with groups inside groups, rows a line each, the rows under the next
    一级 label left unread (their scores wrapped onto lines of their own)."""
    return (
        "部门整体支出绩效评价自评表\n"
        "序号 | 一级 指标 | 二级 指标 | 三级 指标 | 指标分值 | 指标解释 | 评分标准 | 自评得分 |\n"
        f"1 | 规划 ({outer}分) |\n"
        "基础信息 (3分) | 基础信息完整性 | 3 | 信息是否完整。 | 完整的得3分。 | 3 |\n"
        "2 | 工作计划 (6分) | 计划完整性 | 3 | 计划是否完整。 | 完整的得3分。 | 3 |\n"
        "3 | 计划明确性 | 3 | 计划是否明确。 | 明确的得3分。 | 2 |\n"
        "4 | 绩效目标 (6分) | 目标合理性 | 4 | 目标是否合理。 | 合理的得4分。 | 4 |\n"
        "5 | 目标明确性 | 2 | 目标是否明确。 | 明确的得2分。 | 2 |\n"
        "6 | 执行 (35分) |\n"
        "预算执行 (18分) | 预算执行率 | 5 | 执行数与预算数之比。 |\n"
        "1、执行率达到95%的得满分(5分)。\n"
        "| 5 |\n"
    )


def test_a_group_of_groups_short_of_its_label_closed_by_a_heavier_one() -> None:
    assert stated_recomputed(_nested("15"), "weight-total-mismatch") == []
    assert stated_recomputed(_nested("16"), "weight-total-mismatch") == [("16分", "15分")]
    # closed by the line right after the last row read (执行 35), not by 预算执行 (18) below it
    assert stated_recomputed(_nested("20"), "weight-total-mismatch") == [("20分", "15分")]


def test_a_lighter_label_after_a_group_of_groups_may_be_one_of_its_own() -> None:
    # 规划 (14分): 3 + 6, then 绩效目标 (6分) does not fit — the group is over, not short
    assert stated_recomputed(_nested("14"), "weight-total-mismatch") == []


def test_blocks_short_of_their_part_once_the_satisfaction_block_is_there() -> None:
    rows = [
        "2022年度某馆数字资源建设项目自评表",
        "年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B)"
        " | 得分 |",
        "产出指标({output}分) | 数量指标 | 采购存储设备 | 2台 | 2台 | 10 |",
        "效益指标(30分) | 社会效益 | 资源访问量 | 10万次 | 12万次 | 30 |",
        "满意度指标(10分) | 读者满意度 | 满意度调查 | ≥90% | 95%",
    ]
    text = "\n".join(rows) + "\n"
    assert not stated_recomputed(text.format(output="40"), "weight-total-mismatch")
    found = stated_recomputed(text.format(output="30"), "weight-total-mismatch")
    assert found == [("80分", "70分")]


def test_second_level_labels_ending_like_a_block_are_no_block() -> None:
    rows = [
        "2022年度某乡饮水工程项目自评表",
        "年度绩效指标 (90分) | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分 |",
        "产出指标(50分) | 数量指标 | 新建管网 | 12公里 | 12公里 | 50 |",
        "效益指标 | 社会效益指标(20分) | 受益人口 | 3000人 | 3100人 | 20 |",
        " | 生态效益指标(10分) | 水源保护 | 达标 | 达标 | 10 |",
        "满意度指标(10分) | 服务对象满意度 | 群众满意度 | ≥90% | 95% | 10 |",
    ]
    assert not stated_recomputed("\n".join(rows) + "\n", "weight-total-mismatch")
