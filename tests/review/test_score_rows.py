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
