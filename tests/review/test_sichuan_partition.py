"""The Sichuan 部门预算项目支出绩效自评表 splits its 总额 into 财政资金, 财政专户管理资金, 单位资金
and 其他资金: a partition, so a 财政资金 row equal to the total leaves the others at nil, not
inside it (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

HEADER = (
    "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 "
    "| 预算执行率 | 权重"
)
TABLE = (
    """部门预算项目支出绩效自评表(2024年度)
项目名称 | 某县司法所办公设备购置项目 |
"""
    + HEADER
    + """ | 得分 |
总额 | 0.00 | 5.20 | 5.20 | 100.00% | 10 | 10 |
其中:财政资金 | 0.00 | 5.20 | 5.20 | 100.00% | / | / |
财政专户管理资金 | 0.00 | 0.00 | 0.00 | 0.00% | / | / |
单位资金 | 0.00 | {own} | 0.00 | 0.00% | / | / |
其他资金 | | | | | / | / |
"""
)


@pytest.mark.parametrize(("own", "found"), [("0.00", []), ("0.40", [("5.20", "5.60")])])
def test_the_sichuan_split_of_the_total_adds_up(own: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(TABLE.format(own=own), "sum-mismatch") == found
