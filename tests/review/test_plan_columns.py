"""A 决算 table whose rate column is headed by the budget it is of, “完成年初预算（%）”, with
no 率 in its name (our figures): the column is recomputed row by row."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TABLE = """一般公共预算财政拨款支出决算具体情况
科目 | 年初预算（万元） | 支出决算（万元） | 完成年初预算（%）
一般公共服务支出（类）人大事务（款）行政运行（项） | 286.40 | 279.15 | 97.47
农林水支出（类）林业和草原（款）事业机构（项） | 905.30 | 861.22 | {rate}
农林水支出（类）林业和草原（款）森林资源培育（项） | 412.00 | 433.60 | 105.24
住房保障支出（类）住房改革支出（款）住房公积金（项） | 120.55 | 118.90 | 98.63
"""


@pytest.mark.parametrize(("rate", "found"), [("95.13", []), ("96.13", [("96.13", "95.13%")])])
def test_a_column_of_the_budget_done_is_recomputed(rate: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_TABLE.format(rate=rate), "rate-mismatch") == found
