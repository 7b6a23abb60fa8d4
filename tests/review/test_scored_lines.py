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
