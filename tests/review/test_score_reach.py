"""A head 自评得分 above what the rows read leave of 100 points (figures our own): an
excerpt cut before its 总分 row still shows the points its rows lost."""

from __future__ import annotations

import pytest
from review_support import doc_of
from review_support import findings_of
from review_support import stated_recomputed

from jixiao.review.checks.score_reach import head_total

HEAD = (
    "项目支出绩效自评表\n"
    "项目名称 | 某县乡村道路养护经费 |\n"
    "自评得分 | {total} |\n"
    "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
    "年度资金总额 | 80 | 80 | 72 | 10 | 90% | 9 |\n"
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
    "产出指标 | 数量指标 | 养护里程 | ≥120公里 | 118公里 | 20 | 18.5 | 雨季延后 |\n"
    "产出指标 | 质量指标 | 路面优良率 | ≥85% | 88% | 20 | 20 | |\n"
)


def _reach(text: str) -> list[tuple[str | None, str | None]]:
    return stated_recomputed(text, "score-total-mismatch")


def test_a_head_total_above_what_the_lost_points_leave() -> None:
    found = [f for f in findings_of(HEAD.format(total="99")) if f.code == "score-total-mismatch"]
    assert [(f.stated, f.recomputed) for f in found] == [("99", "97.5")]
    assert "已扣2.5分" in found[0].message and "养护里程20分得18.5分" in found[0].message


def test_a_head_total_within_reach_is_left_alone() -> None:
    assert _reach(HEAD.format(total="97.5")) == []
    assert _reach(HEAD.format(total="95")) == []  # rows cut off may have lost more


def test_a_head_total_must_say_what_the_total_row_says() -> None:
    text = HEAD.format(total="99") + "效益指标 | 社会效益 | 通行条件 | 改善 | 改善 | 50 | 50 | |\n"
    text += "总分 | 100 | 97.5 |\n"
    assert _reach(text) == [("99", "97.5")]
    assert _reach(text.replace("自评得分 | 99", "自评得分 | 97.5")) == []


def test_bonus_points_lift_the_reach() -> None:
    text = HEAD.format(total="99") + "说明：按评分办法，创新做法可加1分。\n"
    assert _reach(text) == []


def test_a_glued_table_is_bounded_by_the_rows_read_from_its_text() -> None:
    glued = (
        "某县项目支出绩效自评表(2022年)项目名称乡村学校公用经费自评得分97主管部门某县教育局"
        "项目管理(20分)预算执行率10一100%9财务管理制度健全性5健全健全5"
        "时效指标(10分)完成时间52022年12月完成2022年12月完成3"
        "社会效益指标(15分)办学条件15明显改善明显改善14"
    )
    found = [f for f in findings_of(glued) if f.code == "score-total-mismatch"]
    assert [(f.stated, f.recomputed) for f in found] == [("97", "96")]
    assert "完成时间5分得3分" in found[0].message
    assert _reach(glued.replace("自评得分97", "自评得分96")) == []


def test_indicator_weights_that_make_the_total_beside_a_scored_funds_row() -> None:
    # 资金 row 10 + indicator rows 60 + 40 = 110 points under a 总分 of 100
    row = "效益指标 | 社会效益 | 通行条件 | 改善 | 改善 | 60 | 60 | |\n"
    text = HEAD.format(total="97.5") + row
    text += "总分 | 100 | 98.5 |\n"
    # the 总分's score is the rows' alone: the form leaves 执行率 outside its total
    found = [f for f in findings_of(text) if f.code == "funds-weight-outside-total"]
    assert [(f.stated, f.recomputed) for f in found] == [("100", "110")]
    assert not [f for f in findings_of(text) if f.code == "weight-total-mismatch"]
    # a 总分 that counts the 执行率 score too hands out 110 points under 100
    counted_in = text.replace("总分 | 100 | 98.5", "总分 | 100 | 107.5")
    found = [f for f in findings_of(counted_in) if f.code == "weight-total-mismatch"]
    assert [(f.stated, f.recomputed) for f in found] == [("100", "110")]
    right = text.replace("| 60 | 60 |", "| 50 | 50 |").replace("| 100 | 98.5", "| 100 | 97.5")
    totals = ("weight-total-mismatch", "score-total-mismatch")
    assert not [f for f in findings_of(right) if f.code in totals]
    # a table whose 总分 counts all 110 points hands out none too many
    whole = text.replace("总分 | 100 | 98.5", "总分 | 110 | 107.5")
    assert not [f for f in findings_of(whole) if f.code == "weight-total-mismatch"]
    # a 预算执行率 indicator row carries the 资金 row's points itself (the 部门整体 layout)
    own_row = "产出指标 | 预算执行 | 预算执行率 | 100% | 90% | 10 | 9 | |\n"
    counted = HEAD.format(total="97.5").replace("| 20 | 20 | |", "| 10 | 10 | |") + own_row
    counted += "效益指标 | 社会效益 | 通行条件 | 改善 | 改善 | 60 | 60 | |\n总分 | 100 | 97.5 |\n"
    assert not [f for f in findings_of(counted) if f.code == "weight-total-mismatch"]


BLOCKS = (
    "2022年市级某专项资金项目自评表\n预算执行情况(万元)(20分)\n"
    "预算数(A) 执行数(B) 执行率(B/A) 得分(20分*执行率)\n年度财政资金总额 60 60 100% 20\n"
    "年度绩效目标(80分)\n一级指标 二级指标 三级指标 年初目标值(A) 实际完成值(B) 得分\n"
    "产出指标(50分) 数量指标 服务企业数 40 42 25\n产出指标(50分) 质量指标 办结率 100% 100% 25\n"
    "效益指标(40分) 社会效益指标 企业满意度 90% 93% 40\n"
)


def _blocks(text: str) -> list[tuple[str | None, str | None]]:
    return stated_recomputed(text, "weight-total-mismatch")


def test_first_level_blocks_against_the_block_that_holds_them() -> None:
    # 50 + 40 = 90 under 年度绩效目标(80分): too many points, wherever the table ends
    assert _blocks(BLOCKS) == [("80分", "90分")]
    right = BLOCKS.replace("效益指标(40分)", "效益指标(30分)").replace("93% 40", "93% 30")
    assert _blocks(right) == []
    # fewer points than the block holds: an error only when the table reaches its 总分
    short = right.replace("效益指标(30分)", "效益指标(20分)")
    assert _blocks(short) == []
    assert _blocks(short + "总分 100 90\n") == [("80分", "70分")]
    # spaces of a flattened export inside the headings
    assert _blocks(BLOCKS.replace("(80分)", " (80 分)").replace("(40分)", " (40 分)")) == [
        ("80分", "90分")
    ]
    # the goal numbered (年度绩效目标1) when a project sets several
    assert _blocks(BLOCKS.replace("年度绩效目标(80分)", "年度绩效目标1 (80分)")) == [
        ("80分", "90分")
    ]


def test_a_heading_whose_score_follows_a_bare_zi_ping_over_its_children() -> None:
    text = (
        "自评得分{total}分，具体得分情况如下：\n"
        "（一）资金保障情况（分值10分），自评{got}分。\n"
        "1、本级预算安排资金情况（分值5分），自评5分。\n"
        "本县2023年本级预算安排资金3200万元。\n"
        "2、资金匹配项目进度（分值5分），自评5分。\n"
        "资金分配严格执行管理办法。\n"
        "（二）资金拨付情况（分值10分），自评10分。\n"
    )
    assert stated_recomputed(text.format(total=20, got=10), "score-mismatch") == []
    wrong = stated_recomputed(text.format(total=19, got=9), "score-mismatch")
    assert ("9分", "10分") in wrong


def test_children_whose_weights_make_the_parents_are_whole_when_the_text_stops() -> None:
    text = (
        "（一）资金保障情况（分值12分），自评{got}分。\n"
        "1、县级预算安排衔接资金情况（分值6分），自评6分。\n"
        "我县本级预算安排衔接资金8200万元。\n"
        "2、资金匹配项目进度（分值6分），自评4分。"
    )
    assert stated_recomputed(text.format(got="10"), "score-mismatch") == []
    assert stated_recomputed(text.format(got="12"), "score-mismatch") == [("12分", "10分")]


@pytest.mark.parametrize(
    "second",
    [
        "2、资金拨付进度（分值6分），上年度得4分，本年度自评{got}分。",  # last year's score first
        "2、项目验收情况（分值6分），3个子项目各得2分，自评{got}分。",  # each item's, then its own
    ],
)
def test_a_childs_own_score_is_the_one_it_gives_itself(second: str) -> None:
    text = (
        "（一）项目管理情况（分值12分），自评12分。\n1、项目开工情况（分值6分），自评6分。\n"
        + second
    )
    assert stated_recomputed(text.format(got="6"), "score-mismatch") == []
    assert stated_recomputed(text.format(got="5"), "score-mismatch") == [("12分", "11分")]


def test_a_point_added_in_the_body_lifts_the_parent_above_its_items() -> None:
    text = (
        "（一）资金保障情况（分值12分），自评12分。\n1、本级资金安排情况（分值6分），自评6分。\n"
        "2、资金匹配项目进度（分值6分），自评5分。\n该项工作获市级通报表扬，按评分办法加1分。"
    )
    assert stated_recomputed(text, "score-mismatch") == []


_ROWS = [
    ["投入（20分）", "预算编制（10分）", "预算编制合理性", "5", "符合职责得5分", "5"],
    ["预算编制规范性", "5", "按时编报得5分，每迟报一天扣0.5分", "4.5"],
    ["目标设置（10分）", "绩效目标合理性", "10", "目标明确得10分", "10"],
    ["过程（40分）", "预算执行（25分）", "预算执行率", "15", "执行率×15", "14.2"],
    ["结转结余率", "10", "结余率≤5%得满分", "10"],
    ["预算管理（15分）", "制度健全性", "15", "健全得15分", "15"],
    ["产出（20分）", "职责履行（20分）", "实际完成率", "20", "完成得20分", "19"],
    ["效果（20分）", "履职效益（20分）", "社会效益", "20", "酌情评分", "19"],
]
_CELLS = "\n".join(
    ["某县文化馆2024年度部门整体支出绩效自评表", "序号", "一级指标", "二级指标", "三级指标"]
    + ["分值", "评分标准", "自评得分"]
    + [cell for number, row in enumerate(_ROWS, 1) for cell in [str(number), *row]]
    + ["合计", "100", "96.7"]
)


def test_a_column_named_zipingdefen_is_no_head_total() -> None:
    # the 1 after the column names is the first row's 序号, not the table's score
    doc = doc_of(_CELLS)
    assert head_total(doc, len(doc.paragraphs)) is None
    head = doc_of("自评得分\n96.7\n" + _CELLS)
    found = head_total(head, len(head.paragraphs))
    assert found is not None and found[1].text == "96.7"


_FOOT = """项目支出绩效自评表（节选）
满意度指标 | 服务对象满意度 | 群众满意度 | ≥90% | 93% | 10 | 10 |
成本指标 | 经济成本指标 | 人均培训成本 | ≤800元 | 760元 | 10 | 10 |
合计 | 100 | {score} |
"""


@pytest.mark.parametrize(("score", "found"), [("98.5", []), ("100.5", [("100.5", "100")])])
def test_a_foot_row_above_its_hundred_points(score: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_FOOT.format(score=score), "table-score-over-weight") == found


def test_a_foot_row_above_a_hundred_with_bonus_points_named() -> None:
    text = _FOOT.format(score="100.5") + "注：创新做法加分项最高加2分。\n"
    assert stated_recomputed(text, "table-score-over-weight") == []
