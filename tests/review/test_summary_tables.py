"""A project report with its indicator table in the body and, in the 自评结论, a summary table
of three columns (一级指标 | 分值 | 得分) over the 资金 row: the two tables are read apart, and a
100% rate repeated in the conclusion keeps the amounts stated with it before (figures and
names our own)."""

from __future__ import annotations

from review_support import codes_of
from review_support import stated_recomputed

_REPORT = """
2023年度公益性岗位补贴项目绩效自评报告
一、项目基本情况
2023年共下达公益性岗位补贴资金372.31万元。
二、绩效目标完成情况分析
（一）资金投入情况分析
全年实际支出372.31万元，预算执行率100.00%，资金已全部支付完毕。
（二）绩效指标完成情况分析
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分
产出指标 | 数量指标 | 岗位补贴人数 | ≥126人 | 126人 | 20 | 20
产出指标 | 质量指标 | 补助资金发放准确率 | 100% | 100% | 15 | 15
产出指标 | 时效指标 | 资金拨付及时率 | 100% | 100% | 15 | 15
效益指标 | 社会效益指标 | 就业困难人员就业稳定 | 稳定 | 稳定 | 30 | 30
满意度指标 | 服务对象满意度指标 | 就业困难人员满意度 | ≥90% | 98.1% | 10 | 10
三、自评结论
经对照绩效指标逐项打分，其中预算执行率分值10分，执行率100.00%，得10分。
项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
年度资金总额 | 372.31 | 372.31 | 372.31 | 10 | 100.00% | 10
一级指标 | 分值 | 得分
预算执行率 | 10 | 10
产出指标 | 50 | {output}
效益指标 | 30 | 30
满意度指标 | 10 | 10
总分 | 100 | 100
自评等级：优。
"""


def test_the_summary_table_is_no_part_of_the_indicator_table() -> None:
    codes = codes_of(_REPORT.format(output="50"))
    assert "weight-total-mismatch" not in codes
    assert "score-total-mismatch" not in codes


def test_a_block_score_of_the_summary_table_is_added_to_its_total() -> None:
    found = stated_recomputed(_REPORT.format(output="48"), "score-total-mismatch")
    assert found == [("100", "98")]


_CONCLUSION = """
2023年度公益性岗位补贴项目绩效自评报告
一、资金投入情况
{spent}资金已全部支付完毕。
二、自评结论
经对照绩效指标逐项打分，本项目自评得分100分。其中预算执行率分值10分，执行率100.00%，得10分。
"""


def test_a_full_rate_repeated_in_the_conclusion_keeps_its_amounts() -> None:
    stated = _CONCLUSION.format(spent="全年实际支出372.31万元，预算执行率100.00%，")
    assert "rate-without-counts" not in codes_of(stated)
    assert "rate-without-counts" in codes_of(_CONCLUSION.format(spent=""))


_PROSE_SCORES = """
2023年度农村公路建设项目绩效自评报告
一、绩效指标完成情况
质量指标：工程验收合格率目标值100%，完成值100%（分值10分，得分{got}分）。
时效指标：项目按期完工率目标值100%，完成值100%（分值10分，得分10分）。
"""


def test_a_score_above_its_weight_in_brackets_after_the_result() -> None:
    assert stated_recomputed(_PROSE_SCORES.format(got="10"), "table-score-over-weight") == []
    found = stated_recomputed(_PROSE_SCORES.format(got="12"), "table-score-over-weight")
    assert found == [("12", "10")]
