"""A 项目支出绩效自评表 copied from a web page, one row to a line with its cells spaced
apart and its blank cells gone: a source row carries its amounts and its 执行率 alone, the
分值 and 得分 being the total's (a school's form; figures ours)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_TABLE = """项目支出绩效自评表
项目名称: 46000021T000000004105-学生资助补助 填报人: 王某
资金构成(元) 年初预算数 全年预算数 执行数 分值 执行率(%) 得分
资金总额: 160,000.00 160,000.00 48,000.00 10.00  30 3
其中:财政资金: 0.00 0.00 0.00   0
单位资金: 160,000.00 160,000.00 48,000.00   {rate}
财政专户管理资金: 0.00 0.00 0.00   0
年度目标 年度目标完成情况
"""


@pytest.mark.parametrize(("rate", "found"), [("30", []), ("60", [("60", "30%")])])
def test_a_source_rows_one_figure_past_its_amounts_is_its_rate(
    rate: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_TABLE.format(rate=rate), "table-rate-mismatch") == found


def test_a_figure_equal_to_the_totals_weight_is_that_weight_merged_down() -> None:
    text = _TABLE.format(rate="10.00")  # the total's 分值 merged over the rows: no rate
    assert "table-rate-mismatch" not in codes_of(text)
