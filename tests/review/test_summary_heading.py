"""A report whose first heading, introducing the project, carries the whole score (“一、项目
基本情况（自评得分N分）”) and whose next headings of that level carry its parts (words and
figures our own)."""

from __future__ import annotations

from review_support import stated_recomputed

REPORT = """某镇污水管网改造项目绩效自评报告
一、项目基本情况（自评得分{total}分）
项目于上年立项，改造主管网2.4公里。
二、预算执行情况（自评得分9分）
全年预算120万元，执行108万元，执行率90%。
三、绩效指标完成情况（自评得分{parts}分）
（一）产出指标（自评得分{output}分）
完成改造主管网2.4公里。
（二）效益指标（自评得分{benefit}分）
雨污混流问题得到缓解。
四、存在的问题及改进措施
个别路段施工进度滞后。
"""


def _report(total: str, parts: str = "86", output: str = "50", benefit: str = "36") -> str:
    return REPORT.format(total=total, parts=parts, output=output, benefit=benefit)


def test_the_summary_heading_against_the_headings_after_it() -> None:
    assert stated_recomputed(_report("95"), "score-mismatch") == []
    assert stated_recomputed(_report("93"), "score-mismatch") == [("93分", "95分")]
    assert stated_recomputed(_report("97"), "score-mismatch") == [("97分", "95分")]


def test_a_part_whose_own_children_disagree_is_named_there_not_at_the_summary() -> None:
    found = stated_recomputed(_report("95", benefit="30"), "score-mismatch")
    assert found == [("86分", "80分")]


def test_points_added_beside_the_parts_leave_the_summary_alone() -> None:
    text = _report("98").replace(
        "四、存在的问题及改进措施", "四、加分项（加3分）\n获评市级示范项目。"
    )
    assert stated_recomputed(text, "score-mismatch") == []


def test_the_summary_may_call_its_score_a_total() -> None:
    text = _report("93").replace("自评得分93分", "自评总分：93分")
    assert stated_recomputed(text, "score-mismatch") == [("93分", "95分")]
