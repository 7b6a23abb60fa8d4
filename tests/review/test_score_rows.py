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
