"""Scores said with their 分值 on lines of their own (figures our own): a 得分 above its
分值, a 扣分 that is not 分值 less 得分, and the lines' 得分 against the total score."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_REPORT = """项目支出绩效自评报告
一、自评结论
经自评，本项目综合评分为{total}分，评价等级为“优”。
二、评分情况
决策指标（15分）：得15分。
过程指标（25分）：得{process}分。
产出指标（40分）：得{output}分。
效益指标（20分）：得18.5分。
"""


@pytest.mark.parametrize(
    ("total", "process", "output", "code", "found"),
    [
        ("95.7", "23.6", "38.6", "score-mismatch", []),
        ("95.7", "23.6", "38.6", "table-score-over-weight", []),
        # 15 + 23.6 + 41.2 + 18.5 = 98.3
        ("95.7", "23.6", "41.2", "table-score-over-weight", [("41.2", "40")]),
        ("95.7", "23.6", "41.2", "score-mismatch", [("95.7", "98.3")]),
        ("95.7", "26.3", "38.6", "score-mismatch", [("95.7", "98.4")]),
    ],
)
def test_block_scores_against_their_weights_and_the_total(
    total: str, process: str, output: str, code: str, found: list[tuple[str, str]]
) -> None:
    text = _REPORT.format(total=total, process=process, output=output)
    assert stated_recomputed(text, code) == found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("3.资金到位率（分值5分）：得4.6分，扣0.4分。部分配套资金未到位。", []),
        ("3.资金到位率（分值5分）：得4.6分，扣0.6分。部分配套资金未到位。", [("0.6", "0.4")]),
    ],
)
def test_a_deduction_is_the_weight_less_the_score(line: str, found: list[tuple[str, str]]) -> None:
    text = "项目支出绩效自评报告\n三、评价指标得分及扣分说明\n" + line + "\n"
    assert stated_recomputed(text, "deduction-mismatch") == found


def test_lines_whose_weights_make_no_hundred_are_not_summed() -> None:
    text = _REPORT.format(total="80.7", process="23.6", output="38.6").replace(
        "效益指标（20分）：得18.5分。", "效益指标（20分）：得18.5分。\n满意度指标（10分）：得9分。"
    )
    assert stated_recomputed(text, "score-mismatch") == []


_SECTIONS = """项目支出绩效自评报告
三、自评得分情况
本项目按决策20分、过程20分、产出40分、效益20分设置评分。
（一）决策（20分）：决策20分，得19分，扣1分。
“绩效目标明确性”扣1分，原因是个别指标未量化。
（二）过程（20分）：过程20分，得16.3分，扣{lost}分。
“预算执行率”10分，执行率86.5%，得8.65分。
（三）产出（40分）：产出40分，得{output}分，扣3.6分。
“培训人次”目标≥600人次，完成540人次，按比例得分。
（四）效益（20分）：效益20分，得18分，扣2分。
四、自评结论
经自评，本项目综合得分{total}分，共扣{all_lost}分，自评等级为“优”。
"""


@pytest.mark.parametrize(
    ("fields", "code", "found"),
    [
        ({}, "score-mismatch", []),
        ({}, "deduction-mismatch", []),
        # 19 + 16.3 + 36.4 + 18 = 89.7, not 90.7
        ({"total": "90.7", "all_lost": "9.3"}, "score-mismatch", [("90.7", "89.7")]),
        ({"lost": "4.7"}, "deduction-mismatch", [("4.7", "3.7")]),
        ({"all_lost": "11.3"}, "deduction-mismatch", [("11.3", "10.3")]),
    ],
)
def test_block_lines_apart_and_restated_are_added_up(
    fields: dict[str, str], code: str, found: list[tuple[str, str]]
) -> None:
    values = {"lost": "3.7", "output": "36.4", "total": "89.7", "all_lost": "10.3", **fields}
    assert stated_recomputed(_SECTIONS.format(**values), code) == found


@pytest.mark.parametrize(("score", "found"), [("8.65", []), ("8.56", [("8.56", "8.65")])])
def test_a_rate_score_worked_as_the_text_says(score: str, found: list[tuple[str, str]]) -> None:
    text = (
        "项目支出绩效自评报告\n三、自评得分情况\n"
        f"（一）预算执行率（10分）。执行率86.5%，按10分×执行率计算，得分{score}分。\n"
    )
    assert stated_recomputed(text, "rate-score-mismatch") == found


_LISTED = (
    "本部门自评情况为：投入指标20分，得分19.5分；过程指标（20分）得{process}分；"
    "产出指标分值30分，实际得分30.0分；效果指标30分，得分26.5分。综合得分{total}分，自评等级为优。"
)


@pytest.mark.parametrize(
    ("process", "total", "found"),
    [
        ("18.0", "94.0", []),
        ("17.0", "94.0", [("94.0", "93")]),  # the blocks make 93, not the total stated
        ("18.0", "93.0", [("93.0", "94")]),
    ],
)
def test_block_scores_listed_in_one_paragraph_make_its_total(
    process: str, total: str, found: list[tuple[str, str]]
) -> None:
    text = _LISTED.format(process=process, total=total)
    assert stated_recomputed(text, "score-mismatch") == found


def test_listed_blocks_whose_weights_do_not_make_100_are_left_alone() -> None:
    text = _LISTED.format(process="17.0", total="94.0").replace("效果指标30分", "效果指标20分")
    assert stated_recomputed(text, "score-mismatch") == []


@pytest.mark.parametrize(
    ("got", "found"),
    [("2", []), ("3", [("3", "2")])],
)
def test_a_full_mark_and_its_score_side_by_side(got: str, found: list[tuple[str, str]]) -> None:
    # a third party's remarks one after another, no brackets (our figures)
    text = (
        "项目支出绩效评价报告\n（二）评分情况\n"
        "绩效目标合理性本项目满分3分，得3分，得分原因为：目标设置合理；"
        f"绩效指标明确性本项目满分2分，得{got}分，得分原因为：指标已细化量化。\n"
    )
    assert stated_recomputed(text, "table-score-over-weight") == found


@pytest.mark.parametrize(
    ("total", "bonus", "found"),
    [
        ("96", "", []),
        ("110", "", [("110", "100")]),
        # a framework with bonus points may pass 100
        ("102.5", "另设加分项最高5分。", []),
        ("103", "评价满分105分。", []),
    ],
)
def test_a_total_self_evaluation_score_above_100(
    total: str, bonus: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "县农业农村局2023年度耕地保护项目绩效自评报告\n三、绩效自评结论\n"
        f"按照项目支出绩效评价指标体系评分，{bonus}\n项目自评分：{total}分\n"
        "自评结论：项目顺利完成年度目标任务。\n"
    )
    assert stated_recomputed(text, "table-score-over-weight") == found


def test_a_total_above_100_in_an_excerpt_is_a_warning() -> None:
    # the excerpt stops before the framework's bonus points or its full mark could be told
    text = (
        "县农业农村局2023年度农民培训项目绩效自评报告\n"
        "全年培训农民1200人，经县农业农村局自评，自评得分110分。\n"
        "一、投入(分值20分,自评20分)\n（一）目标管理(分值5分,自评5分)\n落实情况：县农业农村局开展了"
    )
    assert stated_recomputed(text, "table-score-over-weight") == []
    assert stated_recomputed(text, "total-over-hundred-unexplained") == [("110", "100")]
    whole = text + "培训需求调研。\n自评结论：项目顺利完成年度目标任务。\n"
    assert stated_recomputed(whole, "table-score-over-weight") == [("110", "100")]
    # an excerpt that names its full mark of 100 leaves no room for a bonus
    told = text.replace("自评得分110分。", "自评得分110分，满分为100分。")
    assert stated_recomputed(told, "table-score-over-weight") == [("110", "100")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("项目效益满分30分，得31分（含创新加分1分）。", []),
        ("绩效指标明确性满分：5分，得分：6分。", [("6", "5")]),
        # a full mark above 100, named with 值 or a colon
        ("本次评价满分值为110分，含加分项。经评价，项目自评得分为106分。", []),
        ("本次评价满分：120分。经评价，项目自评得分为112分。", []),
        # an outside assessment's score, or a score of another scale, is no self-evaluation's
        ("在全省绩效考核中，我局综合得分108.5分。", []),
    ],
)
def test_scores_beside_their_full_marks_in_other_wordings(
    text: str, found: list[tuple[str, str]]
) -> None:
    head = "项目支出绩效评价报告\n（二）评分情况\n"
    assert stated_recomputed(head + text + "\n", "table-score-over-weight") == found
