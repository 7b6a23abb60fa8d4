"""A table of scores closed by its total row (an evaluation's summary of scores by 一级指标;
figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_TABLE = """得分情况表
一级指标 分值 得分 得分率
A立项必要性 20 20 100%
B投入经济性 25 22 88%
C绩效目标合理性 20 {third} 57.5%
D实施方案有效性 20 19 95%
E筹资合规性 15 15 100%
小计 100 87.5 87.5%
"""


@pytest.mark.parametrize(("third", "found"), [("11.5", []), ("12.5", [("87.5", "88.5")])])
def test_the_scores_of_rows_whose_weights_make_the_total(
    third: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_TABLE.format(third=third), "score-total-mismatch") == found


def test_rows_whose_weights_do_not_make_the_total_may_nest() -> None:
    # 分值 20 + 25 + 20 + 20 + 15 = 100 only with every row: a row's weight off leaves it
    text = _TABLE.format(third="12.5").replace("E筹资合规性 15", "E筹资合规性 10")
    assert "score-total-mismatch" not in codes_of(text)


_BONUS = """表3 2023年度部门整体支出绩效评价得分情况
| 一级指标 | 分值 | 得分 | 得分率 |
| 决策 | 15 | 14 | 93.33% |
| 过程 | 25 | {process} | 88.00% |
| 产出 | 35 | 31.5 | 90.00% |
| 效益 | 25 | 21 | 84.00% |
| 小计 | 100 | 88.5 | 88.50% |
| 加分项（管理创新） | 3 | 2 | 66.67% |
| 合计 | 100 | 90.5 | 90.50% |
"""

_SUB_ROW = """评价指标 分值 得分 得分率
决策 15 13.5 90.0%
过程 25 {process} 92.0%
产出 40 36 90.0%
其中：产出数量 20 19 95.0%
效益 20 18 90.0%
总分 100 90.5 90.5%
"""


@pytest.mark.parametrize("table", [_BONUS, _SUB_ROW])
def test_a_bonus_row_and_a_sub_row_share_out_no_points_of_the_total(table: str) -> None:
    right = table.format(process="22" if table is _BONUS else "23")
    assert "weight-total-mismatch" not in codes_of(right)
    assert "score-total-mismatch" not in codes_of(right)
    wrong = table.format(process="23" if table is _BONUS else "24")
    assert [f for f in stated_recomputed(wrong, "score-total-mismatch")] == [("90.5", "91.5")]


_UNDER = """指标 分值 得分
预算执行率 10 9.56
产出指标 50 47
其中：数量指标 20 20
质量指标 15 13
时效指标 10 9
成本指标 5 5
效益指标 30 27
满意度指标 10 9
总分 100 {total}
"""


@pytest.mark.parametrize(("total", "found"), [("92.56", []), ("93.56", [("93.56", "92.56")])])
def test_rows_after_a_qizhong_row_that_make_up_its_parent(
    total: str, found: list[tuple[str, str]]
) -> None:
    # 数量 20 + 质量 15 + 时效 10 + 成本 5 = 产出 50: all four inside it, none in the total
    text = _UNDER.format(total=total)
    assert "weight-total-mismatch" not in codes_of(text)
    assert stated_recomputed(text, "score-total-mismatch") == found


def test_a_deduction_row_with_no_weight_of_its_own() -> None:
    text = """| 一级指标 | 二级指标 | 分值 | 得分 |
| 投入 | 预算编制 | 40 | 38 |
| 过程 | 资金使用 | 30 | 27 |
| 产出 | 完成数量 | 30 | 27 |
| 扣分 | 审计发现资金使用不规范问题 |  | -3 |
| 总分 |  | 100 | 89 |
"""
    assert "score-total-mismatch" not in codes_of(text)


@pytest.mark.parametrize(("second", "found"), [("25", []), ("30", [("100", "105")])])
def test_the_weights_of_rows_whose_scores_make_the_total(
    second: str, found: list[tuple[str, str]]
) -> None:
    # 得分 20 + 22 + 11.5 + 19 + 15 = 87.5, the 小计's: every row is in it, and so its 分值
    text = _TABLE.format(third="11.5").replace("B投入经济性 25", f"B投入经济性 {second}")
    assert stated_recomputed(text, "weight-total-mismatch") == found


_BASE_SCORE = """部门整体支出绩效自评评分表
一级指标 二级指标 分值 得分 备注
投入 预算编制 20 18
过程 预算执行率 30 29.5
产出 重点工作完成率 30 {output}
效果 服务对象满意度 20 19
基础得分 100 95.5
加分项(最高3分) 市级表彰 3 2
自评总分 103 97.5 等级:优
"""


def test_a_base_score_row_before_the_bonus_is_a_subtotal() -> None:
    right = _BASE_SCORE.format(output="29")
    assert "weight-total-mismatch" not in codes_of(right)
    assert "score-total-mismatch" not in codes_of(right)
    wrong = _BASE_SCORE.format(output="29").replace("103 97.5", "103 98.5")
    assert stated_recomputed(wrong, "score-total-mismatch") == [("98.5", "97.5")]


_STANDARD = """| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 培训人数 | ≥500人 | 520人 | 30 | 30 |
| 产出指标 | 质量指标 | 结业合格率 | ≥95% | 96% | 20 | 20 |
| 效益指标 | 社会效益指标 | 就业率 | ≥80% | 76% | 30 | 27 |
| 满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90% | 93% | 20 | 20 |
| 总分 |  |  |  |  | {weight} | {score} |
"""


@pytest.mark.parametrize(
    ("weight", "score", "weights", "scores"),
    [
        ("100", "97", [], []),
        ("110", "97", [("110", "100")], []),
        ("110", "79", [("110", "100")], [("79", "97")]),
        ("105", "97", [("105", "100")], []),
    ],
)
def test_rows_that_make_the_layout_s_hundred_points_under_a_total_that_names_more(
    weight: str, score: str, weights: list[tuple[str, str]], scores: list[tuple[str, str]]
) -> None:
    # 30 + 20 + 30 + 20 = 100 points, 97 scored: every row read, the total's 分值 the slip
    text = _STANDARD.format(weight=weight, score=score)
    assert stated_recomputed(text, "weight-total-mismatch") == weights
    assert stated_recomputed(text, "score-total-mismatch") == scores
