"""A 绩效评价指标表 of weights alone, a row to a line with 目标值 and 分值 glued (a spreadsheet
copied into a web page; figures our own): the rows' 分值 against the 总分."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

TABLE = """某县2023年度学生资助项目绩效评价指标表
评价指标评价内容指标名称指标说明目标值分值备注
项目年度绩效目标(定量指标)制度指标资助制度健全与否20
产出数量指标资助学生人数达到预计值1850{weight}
发放及时率达到目标值100%20
资助对象满意度达到目标值90%以上20
成本指标资助标准执行率100%20
总分

{total}
"""


@pytest.mark.parametrize(
    ("weight", "total", "found"),
    [("20", "100", []), ("30", "100", [("100分", "110分")]), ("20", "90", [("90分", "100分")])],
)
def test_the_weights_against_the_total(
    weight: str, total: str, found: list[tuple[str, str]]
) -> None:
    text = TABLE.format(weight=weight, total=total)
    assert stated_recomputed(text, "weight-total-mismatch") == found


def test_a_run_cut_more_than_one_way_leaves_the_table_alone() -> None:
    text = TABLE.format(weight="20", total="90").replace("发放及时率达到目标值100%20", "发放批次15")
    assert stated_recomputed(text, "weight-total-mismatch") == []  # 15 or 1 | 5
